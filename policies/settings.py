"""Where the policy file and the gateway database are, read from the gateway's config.

The keys are ``policy.path`` and ``database.path`` in the same YAML file that
`mailgate serve --config` reads. Relative paths are taken from the config
file's directory. This reads only those two keys, so the CLI tools
(`check`, `consent`, `permission`) work whatever else the file holds.
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


def _section_path(data: dict, section: str, source: Path) -> Path | None:
    value = data.get(section)
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("path", ""), str):
        raise SettingsError(f"{source}: '{section}' must be a mapping with a 'path' string")
    raw = value.get("path")
    if not raw:
        return None
    path = Path(raw).expanduser()
    return path if path.is_absolute() else source.parent / path


def read_paths(config: str | Path | None) -> Paths:
    if config is None:
        return Paths()
    source = Path(config)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(f"{source}: cannot read the config file: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise SettingsError(f"{source}: not valid YAML: {exc}") from None
    if data is None:
        return Paths()
    if not isinstance(data, dict):
        raise SettingsError(f"{source}: the top level must be a mapping of keys")
    return Paths(_section_path(data, "policy", source), _section_path(data, "database", source))
