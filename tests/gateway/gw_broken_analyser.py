"""An analyser whose models cannot load: warm_up raises, the worker dies before ready."""

from __future__ import annotations

from detectors.model import Scan


def warm_up(terms=None) -> None:
    raise RuntimeError("model missing")


def analyse(raw: bytes, mail_from: str, rcpt_tos: list[str]) -> Scan:
    return Scan()
