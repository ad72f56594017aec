"""Children's names with their ages or dates of birth (¶32).

"her son Jack, aged 7", "daughter: Emily (4)", "Jack (son, 7)", "his son Jack, 14,",
"her two kids, Ella (6) and Max (3)", "my little boy Tom who is 5", a child's date of
birth ("daughter Amy (born 12/03/2016)"), a "Children:" field ("Children: Jack 7,
Emily 4"), or a column about children. An age with no name counts too when it is
said of someone's child ("her daughter aged 4", "2 children aged 3 and 7").
"""

from __future__ import annotations

import functools
import re

from detectors import textfacts
from detectors.dates import find_dates
from detectors.detector import Context
from detectors.lines import LinePattern
from detectors.masking import DOT, Keyer, mask_name
from detectors.model import Category, Finding

_REL = (
    r"(?i:son|daughter|child|stepson|stepdaughter|grandson|granddaughter|step-son|"
    r"step-daughter|foster\s+child|baby|boy|girl|youngest|eldest|oldest|little\s+one)"
)
_NAME = r"(?P<name>[A-Z][a-z]+(?:[\-'][A-Z][a-z]+)?(?:\s+[A-Z][a-z]+)?)"
# A bare number after a comma is an age only where the phrase ends there
# ("Jack, 14, lives…"), not "Jack, 14 Elm Street".
_BARE_AGE_END = r"(?=\s*(?:[,;.)]|$|\s+(?:and|years?|yrs?|&)\b))"
_AGE_IN_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
)
# A baby's age in months, in words ("eighteen months", "twenty-two months").
_MORE_MONTHS = r"sixteen|seventeen|eighteen|nineteen|twenty(?:[\s\-](?:one|two|three|four))?"
_AGE = (
    r"(?i:\(?\s*(?:aged?\s*[:\-]?\s*|who\s+is\s+(?:now\s+|only\s+|just\s+)?)(?P<age>\d{1,2})\b"
    r"|\(\s*(?P<age2>\d{1,2})\s*\)"
    # "Jonathan (six)"; "Kim, is 18 months" (a baby's age in months)
    rf"|\(\s*(?P<age5>{_AGE_IN_WORDS})\s*\)"
    rf"|is\s+(?:now\s+|only\s+|just\s+)?(?P<age6>\d{{1,2}}|{_AGE_IN_WORDS}|{_MORE_MONTHS})"
    r"\s*(?:months?|mths)\b"
    # "her little boy Billy is four and starts school": an age in words after "is"
    rf"|is\s+(?:now\s+|only\s+|just\s+)?(?P<age7>{_AGE_IN_WORDS})\b(?!\s+(?:of|o'clock|"
    r"hours?|minutes?|days?|weeks?|pounds?|miles?|times?|[ap]\.?m)\b)"
    # "Abdul (18 months)", "Elaine (3 years)"
    r"|\(\s*(?P<age8>\d{1,2})\s*(?:years?|yrs?|months?|mths)(?:\s+old)?\s*\)"
    r"|(?P<age3>\d{1,2})\s*(?:years?|yrs?)\s*old|\(?\s*(?:born|dob|d\.o\.b\.?)(?!\w)"
    rf"|(?<=,)\s*(?P<age4>\d{{1,2}}){_BARE_AGE_END})"
)
REL_NAME_AGE = re.compile(rf"\b{_REL}s?\b[,:]?\s+(?i:(?:called|named|is)\s+)?{_NAME}\s*,?\s*{_AGE}")
# Several children after one cue: "her two kids, Ella (6) and Max (3)",
# "children Ella (9) and Max (11)".
GROUP_CUE_RE = re.compile(
    r"\b(?i:kids|children|sons|daughters|twins|grandchildren|stepchildren|step-children|"
    r"little\s+ones|boys|girls"
    # "room for her two - Jonathan (six) and Ann": a parent's children by their number
    r"|(?:her|his|their|my|your)\s+(?:two|three|four|five)(?!\s+(?:years?|weeks?|days?|months?)))"
    r"\b[,:]?\s*(?:[-–]\s*)?"
)
GROUP_ITEM_RE = re.compile(rf"{_NAME}\s*,?\s*{_AGE}")
# Two or more names each with an age in brackets, in a text with a word for a child
# ("to collect Fiona (6) and Stanley (3) from nursery"): the ones under 16 are children.
_PAREN_WORD = r"[A-Z][a-z]++(?:[\-'][A-Z][a-z]++)?+"
_PAREN_ITEM = rf"{_PAREN_WORD}(?:[ \t]++{_PAREN_WORD})?+[ \t]*+\([ \t]*+\d{{1,2}}[ \t]*+\)"
PAREN_LIST_RE = re.compile(
    rf"(?<![A-Za-z]){_PAREN_ITEM}(?:[ \t]*+(?:,|and|&)[ \t]*+{_PAREN_ITEM})++"
)
PAREN_ITEM_RE = re.compile(
    rf"(?P<name>{_PAREN_WORD}(?:[ \t]++{_PAREN_WORD})?+)[ \t]*+\([ \t]*+(?P<age>\d{{1,2}})"
)
GROUP_SPAN = 120  # characters after the cue in which the children are listed
# An age said of someone's child with no name: "her daughter aged 4", "2 children
# aged 3 and 7", "her 6-year-old son". Needs an owner or a count before the word,
# and a single age, so "children aged 5 and under are welcome", "parents with a
# child aged 3" and "their children aged 5 to 11" are not a child's age.
_OWNER = (
    r"(?i:\b(?:her|his|their|my|your|our|has\s+(?:a|an)|\d{1,2}|one|two|three|"
    r"four|five|six)\s+(?:(?:little|young|youngest|eldest|oldest|older|younger|baby|teenage|"
    r"twin|\d{1,2}|two|three|four)\s+)?)"
)
# "aged 5 to 11", "aged 3 and under", "aged 16+": an age band, not a child's age.
_NOT_RANGE = (
    r"(?!\s*(?:to\b|-|–|\+|(?i:and|or)\s+(?i:under|over|above|below|older|younger|more)\b))"
)
_KID = r"(?i:son|daughter|child|children|kids?|boy|girl|sons|daughters|stepson|stepdaughter|twins)"
# An age in digits or in words ("aged three and six").
_AGE_NUM = (
    r"(?:\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen))"
)
AGE_ONLY_RE = re.compile(
    rf"{_OWNER}{_KID}\b,?\s*(?:\(\s*(?i:aged?\s*)?\d{{1,2}}\s*\)|(?i:aged?|who\s+(?:is|are))\s+"
    rf"{_AGE_NUM}\b{_NOT_RANGE}|(?i:born)\b)"
    rf"|(?i:\b(?:her|his|their|my|your)\s+)\d{{1,2}}[\s\-]*(?i:years?|yrs?|months?)"
    rf"[\s\-]*(?i:old)\s+{_KID}\b"
)
NAME_REL_AGE = re.compile(
    rf"(?<![A-Za-z]){_NAME}\s*\(\s*(?i:her|his|their)?\s*{_REL}\s*,\s*(?i:aged?\s*)?"
    r"(?P<age>\d{1,2})\s*\)"
)
# A name given an age under 16 in a clause ("Sian who's seven", "little Liam who has just
# turned four", "Amira, who turns two in May", "Ava, aged 6"): a child, with or without a
# word for one.
_AGE_WORDS = {
    w: i + 1
    for i, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen")
    )
}  # fmt: skip
CHILD_AGE = 16  # an age below this, said of a named person, is a child's
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr"}
# Capitalised group words at a sentence's start: "Children aged 5 and under…".
_GROUPS = {"children", "kids", "boys", "girls", "pupils", "students", "people", "babies",
           "toddlers", "teenagers", "learners", "those", "anyone", "all"}  # fmt: skip
_TITLE_BEFORE = re.compile(r"\b(?i:mr|mrs|ms|miss|mx|dr)\.?\s+$")
YOUNG_NAME_AGE_RE = re.compile(
    rf"{_NAME},?\s+"
    r"(?i:who['’]s\s+(?:just\s+)?turned|who['’]s|who\s+is|who\s+has\s+(?:just\s+)?turned"
    r"|who\s+(?:just\s+)?turned|who\s+will\s+be|who['’]ll\s+be|who\s+turns"
    r"|who\s+is\s+turning|who['’]s\s+turning"
    r"|aged?)\s+(?i:(?:only|just|now|nearly|almost)\s+)?"
    r"(?P<age>\d{1,2}|(?i:" + "|".join(_AGE_WORDS) + r"))\b"
    r"(?!\s*(?i:minutes?|mins?|hours?|days?|weeks?|months?|miles?|km|%|percent|per\s+cent|stone|kg))"
    + _NOT_RANGE
)
NAME_IS_AGE_RE = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:[ \t]+is|['’]s)[ \t]+"
    r"(?:(?:only|just|now|nearly|almost)[ \t]+)?"
    r"(?P<age>\d{1,2}|(?i:" + "|".join(_AGE_WORDS) + r"))" + _BARE_AGE_END + _NOT_RANGE
)
FIELD_RE = LinePattern(
    r"[ \t]*(?:children|dependants?|dependent\s+children)(?:'s)?(?:\s+names?)?"
    r"(?:\s+(?:and|&)\s+(?:ages?|dates?\s+of\s+birth|dobs?))?\s*:[ \t]*(?P<v>.+)$",
    re.I,
)
FIELD_ITEM_RE = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*[,(\-–:]?\s*(?:aged?\s*)?(?P<age>\d{1,2})\b"
)
HEADER_RE = re.compile(r"\bchild|\bdependant|\bson\b|\bdaughter", re.I)
# A sum or a rate under a children's heading ("Childcare element (1 child) £1,031.88"):
# what is paid for children, not a child.
_AMOUNT_RE = re.compile(r"[ \t]*+(?:[£$€]|(?:GBP|EUR|USD)\b)")


def _is_amount(text: str) -> bool:
    return bool(_AMOUNT_RE.match(text)) or text.rstrip().endswith("%")


_NOT_NAMES = {
    "aged", "age", "who", "is", "and", "the", "born", "years", "her", "his", "she", "he",
    "they", "their", "both", "are", "all", "with", "at", "in", "on", "for", "of", "to",
}  # fmt: skip


def _finding(location: str, keyer: Keyer, name: str, ctx: str) -> Finding:
    return Finding(
        category=Category.CHILDREN,
        location=location,
        masked=f"{mask_name(name)} (age {DOT * 2})",
        confidence=0.9,
        context=ctx,
        key=keyer.key("child", name.lower()),
    )


def _age_finding(location: str, keyer: Keyer, phrase: str) -> Finding:
    return Finding(
        category=Category.CHILDREN,
        location=location,
        masked=f"child (age {DOT * 2})",
        confidence=0.8,
        context="child's age",
        key=keyer.key("child-age", phrase),
    )


def detect(text: str, ctx: Context) -> list[Finding]:
    location, keyer, header = ctx.location, ctx.keyer, ctx.header
    out: list[Finding] = []
    seen: set[str] = set()
    if header and HEADER_RE.search(header):
        for m in FIELD_ITEM_RE.finditer(text):
            out.append(_finding(location, keyer, m["name"], f'column "{header}"'))
        if (
            not out
            and text.strip()
            and not _is_amount(text)
            and (find_dates(text) or re.search(r"\d", text))
        ):
            out.append(_finding(location, keyer, text.strip().split()[0], f'column "{header}"'))
        return out
    named = _named(text)
    for name, ctx in named:
        out.append(_finding(location, keyer, name, ctx))
    if not named and _has_child_word(text):
        for m in AGE_ONLY_RE.finditer(text):
            key = " ".join(m[0].lower().split())
            if key not in seen:
                seen.add(key)
                out.append(_age_finding(location, keyer, key))
    return out


def names(text: str) -> set[str]:
    """The children's names ``text`` gives, lower case ("ella okafor"): for the
    people count, which counts the claimant, not their children."""
    return {" ".join(name.lower().split()) for name, _ in _named(text)}


# The words for a child, found anywhere (as substrings: "son" in "grandson"). Plain
# substring tests: each is a fast scan even over a long text, where one pattern with
# fifteen alternatives would try every position.
_CHILD_WORDS = (
    "son", "daughter", "child", "baby", "boy", "girl", "dependant", "kid", "twin", "youngest",
    "eldest", "nursery", "creche", "crèche", "little one",
)  # fmt: skip


def _child_word_in_sentence(text: str, start: int, end: int) -> bool:
    """A word for a child (or school) in the sentence around ``text[start:end]``."""
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    his = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    sentence = text[lo : min(his) if his else len(text)].lower()
    return any(w in sentence for w in (*_CHILD_WORDS, "school"))


@functools.lru_cache(maxsize=8)  # the detector and _named both ask, per chunk
def _has_child_word(text: str) -> bool:
    lowered = textfacts.lowered(text)
    return any(w in lowered for w in _CHILD_WORDS)


@functools.lru_cache(maxsize=8)  # the detector and the people count both ask, per chunk
def _named(text: str) -> tuple[tuple[str, str], ...]:
    """(name, context) for each child named with an age or date of birth."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(name: str, ctx: str) -> None:
        if name.split()[0].lower() in _NOT_NAMES or name.lower() in seen:
            return
        seen.add(name.lower())
        out.append((name, ctx))

    if "who" in text or "age" in text:
        for m in YOUNG_NAME_AGE_RE.finditer(text):
            age = m["age"].lower()
            titled = m["name"].split()[0].lower() in _TITLES | _GROUPS
            if titled or _TITLE_BEFORE.search(text[max(0, m.start() - 6) : m.start()]):
                continue  # "Mr Davies, aged 15 …" is no child's name
            if (int(age) if age.isdigit() else _AGE_WORDS[age]) < CHILD_AGE:
                add(m["name"], "child named with age")
    if "(" in text:
        for listed in PAREN_LIST_RE.finditer(text):
            if not _child_word_in_sentence(text, listed.start(), listed.end()):
                continue  # "GCSEs in English (4) and Maths (5)": grades, not children
            for m in PAREN_ITEM_RE.finditer(listed[0]):
                if int(m["age"]) < CHILD_AGE:
                    add(m["name"], "children named with ages")
    if not _has_child_word(text):
        return tuple(out)

    for rx in (REL_NAME_AGE, NAME_REL_AGE):
        for m in rx.finditer(text):
            add(m["name"], "child named with age")
    # "Gail is four and …" beside a word for a child: a named child's age.
    for m in NAME_IS_AGE_RE.finditer(text):
        age = m["age"].lower()
        if m["name"].lower() in _AGE_WORDS or _TITLE_BEFORE.search(
            text[max(0, m.start() - 6) : m.start()]
        ):
            continue
        if (int(age) if age.isdigit() else _AGE_WORDS[age]) < CHILD_AGE:
            add(m["name"], "child named with age")
    for cue in GROUP_CUE_RE.finditer(text):
        span = text[cue.end() : cue.end() + GROUP_SPAN]
        span = re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n\s*\n", span, maxsplit=1)[0]
        for m in GROUP_ITEM_RE.finditer(span):
            add(m["name"], "children named with ages")
    for f in FIELD_RE.finditer(text):
        for m in FIELD_ITEM_RE.finditer(f["v"]):
            add(m["name"], "children field")
    return tuple(out)
