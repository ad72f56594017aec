"""Promises the repository keeps: lint clean, no NINO-shaped literals in product code,
README opens with the two set-up commands that CI really runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT_DIRS = ("gateway", "detectors", "policies", "deploy", "bench")
NINO_SHAPED = re.compile(
    r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b"
)


def test_ruff_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--quiet", str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_nino_shaped_literals_in_product_code() -> None:
    hits = []
    for top in PRODUCT_DIRS:
        for path in (ROOT / top).rglob("*"):
            if path.suffix not in {".py", ".yaml", ".yml", ".txt", ".cf", ".j2", ".html"}:
                continue
            if "fixtures" in path.parts or "heldout" in path.parts:  # synthetic test data
                continue
            for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
                if NINO_SHAPED.search(line):
                    hits.append(f"{path.relative_to(ROOT)}:{n}")
    assert not hits, f"NINO-shaped values in product code: {hits}"


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```(?:sh|bash)?\n(.*?)```", readme, re.S)
    assert len(blocks) >= 2, "README.md must open with the run and test commands"
    test_cmd = blocks[1].strip().splitlines()[-1]
    assert test_cmd in (ROOT / ".ci" / "run").read_text()


def test_ci_fails_a_skip_for_a_missing_package(tmp_path: Path) -> None:
    (tmp_path / "test_tool.py").write_text(
        "import pytest\n"
        "def test_needs_tool():\n"
        "    pytest.skip('frobnicate not installed (Debian frobnicate)')\n"
        "def test_other_skip():\n"
        "    pytest.skip('only on Tuesdays')\n"
    )
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "ci_strict", "-p", "no:cacheprovider",
           str(tmp_path)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests")}
    on_ci = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True,
                           env={**env, "CI": "true"}, timeout=120)  # fmt: skip
    assert "1 failed, 1 skipped" in on_ci.stdout, on_ci.stdout
    assert "add it to .ci/run" in on_ci.stdout
    local = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True,
                           env={**env, "CI": ""}, timeout=120)  # fmt: skip
    assert "2 skipped" in local.stdout, local.stdout
