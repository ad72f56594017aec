"""Test support: free ports, an aiosmtpd sink, the gateway in a thread, private Postfix.

Everything listens on 127.0.0.1 with ports the OS picks, so tests run in parallel.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller

POSTFIX = shutil.which("postfix") or (
    "/usr/sbin/postfix" if os.path.exists("/usr/sbin/postfix") else None
)
POSTFIX_DAEMONS = Path("/usr/lib/postfix/sbin")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port} after {timeout}s")


# -- aiosmtpd sink ---------------------------------------------------------------
@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    mail_options: list[str]
    data: bytes


@dataclass
class SinkHandler:
    """Records what it accepts. Faults are switched on per test."""

    messages: list[Received] = field(default_factory=list)
    mail_options_seen: list[list[str]] = field(default_factory=list)
    rcpt_replies: dict[str, str] = field(default_factory=dict)  # address -> reply
    data_reply: str | None = None  # e.g. "554 5.7.1 no thanks"
    reset_in_data: bool = False  # drop the connection instead of answering the final dot
    data_delay: float = 0.0
    connections: int = 0

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        self.mail_options_seen.append(list(mail_options))
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.rcpt_replies.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        if self.reset_in_data:
            sock = server.transport.get_extra_info("socket")
            if sock is not None:  # RST, not a polite FIN
                sock.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
            server.transport.abort()
            return "421 gone"
        if self.data_reply:
            return self.data_reply
        self.messages.append(
            Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                list(envelope.mail_options),
                envelope.original_content,
            )
        )
        return "250 2.0.0 Ok: stored"


class Sink:
    def __init__(self, handler: SinkHandler, port: int, smtputf8: bool = True, **smtp_kw) -> None:
        self.handler = handler
        self.port = port
        self.controller = Controller(
            handler,
            hostname="127.0.0.1",
            port=port,
            enable_SMTPUTF8=smtputf8,
            server_hostname="sink.test",
            ready_timeout=10,
            **smtp_kw,
        )

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages


# -- the gateway, in a thread with its own event loop ------------------------------
class RunningGateway:
    def __init__(self, cfg, policy=None, actions=None) -> None:
        from gateway.server import Gateway

        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

        async def make():
            gw = Gateway(cfg, policy=policy, actions=actions)
            await gw.start()
            return gw

        self.gateway = self.call(make())
        self.port = self.gateway.address[1]

    def call(self, coro, timeout: float = 60):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self, grace: float = 2.0) -> None:
        if self.loop.is_closed():
            return
        self.call(self.gateway.stop(grace))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


def upstream_to(port: int, **extra) -> dict:
    return {"host": "127.0.0.1", "port": port, "timeout": 5, "connect_timeout": 2, **extra}


# -- a private Postfix instance on loopback ----------------------------------------
class Postfix:
    """One Postfix with its own config, queue and data directories.

    ``extra`` main.cf lines are appended (the deploy/postfix recipes are tested this way).
    """

    def __init__(self, root: Path, relay_to: int | None, extra: str = "") -> None:
        self.root = root
        self.port = free_port()
        self.conf = root / "etc"
        self.queue = root / "queue"
        self.data = root / "data"
        for d in (self.conf, self.queue, self.data):
            d.mkdir(parents=True)
        relayhost = f"[127.0.0.1]:{relay_to}" if relay_to else ""
        main = f"""
compatibility_level = 3.6
queue_directory = {self.queue}
data_directory = {self.data}
command_directory = /usr/sbin
daemon_directory = {POSTFIX_DAEMONS}
mail_owner = postfix
setgid_group = postdrop
myhostname = postfix-{self.port}.test
mydomain = test
myorigin = $myhostname
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relayhost = {relayhost}
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
smtp_dns_support_level = disabled
smtp_host_lookup = native
smtp_tls_security_level = none
smtpd_tls_security_level = none
alias_maps =
alias_database =
local_recipient_maps =
biff = no
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
smtp_connection_cache_on_demand = no
{extra}
"""
        shutil.chown(self.data, "postfix", "postfix")
        (self.conf / "main.cf").write_text(main)
        (self.conf / "master.cf").write_text(_master_cf(self.port))

    def postfix(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [POSTFIX, "-c", str(self.conf), *args], capture_output=True, text=True, timeout=30
        )

    def start(self) -> None:
        res = self.postfix("start")
        if res.returncode != 0:
            raise RuntimeError(f"postfix start failed:\n{res.stdout}{res.stderr}")
        wait_for_port(self.port, 15)

    def stop(self) -> None:
        pid_file = self.queue / "pid" / "master.pid"
        pid = int(pid_file.read_text().strip()) if pid_file.exists() else None
        self.postfix("stop")
        # master waits for its children; wait for it so the port is free again.
        deadline = time.monotonic() + 10
        while pid and Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)

    def queued(self) -> list[dict]:
        """What the instance holds (``postqueue -j``): queue name, recipients, delay reasons.

        The instance logs nowhere on purpose: with ``maillog_file`` every daemon logs through
        postlogd, and when postlogd is not draining its socket the whole instance stalls.
        """
        res = subprocess.run(
            ["postqueue", "-c", str(self.conf), "-j"], capture_output=True, text=True, timeout=30
        )
        return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def _master_cf(port: int) -> str:
    # Debian's services, unchrooted (no copies of /etc in the queue directory).
    services = """
127.0.0.1:{port} inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""
    return services.replace("{port}", str(port))


def tempfile_short() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="pf", dir="/tmp")


def peak_rss(pid: int) -> int:
    """The process's high-water resident set, in bytes (0 once it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return 0
    line = next((x for x in status.splitlines() if x.startswith("VmHWM:")), None)
    return int(line.split()[1]) * 1024 if line else 0  # a zombie has no memory left
