"""Who a message is about, in the shapes a Google Workspace office writes: accented
names, titles that name their person, calendar invitations (guests, dial-in numbers,
the invited reader's own address), forwarded headers, a team mailbox's own name, and
children listed with their ages in brackets. Each case has its contrast."""

from __future__ import annotations

import pytest

from detectors import people
from detectors.extract.html import html_text
from detectors.model import Address, Category, Chunk, Extraction
from detectors.scan import scan

from .conftest import STAFF_TO
from .helpers import attachment, body


def cats(s) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.category.value for f in s.findings if f.about_someone}


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("Renée Dubois", "renée dubois"),
        ("Siôn Ó Briain", "siôn ó briain"),
        ("Łucja Dvořáková", "łucja dvořáková"),
        ("Zoë", "zoë"),
    ],
)
def test_an_accented_name_is_a_name(raw: str, norm: str) -> None:
    assert people.normalise(raw) == norm


def test_an_accented_name_beside_a_condition_is_someone(run) -> None:  # type: ignore[no-untyped-def]
    note = (
        "Hi Priya,\n\nJust so the team know, Renée Dubois has asthma and may need a break.\n\nTom"
    )
    s = run(body(note))
    assert s.data_subjects == 1
    assert "health" in cats(s)


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Site visit - Tegan Marsh @ Thu 10 Dec 2026 10am", "tegan marsh"),
        ("Support session - Owain Pryce (dyslexia)", "owain pryce"),
        ("Induction: Maribel Soto", "maribel soto"),
        ("Transport for Idris Vaughan, CF10 1AA", "idris vaughan"),
    ],
)
def test_a_title_that_names_its_person(run, subject: str, name: str) -> None:  # type: ignore[no-untyped-def]
    s = run(body("Details below.\n\nTom"), subject=subject)
    assert s.data_subjects == 1, subject


@pytest.mark.parametrize(
    "subject",
    ["Site visit - Riverside Depot", "Induction - Tamar Suite", "Meeting: Monday 14 December"],
)
def test_a_title_naming_a_place_or_a_date_names_nobody(run, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert run(body("Details below.\n\nTom"), subject=subject).data_subjects == 0


def test_a_street_after_on_or_at_is_no_person_but_a_surname_still_is(run) -> None:  # type: ignore[no-untyped-def]
    street = "Hi Priya,\n\nWe will start the shift; please meet us at the gate on Mill Lane.\n\nTom"
    assert run(body(street)).data_subjects == 0
    person = "Hi Priya,\n\nRuth Lane has started her placement and is doing well.\n\nTom"
    assert run(body(person)).data_subjects == 1


CALENDAR_BODY = (
    "Employer breakfast\n\nInvitation from Google Calendar\n\n"
    "Join us for a talk on inclusive recruitment.\n"
    "Dial by your location: +44 20 7946 0123 UK\n"
    "Join by phone: 0161 496 0777\n\n"
    "When\nThursday 14 Jan 2027 8:00am\n\n"
    "Guests\nTom Jones - organiser\nKeira Walsh\nDominic Aske\nFaye Roper\n\n"
    "Reply for {reader}\nYes / No / Maybe\n"
)


def test_a_calendars_guest_list_and_dial_in_numbers_are_nobodys_data(run) -> None:  # type: ignore[no-untyped-def]
    s = run(body(CALENDAR_BODY.format(reader=STAFF_TO)))
    assert s.data_subjects == 0
    assert not s.doc_kinds
    assert "phone" not in cats(s)
    # The same numbers given as someone's are still found.
    s = run(body("Hi Priya,\n\nKeira Walsh's mobile is 07700 900184.\n\nTom"))
    assert "phone" in cats(s)


def test_the_invited_readers_own_address_is_not_disclosed_to_them(run) -> None:  # type: ignore[no-untyped-def]
    reader = "faye.roper88@gmail.com"
    invite = attachment(
        "invite.ics",
        "Summary: Group workshop\nOrganizer: Tom Jones <tom.jones@provider.example>\n"
        f"Attendee: Faye Roper <{reader}>",
    )
    s = run(body(CALENDAR_BODY.format(reader=reader)), invite, rcpt=[reader])
    assert "personal_email" not in cats(s)
    # Another attendee's personal address, sent to an employer, is.
    other = attachment(
        "invite.ics",
        "Summary: Working interview\nOrganizer: Tom Jones <tom.jones@provider.example>\n"
        f"Attendee: Priya Patel <{STAFF_TO}>\nAttendee: Faye Roper <{reader}>",
    )
    assert "personal_email" in cats(run(body("Invite attached.\n\nTom"), other))


FORWARD = (
    "Hi Priya,\n\nCan we move this to Thursday?\n\nTom\n\n"
    "---------- Forwarded message ---------\n"
    "From: Gwen Price <{sender}>\nDate: Mon, 7 Dec 2026 at 09:10\nSubject: monday\n"
    "To: Tom Jones <tom.jones@provider.example>\n\n"
    "hi tom cant do monday sorry\n"
)


def test_a_personal_address_in_a_forwarded_header_is_contact_data(run) -> None:  # type: ignore[no-untyped-def]
    s = run(body(FORWARD.format(sender="gwen.price77@gmail.com")))
    assert "personal_email" in cats(s)
    # A work address there is the correspondent's office; the reader's own is theirs.
    assert "personal_email" not in cats(run(body(FORWARD.format(sender="gwen@employer.example"))))
    own = "gwen.price77@gmail.com"
    assert "personal_email" not in cats(run(body(FORWARD.format(sender=own)), rcpt=[own]))


def test_a_team_mailboxs_own_name_says_nothing_about_anyone(nlp, terms) -> None:  # type: ignore[no-untyped-def]
    team = "Autism Employment Team"
    ex = Extraction(
        subject="Opening hours",
        chunks=[
            Chunk("header From display names", team, "header"),
            body(
                "Hello,\n\nWe are closed on Friday.\n\nHappy new year,\nThe autism employment team"
            ),
        ],
        addresses=[Address(team, "autism.team@provider.example", "from")],
    )
    s = scan(
        ex, mail_from="autism.team@provider.example", rcpt_tos=[STAFF_TO], terms=terms, nlp=nlp
    )
    assert "health" not in cats(s)
    reasons = {f.about_nobody for f in s.findings if f.category is Category.HEALTH}
    assert reasons == {"sender's name"}
    # The same word about a person in the body still counts.
    ex.chunks.append(body("Also: Dylan Rees has autism and would like a quiet desk."))
    s = scan(
        ex, mail_from="autism.team@provider.example", rcpt_tos=[STAFF_TO], terms=terms, nlp=nlp
    )
    assert "health" in cats(s)


def test_children_listed_with_ages_in_brackets(run) -> None:  # type: ignore[no-untyped-def]
    s = run(
        body("Hi Priya,\n\nCarys can do 10 till 2: she drops Nia (7) and Cai (4) at school.\n\nTom")
    )
    assert "children" in cats(s)
    grades = "Hi Priya,\n\nCarys Lloyd has GCSEs in Welsh (6) and Science (5).\n\nTom"
    assert "children" not in cats(run(body(grades)))


def test_an_images_alt_text_and_a_tooltip_are_read() -> None:
    html = (
        '<p>File for you:</p><a href="https://drive.example/f"><img src="x.png" '
        'alt="Referral PX 12 34 56 C.pdf" title="Referral PX 12 34 56 C.pdf"></a>'
        '<p><abbr title="Access to Work">AtW</abbr> form attached.</p>'
    )
    text, _tables = html_text(html)
    assert text.count("PX 12 34 56 C") == 1  # alt and title the same: said once
    assert "Access to Work" in text
    assert "AtW" in text
