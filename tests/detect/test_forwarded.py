"""Forwarded and quoted mail: told apart from the covering text, with its sender's domain."""

from __future__ import annotations

from faker import Faker

from detectors.forwarded import FORWARDED_SUFFIX, split
from detectors.model import Chunk, ForwardedMail

from .helpers import body

fake = Faker("en_GB")
Faker.seed(5301)


def test_an_outlook_forward_is_split_from_its_covering_text():
    person = fake.name()
    cover = "Hi both,\n\nPassing this on as it is one of yours - can you book them in?\n\nThanks\n"
    forward = (
        "________________________________\n"
        "From: Referral Desk <referral.desk@dwp.gov.uk>\n"
        "Sent: 03 February 2026 09:14\n"
        "To: intake@provider.example\n"
        "Subject: New referral\n\n"
        f"Name: {person}\nPostcode: {fake.postcode()}\n"
    )
    chunks, mails = split([body(cover + forward)])
    assert [c.location for c in chunks] == [
        "body (text/plain)",
        "body (text/plain)" + FORWARDED_SUFFIX,
    ]
    assert chunks[0].text.startswith("Hi both") and "dwp.gov.uk" not in chunks[0].text
    assert chunks[1].text.startswith("From: Referral Desk") and person in chunks[1].text
    assert mails == [ForwardedMail("body (text/plain)" + FORWARDED_SUFFIX, "dwp.gov.uk")]


def test_a_quoted_reply_block_counts_and_mailto_addresses_are_read():
    text = (
        "Reply above.\n\n-----Original Message-----\n"
        "From: Sam Cole [mailto:Sam.Cole@Jobcentre.Example]\n"
        "Date: Mon, 2 Feb 2026 10:00:00 +0000\nSubject: RE: start date\n\nOld text\n"
    )
    _, mails = split([body(text)])
    assert [m.domain for m in mails] == ["jobcentre.example"]


def test_from_in_prose_or_without_an_address_is_not_a_forward():
    for text in (
        "A letter from: the council, who wrote to him. Sent: last week\n",
        "From: Jobcentre Plus\nSent: Monday\nTo: me\n",  # no address: whose is unknown
        "From: jo@dwp.gov.uk\n\nThree paragraphs later.\n\n\n\n\nTo: someone\n",  # no block
    ):
        chunks, mails = split([body(text)])
        assert mails == [] and [c.text for c in chunks] == [text], text


def test_a_nested_message_is_known_by_its_own_headers():
    where = 'forwarded message "New referral"'
    headers = Chunk(
        f"{where} › headers",
        "From: PRaP <prap.referrals@dwp.gov.uk>\nTo: intake@provider.example",
        source="forwarded",
    )
    inner = Chunk(f"{where} › body (text/plain)", "Referral ID 1234", source="forwarded")
    chunks, mails = split([body("See attached."), headers, inner])
    assert len(chunks) == 3  # nothing to split: the nested message has its own chunks
    assert mails == [ForwardedMail(where, "dwp.gov.uk")]
