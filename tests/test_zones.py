"""Zone rules: every rule's worked example, and the furniture and captions of plain-text pages."""

from __future__ import annotations

import pytest

from extract.zones import find_zones, match_line, rules


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.id)
def test_zones_rule_example_matches_its_own_rule(rule):
    found = match_line(rule.example)
    assert found is not None and found.id == rule.id


@pytest.mark.parametrize(
    "line",
    [
        "Khamenei said on Wednesday that Iran would support the groups.",
        "The violence broke out in solidarity with riots in Jerusalem.",
        "Police said the suspect (a 34-year-old man) was detained.",
        "Follow-up talks are planned for next week.",
    ],
)
def test_zones_body_lines_match_no_rule(line):
    assert match_line(line) is None


def _kinds(text: str, **kw) -> dict[str, str]:
    return {text[z.start : z.end].splitlines()[0]: z.kind for z in find_zones(text, **kw)}


def test_zones_end_blocks_swallow_everything_after():
    text = "A story.\n\nBody line one.\n\nCheck Also\n\nAnother story on 3 May 2021\n\nLeave a Reply"
    zones = find_zones(text)
    tail = next(z for z in zones if z.rule_id == "zones.check-also")
    assert text[tail.start : tail.end].endswith("Leave a Reply")


def test_zones_outlet_line_title_line_and_repeated_caption():
    text = (
        "Home / News / Talks resume\n\nTalks resume\n\nReuters\n\n"
        "The minister speaks at the summit in Vienna\n"
        "The minister speaks at the summit in Vienna AFP / JOHN DOE\n\nThe talks resumed on Monday."
    )
    kinds = _kinds(text, outlet="Reuters", title="Talks resume")
    assert kinds["Home / News / Talks resume"] == "furniture"
    assert kinds["Talks resume"] == "headline"
    assert kinds["Reuters"] == "furniture"
    assert kinds["The minister speaks at the summit in Vienna"] == "caption"
    assert "The talks resumed on Monday." not in kinds
