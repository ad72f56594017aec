"""What differs between two effective policies: rules by id, every other value by path.

``mailgate policy diff OLD NEW`` prints it. Kept before an upgrade
(``mailgate policy show --effective site.yaml > before.yaml``), OLD shows what the new
shipped default changes for this site: changes the site's own layer overrides do not show.
"""

from __future__ import annotations

import json
from typing import Any

from policies.effective import dumped
from policies.model import Policy

RULE_SECTIONS = ("restrictions", "exemptions", "prohibitions")


def _rules(data: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """id -> (section, rule), taking the rules out of ``data``."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for section in RULE_SECTIONS:
        for rule in data.pop(section, []):
            found[rule["id"]] = (section, rule)
    fallback = data.pop("fallback")
    found[fallback["id"]] = ("fallback", fallback)
    return found


def _flat(value: Any, path: str = "") -> dict[str, Any]:
    """Leaf path -> value; lists of scalars are one leaf, partners are named by name."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, inner in value.items():
            out.update(_flat(inner, f"{path}.{key}" if path else str(key)))
        return out
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        out = {}
        for i, inner in enumerate(value):
            label = inner.get("name", i) if isinstance(inner, dict) else i
            out.update(_flat(inner, f"{path}[{label}]"))
        return out
    return {path: value}


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _value_changes(old: dict[str, Any], new: dict[str, Any], indent: str = "") -> list[str]:
    a, b = _flat(old), _flat(new)
    lines = []
    for path in [*a, *(p for p in b if p not in a)]:
        before, after = a.get(path), b.get(path)
        if before == after:
            continue
        if isinstance(before, list) and isinstance(after, list):
            added = [v for v in after if v not in before]
            gone = [v for v in before if v not in after]
            parts = [*(f"+ {_show(v)}" for v in added), *(f"- {_show(v)}" for v in gone)]
            lines.append(f"{indent}{path}: {', '.join(parts) or 'same entries, new order'}")
        elif path not in a:
            lines.append(f"{indent}{path}: (unset) -> {_show(after)}")
        elif path not in b:
            lines.append(f"{indent}{path}: {_show(before)} -> (unset)")
        else:
            lines.append(f"{indent}{path}: {_show(before)} -> {_show(after)}")
    return lines


def diff(old: Policy, new: Policy) -> list[str]:
    """One line per difference (a changed rule: a line, then one per changed value)."""
    a, b = dumped(old), dumped(new)
    rules_a, rules_b = _rules(a), _rules(b)
    lines = _value_changes(a, b)
    for rule_id, (section, _rule) in rules_a.items():
        if rule_id not in rules_b:
            lines.append(f"rule removed: {rule_id} ({section})")
    for rule_id, (section, rule) in rules_b.items():
        if rule_id not in rules_a:
            lines.append(f"rule added: {rule_id} ({section}, {_place(rule_id, section, new)})")
            continue
        was_section, was = rules_a[rule_id]
        changes = _value_changes(was, rule, indent="  ")
        if was_section != section:
            changes.insert(0, f"  moved: {was_section} -> {section}")
        if changes:
            lines.append(f"rule changed: {rule_id} ({section})")
            lines.extend(changes)
    for section in RULE_SECTIONS:
        common = set(rules_a) & set(rules_b)
        order_a = [r.id for r in getattr(old, section) if r.id in common]
        order_b = [r.id for r in getattr(new, section) if r.id in common]
        if sorted(order_a) == sorted(order_b) and order_a != order_b:
            lines.append(f"{section} order: {', '.join(order_a)} -> {', '.join(order_b)}")
    return lines


def _place(rule_id: str, section: str, policy: Policy) -> str:
    if section == "fallback":
        return "the fallback"
    ids = [r.id for r in getattr(policy, section)]
    at = ids.index(rule_id)
    return f"after {ids[at - 1]}" if at else "first"
