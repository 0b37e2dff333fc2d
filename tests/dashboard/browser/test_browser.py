"""The dashboard in a real Chromium against ``streamlit run``: what a teacher and a student see and do."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

COUNT = re.compile(
    r"Showing (?P<events>\d+) of (?P<all_events>\d+) events and (?P<said>\d+) of (?P<all_said>\d+) statements"
)
FLAG = "() => window.__pwned === undefined"


def _count(page) -> dict[str, int]:  # type: ignore[no-untyped-def]
    text = page.get_by_text(re.compile(r"Showing \d+ of \d+ events")).first.inner_text()
    found = COUNT.search(text)
    assert found, text
    return {k: int(v) for k, v in found.groupdict().items()}


def _count_after_change(page, before: dict[str, int], seconds: float = 20) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The shown counts once they differ from ``before`` (the rerun may still be drawing)."""
    for _ in range(int(seconds * 4)):
        now = _count(page)
        if now != before:
            return now
        page.wait_for_timeout(250)
    return _count(page)


def _choose(page, key: str, index: int = 0) -> str:  # type: ignore[no-untyped-def]
    """Open the multiselect/selectbox with widget key ``key`` and click its option ``index``."""
    page.locator(f".st-key-{key} [role='combobox']").first.click()
    option = page.locator("[role='option']").filter(has_not_text="Select all").nth(index)
    option.wait_for()
    label = option.inner_text()
    option.click()
    page.keyboard.press("Escape")
    return label


def _assert_nothing_ran(browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.page
    assert browser.dialogs == []
    assert page.evaluate(FLAG)
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert page.locator("[onerror], [onload]").count() == 0


def test_browser_seed_timeline_renders(browser):
    page = browser.open()
    page.locator("[data-testid='stPlotlyChart']").first.wait_for()
    counts = _count(page)
    assert counts["events"] > 0 and counts["said"] > 0
    assert (
        page.locator(
            "[data-testid='stPlotlyChart'] .scatterlayer .point, [data-testid='stPlotlyChart'] path.point"
        ).count()
        > 0
    )


def test_browser_chart_library_is_preloaded_from_the_head(browser):
    page = browser.open()
    page.locator("[data-testid='stPlotlyChart'] path.point").first.wait_for()
    hrefs = page.eval_on_selector_all(
        "head link[rel='preload'][as='script']", "links => links.map(l => l.href)"
    )
    script = [h for h in hrefs if "/dateline/js/plotly-" in h]
    assert script, hrefs
    entries = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert entries.count(script[0]) == 1, entries  # fetched once: the chart used the preloaded file
    assert not [e for e in entries if "/PlotlyChart." in e]  # Streamlit's whole-library chunk is not loaded
    component = [e for e in entries if "/static/js/BidiComponent." in e]
    assert len(component) == 1, entries  # preloaded, then used
    assert "BidiComponent." in " ".join(
        page.eval_on_selector_all("head link[rel='modulepreload']", "ls => ls.map(l => l.href)")
    )


def test_browser_speaker_filter_changes_plot_and_url(browser):
    page = browser.open()
    before = _count(page)
    speaker = _choose(page, "flt_speakers")
    browser.settle()
    after = _count_after_change(page, before)  # the rerun may start after settle() has looked
    assert after["said"] < before["said"] and after["events"] == before["events"]
    page.wait_for_url(re.compile(r"speaker="))
    assert speaker.split()[0] in page.url.replace("+", " ").replace("%20", " ")


def test_browser_hostile_article_runs_nothing(browser):
    for path in ("", "lessons", "curate", "export", "articles?article=zz_hostile"):
        page = browser.open(path)
        page.wait_for_timeout(500)
        _assert_nothing_ran(browser)
    # On the articles page the hostile markup is there, as visible text.
    assert browser.page.locator("[data-testid='dl-article-text']").inner_text().count("window.__pwned=1") >= 3


def test_browser_selecting_an_item_shows_its_sentence(browser):
    page = browser.open()
    points = page.locator("[data-testid='stPlotlyChart'] g.cartesianlayer g.xy g.scatterlayer path.point")
    points.first.wait_for()
    boxes = [points.nth(i).bounding_box() for i in range(points.count())]
    box = next(b for b in boxes if b and b["width"] > 10 and 450 < b["x"] < 1350 and 0 < b["y"] < 1000)
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    browser.settle()
    panel = page.locator(".st-key-tl_evidence")
    panel.get_by_text("Reported by").wait_for()
    panel.locator("mark").first.wait_for()
    sentence = panel.locator("blockquote").inner_text().strip()
    assert len(sentence) > 20
    assert sentence[:20] in panel.locator(".dl-article").inner_text()
    _assert_nothing_ran(browser)


def test_browser_export_downloads_valid_json(browser):
    page = browser.open("export")
    with page.expect_download() as info:
        page.locator(".st-key-export_json button").click()
    download = info.value
    doc = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert set(doc) >= {"articles", "events", "statements", "canonical_events"}
    assert doc["events"] and doc["statements"]
    with page.expect_download() as info:
        page.locator(".st-key-export_tljs button").click()
    timeline = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert timeline["events"] and "start_date" in timeline["events"][0]


def test_browser_lesson_created_and_stepped_through(browser):
    page = browser.open("lessons")
    page.locator(".st-key-les_title input").fill("Browser lesson")
    page.keyboard.press("Tab")
    browser.settle()
    for _ in range(3):
        _choose(page, "les_pick")
        browser.settle()
    page.locator(".st-key-les_add button").click()
    browser.settle()
    page.locator(".st-key-les_save button").click()
    browser.settle()
    saved = page.get_by_text(re.compile(r"Saved lesson “Browser lesson” with \d+ items"))
    saved.wait_for()
    slides = int(re.search(r"with (\d+) items", saved.inner_text())[1])
    assert slides >= 2
    lesson = re.search(r"lesson=(\d+)", page.url)
    assert lesson, page.url
    page.locator(f".st-key-les_present_{lesson[1]} button").click()
    browser.settle()
    page.get_by_text(f"Slide 1 of {slides}").wait_for()
    # the presentation's style hides the sidebar once its element has mounted: wait for it (fails if it never does)
    page.locator("[data-testid='stSidebar']").wait_for(state="hidden", timeout=10_000)
    page.locator(".st-key-present_next button").click()
    page.get_by_text(f"Slide 2 of {slides}").wait_for()
    assert "slide=2" in page.url
    page.locator(".st-key-present_prev button").click()
    page.get_by_text(f"Slide 1 of {slides}").wait_for()
    _assert_nothing_ran(browser)


def test_browser_box_over_a_period_zooms_the_view(browser):
    page = browser.open()
    before = _count(page)
    chart = page.locator("[data-testid='stPlotlyChart']").first
    chart.locator("path.point").first.wait_for()
    chart.hover()
    box_select = page.locator(".modebar-btn[data-title='Box Select']").first
    box_select.click(force=True)  # the toolbar shows on hover only
    page.wait_for_function(
        "() => document.querySelector(\".modebar-btn[data-title='Box Select']\").classList.contains('active')"
    )
    area = chart.locator(".draglayer .xy .nsewdrag").first.bounding_box()
    assert area is not None
    y = area["y"] + area["height"] / 2
    page.mouse.move(area["x"] + area["width"] * 0.35, y)
    page.mouse.down()
    page.mouse.move(area["x"] + area["width"] * 0.5, y + 20, steps=8)
    page.mouse.move(area["x"] + area["width"] * 0.65, y + 40, steps=8)
    page.mouse.up()
    button = page.locator(".st-key-tl_zoom button")
    button.wait_for()
    assert button.inner_text().startswith("Zoom to ")
    button.click()
    page.wait_for_url(re.compile(r"from=.*to="))
    browser.settle()
    after = _count_after_change(page, before)
    assert after["events"] + after["said"] < before["events"] + before["said"]


def test_browser_large_corpus_draws_with_webgl_on_the_whole_library(large_browser):
    """Above the WebGL threshold the chart needs trace types the basic bundle lacks: the page loads
    the whole library from the server and draws on WebGL canvases."""
    page = large_browser.page
    page.goto(large_browser.base)
    page.locator("[data-testid='stPlotlyChart'] .gl-container canvas").first.wait_for()
    scripts = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert [s for s in scripts if re.search(r"/dateline/js/plotly-[\d.]+\.min\.js$", s)], scripts
    assert page.locator("[data-testid='stPlotlyChart'] .legendtext").count() > 5
