"""Review page: parses as HTML, shows every story with its spans marked, escapes hostile text."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.export import read_articles
from pipeline.review import Highlight, marked_text, render, without_overlaps, write_review
from pipeline.schema import Article, DateMention, Organization, Removal, Source, TextSpan

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE_STORY = (
    f"Grant for Uzbekistan {SCRIPT} {IMG}\n"
    f"Tashkent, 3 July 2014. Readers saw {SCRIPT} and {IMG} in the comments.\n"
    "JICA signed a grant agreement of 1.6 billion yen on 2 July 2014.\n"
)
PLAIN_STORY = (
    "Kazakhstan and Japan hold talks on transport\n"
    "The Ministry of Foreign Affairs of Kazakhstan said on 12 May 2023 that ministers met in "
    "Astana.\n"
    "Japan will provide a loan of $25 million to upgrade 120 km of roads.\n"
)


class TagCollector(HTMLParser):
    """Collects start tags with their attributes, end tags, and the text data of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.ends: list[str] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.ends.append(tag)

    def handle_data(self, data: str) -> None:
        self.data.append(data)

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.starts if tag == name]

    @property
    def text(self) -> str:
        return "".join(self.data)


def parse(page: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(page)
    collector.close()
    return collector


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run over one hostile and one plain story, with its review page written."""
    inputs = tmp_path_factory.mktemp("raw")
    (inputs / "hostile.txt").write_text(HOSTILE_STORY, encoding="utf-8")
    (inputs / "plain.txt").write_text(PLAIN_STORY, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    assert main(["run", str(inputs), "--out", str(out), "--no-progress"]) == 0
    assert main(["review", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def page(run_dir: Path) -> str:
    return (run_dir / "review.html").read_text(encoding="utf-8")


def article(text: str, **fields: object) -> Article:
    """A hand-built record of `text` with no extractions unless given."""
    values: dict[str, object] = {
        "id": "story", "source": Source(path="story.txt", sha256="0" * 64, index=0),
        "title": "A story", "published": None, "reference_date": None, "language": "en",
        "text": text, "dates": [], "amounts": [], "organizations": [], "events": [], "removed": []}
    values.update(fields)
    return Article(**values)


def test_review_is_written_by_default_into_the_run_folder(run_dir: Path) -> None:
    assert (run_dir / "review.html").is_file()


def test_review_page_has_no_script_or_img_tags_from_hostile_text(page: str) -> None:
    parsed = parse(page)
    assert parsed.tags("script") == [{}]  # the page's own script only, inline
    assert parsed.tags("img") == []
    assert SCRIPT in parsed.text
    assert IMG in parsed.text


def test_review_page_shows_every_story_title(run_dir: Path, page: str) -> None:
    text = parse(page).text
    titles = [a.title for a in read_articles(run_dir)]
    assert len(titles) == 2
    assert all(title and title in text for title in titles)


def test_review_page_marks_every_kind_the_records_hold(run_dir: Path, page: str) -> None:
    articles = read_articles(run_dir)
    present = {kind for kind, found in [
        ("date", any(a.dates for a in articles)), ("amount", any(a.amounts for a in articles)),
        ("org", any(a.organizations for a in articles)), ("event", any(a.events for a in articles)),
    ] if found}
    assert present, "the stories should yield at least one extracted span"
    marked = {attrs.get("class") for attrs in parse(page).tags("mark")}
    assert present <= marked


def test_review_page_marks_are_balanced_and_self_contained(page: str) -> None:
    parsed = parse(page)
    assert len(parsed.tags("mark")) == parsed.ends.count("mark")
    assert parsed.tags("link") == []
    assert all("src" not in attrs for _, attrs in parsed.starts)
    assert len(parsed.tags("style")) == 1


def test_review_page_is_deterministic(run_dir: Path, page: str, tmp_path: Path) -> None:
    again = write_review(run_dir, tmp_path / "again.html")
    assert again.read_text(encoding="utf-8") == page


def test_review_page_lists_each_project_with_links_to_its_reports(run_dir: Path,
                                                                 page: str) -> None:
    projects = [json.loads(line) for line in (run_dir / "projects.jsonl").read_text(
        encoding="utf-8").splitlines()]
    parsed = parse(page)
    assert projects and f"Projects ({len(projects)})" in parsed.text
    ids = {attrs.get("id") for _, attrs in parsed.starts}
    links = {attrs.get("href") for tag, attrs in parsed.starts if tag == "a"}
    numbers = {a.id: n for n, a in enumerate(read_articles(run_dir), 1)}
    for project in projects:
        assert project["id"] in ids and project["title"] in parsed.text
        assert {f"#story-{numbers[r['article_id']]}" for r in project["reports"]} <= links


def test_overlaps_keep_the_earliest_then_longest_span() -> None:
    nested = Highlight(10, 20, "org", "outer"), Highlight(12, 15, "date", "inner")
    same_start = Highlight(30, 33, "amount", "short"), Highlight(30, 38, "date", "long")
    crossing = Highlight(40, 46, "event", "first"), Highlight(44, 50, "org", "second")
    tie = Highlight(60, 64, "event", "e"), Highlight(60, 64, "date", "d")
    kept = without_overlaps([*nested, *same_start, *crossing, *tie])
    assert [s.note for s in kept] == ["outer", "long", "first", "d"]


def test_overlapping_marks_stay_well_formed() -> None:
    text = "On 2 July 2014 JICA signed."
    spans = [Highlight(3, 14, "date", "x"), Highlight(5, 9, "amount", "y"),
             Highlight(10, 19, "org", "z"), Highlight(0, 0, "event", "empty")]
    parsed = parse(marked_text(text, spans))
    assert parsed.text == text
    assert [attrs["class"] for attrs in parsed.tags("mark")] == ["date"]
    assert parsed.ends == ["mark"]


def test_hostile_title_removed_text_and_manifest_errors_are_escaped() -> None:
    text = f"Aid {SCRIPT} arrived on 2 July 2014 via JICA."
    start, jica = text.index("2 July"), text.index("JICA")
    record = article(
        text, title=f"Aid {IMG}",
        dates=[DateMention(text="2 July 2014", start_char=start, end_char=start + 11,
                           value="2014-07-02", granularity="day")],
        organizations=[Organization(id="o1", name="JICA", aliases=[SCRIPT], mentions=[
            TextSpan(text="JICA", start_char=jica, end_char=jica + 4)])],
        removed=[Removal(text=IMG, reason=f"ticker {SCRIPT}")])
    manifest = {"errors": [{"path": f"{IMG}.bin", "reason": SCRIPT}]}
    parsed = parse(render([record], manifest, f"Review {SCRIPT}"))
    assert parsed.tags("script") == [{}] and parsed.tags("img") == []
    assert {attrs["class"] for attrs in parsed.tags("mark")} >= {"date", "org"}
    assert f"{IMG}.bin" in parsed.text and f"ticker {SCRIPT}" in parsed.text
    assert len(parsed.tags("details")) == 1


def test_review_without_manifest_omits_the_errors_table() -> None:
    page = render([article("Nothing happened.", title=None)], None, "Review")
    assert "Errors" not in parse(page).text
    assert "Nothing happened." in parse(page).text
