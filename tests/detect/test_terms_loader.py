from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from detectors.detector import Context
from detectors.model import SPECIAL_CATEGORIES
from policies.terms import DEFAULT_DIR, TermsError, load_terms


def test_default_lists_cover_every_special_category_and_benefits():
    t = load_terms()
    assert set(t.special) == set(SPECIAL_CATEGORIES)
    assert "Universal Credit" in t.benefits and "UC" in t.benefit_abbreviations
    assert "prison officer" in t.special_exclusions


@pytest.fixture
def term_dir(tmp_path: Path) -> Path:
    d = tmp_path / "terms"
    shutil.copytree(DEFAULT_DIR, d)
    return d


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("category: health\nterms:\n  - asthma\n  - [nested]\n", 4, "must be a phrase"),
        ("category: health\nterms:\n  - asthma\n  - Asthma\n", 4, "listed twice"),
        ("category: healthy\nterms: [asthma]\n", 1, "unknown category"),
        ("category: health\nterms:\n  - asthma\nextra: 1\n", 4, "unknown key"),
        ("category: health\nterms: [asthma\n", 3, "not valid YAML"),
        ("category: health\nterms: asthma\n", 2, "must be a list"),
        ("category: health\nterms: [asthma]\nexact: [Asthma]\n", 3, "both 'terms' and 'exact'"),
    ],
)
def test_broken_file_names_file_and_line(term_dir, content, line, words):
    (term_dir / "health.yaml").write_text(content)
    with pytest.raises(TermsError) as e:
        load_terms(term_dir)
    msg = str(e.value)
    assert f"health.yaml:{line}:" in msg and words in msg


@pytest.mark.parametrize(
    ("content", "where", "hint"),
    [
        ("category: healht\nterms: [asthma]\n", "1:11", "did you mean 'health'?"),
        ("category: health\nterm:\n  - asthma\n", "2:1", "did you mean 'terms'?"),
        ("category: health\nterms:\n  - asthma\n  - [nested]\n", "4:5", ""),
    ],
)
def test_a_term_file_error_has_line_column_and_a_suggestion(term_dir, content, where, hint):
    (term_dir / "health.yaml").write_text(content)
    with pytest.raises(TermsError) as e:
        load_terms(term_dir)
    msg = str(e.value)
    assert f"health.yaml:{where}: " in msg and hint in msg


def test_duplicate_category_across_files(term_dir):
    (term_dir / "more_health.yaml").write_text("category: health\nterms: [gout]\n")
    with pytest.raises(TermsError, match="already defined"):
        load_terms(term_dir)


def test_admin_edit_takes_effect(term_dir, nlp, keyer):
    from detectors import special

    path = term_dir / "health.yaml"
    path.write_text(path.read_text().replace("terms:\n", "terms:\n  - gout flare\n", 1))
    m = special.SpecialMatcher(nlp, load_terms(term_dir))
    out = special.detect("Recent gout flares", Context("b", keyer, special=m))
    assert [f.masked for f in out] == ['term "gout flare"']


def test_an_exact_phrase_matches_as_written_only(term_dir, nlp, keyer):
    from detectors import special

    (term_dir / "health.yaml").write_text(
        "category: health\nterms:\n  - gout flare\nexact:\n  - on the sick\n"
    )
    m = special.SpecialMatcher(nlp, load_terms(term_dir))

    def found(text: str) -> list[str]:
        return [f.masked for f in special.detect(text, Context("b", keyer, special=m))]

    assert found("He has been On the sick since May") == ['term "on the sick"']
    assert found("He put cards on the sicks list") == []
    assert found("Two gout flares this year") == ['term "gout flare"']  # terms still inflect
