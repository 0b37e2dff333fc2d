"""Score :func:`extract.statements.find_statements` against a PolNeAR folder.

A PolNeAR folder holds ``text/<name>.txt`` and ``attributions/<name>_<annotator>.ann``
(BRAT standoff: ``T`` lines are Source, Cue and Content spans, ``E`` lines join
them as ``Attribution:T4 Content:T3 Cue:T2 Source:T1``). Where a text has several
annotators' files the first by name is used. Publication dates come from
``metadata.tsv`` (in the folder or its parent; columns ``filename`` and
``publication_date``).

Matching: a predicted content span matches a gold one when they overlap by at
least half of the longer span; pairs are made one-to-one, greedily by overlap.
Content+source also needs the predicted speaker span to overlap the gold Source.
Cues match when the spans overlap at all.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extract.records import Statement
from extract.statements import find_statements

_SPAN_LINE = re.compile(r"^(?P<id>T\d+)\t(?P<kind>\S+) (?P<offsets>\d+ \d+(?:;\d+ \d+)*)\t")
_EVENT_LINE = re.compile(r"^E\d+\t(?P<args>.*)$")

Span = tuple[int, int]


@dataclass(frozen=True)
class Gold:
    content: Span
    source: Span | None
    cue: Span | None


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    dct: date | None
    gold: tuple[Gold, ...]


def parse_ann(ann: str) -> list[Gold]:
    """Attributions with a Content span from the text of one ``.ann`` file."""
    spans: dict[str, Span] = {}
    events: list[str] = []
    for line in ann.splitlines():
        if found := _SPAN_LINE.match(line):
            pieces = [tuple(map(int, p.split())) for p in found.group("offsets").split(";")]
            spans[found.group("id")] = (pieces[0][0], pieces[-1][1])
        elif found := _EVENT_LINE.match(line):
            events.append(found.group("args"))
    out: list[Gold] = []
    for args in events:
        roles = dict(a.split(":", 1) for a in args.split() if ":" in a)
        content = spans.get(roles.get("Content", ""))
        if content is not None:
            out.append(Gold(content, spans.get(roles.get("Source", "")), spans.get(roles.get("Cue", ""))))
    return out


def _dates(directory: Path) -> dict[str, date]:
    for folder in (directory, directory.parent):
        path = folder / "metadata.tsv"
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as handle:
                rows = csv.DictReader(handle, delimiter="\t")
                return {
                    r["filename"]: _iso(r.get("publication_date", ""))
                    for r in rows
                    if _iso(r.get("publication_date", ""))
                }
    return {}


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def load_dir(directory: str | Path) -> list[Document]:
    """Every text of a PolNeAR folder with its first annotator's attributions."""
    root = Path(directory)
    dates = _dates(root)
    docs: list[Document] = []
    for text_path in sorted((root / "text").glob("*.txt")):
        name = text_path.stem
        anns = sorted((root / "attributions").glob(f"{name}_*.ann"))
        if not anns:
            continue
        gold = parse_ann(anns[0].read_text(encoding="utf-8"))
        docs.append(Document(name, text_path.read_text(encoding="utf-8"), dates.get(name), tuple(gold)))
    return docs


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(
    predicted: Sequence[Span], gold: Sequence[Span], accept: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index), greedy by overlap, among accepted pairs."""
    pairs = [
        (_overlap(p, g), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if _overlap(p, g) > 0 and accept(i, j)
    ]
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _half_of_longer(p: Span, g: Span) -> bool:
    return _overlap(p, g) * 2 >= max(p[1] - p[0], g[1] - g[0])


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "p": p, "r": r, "f1": f}


def score_document(doc: Document, found: Sequence[Statement]) -> dict[str, object]:
    """Counts and errors for one document."""
    pred = [(s.start, s.end) for s in found]
    gold = [g.content for g in doc.gold]

    def content_ok(i: int, j: int) -> bool:
        return _half_of_longer(pred[i], gold[j])

    def source_ok(i: int, j: int) -> bool:
        src, s = doc.gold[j].source, found[i]
        return (
            content_ok(i, j)
            and src is not None
            and s.speaker_start is not None
            and s.speaker_end is not None
            and _overlap((s.speaker_start, s.speaker_end), src) > 0
        )

    content = match(pred, gold, content_ok)
    both = match(pred, gold, source_ok)
    pred_cues = [(s.cue_start, s.cue_end) for s in found if s.cue_start is not None and s.cue_end is not None]
    gold_cues = [g.cue for g in doc.gold if g.cue is not None]
    cues = match(pred_cues, gold_cues, lambda i, j: True)
    matched_p, matched_g = {i for i, _ in content}, {j for _, j in content}
    errors = [("missed", doc.name, gold[j]) for j in range(len(gold)) if j not in matched_g]
    errors += [("spurious", doc.name, pred[i]) for i in range(len(pred)) if i not in matched_p]
    return {
        "counts": (len(pred), len(gold), len(content), len(both), len(pred_cues), len(gold_cues), len(cues)),
        "errors": errors,
    }


def evaluate_dir(path: str | Path) -> dict[str, object]:
    """Content, content+source and cue scores of ``find_statements`` on a PolNeAR folder."""
    totals = [0] * 7
    errors: list[tuple[str, str, Span, str]] = []
    docs = load_dir(path)
    for doc in docs:
        result = score_document(doc, find_statements(doc.text, doc.dct))
        totals = [a + b for a, b in zip(totals, result["counts"], strict=True)]  # type: ignore[arg-type]
        errors += [(kind, name, span, doc.text[span[0] : span[1]]) for kind, name, span in result["errors"]]  # type: ignore[union-attr]
    n_pred, n_gold, tp_content, tp_both, n_pred_cue, n_gold_cue, tp_cue = totals
    return {
        "documents": len(docs),
        "content": _prf(tp_content, n_pred, n_gold),
        "content_source": _prf(tp_both, n_pred, n_gold),
        "cue": _prf(tp_cue, n_pred_cue, n_gold_cue),
        "errors": errors,
    }


def _line(label: str, scores: dict[str, float]) -> str:
    return (
        f"{label:<16} P {scores['p']:.3f}  R {scores['r']:.3f}  F1 {scores['f1']:.3f}"
        f"  (tp {scores['tp']}, predicted {scores['predicted']}, gold {scores['gold']})"
    )


def main(directory: str, errors: int = 0) -> int:
    """Print the scores (and up to ``errors`` errors of each kind); 1 when the folder is unusable."""
    if not (Path(directory) / "text").is_dir() or not (Path(directory) / "attributions").is_dir():
        print(f"{directory}: not a PolNeAR folder (needs text/ and attributions/)", file=sys.stderr)
        return 1
    result = evaluate_dir(directory)
    print(f"PolNeAR {directory}: {result['documents']} documents")
    for label, key in (("content", "content"), ("content+source", "content_source"), ("cue", "cue")):
        print(_line(label, result[key]))  # type: ignore[arg-type]
    for wanted in ("missed", "spurious"):
        for kind, name, span, text in [e for e in result["errors"] if e[0] == wanted][:errors]:  # type: ignore[union-attr]
            print(f"{kind}\t{name}\t{span[0]}-{span[1]}\t{text[:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0))
