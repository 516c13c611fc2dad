"""Review: one self-contained HTML page showing a run's records with every extracted span marked."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any, NamedTuple

from pipeline.export import read_articles
from pipeline.schema import Actor, Article
from pipeline.write import (
    MANIFEST_NAME,
    atomic_write,
    check_replaceable,
    is_own_manifest,
    starts_with,
)

# Highlight kinds in priority order: on spans of equal start and length the earlier kind wins.
# Marks the page as the pipeline's own: only such a page is ever replaced by a new one.
GENERATOR = '<meta name="generator" content="news-pipeline review">'
KINDS = ("date", "amount", "org", "event")
KIND_LABELS = {"date": "date", "amount": "amount", "org": "organisation mention",
               "event": "event trigger"}

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 2.5em; border-top: 2px solid #888;
padding-top: .8em; } h3 { font-size: 1.05em; margin-bottom: .3em; }
table { border-collapse: collapse; margin: .4em 0 1em; font-size: .9em; }
th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.text { white-space: pre-wrap; border: 1px solid #ddd; padding: .8em; background: #fcfcfc; }
.meta td:first-child { font-weight: bold; }
mark { padding: 0 .1em; border-radius: 2px; }
mark.date { background: #bde0fe; } mark.amount { background: #caffbf; }
mark.org { background: #ffd6a5; } mark.event { background: #ffadad; }
.none { color: #888; font-style: italic; }
"""


class Highlight(NamedTuple):
    """A span of the text to mark: offsets, kind (one of KINDS) and a tooltip."""

    start: int
    end: int
    kind: str
    note: str


def text_or_none(value: object) -> str:
    """The value as escaped HTML, or a greyed 'none' for None and empty lists."""
    if value is None or value == [] or value == "":
        return '<span class="none">none</span>'
    if isinstance(value, list):
        return escape("; ".join(str(item) for item in value))
    return escape(str(value))


def html_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """An HTML table of escaped cells, or a 'none' note when there are no rows."""
    body = ["<tr>" + "".join(f"<td>{text_or_none(cell)}</td>" for cell in row) + "</tr>"
            for row in rows]
    if not body:
        return '<p class="none">none</p>'
    head = "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr>"
    return f"<table>{head}{''.join(body)}</table>"


def actor_label(actor: Actor) -> str:
    """`Japan (JPN)`, `JICA [o2]`, `Fumio Kishida (person)`."""
    if actor.kind == "person":
        return f"{actor.name} (person)"
    return f"{actor.name} [{actor.id}]" if actor.id else f"{actor.name} ({actor.code})"


def highlights(article: Article) -> list[Highlight]:
    """Every extracted span of the article, of all kinds, with a tooltip saying what it is."""
    spans = [Highlight(d.start_char, d.end_char, "date", f"date {d.value or '?'}")
             for d in article.dates]
    spans += [Highlight(a.start_char, a.end_char, "amount", f"{a.kind} {a.value} {a.unit or ''}")
              for a in article.amounts]
    spans += [Highlight(m.start_char, m.end_char, "org", org.name)
              for org in article.organizations for m in org.mentions]
    spans += [Highlight(e.trigger.start_char, e.trigger.end_char, "event", f"event {e.type}")
              for e in article.events]
    return spans


def without_overlaps(spans: Iterable[Highlight]) -> list[Highlight]:
    """Keep the earliest-starting span, then the longest, then by KINDS order; drop overlaps."""
    ordered = sorted((s for s in spans if s.end > s.start),
                     key=lambda s: (s.start, -(s.end - s.start), KINDS.index(s.kind), s.note))
    kept: list[Highlight] = []
    for span in ordered:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def marked_text(text: str, spans: Iterable[Highlight]) -> str:
    """The text, escaped, with each non-overlapping span wrapped in <mark class=KIND>."""
    parts: list[str] = []
    cursor = 0
    for span in without_overlaps(spans):
        parts.append(escape(text[cursor:span.start]))
        parts.append(f'<mark class="{span.kind}" title="{escape(span.note)}">'
                     f"{escape(text[span.start:span.end])}</mark>")
        cursor = span.end
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def legend() -> str:
    """The colour key of the marks."""
    items = " ".join(f'<mark class="{kind}">{escape(KIND_LABELS[kind])}</mark>' for kind in KINDS)
    return (f"<p>Legend: {items}. Where spans overlap, the earliest-starting, then the longest,"
            " is marked; the tables list every span.</p>")


def summary(articles: Sequence[Article], manifest: dict[str, Any] | None) -> str:
    """Totals per field, stories per source file, and the run's errors from the manifest."""
    totals = [("stories", len(articles)),
              ("dates", sum(len(a.dates) for a in articles)),
              ("amounts", sum(len(a.amounts) for a in articles)),
              ("organizations", sum(len(a.organizations) for a in articles)),
              ("events", sum(len(a.events) for a in articles))]
    per_file = Counter(a.source.path for a in articles)
    parts = ["<h2>Summary</h2>", html_table(("", "count"), totals),
             "<h3>Stories per source file</h3>",
             html_table(("source file", "stories"), sorted(per_file.items()))]
    if manifest is not None:
        errors = [(e.get("path"), e.get("reason")) for e in manifest.get("errors", [])]
        parts += ["<h3>Errors (from manifest.json)</h3>", html_table(("file", "reason"), errors)]
    links = "".join(f'<li><a href="#story-{i}">{text_or_none(a.title)}</a> '
                    f"({escape(a.source.path)})</li>" for i, a in enumerate(articles, 1))
    parts += ["<h3>Stories</h3>", f"<ol>{links}</ol>"]
    return "\n".join(parts)


def story(article: Article, number: int) -> str:
    """One story: metadata, marked text, tables of what was extracted, and what cleaning removed."""
    meta = html_table(("field", "value"), [
        ("source file", article.source.path), ("index in file", article.source.index),
        ("url", article.source.url), ("id", article.id), ("published", article.published),
        ("reference date", article.reference_date),
        ("reference from", article.reference_source), ("language", article.language)])
    dates = html_table(("text", "value", "granularity"),
                       [(d.text, d.value, d.granularity) for d in article.dates])
    amounts = html_table(
        ("id", "text", "kind", "value", "unit", "usd", "approximate"),
        [(a.id, a.text, a.kind, a.value, a.unit, a.usd, a.approximate) for a in article.amounts])
    orgs = html_table(("id", "name", "aliases", "kind", "country", "mentions"),
                      [(o.id, o.name, o.aliases, o.kind, o.country, len(o.mentions))
                       for o in article.organizations])
    events = html_table(
        ("type", "trigger", "date", "source", "target", "amounts", "sentence"),
        [(e.type, e.trigger.text, e.date, [actor_label(a) for a in e.source],
          [actor_label(a) for a in e.target], e.amounts, e.sentence) for e in article.events])
    removed = html_table(("text", "reason"), [(r.text, r.reason) for r in article.removed])
    return "\n".join([
        f'<section id="story-{number}">',
        f"<h2>{number}. {text_or_none(article.title)}</h2>",
        meta.replace("<table>", '<table class="meta">', 1),
        f'<div class="text">{marked_text(article.text, highlights(article))}</div>',
        f"<h3>Dates ({len(article.dates)})</h3>", dates,
        f"<h3>Amounts ({len(article.amounts)})</h3>", amounts,
        f"<h3>Organisations ({len(article.organizations)})</h3>", orgs,
        f"<h3>Events ({len(article.events)})</h3>", events,
        f"<details><summary>Removed by cleaning ({len(article.removed)})</summary>",
        removed, "</details>",
        "</section>",
    ])


def render(articles: Sequence[Article], manifest: dict[str, Any] | None, title: str) -> str:
    """The whole review page as a string: same records and manifest give the same bytes."""
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">', GENERATOR,
        f"<title>{escape(title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
        f"<h1>{escape(title)}</h1>", legend(), summary(articles, manifest),
        *(story(article, number) for number, article in enumerate(articles, 1)),
        "</body>", "</html>", "",
    ])


def read_manifest(run_dir: Path) -> dict[str, Any] | None:
    """The run's manifest.json, or None when the folder has none; ValueError when it is damaged."""
    path = run_dir / MANIFEST_NAME
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ValueError(f"{path} cannot be read ({err}); rerun `python -m pipeline run`.") from err
    if not is_own_manifest(manifest) or not all(
            isinstance(e, dict) for e in manifest.get("errors", [])):
        raise ValueError(f"{path} is not a manifest of this pipeline; rerun "
                         "`python -m pipeline run`.")
    return manifest


def write_review(run_dir: Path, out: Path) -> Path:
    """Write the review page of the records in `run_dir/articles.jsonl` to `out`; returns `out`.

    An existing `out` is replaced only when it is a review page this pipeline wrote."""
    check_replaceable(out, starts_with(GENERATOR.encode("utf-8")))
    articles = read_articles(run_dir)
    atomic_write(out, render(articles, read_manifest(run_dir), f"Review of {run_dir.name}"))
    return out
