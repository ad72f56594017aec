"""A throwaway PostgreSQL server for tests: initdb in a temp dir, socket only, non-root."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def pg_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres() -> list[str]:
    # PostgreSQL refuses to run as root.
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Yield a postgresql:// URL to a fresh server; stop it and delete its files after."""
    bindir = pg_bindir()
    assert bindir is not None
    tmp = Path(tempfile.mkdtemp(prefix="mailgate-pg-"))
    data, sock = tmp / "data", tmp / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres", "postgres")
        shutil.chown(sock, "postgres", "postgres")
    run = _as_postgres()
    user = "postgres" if run else os.environ.get("USER", "postgres")
    subprocess.run(
        [*run, str(bindir / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    opts = f"-p {port} -k {sock} -c listen_addresses='' -c fsync=off"
    subprocess.run(
        [
            *run,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            opts,
            "-w",
            "-t",
            "30",
            "-l",
            str(tmp / "log"),
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://{user}@/postgres?host={sock}&port={port}"
    finally:
        subprocess.run(
            [*run, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
        )
        shutil.rmtree(tmp, ignore_errors=True)
