"""The news components' outputs on a Doc, and the clear error when a reader's upstream is missing.

Each output is a Doc extension that stays `UNSET` until its component runs, so a reader can tell
a component that found nothing (an empty list, no reference date) from one that never ran.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc


class Unset:
    """The value of a news extension that no component has set yet."""

    def __repr__(self) -> str:
        return "<unset: the component that sets it has not run>"


UNSET = Unset()


class MissingComponent(RuntimeError):
    """A component ran without the component whose output it reads."""


def declare(name: str) -> None:
    """Register the Doc extension `doc._.<name>`, unset until its component runs."""
    Doc.set_extension(name, default=UNSET, force=True)


def upstream(doc: Doc, name: str, setter: str, reader: str) -> Any:
    """`doc._.<name>` as the `setter` component left it; MissingComponent if it never ran."""
    value = getattr(doc._, name) if Doc.has_extension(name) else UNSET
    if value is UNSET:
        raise MissingComponent(
            f"{reader} reads doc._.{name}, which the {setter} component sets, but {setter} has "
            f"not run on this Doc: add it to the pipeline before {reader}."
        )
    return value
