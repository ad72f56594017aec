"""psycopg is the optional `postgres` extra: a SQLite-only site runs without it, and a
PostgreSQL audit.url without it stops at start-up saying what to install.

Each case runs in a fresh interpreter with ``sys.modules["psycopg"] = None``, which
makes ``import psycopg`` fail exactly as it does where the package is not installed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MESSAGE = "audit.url is PostgreSQL but psycopg is not installed: pip install 'mailgate[postgres]'"
PG_URL = "postgresql://mailgate@127.0.0.1:1/mailgate"


def without_psycopg(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    prelude = "import sys\nsys.modules['psycopg'] = None\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def mailgate(*argv: str) -> str:
    return f"from gateway.cli import main\nsys.exit(main({list(argv)!r}))\n"


@pytest.fixture
def pg_config(tmp_path: Path) -> Path:
    path = tmp_path / "mailgate.yaml"
    path.write_text(f'audit: {{url: "{PG_URL}"}}\n', encoding="utf-8")
    return path


def test_serve_with_postgres_audit_and_no_psycopg_says_what_to_install(
    tmp_path: Path, pg_config: Path
) -> None:
    proc = without_psycopg(mailgate("serve", "--config", str(pg_config)), tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert MESSAGE in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("how", ["config", "store"])
def test_audit_cli_with_postgres_and_no_psycopg_says_what_to_install(
    tmp_path: Path, pg_config: Path, how: str
) -> None:
    where = ["--config", str(pg_config)] if how == "config" else ["--store", PG_URL]
    proc = without_psycopg(mailgate("audit", *where, "purge"), tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert MESSAGE in proc.stderr
    assert "Traceback" not in proc.stderr


def test_open_store_without_psycopg_is_an_audit_store_error(tmp_path: Path) -> None:
    proc = without_psycopg(
        f"""
        from gateway.audit import AuditStoreError, open_store
        try:
            open_store({PG_URL!r})
        except AuditStoreError as exc:
            print(exc)
        """,
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert MESSAGE in proc.stdout


def test_a_sqlite_site_needs_no_psycopg(tmp_path: Path) -> None:
    """Every module of the gateway imports, and the SQLite audit works, without psycopg."""
    every_module = textwrap.dedent(
        """
        import importlib, pkgutil
        import gateway, policies
        for pkg in (gateway, policies):
            for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
                if m.name not in (
                    "gateway.audit.postgres", "gateway.outbox.postgres", "gateway.control.postgres"
                ):
                    importlib.import_module(m.name)
        """
    )
    # `audit purge` refuses a trail that is not there: the gateway would have made it.
    create = textwrap.dedent(
        f"""
        import asyncio
        from gateway.audit import open_store
        async def make():
            store = open_store("sqlite:///{tmp_path / "audit.db"}")
            await store.open()
            await store.close()
        asyncio.run(make())
        """
    )
    purge = mailgate("audit", "--store", f"sqlite:///{tmp_path / 'audit.db'}", "purge")
    proc = without_psycopg(every_module + create + purge, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "purged 0 record(s)" in proc.stdout


def test_psycopg_is_the_postgres_extra_not_a_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]

    def names(reqs: list[str]) -> set[str]:
        return {r.split("[")[0].split(">")[0].split("=")[0].strip().lower() for r in reqs}

    assert "psycopg" not in names(project["dependencies"])
    assert "psycopg" in names(extras["postgres"])
    assert "psycopg" in names(extras["test"])  # the PostgreSQL tests need it
