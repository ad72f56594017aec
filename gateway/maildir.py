"""The embedded default next hop: a local Maildir (``./outbox``).

Used when no upstream is configured, so a newcomer can watch what the gateway
would relay. A message counts as delivered only once its file and the ``new/``
directory entry are fsync'd. Files keep the exact bytes that would have gone
upstream (CRLF line ends, trace header included).
"""

from __future__ import annotations

import asyncio
import itertools
import mailbox
import os
import socket
import time
from pathlib import Path

from gateway.relay import Reply

_counter = itertools.count()


def _unique_name() -> str:
    now = time.time()
    host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")
    return f"{int(now)}.M{int(now % 1 * 1e6)}P{os.getpid()}Q{next(_counter)}.{host}"


def deliver_sync(root: Path, raw: bytes) -> str:
    mailbox.Maildir(root, create=True)  # makes tmp/ new/ cur/ if missing
    name = _unique_name()
    tmp = root / "tmp" / name
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.rename(tmp, root / "new" / name)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    dirfd = os.open(root / "new", os.O_RDONLY)
    try:
        os.fsync(dirfd)
    finally:
        os.close(dirfd)
    return name


class MaildirTransaction:
    """Same shape as relay.UpstreamTransaction, delivering into a Maildir."""

    open = True

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    async def add_recipient(self, address: str, options: list[str]) -> Reply:
        return Reply(250, "2.1.5 Ok")

    async def deliver(self, raw: bytes) -> Reply:
        self.open = False
        try:
            name = await asyncio.to_thread(deliver_sync, self.root, raw)
        except OSError as exc:
            return Reply(451, f"4.3.0 local maildir write failed: {exc.strerror}")
        return Reply(250, f"2.0.0 Ok: stored in maildir as {name}")

    async def abort(self) -> None:
        self.open = False


class MaildirNextHop:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def describe(self) -> str:
        return f"maildir {self.root.resolve()}"

    async def begin(self, mail_from: str, options: list[str]) -> tuple[Reply, MaildirTransaction]:
        return Reply(250, "2.1.0 Ok"), MaildirTransaction(self.root)

    async def close(self) -> None:
        return None
