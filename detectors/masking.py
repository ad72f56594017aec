"""Masking and salted keys: no personal value leaves a detector unmasked.

``Keyer`` gives each distinct value a short salted digest so a scan can count
distinct NINOs or names without keeping them. A new Keyer (and salt) is made
for every scan call, so keys cannot be joined across messages.
"""

from __future__ import annotations

import hashlib
import os

DOT = "•"


class Keyer:
    __slots__ = ("_salt",)

    def __init__(self) -> None:
        self._salt = os.urandom(16)

    def key(self, kind: str, normalised: str) -> str:
        h = hashlib.blake2b(f"{kind}\0{normalised}".encode(), key=self._salt, digest_size=8)
        return h.hexdigest()


def dots(s: str) -> str:
    """Every letter and digit becomes a dot; separators stay (shape only)."""
    return "".join(DOT if c.isalnum() else c for c in s)


def mask_nino(prefix: str, suffix: str | None) -> str:
    tail = f" {suffix.upper()}" if suffix else ""
    return f"{prefix.upper()} {DOT * 2} {DOT * 2} {DOT * 2}{tail}"


def mask_date(day: str, sep: str, month: str, year: str) -> str:
    """``••/••/1985``: day and month hidden, year kept (it is what policy needs)."""
    return f"{dots(day) if day.isdigit() else DOT * 2}{sep}{dots(month)}{sep}{year}"


def mask_tail(digits: str, keep: int = 4) -> str:
    digits = "".join(c for c in digits if c.isalnum())
    return DOT * max(0, len(digits) - keep) + digits[-keep:]


def mask_sort_code(digits: str) -> str:
    return f"{DOT * 2}-{DOT * 2}-{digits[-2:]}"


def mask_name(name: str) -> str:
    """``John Smith`` → ``J•• S••••``."""
    return " ".join(w[0] + DOT * (len(w) - 1) for w in name.split() if w)


def mask_email(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{local[:1]}{DOT * 4}@{domain.lower()}"


def mask_phone(digits: str) -> str:
    return DOT * max(0, len(digits) - 3) + digits[-3:]


def mask_postcode(postcode: str) -> str:
    outward = postcode.split()[0] if " " in postcode else postcode[:-3]
    return f"{outward.upper()} {DOT * 3}"
