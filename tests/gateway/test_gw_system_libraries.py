"""Without libmagic (a Debian package pip cannot install) the mail-reading commands stop
at start-up and name the package, instead of failing on the first attachment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# python-magic raises ImportError when it cannot load libmagic; a None entry in
# sys.modules makes `import magic` raise the same ImportError.
WITHOUT_LIBMAGIC = (
    "import sys; sys.modules['magic'] = None; "
    "from gateway.cli import main; sys.exit(main(sys.argv[1:]))"
)


def _mailgate_without_libmagic(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_LIBMAGIC, *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_check_without_libmagic_names_the_package() -> None:
    done = _mailgate_without_libmagic("check", str(ROOT / "examples" / "clean-mail.eml"))
    assert done.returncode == 2
    assert "apt-get install libmagic1" in done.stderr
    assert "Traceback" not in done.stderr


def test_serve_without_libmagic_refuses_to_start() -> None:
    done = _mailgate_without_libmagic("serve")
    assert done.returncode == 2
    assert "libmagic1" in done.stderr
    assert "listening" not in done.stderr + done.stdout


def test_commands_that_read_no_mail_run_without_libmagic(tmp_path: Path) -> None:
    from policies.registers import Registers

    Registers(tmp_path / "r.db").close()  # `consent list` refuses a database not there
    done = _mailgate_without_libmagic("consent", "list", "--database", str(tmp_path / "r.db"))
    assert done.returncode == 0, done.stderr


def test_check_with_libmagic_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gateway.cli", "check", str(ROOT / "examples" / "clean-mail.eml")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "libmagic" not in done.stderr
