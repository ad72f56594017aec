"""Shared libraries from the operating system that Python packages load at run time.

python-magic is only a binding: the libmagic it calls is a Debian package
(``libmagic1``) that pip cannot install. Without it every attachment would be
unreadable, so the commands that read mail refuse to start and say what to install
rather than failing on the first message.
"""

from __future__ import annotations

import importlib

# (Python module that loads it, what to install, what it is for)
REQUIRED = (("magic", "libmagic1", "libmagic, which tells a file's real type by its content"),)


class MissingLibrary(Exception):
    """A system library is missing; the message says which package brings it."""


def check() -> None:
    """Raise MissingLibrary naming the Debian package for each library that does not load."""
    missing = []
    for module, package, what in REQUIRED:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            missing.append(f"{what} is missing ({exc}): install it: apt-get install {package}")
    if missing:
        raise MissingLibrary("; ".join(missing))
