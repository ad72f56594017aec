"""One file's bytes on their way to a reader, and what a reader is.

Kept apart from ``dispatch`` so the readers need not import their dispatcher.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .state import Run, Where


@dataclass(frozen=True, slots=True)
class Blob:
    data: bytes
    where: Where
    mime: str  # sniffed
    declared: str | None = None
    charset: str | None = None


Reader = Callable[[Run, Blob], None]
