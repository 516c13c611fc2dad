"""Review: one self-contained HTML page showing a run's records with every extracted span marked."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any, NamedTuple

from pipeline.export import Run, read_articles
from pipeline.schema import Actor, Article, Party, Project, RegistryEntry
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
#controls { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc;
padding: .5em 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .4em 1em; align-items: center; }
#controls label { font-size: .9em; } #shown { font-weight: bold; }
body.compact section > :not(h2):not(.line) { display: none; }
body.compact section h2 { margin-top: .6em; font-size: 1.05em; border-top: 1px solid #ddd; }
.line { color: #555; font-size: .9em; } .chart { margin: .5em 0 1.5em; }
.chart text { font-size: 11px; fill: #333; }
.reports { display: flex; gap: .8em; overflow-x: auto; margin: .4em 0 1em; }
.report { flex: 1 1 0; min-width: 18em; border: 1px solid #ddd; padding: .5em; font-size: .9em; }
details.project > summary { cursor: pointer; margin: .2em 0; }
"""


CHART_WIDTH, LABEL_WIDTH, CAPTION_WIDTH, LABEL_CHARS = 760, 260, 170, 40  # pixels, characters
BAR_HEIGHT, MONTH_HEIGHT, CHART_MONTHS, TOP_ORGS = 18, 140, 36, 15
EVENT_COLOURS = {"agreement": "#4e79a7", "funding": "#59a14f", "meeting": "#f28e2b",
                 "launch": "#e15759", "construction": "#76b7b2", "personnel": "#edc948",
                 "plan": "#b07aa1"}
# The page's script: filters, search, sort and views over the story sections' data attributes.
SCRIPT = """
(function () {
  const $ = (id) => document.getElementById(id);
  const stories = Array.from(document.querySelectorAll("#stories > section"));
  const box = $("stories");
  const texts = new Map(stories.map((s) => [s, s.textContent.toLowerCase()]));
  let current = 0;
  function visible() {
    const q = $("q").value.trim().toLowerCase(), type = $("type").value;
    const org = $("org").value.trim().toLowerCase(), lang = $("lang").value;
    const from = $("from").value, to = $("to").value, empty = $("empty").checked;
    return stories.filter((s) => {
      const d = s.dataset;
      if (q && !q.split(/\\s+/).every((w) => texts.get(s).includes(w))) return false;
      if (type && !d.types.split(" ").includes(type)) return false;
      if (org && !d.orgs.split("|").some((o) => o.includes(org))) return false;
      if (lang && d.lang !== lang) return false;
      if ((from || to) && !d.published) return false;
      if (from && d.published < from) return false;
      if (to && d.published.slice(0, 10) > to) return false;
      if (empty && d.empty !== "1") return false;
      return true;
    });
  }
  function update() {
    const sort = $("sort").value, view = $("view").value;
    const ordered = stories.slice();
    if (sort !== "page") {
      ordered.sort((a, b) => {
        const x = a.dataset.published || "", y = b.dataset.published || "";
        if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
        return sort === "new" ? y.localeCompare(x) : x.localeCompare(y);
      });
    }
    ordered.forEach((s) => box.appendChild(s));
    const shown = new Set(visible());
    const list = ordered.filter((s) => shown.has(s));
    current = Math.min(current, Math.max(0, list.length - 1));
    document.body.classList.toggle("compact", view === "compact");
    stories.forEach((s) => { s.hidden = !shown.has(s); });
    if (view === "one") list.forEach((s, i) => { s.hidden = i !== current; });
    $("prev").hidden = $("next").hidden = view !== "one";
    $("shown").textContent = list.length + " of " + stories.length + " stories";
  }
  ["q", "type", "org", "lang", "from", "to", "empty", "sort", "view"].forEach((id) => {
    $(id).addEventListener("input", () => { current = 0; update(); });
  });
  $("prev").addEventListener("click", () => { current = Math.max(0, current - 1); update(); });
  $("next").addEventListener("click", () => { current += 1; update(); });
  update();
})();
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


def bars(rows: Sequence[tuple[str, float, str]]) -> str:
    """A horizontal bar chart as inline SVG: one (label, value, caption) per row."""
    if not rows:
        return '<p class="none">none</p>'
    top = max(value for _, value, _ in rows) or 1
    height = BAR_HEIGHT * len(rows)
    parts = [f'<svg class="chart" width="{CHART_WIDTH}" height="{height}" role="img">']
    for i, (label, value, caption) in enumerate(rows):
        y = i * BAR_HEIGHT
        width = max(1, round((CHART_WIDTH - LABEL_WIDTH - CAPTION_WIDTH) * value / top))
        parts += [f'<text x="0" y="{y + 13}">{escape(label[:LABEL_CHARS])}</text>',
                  f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width}" height="12" '
                  'fill="#6c8ebf"/>',
                  f'<text x="{LABEL_WIDTH + width + 4}" y="{y + 13}">{escape(caption)}</text>']
    return "".join([*parts, "</svg>"])


def month_chart(articles: Sequence[Article]) -> str:
    """Events per month, stacked by type, as inline SVG (the last CHART_MONTHS months with a
    known year)."""
    counts: Counter[tuple[str, str]] = Counter(
        (e.date[:7], e.type) for a in articles for e in a.events
        if e.date and e.date_granularity in ("month", "day") and not e.date.startswith("X"))
    months = sorted({month for month, _ in counts})[-CHART_MONTHS:]
    if not months:
        return '<p class="none">no event is dated to the month</p>'
    totals = {m: sum(n for (month, _), n in counts.items() if month == m) for m in months}
    step = max(4, (CHART_WIDTH - 40) // len(months))
    parts = [f'<svg class="chart" width="{CHART_WIDTH}" height="{MONTH_HEIGHT + 60}" role="img">']
    top = max(totals.values())
    for i, month in enumerate(months):
        y = MONTH_HEIGHT
        for kind in EVENT_COLOURS:
            n = counts.get((month, kind), 0)
            if n:
                h = MONTH_HEIGHT * n / top
                y -= h
                parts.append(f'<rect x="{i * step}" y="{y:.1f}" width="{step - 1}" '
                             f'height="{h:.1f}" fill="{EVENT_COLOURS[kind]}">'
                             f"<title>{month} {kind}: {n}</title></rect>")
        if i % max(1, len(months) // 12) == 0:
            parts.append(f'<text x="{i * step}" y="{MONTH_HEIGHT + 14}">{month}</text>')
    key = "".join(f'<rect x="{i * 90}" y="{MONTH_HEIGHT + 30}" width="10" height="10" '
                  f'fill="{colour}"/><text x="{i * 90 + 14}" y="{MONTH_HEIGHT + 39}">{kind}</text>'
                  for i, (kind, colour) in enumerate(EVENT_COLOURS.items()))
    return "".join([*parts, key, "</svg>"])


def overview(articles: Sequence[Article], registry: list[RegistryEntry]) -> str:
    """Pictures of the run: events per month by type, the organisations most stories name, and
    the sums of money per currency (new sums only: no restatements, no running totals)."""
    named = sorted(registry, key=lambda e: (-len({m.article_id for m in e.stories}), e.name))
    orgs = [(e.name, len({m.article_id for m in e.stories}),
             f"{len({m.article_id for m in e.stories})} stories") for e in named[:TOP_ORGS]]
    money: dict[str, list[float]] = {}
    for article in articles:
        for amount in article.amounts:
            if amount.kind == "money" and not amount.restates and not amount.cumulative:
                money.setdefault(amount.unit or "?", []).append(amount.usd or 0)
    currencies = [(unit, len(sums), f"{len(sums)} sums" + (
        f", ${sum(sums) / 1e6:,.1f} million" if any(sums) else ""))
        for unit, sums in sorted(money.items(), key=lambda item: -len(item[1]))]
    return "\n".join(["<h2>Overview</h2>", "<h3>Events per month, by type</h3>",
                      month_chart(articles), "<h3>Organisations most stories name</h3>",
                      bars(orgs), "<h3>Money by currency (dollar values where known)</h3>",
                      bars(currencies)])


def controls(articles: Sequence[Article]) -> str:
    """The search box, filters, sort and view switches the page's script reads."""
    types = sorted({e.type for a in articles for e in a.events})
    languages = sorted({a.language for a in articles})
    names = sorted({o.name for a in articles for o in a.organizations})
    options = lambda values: "".join(  # noqa: E731
        f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)
    return "\n".join([
        '<div id="controls">',
        '<label>Search <input id="q" type="search" placeholder="words in titles and text">'
        "</label>",
        f'<label>Event <select id="type"><option value="">any</option>{options(types)}'
        "</select></label>",
        '<label>Organisation <input id="org" list="orgs" placeholder="name"></label>',
        f'<datalist id="orgs">{options(names)}</datalist>',
        f'<label>Language <select id="lang"><option value="">any</option>{options(languages)}'
        "</select></label>",
        '<label>Published from <input id="from" type="date"></label>',
        '<label>to <input id="to" type="date"></label>',
        '<label><input id="empty" type="checkbox"> only stories with no extractions</label>',
        '<label>Sort <select id="sort"><option value="page">page order</option>'
        '<option value="new">newest first</option><option value="old">oldest first</option>'
        "</select></label>",
        '<label>View <select id="view"><option value="full">full stories</option>'
        '<option value="compact">compact rows</option><option value="one">one at a time'
        "</option></select></label>",
        '<button id="prev" type="button">previous</button>'
        '<button id="next" type="button">next</button>',
        '<span id="shown"></span>',
        "</div>",
    ])


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


def data_attributes(article: Article) -> str:
    """What the page's filters read: event types, organisation names, language, publication
    date, and whether anything was extracted (all escaped)."""
    found = article.dates or article.amounts or article.organizations or article.events
    values = {
        "types": " ".join(sorted({e.type for e in article.events})),
        "orgs": "|".join(o.name.casefold() for o in article.organizations),
        "lang": article.language,
        "published": article.published or "",
        "empty": "" if found else "1",
    }
    return " ".join(f'data-{key}="{escape(value)}"' for key, value in values.items())


def one_line(article: Article) -> str:
    """The compact view's line: date, language, source and what was found."""
    return (f"{article.published or 'no date'} · {article.language} · {article.source.path} · "
            f"{len(article.events)} events, {len(article.organizations)} organisations, "
            f"{len(article.amounts)} amounts, {len(article.dates)} dates")


def story(article: Article, number: int) -> str:
    """One story: metadata, marked text, tables of what was extracted, and what cleaning removed."""
    meta = html_table(("field", "value"), [
        ("source file", article.source.path), ("index in file", article.source.index),
        ("url", article.source.url), ("id", article.id), ("site", article.site),
        ("author", article.author), ("published", article.published),
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
        f'<section id="story-{number}" {data_attributes(article)}>',
        f"<h2>{number}. {text_or_none(article.title)}</h2>",
        f'<p class="line">{escape(one_line(article))}</p>',
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


def party_label(party: Party) -> str:
    return f"{party.name} ({party.code})" if party.code and party.kind == "country" else party.name


def projects_view(projects: Sequence[Project], numbers: dict[str, int]) -> str:
    """The run's projects, each with its fields and its reports side by side (linked to their
    stories), and why its reports were merged."""
    parts = [f"<h2>Projects ({len(projects)})</h2>"]
    for project in projects:
        amount = project.amount and f"{project.amount.value:,} {project.amount.unit or ''}" + (
            f" (${project.amount.usd:,.0f})" if project.amount.usd else "")
        fields = html_table(("field", "value"), [
            ("id", project.id), ("donor", [party_label(p) for p in project.donor]),
            ("recipient", [party_label(p) for p in project.recipient]),
            ("flow type", project.flow_type), ("amount", amount), ("status", project.status),
            ("date", project.date), ("sector", project.sector),
            ("envelope", "yes" if project.envelope else None), ("part of", project.part_of)])
        reports = "".join(
            f'<div class="report"><a href="#story-{numbers.get(r.article_id, 0)}">'
            f"{escape(r.article_id)}</a> · {escape(r.language)} · {escape(r.status)} · "
            f"{text_or_none(r.date)}<br>{escape(r.sentence)}</div>" for r in project.reports)
        evidence = html_table(("reports", "what agrees"), [
            (" & ".join(str(i + 1) for i in e.reports), "; ".join(e.matched))
            for e in project.evidence])
        parts.append(
            f'<details class="project" id="{escape(project.id)}"><summary>'
            f"{escape(project.title)} · {escape(project.status)} · "
            f"{text_or_none(project.date)} · {len(project.reports)} report(s)</summary>"
            f'{fields.replace("<table>", "<table class=meta>", 1)}'
            f'<div class="reports">{reports}</div>'
            + (f"<h3>Merged because</h3>{evidence}" if project.evidence else "") + "</details>")
    return "\n".join(parts)


def render(articles: Sequence[Article], manifest: dict[str, Any] | None, title: str) -> str:
    """The whole review page as a string: same records and manifest give the same bytes."""
    run = Run.of(list(articles))
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">', GENERATOR,
        f"<title>{escape(title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
        f"<h1>{escape(title)}</h1>", legend(), overview(articles, run.registry),
        summary(articles, manifest), projects_view(run.projects,
                      {a.id: number for number, a in enumerate(articles, 1)}),
        controls(articles), '<div id="stories">',
        *(story(article, number) for number, article in enumerate(articles, 1)),
        "</div>", f"<script>{SCRIPT}</script>", "</body>", "</html>", "",
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
