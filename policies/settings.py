"""Where the policy file and the gateway database are, read from the gateway's config.

The keys are ``policy.path`` and ``database.path`` in the same YAML file that
`mailgate serve --config` reads. Without ``database.path`` the registers share
the audit trail's SQLite file (``audit.url: sqlite:…``, default ``sqlite:audit.db``),
so consent and permissions live in "the gateway's database". Relative paths are
taken from the config file's directory. Only these keys are read, so the CLI
tools (`check`, `consent`, `permission`) work whatever else the file holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


class SettingsError(Exception):
    """The config file cannot be read, or its policy/database keys are malformed."""


@dataclass(frozen=True, slots=True)
class Paths:
    policy: Path | None = None  # None: the shipped default policy
    database: Path | None = None  # None: no registers (no consent, no permissions)
    terms: Path | None = None  # policy.terms_dir; None: the shipped term lists


def _section_path(data: dict, section: str, source: Path, key: str = "path") -> Path | None:
    value = data.get(section)
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get(key, ""), str):
        raise SettingsError(f"{source}: '{section}' must be a mapping with a '{key}' string")
    raw = value.get(key)
    if not raw:
        return None
    path = Path(raw).expanduser()
    return path if path.is_absolute() else source.parent / path


def read_paths(config: str | Path | None) -> Paths:
    if config is None:
        # Embedded defaults, as `mailgate serve` runs without a file: the registers
        # share the audit trail's ./audit.db, so consent recorded here is the one used.
        return Paths(database=_audit_sqlite({}, Path.cwd() / "mailgate.yaml"))
    source = Path(config)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(f"{source}: cannot read the config file: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise SettingsError(f"{source}: not valid YAML: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SettingsError(f"{source}: the top level must be a mapping of keys")
    database = _section_path(data, "database", source)
    if database is None and "database" not in data:
        database = _audit_sqlite(data, source)
    terms = _section_path(data, "policy", source, "terms_dir")
    return Paths(_section_path(data, "policy", source), database, terms)


def _audit_sqlite(data: dict, source: Path) -> Path | None:
    """The audit trail's SQLite file, if the audit store is SQLite."""
    audit = data.get("audit")
    url = audit.get("url", "sqlite:audit.db") if isinstance(audit, dict) else "sqlite:audit.db"
    if not isinstance(url, str) or not url.startswith("sqlite:"):
        return None  # PostgreSQL audit: give database.path for the registers
    raw = url.removeprefix("sqlite:")
    path = Path(raw[2:] if raw.startswith("///") else raw)
    return path if path.is_absolute() else source.parent / path
