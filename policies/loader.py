"""Read a policy file into the typed model, with errors that point at the line.

YAML is parsed by a SafeLoader subclass that remembers where each mapping
value and list item starts, so a pydantic error (which names a path such as
``exemptions.2.when.max_people``) is reported as ``file:line:column`` with a
hint on how to fix it.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from policies.model import DomainList, Policy, address_problem, domain_problem

DEFAULT_POLICY = Path(__file__).with_name("dwp-provider.yaml")


class PolicyError(Exception):
    """A policy file that cannot be used. ``str()`` is one line per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Mark:
    line: int  # 1-based
    column: int  # 1-based
    # The file this node came from, where a layered policy mixes several ("": the one parsed).
    source: str = ""

    def where(self, default: str) -> str:
        return f"{self.source or default}:{self.line}:{self.column}"


class MarkedDict(dict):
    """A mapping that knows where it and each of its values start in the file."""

    mark: Mark
    key_marks: dict[Any, Mark]
    value_marks: dict[Any, Mark]


class MarkedList(list):
    mark: Mark
    item_marks: list[Mark]


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


class _MarkingLoader(yaml.SafeLoader):
    """SafeLoader that returns MarkedDict/MarkedList carrying node positions."""

    def construct_yaml_map(self, node: yaml.MappingNode):  # type: ignore[override]
        data = MarkedDict()
        data.mark, data.key_marks, data.value_marks = _mark(node), {}, {}
        yield data
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in data:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}: keep one of them", key_node.start_mark
                )
            data[key] = self.construct_object(value_node, deep=True)
            data.key_marks[key] = _mark(key_node)
            data.value_marks[key] = _mark(value_node)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode):  # type: ignore[override]
        # 2025-13-01 looks like a date to YAML but is none: a located error, not a ValueError.
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"{node.value!r} is not a real date ({exc}): write dates as 2025-04-01",
                node.start_mark,
            ) from None

    def construct_yaml_seq(self, node: yaml.SequenceNode):  # type: ignore[override]
        data = MarkedList()
        data.mark = _mark(node)
        data.item_marks = [_mark(child) for child in node.value]
        yield data
        data.extend(self.construct_sequence(node, deep=True))


_MarkingLoader.add_constructor("tag:yaml.org,2002:map", _MarkingLoader.construct_yaml_map)
_MarkingLoader.add_constructor("tag:yaml.org,2002:seq", _MarkingLoader.construct_yaml_seq)
_MarkingLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _MarkingLoader.construct_yaml_timestamp
)


def stamp(data: Any, source: str) -> Any:
    """Record ``source`` in every mark of ``data``, so merged layers keep their own files."""
    if isinstance(data, MarkedDict):
        data.mark = Mark(data.mark.line, data.mark.column, source)
        for marks in (data.key_marks, data.value_marks):
            for key, m in marks.items():
                marks[key] = Mark(m.line, m.column, source)
        for value in data.values():
            stamp(value, source)
    elif isinstance(data, MarkedList):
        data.mark = Mark(data.mark.line, data.mark.column, source)
        data.item_marks = [Mark(m.line, m.column, source) for m in data.item_marks]
        for value in data:
            stamp(value, source)
    return data


def parse_yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=_MarkingLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        what = exc.problem or exc.context or "not valid YAML"
        raise PolicyError(
            [
                f"{where}: {what}"
                if isinstance(exc, yaml.constructor.ConstructorError)
                else f"{where}: not valid YAML: {what} (check the indentation and quoting here)"
            ]
        ) from None
    except yaml.YAMLError as exc:
        raise PolicyError([f"{source}: not valid YAML: {exc}"]) from None


def _locate(
    data: Any, loc: tuple[int | str, ...], at_key: bool = False
) -> tuple[Mark | None, tuple[int | str, ...]]:
    """The mark of the deepest node on ``loc``, and the part of ``loc`` that is in the file.

    An error about a key itself (unknown or missing) points at the key, an error
    about a value at the value; pydantic's own steps (union members such as
    ``int``) are left out of the path.
    """
    mark: Mark | None = getattr(data, "mark", None)
    node = data
    path: list[int | str] = []
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, MarkedDict) and part in node:
            mark = node.key_marks[part] if last and at_key else node.value_marks[part]
            node = node[part]
        elif isinstance(node, MarkedList) and isinstance(part, int) and part < len(node):
            mark = node.item_marks[part]
            node = node[part]
        elif isinstance(node, (MarkedDict, MarkedList)) and not last:
            break
        elif isinstance(node, MarkedDict):
            path.append(part)  # a missing key: point at the mapping that lacks it
            break
        else:
            break
        path.append(part)
    return mark, tuple(path)


# Errors about a key itself (not its value) point at the key.
_KEY_ERRORS = {"extra_forbidden", "missing"}


def _allowed_keys(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """The keys the model accepts at the mapping that holds ``loc[-1]``."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _hint(
    error: dict[str, Any], loc: tuple[int | str, ...], model: type[BaseModel] = Policy
) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc)
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        if close:
            return f"unknown key {loc[-1]!r}: did you mean {close[0]!r}?"
        return f"unknown key {loc[-1]!r}: remove it" + (
            f" (allowed here: {', '.join(allowed)})" if allowed else ""
        )
    if kind == "missing":
        return f"required key {loc[-1]!r} is missing: add it"
    msg = error["msg"]
    if kind.startswith(("enum", "literal")):
        return f"{msg}"
    if kind in {"date_from_datetime_parsing", "date_parsing", "datetime_from_date_parsing"}:
        return f"{msg}: write dates as 2025-04-01 and times as 2025-04-01T09:00:00Z"
    if kind == "value_error":
        return msg.removeprefix("Value error, ")
    return msg


def _path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(p) for p in loc) or "(top level)"


def _read_list_file(
    base: Path, name: str, source: str, where: str, check: Callable[[str], str | None]
) -> list[str]:
    path = list_file_path(base, name)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise PolicyError(
            [f"{source}:{where}: cannot read list file {str(path)!r}: {exc.strerror}"]
        ) from None
    entries: list[str] = []
    problems: list[str] = []
    for number, entry in list_file_entries(lines):
        problem = check(entry)
        if problem:
            problems.append(f"{path}:{number}:1: {problem}")
        entries.append(entry)
    if problems:
        raise PolicyError(problems)
    return entries


def list_file_path(base: Path, name: str) -> Path:
    return (base / name) if not Path(name).is_absolute() else Path(name)


def list_file_entries(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, entry) of a list file's lines: one entry a line, ``#`` comments."""
    found = []
    for number, line in enumerate(lines, start=1):
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            found.append((number, entry))
    return found


def _merge_list_files(policy: Policy, base: Path, source: str, data: Any) -> Policy:
    """Fold ``domains_file``/``addresses_file`` entries into their lists."""

    def merged(lst: DomainList, *loc: int | str) -> DomainList:
        update: dict[str, list[str]] = {}
        for key, field, check in (
            ("domains_file", "domains", domain_problem),
            ("addresses_file", "addresses", address_problem),
        ):
            name = getattr(lst, key)
            if name:
                # A layered policy's list file is relative to the layer that names it.
                file_source, file_base, where = list_file_origin(data, (*loc, key), source, base)
                extra = _read_list_file(file_base, name, file_source, where, check)
                update[field] = [*getattr(lst, field), *extra]
        return lst.model_copy(update=update) if update else lst

    rec = policy.recipients
    new = rec.model_copy(
        update={
            "dwp": merged(rec.dwp, "recipients", "dwp"),
            "internal": merged(rec.internal, "recipients", "internal"),
            "claimant": merged(rec.claimant, "recipients", "claimant"),
            "supply_chain": [
                merged(p, "recipients", "supply_chain", i) for i, p in enumerate(rec.supply_chain)
            ],
        }
    )
    return policy.model_copy(update={"recipients": new})


def list_file_origin(
    data: Any, loc: tuple[int | str, ...], source: str, base: Path
) -> tuple[str, Path, str]:
    """(file, directory, line:column) of the policy layer that names the list file at ``loc``."""
    mark, _path_in_file = _locate(data, loc)
    if mark is None:
        return source, base, "1:1"
    if mark.source and mark.source != source:
        return mark.source, Path(mark.source).parent, f"{mark.line}:{mark.column}"
    return source, base, f"{mark.line}:{mark.column}"


def located_problems(
    exc: ValidationError, data: Any, source: str, model: type[BaseModel]
) -> list[str]:
    """One ``file:line:column: path: hint`` line per place; a union's alternatives joined."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for err in exc.errors():
        loc = tuple(err["loc"])
        mark, path = _locate(data, loc, at_key=err["type"] in _KEY_ERRORS)
        if mark is None:  # data without marks (a plain dict): the key path is all there is
            path = loc
        where = mark.where(source) if mark else source
        hints = grouped.setdefault((where, _path(path)), [])
        hint = _hint(err, path if err["type"] in _KEY_ERRORS else loc, model)
        if hint not in hints:
            hints.append(hint)
    return [f"{w}: {p}: {' — or: '.join(h)}" for (w, p), h in grouped.items()]


_RULE_SECTIONS = ("restrictions", "exemptions", "prohibitions")


def _duplicate_ids(data: MarkedDict, source: str) -> list[str]:
    """Rule ids used twice, each reported at both of its lines (before the model sees them)."""
    first: dict[str, Mark] = {}
    problems: list[str] = []
    places: list[tuple[Any, Mark]] = []
    for section in _RULE_SECTIONS:
        rules = data.get(section)
        if isinstance(rules, MarkedList):
            for rule in rules:
                if isinstance(rule, MarkedDict) and "id" in rule:
                    places.append((rule["id"], rule.value_marks["id"]))
    fallback = data.get("fallback")
    if isinstance(fallback, MarkedDict) and "id" in fallback:
        places.append((fallback["id"], fallback.value_marks["id"]))
    places.sort(key=lambda place: (place[1].line, place[1].column))  # file order
    for rule_id, mark in places:
        if not isinstance(rule_id, str):
            continue
        if rule_id in first:
            was = first[rule_id]
            problems.append(
                f"{source}:{mark.line}:{mark.column}: rule id {rule_id!r} is used twice, "
                f"here and at {source}:{was.line}:{was.column}: give each rule its own id"
            )
        else:
            first[rule_id] = mark
    return problems


def parse_layer(text: str, source: str) -> MarkedDict:
    """One policy file as marked data (its own checks only: no ``extends:`` followed)."""
    data = parse_yaml(text, source)
    if not isinstance(data, MarkedDict):
        raise PolicyError(
            [f"{source}:1:1: the top level must be a mapping of keys (name:, recipients:, …)"]
        )
    duplicates = _duplicate_ids(data, source)
    if duplicates:
        raise PolicyError(duplicates)
    return stamp(data, source)


def compose(text: str, source: str = "<policy>", base: Path | None = None) -> MarkedDict:
    """The policy data a file means: its ``extends:`` chain merged under it."""
    from policies.layers import resolve_extends  # layers builds on this module

    return resolve_extends(parse_layer(text, source), source, base or Path("."))


def parse(text: str, source: str = "<policy>", base: Path | None = None) -> Policy:
    data = compose(text, source, base)
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(located_problems(exc, data, source, Policy)) from None
    return _merge_list_files(policy, base or Path("."), source, data)


def load(path: str | Path | None = None) -> Policy:
    """Read and validate a policy file (None: the shipped default policy)."""
    path = Path(path) if path is not None else DEFAULT_POLICY
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError([f"{path}: cannot read the policy file: {exc.strerror}"]) from None
    return parse(text, str(path), path.parent)
