"""Words for senders: category labels, guidance quotations, ASCII reply text, templates."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import yaml

from detectors.model import Category, Finding

CATEGORY_LABELS: dict[str, str] = {
    Category.NINO: "National Insurance number",
    Category.DOB: "Date of birth",
    Category.BANK: "Bank details",
    Category.HEALTH: "Health information",
    Category.MENTAL_HEALTH: "Mental health information",
    Category.SUBSTANCE_MISUSE: "Substance misuse",
    Category.CRIMINAL_RECORD: "Criminal record",
    Category.ETHNICITY: "Ethnicity",
    Category.SEXUAL_ORIENTATION: "Sexual orientation",
    Category.RELIGION: "Religion",
    Category.TRADE_UNION: "Trade union membership",
    Category.BENEFIT_PAYMENT: "Benefit payment details",
    Category.CHILDREN: "Children's details",
    Category.ADDRESS: "Home address",
    Category.PHONE: "Phone number",
    Category.PERSONAL_EMAIL: "Personal email address",
    Category.AGE: "Age",
    Category.PERSON_NAME: "Name",
    Category.REFERENCE: "Participant reference number",
}

MAX_FINDINGS_SHOWN = 30


def label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("_", " ").capitalize())


@dataclass(frozen=True, slots=True)
class FindingLine:
    label: str
    masked: str
    location: str


def finding_lines(findings: list[Finding]) -> tuple[list[FindingLine], int]:
    """Distinct (what, shown as, where) lines, at most MAX_FINDINGS_SHOWN; and how many more."""
    seen: dict[tuple[str, str, str], None] = {}
    for f in findings:
        seen.setdefault((label(f.category), f.masked, f.location), None)
    lines = [FindingLine(*k) for k in seen]
    return lines[:MAX_FINDINGS_SHOWN], max(0, len(lines) - MAX_FINDINGS_SHOWN)


_ASCII = str.maketrans({"•": "*", "›": ">", "¶": "para ", "–": "-", "—": "-", "…": "..."})


def ascii_line(text: str, limit: int) -> str:
    """One line of printable ASCII for an SMTP reply (the client may not speak UTF-8)."""
    text = " ".join(text.translate(_ASCII).split())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = "".join(c for c in text if 32 <= ord(c) < 127)
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _package_templates() -> Path:
    return Path(str(resources.files("gateway") / "templates"))


class Templates:
    """Jinja2 templates: the administrator's directory first, then the built-in ones."""

    def __init__(self, override_dir: Path | None = None) -> None:
        loaders: list[jinja2.BaseLoader] = []
        if override_dir is not None:
            if not Path(override_dir).is_dir():
                raise ValueError(f"templates directory {override_dir} does not exist")
            loaders.append(jinja2.FileSystemLoader(str(override_dir)))
        loaders.append(jinja2.FileSystemLoader(str(_package_templates())))
        self.override_dir = override_dir
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=lambda name: bool(name) and ".html" in name,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=False,
        )

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)

    def guidance(self, ids: list[str]) -> list[dict[str, str]]:
        quotes = dict(_quotes(_package_templates() / "guidance.yaml"))
        if self.override_dir and (Path(self.override_dir) / "guidance.yaml").is_file():
            quotes.update(_quotes(Path(self.override_dir) / "guidance.yaml"))
        return [{"id": g, "quote": quotes.get(g, "")} for g in ids]


@cache
def _quotes_cached(path: Path, mtime: float) -> tuple[tuple[str, str], ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: must map guidance ids to quotations")
    return tuple((str(k), str(v)) for k, v in data.items())


def _quotes(path: Path) -> tuple[tuple[str, str], ...]:
    return _quotes_cached(path, path.stat().st_mtime)
