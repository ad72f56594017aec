"""Layered policy files: ``extends:`` a shipped policy (by name) or another file (by path).

A site file holds only what it changes. Its layer is merged over the policy it extends:

- mappings key by key (``limits.cvs: 5`` changes one limit and keeps the others);
- any other value, lists included, replaced whole (``recipients.internal.domains``);
- the rule sections (``restrictions``, ``exemptions``, ``prohibitions``) by ``id``: a rule
  with an id the base has replaces that rule whole, in its place; a new id is appended to
  its section (so before the ``fallback``), or put ``before:`` / ``after:`` a named rule;
- ``remove: [ids]`` at the top level drops rules (from any section) before that;
- ``fallback`` replaced whole when the layer has one.

Chains are allowed (a site file may extend a regional file that extends the default); a
cycle is an error at the ``extends:`` line that closes it. Every value keeps the mark of
the file it came from, so errors (and ``mailgate policy show --effective``) name that file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from policies.loader import (
    DEFAULT_POLICY,
    Mark,
    MarkedDict,
    MarkedList,
    PolicyError,
    parse_layer,
)

RULE_SECTIONS = ("restrictions", "exemptions", "prohibitions")
# Keys a layer may carry that are about layering, not the policy itself.
LAYER_KEYS = ("extends", "remove")
_PLACEMENT = ("before", "after")
SHIPPED_DIR = DEFAULT_POLICY.parent


def _at(mark: Mark, source: str) -> str:
    return mark.where(source)


def extended_path(value: Any, mark: Mark, source: str, base: Path) -> Path:
    """The file ``extends: value`` names: a shipped policy by name, else a path from ``base``."""
    if not isinstance(value, str) or not value.strip():
        raise PolicyError(
            [
                f"{_at(mark, source)}: extends: name a shipped policy (extends: dwp-provider) "
                "or a file (extends: ../regional-policy.yaml)"
            ]
        )
    value = value.strip()
    if "/" not in value and not value.endswith((".yaml", ".yml")):
        shipped = SHIPPED_DIR / f"{value}.yaml"
        if not shipped.is_file():
            names = sorted(p.stem for p in SHIPPED_DIR.glob("*.yaml"))
            raise PolicyError(
                [
                    f"{_at(mark, source)}: extends: no shipped policy is called {value!r} "
                    f"(shipped: {', '.join(names)}); a file is named by its path "
                    "(extends: ./base-policy.yaml)"
                ]
            )
        return shipped
    path = Path(value)
    return path if path.is_absolute() else base / path


def resolve_extends(
    data: MarkedDict, source: str, base: Path, chain: tuple[Path, ...] = ()
) -> MarkedDict:
    """``data`` (one parsed layer) with the layers it extends merged beneath it."""
    if "extends" not in data:
        return _without_layer_keys(data, source)
    mark = data.value_marks["extends"]
    path = extended_path(data["extends"], mark, source, base)
    resolved = path.resolve()
    here = Path(source).resolve() if source and not source.startswith("<") else None
    seen = (*chain, *([here] if here else []))
    if resolved in seen:
        loop = " -> ".join(str(p) for p in (*seen[seen.index(resolved) :], resolved))
        raise PolicyError(
            [f"{_at(mark, source)}: extends: {data['extends']!r} makes a cycle ({loop})"]
        )
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(
            [f"{_at(mark, source)}: extends: cannot read {str(path)!r}: {exc.strerror}"]
        ) from None
    lower = resolve_extends(parse_layer(text, str(path)), str(path), path.parent, seen)
    return merge(lower, data, source)


def _without_layer_keys(data: MarkedDict, source: str) -> MarkedDict:
    if "remove" in data:
        mark = data.key_marks["remove"]
        raise PolicyError(
            [f"{_at(mark, source)}: remove: only a file that extends another can remove rules"]
        )
    return data


def _copy_dict(src: MarkedDict) -> MarkedDict:
    out = MarkedDict(src)
    out.mark, out.key_marks, out.value_marks = src.mark, dict(src.key_marks), dict(src.value_marks)
    return out


def _merge_mapping(lower: Any, upper: Any) -> Any:
    """Key by key where both are mappings; otherwise the upper value, whole."""
    if not (isinstance(lower, MarkedDict) and isinstance(upper, MarkedDict)):
        return upper
    out = _copy_dict(lower)
    for key, value in upper.items():
        out[key] = _merge_mapping(lower.get(key), value)
        out.key_marks[key] = upper.key_marks[key]
        out.value_marks[key] = upper.value_marks[key]
    return out


def _rule_id(rule: Any) -> Any:
    return rule.get("id") if isinstance(rule, MarkedDict) else None


def merge(lower: MarkedDict, upper: MarkedDict, source: str) -> MarkedDict:
    """The layer ``upper`` (from ``source``) over the already-resolved ``lower``."""
    problems: list[str] = []
    out = _copy_dict(lower)
    sections = {s: _rules(lower.get(s)) for s in RULE_SECTIONS}
    _remove(upper, sections, source, problems)
    for key, value in upper.items():
        if key in LAYER_KEYS:
            continue
        if key in RULE_SECTIONS and isinstance(value, MarkedList):
            sections[key] = _merge_rules(key, sections, value, source, problems)
        elif key in RULE_SECTIONS or key == "fallback":
            out[key] = value  # a rule section that is no list: the model reports it here
            sections.pop(key, None)
        else:
            out[key] = _merge_mapping(lower.get(key), value)
        out.key_marks[key] = upper.key_marks[key]
        out.value_marks[key] = upper.value_marks[key]
    if problems:
        raise PolicyError(problems)
    for name, rules in sections.items():
        if name in lower or name in upper:
            out[name] = rules
    return out


def _rules(value: Any) -> MarkedList:
    out = MarkedList()
    if isinstance(value, MarkedList):
        out.extend(value)
        out.mark, out.item_marks = value.mark, list(value.item_marks)
    else:
        out.mark, out.item_marks = Mark(1, 1), []
    return out


def _remove(
    upper: MarkedDict, sections: dict[str, MarkedList], source: str, problems: list[str]
) -> None:
    ids = upper.get("remove")
    if ids is None:
        return
    if not isinstance(ids, MarkedList):
        problems.append(
            f"{_at(upper.value_marks['remove'], source)}: remove: a list of rule ids, "
            "e.g. remove: [one-name]"
        )
        return
    for rule_id, mark in zip(ids, ids.item_marks, strict=True):
        for rules in sections.values():
            index = _index(rules, rule_id)
            if index is not None:
                del rules[index]
                del rules.item_marks[index]
                break
        else:
            problems.append(
                f"{_at(mark, source)}: remove: no rule {rule_id!r} in the policy this extends"
                + _close(rule_id, sections)
            )


def _index(rules: MarkedList, rule_id: Any) -> int | None:
    for i, rule in enumerate(rules):
        if _rule_id(rule) == rule_id:
            return i
    return None


def _close(rule_id: Any, sections: dict[str, MarkedList]) -> str:
    import difflib

    ids = [str(_rule_id(r)) for rules in sections.values() for r in rules]
    close = difflib.get_close_matches(str(rule_id), ids, n=1)
    return f": did you mean {close[0]!r}?" if close else ""


def _merge_rules(
    name: str,
    sections: dict[str, MarkedList],
    layer: MarkedList,
    source: str,
    problems: list[str],
) -> MarkedList:
    """``name``'s rules with the layer's rules replacing by id, or added where placed."""
    rules = sections[name]
    for rule, mark in zip(layer, layer.item_marks, strict=True):
        rule_id = _rule_id(rule)
        elsewhere = [
            s for s in RULE_SECTIONS if s != name and _index(sections[s], rule_id) is not None
        ]
        if rule_id is not None and elsewhere:
            problems.append(
                f"{_at(rule.value_marks['id'], source)}: rule {rule_id!r} is one of the "
                f"{elsewhere[0]} of the policy this extends: change it there, or add "
                f"remove: [{rule_id}] to move it"
            )
            continue
        placement, rule = _placement(rule, source, problems)
        index = _index(rules, rule_id) if rule_id is not None else None
        if index is not None:
            del rules[index]
            del rules.item_marks[index]
        if placement is not None:
            where, target, target_mark = placement
            at = _index(rules, target)
            if at is None:
                problems.append(
                    f"{_at(target_mark, source)}: {where}: no rule {target!r} among the {name}"
                    + _close(target, {name: rules})
                )
                continue
            index = at if where == "before" else at + 1
        if index is None:
            index = len(rules)
        rules.insert(index, rule)
        rules.item_marks.insert(index, mark)
    return rules


def _placement(
    rule: Any, source: str, problems: list[str]
) -> tuple[tuple[str, Any, Mark] | None, Any]:
    """(``before``/``after``, target id, its mark) if the rule says where it goes; the rule
    without that key (the model does not know it)."""
    if not isinstance(rule, MarkedDict):
        return None, rule
    given = [k for k in _PLACEMENT if k in rule]
    if not given:
        return None, rule
    if len(given) > 1:
        problems.append(
            f"{_at(rule.key_marks['after'], source)}: a rule goes before: or after: "
            "one rule, not both"
        )
    out = _copy_dict(rule)
    for key in given:
        del out[key]
        del out.key_marks[key]
        del out.value_marks[key]
    key = given[0]
    return (key, rule[key], rule.value_marks[key]), out


def chain(path: Path) -> list[str]:
    """``path`` and each file it extends, in turn, one line each (``load`` it first)."""
    lines: list[str] = []
    seen: set[Path] = set()
    while path.resolve() not in seen:
        seen.add(path.resolve())
        data = parse_layer(path.read_text(encoding="utf-8"), str(path))
        if "extends" not in data:
            lines.append(f"{path}")
            break
        value = data["extends"]
        lines.append(f"{path}  extends: {value}")
        path = extended_path(value, data.value_marks["extends"], str(path), path.parent)
    return lines
