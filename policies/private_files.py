"""Files only the gateway's own user may read: the SQLite audit trail and registers."""

from __future__ import annotations

import os
from pathlib import Path


def create_private(path: str | Path) -> None:
    """Create the database file mode 0600, whatever the umask, unless it exists already.

    SQLite gives the -wal, -shm and -journal files it makes the main file's mode, so
    they are 0600 too. An existing file keeps the mode it has.
    """
    if str(path) in ("", ":memory:"):
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    except FileExistsError:
        return
    try:
        os.fchmod(fd, 0o600)  # the umask may have taken bits off even 0600
    finally:
        os.close(fd)
