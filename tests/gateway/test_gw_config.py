"""Configuration: embedded defaults, the shipped example, errors that name the key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gateway import config

EXAMPLE = Path(__file__).resolve().parents[2] / "deploy" / "mailgate.example.yaml"


def test_defaults_are_the_embedded_try_it_setup():
    cfg = config.load(None)
    assert (cfg.listen.host, cfg.listen.port) == ("127.0.0.1", 8025)
    assert cfg.upstream is None and cfg.maildir == Path("outbox")
    assert cfg.access.networks == ["127.0.0.0/8", "::1/128"]
    assert config.parse(None) == cfg  # an empty file is the defaults too
    assert cfg.scan.max_worker_memory == 512 * 1024 * 1024


def test_shipped_example_is_valid():
    cfg = config.load(EXAMPLE)
    assert cfg.upstream is not None and cfg.upstream.tls == "starttls"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("listen: {port: 70000}", "listen.port"),
        ("upstream: {port: 25}", "upstream.host"),
        ("upstream: {host: x, tls: maybe}", "upstream.tls"),
        ("access: {networks: [10.0.0.0/33]}", "access.networks"),
        ("limits: {max_recipients: 0}", "limits.max_recipients"),
        ("scan: {analyser: not-a-path}", "scan.analyser"),
        ("scan: {max_worker_memory: 100000000}", "scan.max_worker_memory"),  # below warm-up
        ("scan: {repeat_window: 0}", "scan.repeat_window"),
        ("limits: {max_recipient: 5}", "limits.max_recipient"),  # typo: unknown key
    ],
)
def test_errors_name_file_and_key(tmp_path, text, where):
    path = tmp_path / "gw.yaml"
    path.write_text(text + "\n")
    with pytest.raises(config.ConfigError) as err:
        config.load(path)
    # Located like policy errors: file:line:column, then the key path.
    assert re.match(rf"{re.escape(str(path))}:1:\d+: {re.escape(where)}: ", str(err.value))


def test_unreadable_and_malformed_files(tmp_path):
    with pytest.raises(config.ConfigError, match="cannot read"):
        config.load(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("listen: [unclosed\n")
    with pytest.raises(config.ConfigError, match="not valid YAML"):
        config.load(bad)
    bad.write_text("- a list\n")
    with pytest.raises(config.ConfigError, match="mapping"):
        config.load(bad)


def test_a_typo_is_located_and_suggests_the_key(tmp_path):
    path = tmp_path / "gw.yaml"
    path.write_text("hostname: gw.test\nupstrem: {host: relay.test}\n")
    with pytest.raises(config.ConfigError) as err:
        config.load(path)
    assert str(err.value) == (
        f"{path}:2:1: upstrem: unknown key 'upstrem': did you mean 'upstream'?"
    )


def test_an_impossible_date_or_duplicate_key_is_located_not_a_traceback(tmp_path):
    path = tmp_path / "gw.yaml"
    path.write_text("hostname: 2025-13-01\n")
    with pytest.raises(config.ConfigError, match=r"gw\.yaml:1:11: .*not a real date"):
        config.load(path)
    path.write_text("hostname: a\nhostname: b\n")
    with pytest.raises(config.ConfigError, match=r"gw\.yaml:2:1: duplicate key 'hostname'"):
        config.load(path)
