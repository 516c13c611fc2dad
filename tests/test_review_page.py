"""Review page at scale: filters, search, sort and views over many stories, an overview drawn
inline, everything escaped; its script run in a DOM where node and jsdom are installed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.review import render
from pipeline.schema import Article, Event, Organization, Source, TextSpan

HOSTILE = '"><script>alert(1)</script>'
# Drives the page in jsdom: every step sets one control and prints how many stories show.
DRIVER = """
const { JSDOM } = require("jsdom");
const html = require("fs").readFileSync(process.argv[2], "utf8");
const errors = [];
const dom = new JSDOM(html, { runScripts: "dangerously",
  beforeParse(w) { w.addEventListener("error", (e) => errors.push(String(e.message))); } });
const d = dom.window.document;
const shown = () => Array.from(d.querySelectorAll("#stories > section")).filter((s) => !s.hidden)
  .map((s) => s.id);
const set = (id, value) => { const el = d.getElementById(id);
  if (el.type === "checkbox") el.checked = value; else el.value = value;
  el.dispatchEvent(new dom.window.Event("input")); };
const out = { all: shown() };
set("q", "tashkent grant"); out.search = shown(); set("q", "");
set("type", "meeting"); out.meeting = shown(); set("type", "");
set("org", "jica"); out.org = shown(); set("org", "");
set("empty", true); out.empty = shown(); set("empty", false);
set("from", "2024-01-01"); out.from = shown(); set("from", "");
set("sort", "new"); out.newest = d.querySelector("#stories > section").id; set("sort", "page");
set("view", "one"); out.one = shown(); d.getElementById("next").click(); out.next = shown();
out.errors = errors;
console.log(JSON.stringify(out));
"""


def story(number: int, text: str, published: str | None, kind: str | None = None,
          org: str | None = None) -> Article:
    start = text.index(org) if org else 0
    organizations = [Organization(id="o1", name=org, aliases=[], mentions=[
        TextSpan(text=org, start_char=start, end_char=start + len(org))])] if org else []
    events = [Event(type=kind, trigger=TextSpan(text=text[:4], start_char=0, end_char=4),
                    sentence=text, sentence_start_char=0, sentence_end_char=len(text),
                    date=published, date_granularity="day" if published else None,
                    source=[], target=[], organizations=[], persons=[],
                    places=[], amounts=[])] if kind else []
    return Article(id=f"s{number}", source=Source(path=f"s{number}.txt", sha256="0" * 64, index=0),
                   title=f"Story {number} {HOSTILE}", published=published,
                   reference_date=published, language="en", text=text, dates=[], amounts=[],
                   organizations=organizations, events=events, removed=[])


ARTICLES = [
    story(1, "JICA signed a grant for a school in Tashkent.", "2024-03-02", "agreement", "JICA"),
    story(2, "Ministers held talks in Astana on transport.", "2023-05-12", "meeting"),
    story(3, "Nothing was found in this short note.", None),
    story(4, "The ADB met officials in Bishkek.", "2024-06-30", "meeting", "ADB"),
]


@pytest.fixture(scope="module")
def page() -> str:
    return render(ARTICLES, None, "Review")


def test_every_story_carries_what_the_filters_read(page: str) -> None:
    first = re.search(r'<section id="story-1"[^>]*>', page).group(0)
    assert 'data-types="agreement"' in first and 'data-orgs="jica"' in first
    assert 'data-published="2024-03-02"' in first and 'data-lang="en"' in first
    assert 'data-empty="1"' in re.search(r'<section id="story-3"[^>]*>', page).group(0)


def test_the_controls_and_the_overview_are_on_the_page(page: str) -> None:
    for control in ("q", "type", "org", "lang", "from", "to", "empty", "sort", "view"):
        assert f'id="{control}"' in page
    for heading in ("Events per month", "Organisations most stories name", "Money by currency"):
        assert heading in page
    assert page.count("<svg") == 2  # months and organisations drawn; no sum of money to draw
    assert "http" not in page.split("<body>", 1)[1]  # nothing is fetched


def test_hostile_titles_stay_text_in_the_page(page: str) -> None:
    assert HOSTILE not in page and page.count("<script>") == 1


def test_a_page_of_a_thousand_stories_renders(page: str) -> None:
    many = [story(n, f"Story number {n} about a grant in Tashkent.", "2024-01-01", "funding")
            for n in range(1000)]
    assert render(many, None, "Review").count("<section") == 1000


def dom_available() -> bool:
    node = shutil.which("node")
    return node is not None and subprocess.run(
        [node, "-e", "require('jsdom')"], capture_output=True).returncode == 0


@pytest.mark.skipif(not dom_available(), reason="needs node with jsdom (npm install jsdom)")
def test_search_filters_sort_and_views_change_what_is_shown(page: str, tmp_path: Path) -> None:
    (tmp_path / "review.html").write_text(page, encoding="utf-8")
    (tmp_path / "driver.js").write_text(DRIVER, encoding="utf-8")
    done = subprocess.run(["node", str(tmp_path / "driver.js"), str(tmp_path / "review.html")],
                          capture_output=True, text=True, timeout=60, check=True)
    seen = json.loads(done.stdout)
    assert seen["errors"] == []
    assert len(seen["all"]) == 4
    assert seen["search"] == ["story-1"]
    assert seen["meeting"] == ["story-2", "story-4"] and seen["org"] == ["story-1"]
    assert seen["empty"] == ["story-3"] and seen["from"] == ["story-1", "story-4"]
    assert seen["newest"] == "story-4"
    assert seen["one"] == ["story-1"] and seen["next"] == ["story-2"]


def browser() -> str | None:
    """A Chromium the machine has, when Playwright is installed too."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return None
    return next(filter(None, map(shutil.which, ("chromium", "chromium-browser",
                                                "google-chrome"))), None)


@pytest.mark.skipif(browser() is None, reason="needs Playwright and a Chromium on the machine")
def test_the_page_works_in_headless_chromium(page: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    (tmp_path / "review.html").write_text(page, encoding="utf-8")
    errors: list[str] = []
    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=browser(), args=["--no-sandbox"])
        tab = chromium.new_page()
        tab.on("pageerror", lambda err: errors.append(str(err)))
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.goto((tmp_path / "review.html").as_uri())

        def shown() -> list[str]:
            return tab.eval_on_selector_all(
                "#stories > section", "all => all.filter(s => !s.hidden).map(s => s.id)")

        assert len(shown()) == len(ARTICLES)
        tab.fill("#q", "tashkent grant")
        assert shown() == ["story-1"]
        tab.fill("#q", "")
        tab.select_option("#type", "meeting")
        assert shown() == ["story-2", "story-4"]
        chromium.close()
    assert errors == []
