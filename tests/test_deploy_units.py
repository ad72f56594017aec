"""deploy/systemd/: the units load cleanly in systemd and keep their sandbox.

`systemd-analyze verify` exits 0 even for an unknown key or a value it cannot parse (it
warns and ignores the line), so a warning that names one of our units fails the test too.
It also insists that ExecStart's program exists; /opt/mailgate is not there on a test
machine, so the units are checked as copies whose only change is that path, pointed at
the `mailgate` script of the environment running the tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parents[1] / "deploy" / "systemd"
INSTALLED = "/opt/mailgate/bin/mailgate"
NAMES = ("mailgate.service", "mailgate-purge.service", "mailgate-purge.timer")
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")

needs_systemd_analyze = pytest.mark.skipif(
    SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed (Debian package systemd)"
)

# What `systemd-analyze security` asks for, in both services.
SANDBOX = {
    "User": "mailgate",
    "Group": "mailgate",
    "UMask": "0077",
    "StateDirectory": "mailgate",
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "PrivateDevices": "yes",
    "DevicePolicy": "closed",
    "ProtectKernelTunables": "yes",
    "ProtectKernelModules": "yes",
    "ProtectKernelLogs": "yes",
    "ProtectControlGroups": "yes",
    "ProtectClock": "yes",
    "ProtectHostname": "yes",
    "ProtectProc": "invisible",
    "ProcSubset": "pid",
    "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
    "RestrictNamespaces": "yes",
    "RestrictRealtime": "yes",
    "RestrictSUIDSGID": "yes",
    "LockPersonality": "yes",
    "MemoryDenyWriteExecute": "yes",
    "KeyringMode": "private",
    "RemoveIPC": "yes",
    "SystemCallArchitectures": "native",
}
SYSCALL_FILTER = ["@system-service", "~@privileged @resources"]


def directives(path: Path) -> dict[str, dict[str, list[str]]]:
    """section -> key -> every value given (systemd keys may repeat)."""
    out: dict[str, dict[str, list[str]]] = {}
    section: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = out.setdefault(line[1:-1], {})
            continue
        key, sep, value = line.partition("=")
        assert sep, f"{path.name}: not a key=value line: {raw!r}"
        section.setdefault(key.strip(), []).append(value.strip())
    return out


def mailgate_script() -> Path:
    for directory in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        candidate = Path(directory) / "mailgate"
        if candidate.is_file():
            return candidate
    found = shutil.which("mailgate")
    if found is None:
        pytest.fail("no `mailgate` script in this environment: pip install -e . first")
    return Path(found)


def verify(directory: Path, names: tuple[str, ...] = NAMES) -> list[str]:
    """Problems `systemd-analyze verify` reports for the units in ``directory``."""
    assert SYSTEMD_ANALYZE is not None
    proc = subprocess.run(
        [SYSTEMD_ANALYZE, "verify", "--man=no", *(str(directory / n) for n in names)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=directory,
    )
    ours = [*names, str(directory)]
    problems = [
        line for line in (proc.stdout + proc.stderr).splitlines() if any(n in line for n in ours)
    ]
    if proc.returncode != 0:
        problems.append(f"exit status {proc.returncode}: {proc.stderr.strip()}")
    return problems


def copies(tmp_path: Path) -> Path:
    """The units with the installed program's path pointed at this environment's."""
    script = str(mailgate_script())
    for name in NAMES:
        text = (UNITS / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace(INSTALLED, script), encoding="utf-8")
    return tmp_path


@needs_systemd_analyze
def test_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    assert verify(copies(tmp_path)) == []


@needs_systemd_analyze
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("ProtectSystem=strict", "ProtectSytem=strict"),  # unknown key: systemd ignores it
        ("ProtectSystem=strict", "ProtectSystem=strick"),  # bad value: ignored too
        ("Type=exec", "Type=exe"),
    ],
)
def test_verify_catches_a_typo(tmp_path: Path, old: str, new: str) -> None:
    directory = copies(tmp_path)
    unit = directory / "mailgate.service"
    unit.write_text(unit.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    assert verify(directory), f"{new!r} went unnoticed"


@needs_systemd_analyze
def test_verify_sees_a_missing_program(tmp_path: Path) -> None:
    """Why the copies: the real units name /opt/mailgate, which the install step creates."""
    if Path(INSTALLED).exists():
        pytest.skip(f"{INSTALLED} exists here")
    for name in NAMES:
        shutil.copy(UNITS / name, tmp_path / name)
    assert any("not executable" in p for p in verify(tmp_path))


@pytest.mark.parametrize("name", ["mailgate.service", "mailgate-purge.service"])
def test_services_keep_their_sandbox(name: str) -> None:
    service = directives(UNITS / name)["Service"]
    single = {k: v[-1] for k, v in service.items()}
    missing = {k: v for k, v in SANDBOX.items() if single.get(k) != v}
    assert missing == {}, f"{name}: missing or changed: {missing}"
    assert service["SystemCallFilter"] == SYSCALL_FILTER
    exec_start = service["ExecStart"][0].split()
    assert exec_start[0] == INSTALLED
    assert exec_start[1:3] == (
        ["serve", "--config"] if name == "mailgate.service" else ["audit", "--config"]
    )
    assert "/etc/mailgate/mailgate.yaml" in exec_start


def test_only_the_gateway_may_bind_low_ports() -> None:
    gateway = directives(UNITS / "mailgate.service")["Service"]
    purge = directives(UNITS / "mailgate-purge.service")["Service"]
    assert gateway["CapabilityBoundingSet"] == ["CAP_NET_BIND_SERVICE"]
    assert gateway["AmbientCapabilities"] == ["CAP_NET_BIND_SERVICE"]
    assert purge["CapabilityBoundingSet"] == [""] and "AmbientCapabilities" not in purge
    assert purge["Type"] == ["oneshot"]


def test_purge_runs_the_real_command() -> None:
    """The purge's command line is one `mailgate audit` accepts (--config before purge)."""
    from gateway.cli import build_parser

    argv = directives(UNITS / "mailgate-purge.service")["Service"]["ExecStart"][0].split()[1:]
    args = build_parser().parse_args(argv)
    assert (args.command, args.audit_command) == ("audit", "purge")
    assert str(args.config) == "/etc/mailgate/mailgate.yaml"


def test_timer_is_daily_and_catches_up() -> None:
    timer = directives(UNITS / "mailgate-purge.timer")["Timer"]
    assert timer["OnCalendar"] == ["daily"]
    assert timer["Persistent"] == ["true"]
    assert timer["RandomizedDelaySec"]
    assert timer.get("Unit", ["mailgate-purge.service"]) == ["mailgate-purge.service"]


def test_readme_creates_what_the_units_use() -> None:
    readme = (UNITS.parent / "README.md").read_text(encoding="utf-8")
    for step in (
        "python3 -m venv /opt/mailgate",
        "/opt/mailgate/bin/pip install",
        "useradd --system --home /var/lib/mailgate --shell /usr/sbin/nologin mailgate",
        "/etc/mailgate/mailgate.yaml",
        "/usr/share/doc/mailgate/README.md",
        "systemctl enable --now mailgate.service mailgate-purge.timer",
        "systemctl reload mailgate",
        "journalctl -u mailgate",
    ):
        assert step in readme, step
