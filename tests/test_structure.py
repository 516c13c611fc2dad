"""The code's own structure: one binding per top-level name, honest component contracts."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.components.upstream import MissingComponent
from pipeline.nlp import build_nlp, make_doc

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


def bound_names(tree: ast.Module, imports: bool) -> list[str]:
    """Names a module binds at its top level (inside top-level if/try/with blocks too)."""
    names: list[str] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign | ast.For):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        elif isinstance(node, ast.Import | ast.ImportFrom) and imports:
            names += [(a.asname or a.name).split(".")[0] for a in node.names]
        if isinstance(node, ast.If | ast.Try | ast.With | ast.For):
            pending[:0] = [*node.body, *getattr(node, "orelse", []),
                           *getattr(node, "finalbody", []),
                           *(s for h in getattr(node, "handlers", []) for s in h.body)]
    return names


def modules() -> dict[str, ast.Module]:
    return {str(p.relative_to(PACKAGE)): ast.parse(p.read_text(encoding="utf-8"))
            for p in sorted(PACKAGE.rglob("*.py"))}


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = {module: [name for name, n in Counter(bound_names(tree, imports=True)).items()
                      if n > 1]
             for module, tree in modules().items()}
    assert {module: names for module, names in twice.items() if names} == {}


def test_no_two_modules_bind_the_same_public_name() -> None:
    owners: dict[str, list[str]] = {}
    for module, tree in modules().items():
        for name in set(bound_names(tree, imports=False)):
            if not name.startswith("_"):
                owners.setdefault(name, []).append(module)
    assert {name: where for name, where in owners.items() if len(where) > 1} == {}


def test_the_binding_checks_see_a_rebinding_and_a_twin() -> None:
    twice = ast.parse("WORD = 1\nif True:\n    WORD = 2\nfrom re import compile\n")
    assert Counter(bound_names(twice, imports=True))["WORD"] == 2
    assert bound_names(ast.parse("from re import compile"), imports=False) == []


def test_analyze_pipes_reports_no_problems(nlp: Language) -> None:
    problems = nlp.analyze_pipes()["problems"]
    assert all(found == [] for found in problems.values()), problems


@pytest.mark.parametrize(("removed", "reader"), [
    ("news_reference_date", "news_dates"),
    ("news_dates", "news_amounts"),
    ("news_abbreviations", "news_organizations"),
    ("news_org_ruler", "news_organizations"),
    ("news_organizations", "news_events"),
])
def test_a_missing_upstream_component_is_named_in_the_error(removed: str, reader: str) -> None:
    nlp = build_nlp()
    nlp.remove_pipe(removed)
    assert nlp.analyze_pipes()["problems"][reader] != []
    with pytest.raises(MissingComponent, match=rf"{reader} reads .* {removed}"):
        nlp(make_doc(nlp, "JICA signed a $5 million grant on 3 May 2024.", "2024-05-04"))


def test_a_full_pipeline_raises_nothing_on_an_empty_doc(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "", None))
    assert (doc._.dates, doc._.amounts, doc._.organizations, doc._.events) == ([], [], [], [])
