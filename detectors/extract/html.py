"""HTML: the visible text (no script, style or head) and each table with its shape."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from detectors.model import Table

from .blob import Blob
from .state import Run, Where, emit_tables
from .textcodec import decode_text

_INVISIBLE = ["script", "style", "noscript", "template", "head", "title", "svg", "object"]
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tr",
        "ul",
        "caption",
    ]
)
_CELL = frozenset({"td", "th"})
_WS = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b]+")
MAX_TABLES = 500


def html_text(html: str) -> tuple[str, list[Table]]:
    """Visible text of an HTML document, and its tables (removed from the text)."""
    tree = LexborHTMLParser(html)
    tree.strip_tags(_INVISIBLE)
    tables: list[Table] = []
    # Innermost tables first, so a layout table around a data table keeps its own text.
    for node in reversed(tree.css("table")[:MAX_TABLES]):
        rows = []
        for tr in node.css("tr"):
            cells = tuple(_flat(c.text(separator=" ")) for c in tr.css("td, th"))
            if any(cells):
                rows.append(cells)
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            tables.append(Table(header=rows[0], rows=tuple(rows[1:]), first_row=2))
            node.replace_with("\n")
    tables.reverse()
    root = tree.body or tree.root
    return (_visible_text(root) if root is not None else ""), tables


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


# Elements whose line breaks are the text's own (a CV pasted as preformatted text).
_PREFORMATTED = "pre, textarea, listing, xmp, plaintext"


def _visible_text(root) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []
    kept_lines: set[int] = set()  # every node inside one, so a nested one is not walked again
    for pre in root.css(_PREFORMATTED):
        if pre.mem_id not in kept_lines:
            kept_lines.update(t.mem_id for t in pre.traverse(include_text=True))
    for node in root.traverse(include_text=True):
        tag = node.tag
        if tag == "-text":
            text = node.text_content or ""
            out.append(text if node.mem_id in kept_lines else _WS.sub(" ", text))
        else:
            if tag in _BLOCK:
                out.append("\n")
            elif tag in _CELL:
                out.append("\t")
            said = _attribute_text(node)
            if said:  # a line of its own: a logo's alt must not join the name beside it
                out.append(f"\n{said}\n")
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(out).split("\n"))
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _attribute_text(node) -> str:  # type: ignore[no-untyped-def]
    """What an element says outside its text: an image's alt text, a tooltip (title).
    The sender wrote them and a reader sees them (a screen reader reads the alt), so
    they are content: a Drive file chip whose picture is titled with a file name."""
    attrs = node.attributes
    if not attrs:
        return ""
    said = [v for k in ("alt", "title") if (v := attrs.get(k)) and v.strip()]
    if len(said) == 2 and _flat(said[0]) == _flat(said[1]):
        said = said[:1]
    return " ".join(_flat(v) for v in said)


def emit_html(run: Run, where: Where, html: str) -> None:
    text, tables = html_text(html)
    run.emit(where, text, content_type="text/html")
    emit_tables(run, where, tables, "text/html")


def read(run: Run, blob: Blob) -> None:
    emit_html(run, blob.where, decode_text(blob.data, blob.charset))
