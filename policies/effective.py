"""The effective policy of a (layered) policy file, as YAML with where each value comes from.

``mailgate policy show --effective FILE`` prints it: every leaf carries a ``# file:line``
comment naming the layer (or list file) that set it, ``# default`` where no file does.
The output is itself a complete policy (list files inlined, no ``extends:``), so it can be
kept before an upgrade and compared with ``mailgate policy diff`` afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from policies.loader import (
    DEFAULT_POLICY,
    Mark,
    MarkedDict,
    MarkedList,
    compose,
    list_file_entries,
    list_file_origin,
    list_file_path,
    load,
)
from policies.model import Policy

Loc = tuple[int | str, ...]
Where = Callable[[Loc], str]
# Keys whose entries the effective policy inlines from the file they name.
_LIST_FILES = {"domains_file": "domains", "addresses_file": "addresses"}


def read(path: Path | None) -> tuple[Policy, MarkedDict, str]:
    """The validated policy, its merged marked data, and the name its marks default to."""
    path = path or DEFAULT_POLICY
    policy = load(path)  # raises PolicyError, located, before anything is shown
    source = str(path)
    return policy, compose(path.read_text(encoding="utf-8"), source, path.parent), source


def _node(data: Any, loc: Loc) -> tuple[Any, Mark | None]:
    node, mark = data, getattr(data, "mark", None)
    for part in loc:
        if isinstance(node, MarkedDict) and part in node:
            node, mark = node[part], node.value_marks[part]
        elif isinstance(node, MarkedList) and isinstance(part, int) and part < len(node):
            node, mark = node[part], node.item_marks[part]
        else:
            return None, None
    return node, mark


def provenance(data: MarkedDict, source: str, base: Path) -> Where:
    """``loc`` (a path in the dumped policy) -> ``file:line`` of the value, or ``default``."""

    def where(loc: Loc) -> str:
        _value, mark = _node(data, loc)
        if mark is not None:
            return f"{mark.source or source}:{mark.line}"
        # An entry past the inline ones came from the list file the mapping names.
        if len(loc) >= 2 and isinstance(loc[-1], int) and loc[-2] in _LIST_FILES.values():
            inline, _mark = _node(data, loc[:-1])
            offset = loc[-1] - (len(inline) if isinstance(inline, list) else 0)
            file_key = next(k for k, v in _LIST_FILES.items() if v == loc[-2])
            name, _mark = _node(data, (*loc[:-2], file_key))
            if isinstance(name, str) and offset >= 0:
                _layer, layer_base, _at = list_file_origin(
                    data, (*loc[:-2], file_key), source, base
                )
                path = list_file_path(layer_base, name)
                lines = path.read_text(encoding="utf-8").splitlines()
                entries = list_file_entries(lines)
                if offset < len(entries):
                    return f"{path}:{entries[offset][0]}"
        return "default"

    return where


def dumped(policy: Policy) -> dict[str, Any]:
    """The policy as plain data, list files already inlined (so their names are left out)."""
    data = policy.model_dump(mode="json", exclude_none=True)

    def drop(value: Any) -> None:
        if isinstance(value, dict):
            for key in _LIST_FILES:
                value.pop(key, None)
            for inner in value.values():
                drop(inner)
        elif isinstance(value, list):
            for inner in value:
                drop(inner)

    drop(data)
    return data


def _scalar(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _emit(value: Any, loc: Loc, indent: int, where: Where) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, inner in items:
        here = (*loc, key)
        head = f"{pad}{key}:" if isinstance(value, dict) else f"{pad}-"
        if isinstance(inner, (dict, list)) and inner:
            if isinstance(value, dict):
                lines.append(head)
                lines.extend(_emit(inner, here, indent + 2, where))
            else:  # a list item that is a mapping or list: its first line after "- "
                nested = _emit(inner, here, indent + 2, where)
                nested[0] = f"{pad}- {nested[0][indent + 2 :]}"
                lines.extend(nested)
        else:
            text = _scalar(inner) if not isinstance(inner, (dict, list)) else repr(inner)
            lines.append(f"{head} {text}  # {where(here)}")
    return lines


def render(path: Path | None) -> str:
    """The effective policy of ``path`` as YAML, each leaf commented with its origin."""
    policy, data, source = read(path)
    base = (path or DEFAULT_POLICY).parent
    body = _emit(dumped(policy), (), 0, provenance(data, source, base))
    header = [
        f"# Effective policy of {source} (mailgate policy show --effective): the files it",
        "# extends merged, list files inlined. Each value says the file:line it comes from,",
        "# or 'default' where no file sets it.",
    ]
    return "\n".join([*header, *body]) + "\n"
