"""Builders for chunks in detection tests."""

from __future__ import annotations

from detectors.model import Chunk


def body(text: str) -> Chunk:
    return Chunk(location="body (text/plain)", text=text, source="body")


def attachment(name: str, text: str, **kw) -> Chunk:
    return Chunk(
        location=f'attachment "{name}"', text=text, source="attachment", filename=name, **kw
    )
