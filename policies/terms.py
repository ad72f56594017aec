"""Load the administrators' term lists (``policies/terms/*.yaml``) into the
``detectors.terms.TermLists`` the detectors use.

One file per special category (``category: health`` and ``terms:``, optionally
``exact:`` for phrases matched only as written, with no plural or other form made
from their last word, and ``not:`` for longer phrases that are innocent) and ``benefits.yaml``
(``benefits:``, ``abbreviations:``, ``details:``). A broken file is refused
with its name, line and column (and a did-you-mean for a misspelt key or category),
never half-loaded.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml

from detectors.model import SPECIAL_CATEGORIES, Category
from detectors.terms import TermLists

DEFAULT_DIR = Path(__file__).resolve().parent / "terms"
_SPECIAL = {c.value: c for c in SPECIAL_CATEGORIES}
_KEYS = {
    "special": {"category", "terms", "exact", "not"},
    "benefits": {"category", "benefits", "abbreviations", "details"},
}


class TermsError(ValueError):
    """A term file that cannot be used, with the file and line to fix."""


def _fail(path: Path, node: yaml.Node | None, message: str) -> TermsError:
    """``file:line:column: message``, as the policy and configuration loaders say it."""
    where = f":{node.start_mark.line + 1}:{node.start_mark.column + 1}" if node is not None else ""
    return TermsError(f"{path}{where}: {message}")


def _did_you_mean(word: str, choices: set[str] | list[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    return f": did you mean '{close[0]}'?" if close else ""


def _strings(path: Path, node: yaml.Node, key: str) -> tuple[str, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise _fail(path, node, f"'{key}' must be a list of phrases")
    out: list[str] = []
    seen: set[str] = set()
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or item.tag != "tag:yaml.org,2002:str":
            raise _fail(path, item, f"each entry of '{key}' must be a phrase (text)")
        phrase = " ".join(item.value.split())
        if not phrase:
            raise _fail(path, item, f"empty phrase in '{key}'")
        if phrase.lower() in seen:
            raise _fail(path, item, f"'{phrase}' is listed twice in '{key}'")
        seen.add(phrase.lower())
        out.append(phrase)
    return tuple(out)


def _read(path: Path) -> tuple[str, dict[str, tuple[str, ...]]]:
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise TermsError(f"{path}{where}: not valid YAML: {e.problem}") from e
    except (OSError, UnicodeDecodeError) as e:
        raise TermsError(f"{path}: cannot read: {e}") from e
    if not isinstance(root, yaml.MappingNode):
        raise _fail(path, root, "expected a mapping with 'category' and 'terms'")
    fields = {k.value: v for k, v in root.value if isinstance(k, yaml.ScalarNode)}
    cat_node = fields.get("category")
    if not isinstance(cat_node, yaml.ScalarNode):
        raise _fail(path, root, "missing 'category'")
    category = cat_node.value
    if category != "benefits" and category not in _SPECIAL:
        allowed = ", ".join(sorted([*_SPECIAL, "benefits"]))
        hint = _did_you_mean(category, [*_SPECIAL, "benefits"])
        raise _fail(path, cat_node, f"unknown category '{category}' (one of: {allowed}){hint}")
    allowed_keys = _KEYS["benefits" if category == "benefits" else "special"]
    for k, _v in root.value:
        if k.value not in allowed_keys:
            allowed = ", ".join(sorted(allowed_keys))
            hint = _did_you_mean(str(k.value), allowed_keys)
            raise _fail(path, k, f"unknown key '{k.value}' (allowed: {allowed}){hint}")
    lists = {k: _strings(path, v, k) for k, v in fields.items() if k != "category"}
    if category != "benefits" and not lists.get("terms"):
        raise _fail(path, root, "'terms' must list at least one phrase")
    inflected, exact = lists.get("terms", ()), lists.get("exact", ())
    twice = {p.lower() for p in inflected} & {p.lower() for p in exact}
    if twice:
        raise _fail(path, fields["exact"], f"'{sorted(twice)[0]}' is in both 'terms' and 'exact'")
    if category == "benefits" and not lists.get("benefits"):
        raise _fail(path, root, "'benefits' must list at least one benefit")
    return category, lists


def load_terms(directory: Path | str = DEFAULT_DIR) -> TermLists:
    directory = Path(directory)
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise TermsError(f"{directory}: no term files (*.yaml)")
    special: dict[Category, tuple[str, ...]] = {}
    excluded: list[str] = []
    exact: set[str] = set()
    benefits: dict[str, tuple[str, ...]] = {}
    sources: dict[str, str] = {}
    for path in files:
        category, lists = _read(path)
        if category in sources:
            raise TermsError(
                f"{path}: category '{category}' already defined in {sources[category]}"
            )
        sources[category] = str(path)
        if category == "benefits":
            benefits = lists
        else:
            special[_SPECIAL[category]] = lists["terms"] + lists.get("exact", ())
            exact |= {p.lower() for p in lists.get("exact", ())}
            excluded += lists.get("not", ())
    return TermLists(
        special=special,
        special_exclusions=tuple(excluded),
        uninflected=frozenset(exact),
        benefits=benefits.get("benefits", ()),
        benefit_abbreviations=benefits.get("abbreviations", ()),
        benefit_details=benefits.get("details", ()),
        sources=sources,
    )
