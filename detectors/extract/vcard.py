"""vCards (vobject): every property of every card, as 'Name: value' lines."""

from __future__ import annotations

import vobject

from .blob import Blob
from .state import Run
from .textcodec import decode_text

MAX_CARDS = 10_000


def read(run: Run, blob: Blob) -> None:
    text = decode_text(blob.data, blob.charset)
    for n, card in enumerate(vobject.readComponents(text, ignoreUnreadable=True), start=1):
        if n > MAX_CARDS:
            break
        run.check_time()
        lines = []
        for child in card.getChildren():
            if child.name in ("VERSION", "PRODID", "PHOTO", "LOGO", "SOUND", "KEY"):
                continue
            lines.append(f"{child.name.title()}: {' '.join(str(child.value).split())}")
        run.emit(blob.where, "\n".join(lines), step=f"contact {n}", content_type=blob.mime)
