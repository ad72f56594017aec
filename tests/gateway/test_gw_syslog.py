"""log.output: syslog — `mailgate serve` sends RFC 5424 frames that this test receives
on real sockets (UDP, TCP with octet counting, a local datagram socket like /dev/log)
and parses; a bad log section is a configuration error naming the key."""

from __future__ import annotations

import json
import re
import smtplib
import socket
import threading
import time
from pathlib import Path

import pytest
from gw_helpers import message
from mailgate_support import free_port, upstream_to
from test_gw_serve_process import Serve, base_cfg

from gateway import config

# RFC 5424 §6: <PRI>VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD SP MSG
FRAME = re.compile(
    r"^<(?P<pri>\d{1,3})>1 "
    r"(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z) "
    r"(?P<host>[!-~]{1,255}) (?P<app>[!-~]{1,48}) (?P<procid>[!-~]{1,128}) "
    r"(?P<msgid>[!-~]{1,32}) (?P<sd>-|\[.*?\]) (?P<msg>.*)$",
    re.DOTALL,
)
MAIL, LOCAL3 = 2, 19
SEVERITY = {"error": 3, "warning": 4, "info": 6, "debug": 7}


def parse(frame: bytes) -> dict:
    m = FRAME.match(frame.decode("ascii"))  # json.dumps escapes: MSG is ASCII
    assert m, frame
    out = m.groupdict()
    out["json"] = json.loads(out["msg"])
    return out


class Collector:
    """Frames received on one socket, kept in order."""

    def __init__(self) -> None:
        self.frames: list[dict] = []

    def wait(self, event: str, timeout: float = 20) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for f in self.frames:
                if f["msgid"] == event:
                    return f
            time.sleep(0.05)
        raise AssertionError(f"no {event!r} frame in {[f['msgid'] for f in self.frames]}")


def datagrams(sock: socket.socket, into: Collector) -> None:
    while True:
        try:
            data = sock.recv(65536)
        except OSError:
            return
        into.frames.append(parse(data))


def octet_counted(listener: socket.socket, into: Collector) -> None:
    """RFC 6587 §3.4.1: "LEN SP FRAME", repeated, on one TCP connection."""
    try:
        conn, _ = listener.accept()
    except OSError:
        return
    buf = b""
    with conn:
        while chunk := conn.recv(65536):
            buf += chunk
            while b" " in buf:
                length, _, rest = buf.partition(b" ")
                assert length.isdigit(), buf[:40]
                if len(rest) < int(length):
                    break
                into.frames.append(parse(rest[: int(length)]))
                buf = rest[int(length) :]


def send_one(port: int) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as c:
        c.sendmail("sender@provider.test", ["a@partner.test"], message("to syslog"))


def check_frames(got: Collector, s: Serve, facility: int) -> None:
    listening = got.wait("listening")
    assert listening["app"] == "mailgate" and listening["host"] == "gw.test"
    assert listening["procid"] == str(s.proc.pid) and listening["sd"] == "-"
    assert int(listening["pri"]) == facility * 8 + SEVERITY["info"]
    assert listening["json"]["event"] == "listening" and listening["json"]["level"] == "info"
    msg = got.wait("message")
    assert msg["json"]["outcome"] == "accepted" and msg["json"]["queue_id"]
    assert "a@partner.test" not in json.dumps([f["json"] for f in got.frames])
    # Everything went to syslog: stderr has the human banner only.
    assert [line for line in s.lines if line.startswith("{")] == []


def test_udp_frames_are_rfc5424_with_the_event_as_msgid(tmp_path, sink):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    got = Collector()
    threading.Thread(target=datagrams, args=(sock, got), daemon=True).start()
    address = f"udp://127.0.0.1:{sock.getsockname()[1]}"
    cfg = base_cfg(
        upstream=upstream_to(sink.port),
        log={"output": "syslog", "syslog": {"address": address, "facility": "local3"}},
    )
    s = Serve(cfg, tmp_path)
    try:
        send_one(s.port)
        check_frames(got, s, LOCAL3)
    finally:
        s.stop()
        sock.close()


def test_tcp_frames_are_octet_counted(tmp_path, sink):
    listener = socket.create_server(("127.0.0.1", 0))
    got = Collector()
    threading.Thread(target=octet_counted, args=(listener, got), daemon=True).start()
    address = f"tcp://127.0.0.1:{listener.getsockname()[1]}"
    cfg = base_cfg(
        upstream=upstream_to(sink.port), log={"output": "syslog", "syslog": {"address": address}}
    )
    s = Serve(cfg, tmp_path)
    try:
        send_one(s.port)
        check_frames(got, s, MAIL)  # facility mail by default
    finally:
        s.stop()
        listener.close()


def test_a_local_socket_like_dev_log(tmp_path, sink):
    path = Path(f"/tmp/mg-log-{free_port()}.sock")  # short: AF_UNIX paths are limited
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    got = Collector()
    threading.Thread(target=datagrams, args=(sock, got), daemon=True).start()
    cfg = base_cfg(
        upstream=upstream_to(sink.port), log={"output": "syslog", "syslog": {"address": str(path)}}
    )
    s = Serve(cfg, tmp_path)
    try:
        send_one(s.port)
        check_frames(got, s, MAIL)
    finally:
        s.stop()
        sock.close()
        path.unlink(missing_ok=True)


@pytest.mark.parametrize(
    ("log", "says"),
    [
        ({"output": "syslog", "syslog": {"address": "udp://127.0.0.1"}}, "needs a host and a port"),
        ({"output": "syslog", "syslog": {"address": "udp://h:70000"}}, "needs a host and a port"),
        ({"output": "syslog", "syslog": {"address": "http://h:514"}}, "udp://host:port"),
        ({"output": "syslog", "syslog": {"address": "log.example:514"}}, "udp://host:port"),
        ({"output": "syslog", "syslog": {"facility": "mial"}}, "log.syslog.facility"),
        ({"output": "syslog", "syslog": {"adress": "/dev/log"}}, "log.syslog.adress"),
        ({"output": "file"}, "log.output"),
        ({"syslog": {"address": "/dev/log"}}, "log.output is not 'syslog'"),
    ],
)
def test_a_bad_log_section_is_a_config_error(log, says):
    with pytest.raises(config.ConfigError) as err:
        config.parse({"log": log}, "mailgate.yaml")
    assert "mailgate.yaml" in str(err.value) and says in str(err.value), str(err.value)


def test_a_tcp_collector_that_is_not_there_stops_serve_with_a_clear_error(tmp_path):
    cfg = base_cfg(
        log={"output": "syslog", "syslog": {"address": f"tcp://127.0.0.1:{free_port()}"}}
    )
    with pytest.raises(AssertionError, match="exited 2") as err:
        Serve(cfg, tmp_path)
    assert "mailgate: cannot open the log output (syslog)" in str(err.value)
