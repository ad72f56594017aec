"""A labelled synthetic corpus for the detection benchmarks, generated at run time."""

from bench.corpus.generate import Sample, generate

__all__ = ["Sample", "generate"]
