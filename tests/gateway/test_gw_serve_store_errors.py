"""serve with an audit trail or registers it cannot open stops with a clear message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _serve(tmp_path: Path, extra: str) -> subprocess.CompletedProcess[str]:
    cfg = tmp_path / "mailgate.yaml"
    cfg.write_text(f"listen: {{host: 127.0.0.1, port: 0}}\nmaildir: {tmp_path / 'out'}\n{extra}")
    return subprocess.run(
        [sys.executable, "-m", "gateway.cli", "serve", "--config", str(cfg)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_unopenable_audit_trail_stops_serve_with_a_message(tmp_path: Path) -> None:
    done = _serve(tmp_path, f"audit: {{url: 'sqlite:{tmp_path}/no/such/dir/audit.db'}}\n")
    assert done.returncode == 2
    assert "cannot open the audit trail or registers" in done.stderr
    assert "Traceback" not in done.stderr


def test_unopenable_registers_stop_serve_with_a_message(tmp_path: Path) -> None:
    done = _serve(
        tmp_path,
        f"audit: {{url: 'sqlite:{tmp_path}/audit.db'}}\n"
        f"database: {{path: {tmp_path}/no/such/dir/registers.db}}\n",
    )
    assert done.returncode == 2
    assert "cannot open the audit trail or registers" in done.stderr
    assert "Traceback" not in done.stderr
