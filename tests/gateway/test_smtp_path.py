"""The MAIL FROM / RCPT TO fast path gives exactly what aiosmtpd's own parser gives,
or steps aside; and it is linear on any argument."""

from __future__ import annotations

from types import SimpleNamespace

from aiosmtpd.smtp import SMTP
from cpu_time import best_cpu_seconds
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.smtp_path import plain_path

PARAMS = ("", " SIZE=10240", " BODY=8BITMIME SMTPUTF8", " \t NOTIFY=NEVER", "x", " (c) SIZE=1")


def aiosmtpd_getaddr(arg: str) -> tuple[str | None, str | None]:
    return SMTP._getaddr(SimpleNamespace(local_part_limit=0), arg)  # type: ignore[arg-type]


def common_paths() -> list[str]:
    fake = Faker("en_GB")
    fake.seed_instance(7)
    addresses = [fake.email() for _ in range(150)] + [fake.company_email() for _ in range(50)]
    addresses += ["First.Last+tag@Sub.Example.CO.UK", "o'neill@provider.example", "a-b_c@x-y.z"]
    return [f"<{a}>{p}" for a in addresses for p in PARAMS]


def test_plain_paths_are_taken_and_agree_with_aiosmtpd() -> None:
    for arg in common_paths():
        if "(" not in arg:
            assert plain_path(arg) is not None, arg
        assert plain_path(arg) in (None, aiosmtpd_getaddr(arg)), arg


ODD = [
    "<>", "<> SIZE=1", "< a@b.example>", "<a@b.example >", "<a..b@c.example>", "<.a@b.example>",
    "<a.@b.example>", "<a@b.example.>", "<a@.b.example>", '<"jo smith"@b.example>',
    "<a(comment)@b.example>", "<@relay.example:a@b.example>", "a@b.example", " <a@b.example>",
    "<a@[192.0.2.1]>", "<jö@b.example>", "<a@bü.example>", "<a@b.example", "<a@b@c.example>",
    "<postmaster>", "<a\t@b.example>",
]  # fmt: skip


def test_anything_unusual_goes_to_aiosmtpd_or_agrees_with_it() -> None:
    taken = 0
    for arg in ODD:
        plain = plain_path(arg)
        if plain is not None:
            taken += 1
            assert plain == aiosmtpd_getaddr(arg), arg
    assert taken <= 2  # the fast path is for the plain shape only


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ9.-_+@<>\"() :[]\tü'\x0b\xa0\u2003"), max_size=40))
def test_any_argument_the_fast_path_takes_aiosmtpd_reads_the_same(arg: str) -> None:
    plain = plain_path(arg)
    if plain is not None:
        assert plain == aiosmtpd_getaddr(arg)


def test_linear_on_long_near_misses() -> None:
    shapes = {
        "dotted local part, no @": lambda n: "<" + "ab." * n + "c>",
        "dotted domain, no >": lambda n: "<a@" + "b." * n + "c",
        "atoms, no dot or @": lambda n: "<" + "a" * n,
        "trailing dot": lambda n: "<a@" + "bc." * n + ">",
    }
    for name, make in shapes.items():
        small, large = make(20_000), make(160_000)
        ratio = max(
            best_cpu_seconds(lambda t=large: [plain_path(t) for _ in range(20)]), 0.02
        ) / max(best_cpu_seconds(lambda t=small: [plain_path(t) for _ in range(20)]), 0.02 / 8)
        assert ratio < 24, (name, ratio)  # linear gives ~8, quadratic ~64


_PART = st.text(alphabet=st.sampled_from("aZ9.-_+'!ü \t("), min_size=0, max_size=8)


@settings(max_examples=600, deadline=None)
@given(_PART, _PART, _PART, st.sampled_from(PARAMS))
def test_near_plain_paths_agree_with_aiosmtpd(local: str, sub: str, top: str, tail: str) -> None:
    arg = f"<{local}@{sub}.{top}>{tail}"
    plain = plain_path(arg)
    if plain is not None:
        assert plain == aiosmtpd_getaddr(arg)
