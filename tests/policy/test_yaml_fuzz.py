"""Property: mutated policy, config and term-list YAML gives a clean error, never a traceback.

The inputs are the shipped files with one hypothesis-chosen edit: a line replaced by a
scalar of another type (an impossible date, a number, a list, a stray key), a line
duplicated or removed, or a character inserted. Each loader must either accept the result
or raise its own error type naming the file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway import config
from policies.loader import DEFAULT_POLICY, PolicyError, load
from policies.terms import DEFAULT_DIR, TermsError, load_terms

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "deploy" / "mailgate.example.yaml"
ODD_VALUES = ["2025-13-01", "2025-02-30", "-1", "1e999", "[a, b]", "{x: 1}", "~", "'", "&a *b"]


@st.composite
def mutated(draw, text: str) -> str:
    lines = text.splitlines()
    i = draw(st.integers(0, len(lines) - 1))
    kind = draw(st.sampled_from(["value", "duplicate", "remove", "insert", "key"]))
    line = lines[i]
    if kind == "value" and ":" in line:
        key = line.split(":", 1)[0]
        lines[i] = f"{key}: {draw(st.sampled_from(ODD_VALUES))}"
    elif kind == "duplicate":
        lines.insert(i, line)
    elif kind == "remove":
        del lines[i]
    elif kind == "key" and ":" in line:
        indent = line[: len(line) - len(line.lstrip())]
        lines.insert(i, f"{indent}{draw(st.sampled_from(['upstrem', 'id', 'since']))}: 1")
    else:
        at = draw(st.integers(0, len(line)))
        lines[i] = line[:at] + draw(st.sampled_from([":", "-", "[", "{", "\t", " "])) + line[at:]
    return "\n".join(lines) + "\n"


FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(text=mutated(DEFAULT_POLICY.read_text(encoding="utf-8")))
def test_mutated_policy_gives_a_clean_error(tmp_path_factory, text):
    where = tmp_path_factory.mktemp("pol")
    shutil.copytree(DEFAULT_POLICY.parent / "lists", where / "lists")
    path = where / "site.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load(path)
    except PolicyError as exc:
        assert str(exc).startswith(str(where)), exc


@FUZZ
@given(text=mutated((ROOT / "examples" / "site-policy.yaml").read_text(encoding="utf-8")))
def test_mutated_site_layer_gives_a_clean_error_in_the_layer(tmp_path_factory, text):
    from policies.effective import render

    path = tmp_path_factory.mktemp("layer") / "site.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load(path)
    except PolicyError as exc:
        assert str(exc).startswith(str(path)), exc  # the layer's own line, not the default's
    else:
        assert render(path).count("  # ") > 100  # an accepted layer also shows, annotated


@FUZZ
@given(text=mutated(CONFIG.read_text(encoding="utf-8")))
def test_mutated_config_gives_a_clean_error(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("cfg") / "gw.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        config.load(path)
    except config.ConfigError as exc:
        assert str(exc).startswith(str(path)), exc


@FUZZ
@given(text=mutated((DEFAULT_DIR / "benefits.yaml").read_text(encoding="utf-8")))
def test_mutated_terms_give_a_clean_error(tmp_path_factory, text):
    where = tmp_path_factory.mktemp("terms")
    path = where / "benefits.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_terms(where)
    except TermsError as exc:
        assert str(exc).startswith(str(path)), exc
