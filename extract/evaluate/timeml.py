"""TempEval-3 Task A evaluation of the temporal tagger against TimeML files.

A ``.tml`` file's text is the content of its ``TEXT`` element with every tag
removed (entities decoded); gold offsets point into that text. The document
creation time (DCT) is the ``value`` of the ``TIMEX3`` inside ``DCT``.

Figures follow TempEval-3: strict (exact span) and relaxed (any overlap)
precision, recall and F1; type and value accuracy over relaxed matches; and
type F1 / value F1 = relaxed F1 x accuracy.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extract.records import Timex

_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z0-9_]+)(?P<attrs>[^>]*?)/?>")
_ATTR = re.compile(r'(?P<key>[A-Za-z_]+)="(?P<val>[^"]*)"')
_DCT_VALUE = re.compile(r"<DCT>.*?value=\"(?P<value>[^\"]+)\"", re.S)


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TmlDoc:
    name: str
    text: str
    dct: date | None
    gold: tuple[GoldTimex, ...]


def _parse_dct(raw: str) -> date | None:
    found = _DCT_VALUE.search(raw)
    if not found:
        return None
    try:
        return date.fromisoformat(found["value"][:10])
    except ValueError:
        return None


def parse_tml(raw: str, name: str = "") -> TmlDoc:
    """The plain text, DCT and gold TIMEX3 annotations of one TimeML document."""
    body_start = raw.find("<TEXT>")
    body_end = raw.find("</TEXT>")
    body = raw[body_start + len("<TEXT>") : body_end] if body_start >= 0 else ""
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag["name"] != "TIMEX3":
            continue
        if not tag["close"]:
            open_timex = (length, {m["key"]: m["val"] for m in _ATTR.finditer(tag["attrs"])})
        elif open_timex is not None:
            start, attrs = open_timex
            text_so_far = "".join(pieces)
            gold.append(
                GoldTimex(
                    start, length, text_so_far[start:length], attrs.get("type", ""), attrs.get("value", "")
                )
            )
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    return TmlDoc(name, "".join(pieces), _parse_dct(raw), tuple(gold))


def read_dir(path: str | Path) -> list[TmlDoc]:
    files = sorted(Path(path).glob("*.tml"))
    return [parse_tml(f.read_text(encoding="utf-8"), f.stem) for f in files]


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict_sys: int = 0
    strict_gold: int = 0
    relaxed_sys: int = 0
    relaxed_gold: int = 0
    pairs: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Tally) -> None:
        for key in vars(self):
            setattr(self, key, getattr(self, key) + getattr(other, key))


def _overlaps(a: GoldTimex | Timex, b: GoldTimex | Timex) -> bool:
    return a.start < b.end and b.start < a.end


def compare(
    gold: tuple[GoldTimex, ...], system: list[Timex], errors: dict[str, list[str]], doc: str
) -> Tally:
    """Count matches of one document and record its errors."""
    tally = Tally(gold=len(gold), system=len(system))
    for g in gold:
        hits = [s for s in system if _overlaps(g, s)]
        if not hits:
            errors["missed"].append(f"{doc}: {g.text!r} {g.type} {g.value}")
            continue
        tally.relaxed_gold += 1
        tally.strict_gold += any(s.start == g.start and s.end == g.end for s in hits)
    for s in system:
        hits = [g for g in gold if _overlaps(g, s)]
        if not hits:
            errors["spurious"].append(f"{doc}: {s.text!r} {s.type} {s.value} [{s.rule_id}]")
            continue
        tally.relaxed_sys += 1
        tally.strict_sys += any(s.start == g.start and s.end == g.end for g in hits)
        g = hits[0]
        tally.pairs += 1
        tally.type_ok += s.type == g.type
        tally.value_ok += s.value == g.value
        if (s.start, s.end) != (g.start, g.end):
            errors["wrong span"].append(f"{doc}: gold {g.text!r} system {s.text!r} [{s.rule_id}]")
        if s.value != g.value:
            errors["wrong value"].append(
                f"{doc}: {s.text!r} gold {g.type} {g.value} system {s.type} {s.value} [{s.rule_id}]"
            )
    return tally


def _prf(matched_sys: int, matched_gold: int, system: int, gold: int) -> tuple[float, float, float]:
    p = matched_sys / system if system else 0.0
    r = matched_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def figures(t: Tally) -> dict[str, float]:
    sp, sr, sf = _prf(t.strict_sys, t.strict_gold, t.system, t.gold)
    rp, rr, rf = _prf(t.relaxed_sys, t.relaxed_gold, t.system, t.gold)
    type_acc = 100 * t.type_ok / t.pairs if t.pairs else 0.0
    value_acc = 100 * t.value_ok / t.pairs if t.pairs else 0.0
    return {
        "gold": t.gold,
        "system": t.system,
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": sf,
        "relaxed_p": rp,
        "relaxed_r": rr,
        "relaxed_f1": rf,
        "type_accuracy": type_acc,
        "value_accuracy": value_acc,
        "type_f1": rf * type_acc / 100,
        "value_f1": rf * value_acc / 100,
    }


def evaluate_docs(docs: list[TmlDoc]) -> dict:
    from extract.timex import tag

    total = Tally()
    per_doc: dict[str, dict[str, float]] = {}
    errors: dict[str, list[str]] = {"missed": [], "spurious": [], "wrong span": [], "wrong value": []}
    for doc in docs:
        tally = compare(doc.gold, tag(doc.text, doc.dct), errors, doc.name)
        per_doc[doc.name] = figures(tally)
        total.add(tally)
    result = figures(total)
    result["documents"] = len(docs)
    result["per_doc"] = per_doc
    result["errors"] = errors
    return result


def evaluate_dir(path: str | Path) -> dict:
    """Figures (see module doc) for every ``.tml`` file in ``path``."""
    return evaluate_docs(read_dir(path))


def format_report(result: dict, errors: int = 0, per_doc: bool = False) -> str:
    r = result
    lines = [
        f"documents {r['documents']}  gold {r['gold']}  system {r['system']}",
        f"strict   P {r['strict_p']:.2f}  R {r['strict_r']:.2f}  F1 {r['strict_f1']:.2f}",
        f"relaxed  P {r['relaxed_p']:.2f}  R {r['relaxed_r']:.2f}  F1 {r['relaxed_f1']:.2f}",
        f"type     accuracy {r['type_accuracy']:.2f}  F1 {r['type_f1']:.2f}",
        f"value    accuracy {r['value_accuracy']:.2f}  F1 {r['value_f1']:.2f}",
    ]
    if per_doc:
        lines.append("per document: relaxed F1, value F1")
        for name, f in sorted(r["per_doc"].items()):
            lines.append(f"  {name}  {f['relaxed_f1']:.1f}  {f['value_f1']:.1f}")
    for kind, items in r["errors"].items():
        if errors > 0:
            lines.append(f"{kind} ({len(items)}):")
            lines.extend(f"  {item}" for item in items[:errors])
    return "\n".join(lines)


def main(directory: str, errors: int = 0, per_doc: bool = False) -> int:
    """Print the figures for a folder of ``.tml`` files; 1 when none can be read."""
    path = Path(directory)
    if not path.is_dir() or not any(path.glob("*.tml")):
        print(f"{directory}: no .tml files found", file=sys.stderr)
        return 1
    print(format_report(evaluate_dir(path), errors, per_doc))
    return 0


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--per-doc", action="store_true")
    ns = parser.parse_args()
    sys.exit(main(ns.directory, ns.errors, ns.per_doc))
