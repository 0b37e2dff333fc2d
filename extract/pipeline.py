"""The pipeline: ingest → segment → find dates → resolve dates → find statements
→ attribute speakers → link and merge. Each stage is a plain function in its own
module; this module only composes them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from extract import dct as dct_inference
from extract import ingest, output, store
from extract.events import find_events
from extract.records import Article, Event, Sentence, Statement, Timex, Zone
from extract.segment import split_sentences
from extract.settings import DEFAULT, Settings
from extract.zones import find_zones, zone_at


@dataclass(frozen=True)
class Analysis:
    """Everything the stages found in one article (offsets into ``article.body``)."""

    article: Article
    zones: tuple[Zone, ...]
    sentences: tuple[Sentence, ...]
    timexes: tuple[Timex, ...]
    statements: tuple[Statement, ...]
    events: tuple[Event, ...]


def _tagger() -> tuple[Callable[..., list[Timex]], Callable[..., list[Timex]]]:
    from extract.timex import tag, tag_for_timeline

    return tag, tag_for_timeline


def _statement_finder() -> Callable[..., list[Statement]]:
    from extract.statements import find_statements

    return find_statements


def with_publication_date(article: Article, zones: Sequence[Zone]) -> Article:
    """The article with an inferred publication date when its metadata has none."""
    if article.published is not None:
        return article
    tag, _ = _tagger()
    found = tag(article.body, None)
    inferred = dct_inference.infer(article.body, found, [zone_at(zones, t.start) for t in found])
    if inferred.published is None:
        return article
    return replace(
        article,
        published=inferred.published,
        published_source="inferred",
        published_confidence=inferred.confidence,
    )


def analyse(article: Article, settings: Settings = DEFAULT) -> Analysis:
    body = article.body
    zones = tuple(
        sorted((*article.hints, *find_zones(body, article.outlet, article.title)), key=lambda z: z.start)
    )
    sentences = tuple(replace(s, zone=zone_at(zones, s.start)) for s in split_sentences(body))
    article = with_publication_date(article, zones)
    _, tag_for_timeline = _tagger()
    timexes = tuple(tag_for_timeline(body, article.published))
    statements = tuple(
        s
        for s in _statement_finder()(body, article.published, sentences, timexes)
        if zone_at(zones, s.start) not in {"furniture", "caption"}
    )
    events = tuple(
        find_events(
            body,
            sentences,
            timexes,
            statements,
            dct_inferred=article.published_source == "inferred",
            settings=settings,
        )
    )
    return Analysis(article, zones, sentences, timexes, statements, events)


@dataclass(frozen=True)
class Loaded:
    articles: list[Article]
    errors: list[ingest.IngestError]


def load(
    paths: Iterable[str | Path], meta_path: str | Path | None = None, settings: Settings = DEFAULT
) -> Loaded:
    """Read every article under ``paths``; problems are collected, never raised."""
    files, metas, errors = ingest.discover(paths)
    if meta_path is not None:
        metas = [Path(meta_path)]
    meta: dict[str, ingest.Meta] = {}
    for path in metas:
        try:
            rows, row_errors = ingest.read_metadata(path)
        except ingest.IngestError as exc:
            errors.append(exc)
            continue
        errors.extend(row_errors)
        meta.update(rows)
    articles: list[Article] = []
    where: dict[str, str] = {}
    for path in files:
        found, file_errors = ingest.read_file(path, meta.get(path.stem), settings)
        errors.extend(file_errors)
        for article in found:
            if article.id in where:
                errors.append(
                    ingest.IngestError(
                        path, f"duplicate article id {article.id!r} (also in {where[article.id]})"
                    )
                )
                continue
            where[article.id] = str(path)
            articles.append(
                article if article.id == path.stem else _apply_meta(article, meta.get(article.id))
            )
    errors.extend(
        ingest.IngestError(
            metas[0] if metas else "metadata", f"metadata row for {ident!r} has no article file"
        )
        for ident in meta
        if ident not in where
    )
    return Loaded(articles, errors)


def _apply_meta(article: Article, row: ingest.Meta | None) -> Article:
    return ingest._with_meta(article, row)


def extract_articles(
    articles: Sequence[Article],
    settings: Settings = DEFAULT,
    progress: Callable[[float], None] | None = None,
    known_speakers: Iterable[str] = (),
) -> tuple[output.Output, list[ingest.IngestError]]:
    """Analyse every article; one that fails is reported and left out, the others go on."""
    analyses = []
    errors = []
    for index, article in enumerate(articles, start=1):
        try:
            analyses.append(analyse(article, settings))
        except Exception as exc:  # an extractor bug must not cost the user the rest of the corpus
            errors.append(
                ingest.IngestError(
                    article.path or article.id, f"extraction failed ({type(exc).__name__}: {exc})"
                )
            )
        if progress:
            progress(index / max(len(articles), 1))
    return output.build(analyses, known_speakers, settings), errors


def run(
    paths: Iterable[str | Path], meta_path: str | Path | None = None, settings: Settings = DEFAULT
) -> tuple[output.Output, list[ingest.IngestError]]:
    loaded = load(paths, meta_path, settings)
    result, errors = extract_articles(loaded.articles, settings)
    return result, [*loaded.errors, *errors]


def write_database(db_path: str | Path, result: output.Output, settings: Settings = DEFAULT) -> None:
    """Write one run's output and recompute canonical events over the whole database, atomically."""
    conn = store.connect(db_path)
    try:
        store.write_output(conn, result.store_rows(), lambda events: output.canonical_rows(events, settings))
    finally:
        conn.close()


def build_database(db_path: Path, sources: list[Path], settings: Settings = DEFAULT) -> list[str]:
    """Build (or update) the database from article files; returns one-line error messages."""
    result, errors = run(sources, None, settings)
    write_database(db_path, result, settings)
    return [str(e) for e in errors]


def add_articles(
    db_path: str,
    articles: list[Article],
    progress: Callable[[float], None] | None = None,
    settings: Settings = DEFAULT,
) -> list[str]:
    """Extract uploaded articles and add them to the database (replacing same ids)."""
    conn = store.connect(db_path)
    try:
        speakers = [r["speaker"] for r in store.rows(conn, "SELECT DISTINCT speaker FROM statements")]
    finally:
        conn.close()
    result, errors = extract_articles(articles, settings, progress, speakers)
    write_database(db_path, result, settings)
    return [str(e) for e in errors]
