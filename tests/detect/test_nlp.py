"""The NER does its matrix products through numpy, not BLIS (whose generic fallback
kernels are several times slower on CPUs it does not recognise), and finds the same
entities as the pipeline as shipped."""

from __future__ import annotations

import random

import spacy
from faker import Faker
from thinc.api import NumpyOps

from detectors import nlp as nlp_mod


def _sentences(n: int) -> list[str]:
    fake = Faker("en_GB")
    fake.seed_instance(20261203)
    rnd = random.Random(7)
    shapes = [
        lambda: f"Spoke to {fake.name()} about the {fake.job().lower()} role in {fake.city()}.",
        lambda: f"Hi {fake.first_name()},\n\nThanks for coming in on {fake.day_of_week()}.",
        lambda: f"{fake.name()} starts at {fake.company()} on {fake.date()}; call {fake.name()}.",
        lambda: f"Referral for Mr {fake.last_name()} from {fake.city()}, via {fake.name()}.",
        lambda: fake.paragraph(nb_sentences=4),
    ]
    return [rnd.choice(shapes)() for _ in range(n)]


def test_every_ner_layer_uses_numpy_products(nlp):
    layers = list(nlp.get_pipe("ner").model.walk())
    assert layers
    for node in layers:
        assert isinstance(node.ops, NumpyOps) and node.ops.use_blis is False, node.name


def test_same_entities_as_the_pipeline_as_shipped(nlp):
    shipped = spacy.load(nlp_mod.MODEL, exclude=nlp_mod._EXCLUDE)
    assert any(node.ops.use_blis for node in shipped.get_pipe("ner").model.walk())
    texts = _sentences(300)
    ours = [[(e.text, e.start_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
    theirs = [[(e.text, e.start_char, e.label_) for e in d.ents] for d in shipped.pipe(texts)]
    assert sum(map(len, ours)) > 300  # the sentences do carry entities
    assert ours == theirs


def test_blas_is_held_to_one_thread_per_process(nlp):
    from threadpoolctl import threadpool_info

    blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert blas  # numpy's OpenBLAS is loaded
    assert all(p["num_threads"] == 1 for p in blas), blas
