from __future__ import annotations

import pytest

from detectors import people
from tests.detect.helpers import body


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("Mr John SMITH", "john smith"),
        ("John Smith's", "john smith"),
        ("Dr. Aisha Khan", "aisha khan"),
        ("Kind Regards", None),
        ("Universal Credit", None),
        ("J. K.", None),
        ("Flat 3", None),
        ("Kerry Walsh - Lloyds", "kerry walsh"),
        ("Owen Price – sort", "owen price"),
        ("Kind regards - Team", None),
        ("Wendy - Victoria Watson", "victoria watson"),  # a greeting, then the person
        ("Eden Valley Recovery Hub", None),  # a business's last word: an organisation
        ("Carlisle Employment Services", None),
        ("Morag Banks", "morag banks"),  # "bank" is, "banks" is not
        ("June Tait", "june tait"),  # a month that is a first name
        ("April Review", None),
        ("May", None),
        ("Ms J. Sutton", "j sutton"),
        ("Return Receipt", None),  # what a mail system puts in a subject
        ("Delivery Notification", None),
    ],
)
def test_normalise(raw, norm):
    assert people.normalise(raw) == norm


def test_merge_folds_partial_names_into_one_person():
    got = people.merge(["john smith", "john", "smith", "j smith", "sarah smith", "sarah"])
    assert sorted(got) == ["john smith", "sarah smith"]


def test_merge_keeps_distinct_people():
    assert len(people.merge(["john smith", "john brown", "j brown"])) == 2
    # Lone first names count when they are all there is ...
    assert sorted(people.merge(["amy", "ben"])) == ["amy", "ben"]
    # ... and beside full names they are taken as one of them (or a stray word).
    assert people.merge(["john smith", "amy"]) == ["john smith"]


def test_staff_names_from_headers_greetings_and_signatures():
    staff = people.names_from_address("Tom Jones", "tom.jones@provider.example")
    assert staff == {"tom jones"}
    body = "Dear Priya,\n\nPlease see below.\n\nKind regards,\nTom Jones\nAdviser\n"
    assert people.greeting_names(body) == {"priya"}
    assert "tom jones" in people.signature_names(body)
    assert people.is_staff("tom", {"tom jones"}) and not people.is_staff("amy", {"tom jones"})


def test_ner_finds_people(nlp):
    [ents] = people.ner_names(nlp, ["Please find attached the referral for Mr John Smith."])
    assert [e for e, _start, _person in ents] == ["John Smith"]


@pytest.mark.parametrize(
    "line",
    [
        "I'm emailing about Grace Okafor, who asked about the course.",
        "Re: Callum Reid",
        "Participant - Mr Owen Carter",
        "Customer: Hannah Lewis",
        "Bethany Ward's interview went well.",
        "Jamal Hussain has started at the warehouse.",
        "Rory McKay missed his appointment again.",
        "Aoife O'Brien's CV is attached.",
        "Sorry to chase regarding Zoe Bennett.",
    ],
)
def test_name_cues_in_prose(line):
    assert people.has_name_cue(line)


@pytest.mark.parametrize(
    "line",
    [
        "Please find the Annual Report attached for your records.",
        "We met with the finance team on Monday.",
        "The office closes at 5pm on Friday.",
        "invoices for the last quarter are overdue",
    ],
)
def test_no_name_cue_in_plain_business_text(line):
    assert not people.has_name_cue(line)


def test_ner_finds_a_claimant_on_a_cued_line(nlp):
    line = "Just a note about Grace Okafor who asked about the course."
    assert people.has_name_cue(line)
    [ents] = people.ner_names(nlp, [line])
    assert [people.normalise(e) for e, _start, _person in ents] == ["grace okafor"]


def test_ner_answers_are_remembered_by_digest_not_text(nlp):
    people._NER_SEEN.clear()
    texts = ["Referral for Kelly Barrett from the team", "Met Owen Price today.", ""]
    fresh = [
        [(e.text, e.start_char, True) for e in doc.ents if e.label_ == "PERSON"]
        for doc in nlp.pipe(texts)
    ]

    def persons(answers):
        return [[e for e in ents if e[2]] for ents in answers]

    assert persons(people.ner_names(nlp, texts + texts[:1])) == fresh + fresh[:1]
    assert persons(people.ner_names(nlp, texts)) == fresh  # from memory, the same answers
    assert len(people._NER_SEEN) == len(texts)
    for key in people._NER_SEEN:  # the claimant's words are not what is kept
        assert not any(isinstance(part, str) for part in key)
    long = "Kelly Barrett attended. " * (people.NER_MEMORY_CHARS // 24 + 1)
    people.ner_names(nlp, [long])
    assert len(people._NER_SEEN) == len(texts)  # a long text is run, not kept


def test_a_name_made_of_the_mails_domain_words_is_an_organisation():
    words = people.organisation_words(
        ["hr@ashcombe-training.co.uk", "jo.bloggs@gmail.com", "team@provider.example.org.uk"]
    )
    assert {"ashcombe", "training", "provider"} <= words
    assert "gmail" not in words and "org" not in words  # freemail and zones name no one
    assert people.is_organisation("ashcombe", words)
    assert people.is_organisation("ashcombe training", words)
    assert not people.is_organisation("kelly ashcombe", words)  # a person of that surname
    assert not people.is_organisation("ashcombe", frozenset())


def test_a_capitalised_pair_with_a_possessive_is_a_person_the_ner_missed(nlp):
    names = people.Names()
    text = "Rent check for Bethan Lloyd's new flat, and Lace Market Lodge's rota."
    people.names_from_ner(nlp, [(text, 0, people.Regions(), "body")], names)
    assert "bethan lloyd" in names.where
    assert "market lodge" not in names.where  # the end of a longer capitalised run


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Could you ring Glenys Parry on the usual number about Thursday?", "glenys parry"),
        ("Osian Pugh is staying with his aunt in Rhyl for now.", "osian pugh"),
    ],
)
def test_a_person_the_ner_calls_an_organisation_counts_beside_a_person_cue(nlp, text, name):
    # Whatever label the NER gives the pair, a person cue beside it keeps it a name;
    # an organisation's name ("… Foods is") never is one.
    names = people.Names()
    people.names_from_ner(nlp, [(text, 0, people.Regions(), "body")], names)
    assert name in names.where
    names = people.Names()
    org = "Menai Foods is a Disability Confident employer."
    people.names_from_ner(nlp, [(org, 0, people.Regions(), "body")], names)
    assert names.where == {}


def test_a_dated_title_is_not_a_person():
    from detectors.people import normalise

    for title in ("Team Newsletter - May", "Employer News – Spring", "Rota | Monday"):
        assert normalise(title) is None, title
    # A greeting's name before a dash and the full name after it still is one.
    assert normalise("Wendy - Victoria Watson") == "victoria watson"


def test_a_name_ends_at_its_line_even_where_the_ner_runs_it_on():
    # A form's "Name: Ffion Rees" over "Mobile: …": the NER may read "Ffion Rees\nMobile"
    # as one entity, which no longer looks like a name. The name is the part on its line.
    assert people._entity("Ffion Rees\nMobile", 6, "PERSON") == ("Ffion Rees", 6, True)
    assert people._entity("\nMobile", 6, "PERSON") is None
    assert people._entity("Tomorrow", 0, "DATE") is None


def test_a_name_field_in_a_body_is_the_records_person(nlp, run):
    # A referral typed into the body as "Label: value" lines, its name one the NER
    # does not know.
    text = (
        "Afternoon,\n\nAs promised on the phone:\n\nName: Ffion Rees\nMobile: 07700 900562\n"
        "Why: anxious on buses since the spring, on sertraline, sleeping badly.\n\nTom"
    )
    scan = run(body(text), rcpt=["intake@talkingtherapies.example"])
    assert scan.data_subjects == 1
    assert any(f.category.value == "mental_health" and not f.about_nobody for f in scan.findings)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Good news. Lowri Bevan needs a lift to the depot on Monday.", "lowri bevan"),
        ("Updates:\n- Aled Morgan: was back in hospital over the weekend.", "aled morgan"),
        ("Progress review: Cerys Hopkins\nAttendance has been good.", "cerys hopkins"),
    ],
)
def test_a_pair_that_does_what_a_person_does_or_heads_a_review_is_a_name(nlp, text, name):
    names = people.Names()
    people.names_from_ner(nlp, [(text, 0, people.Regions(), "body")], names)
    assert name in names.where


@pytest.mark.parametrize(
    "line",
    [
        "Mentor: Gwen Howells",
        "Referred by  Dafydd Price",
        "Trading name: Howells Gardening",
        "Provider: Afon Training Partners",
        "Probation officer - Sian Lewis",
        "Organizer: Gwen Howells <gwen@p.example>",
        "Attendee: Dafydd Price",
        "Facilitator: Sian Lewis",
        "Facilitators: Sian Lewis",
        "Trainers - Dafydd Price",
        "Assigned by: Dafydd Price (Afon Training)",
        "Created by  Sian Lewis",
    ],
)
def test_a_name_under_a_role_or_business_label_is_not_the_records_subject(nlp, line):
    names = people.Names()
    text = f"Start notification\nSurname: Parry\n{line}\n"
    people.names_from_ner(nlp, [(text, 0, people.Regions(), "attachment")], names)
    assert not any(w in names.where for w in ("gwen howells", "dafydd price", "sian lewis"))
    assert not any("howells" in n or "afon" in n for n in names.where)
    # The same pair with no label before it is a person.
    names = people.Names()
    people.names_from_ner(
        nlp, [("Gwen Howells wants to start in May.", 0, people.Regions(), "b")], names
    )
    assert "gwen howells" in names.where


def test_a_nested_messages_correspondents_are_staff(run):
    from detectors.model import Chunk

    where = 'forwarded message "Referral"'
    headers = "From: Gethin Roberts <gethin.roberts@dwp.example.gov.uk>\nTo: Intake <in@p.example>"
    nested = "Referral\n\nName: Mali Evans\nNotes: keen on retail.\n\nGethin Roberts\nWork Coach"
    scan = run(
        body("Hi Priya,\n\nPassing this referral on for your team.\n\nTom"),
        Chunk(location=f"{where} › headers", source="forwarded", text=headers),
        Chunk(location=f"{where} › body (text/plain)", source="forwarded", text=nested),
    )
    names = [f.masked for f in scan.findings if f.category.value == "person_name"]
    assert scan.data_subjects == 1, names  # Mali Evans; the work coach who signed is staff


def test_a_name_that_opens_a_staff_display_name_is_theirs():
    staff = {"solway outreach team", "tom jones"}
    assert people.is_staff("solway outreach", staff)  # "Solway Outreach team" in To:
    assert people.is_staff("tom", staff)
    assert not people.is_staff("solway jones", staff)
    assert not people.is_staff("tom smith", {"tom"})  # a longer name is not a shorter staff one


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Induction - Callum Nicholson (CA2 4QT)", "callum nicholson"),
        ("Interview - Isla Robson (DG1 3RT)", "isla robson"),
    ],
)
def test_a_name_the_ner_runs_on_across_a_dash_is_still_a_name(nlp, subject, name):
    # The small model calls "Induction - Callum Nicholson" one organisation.
    names = people.Names()
    people.names_from_ner(nlp, [(subject, 0, people.Regions(), "subject")], names)
    assert name in names.where


@pytest.mark.parametrize(
    "text",
    [
        "Affordability for Nia Carrick, ahead of the housing panel:",
        "Got the paperwork on Nia Carrick.",
    ],
)
def test_a_record_said_to_be_someones_names_them(nlp, text):
    names = people.Names()
    people.names_from_ner(nlp, [(text, 0, people.Regions(), "body")], names)
    assert "nia carrick" in names.where


def test_a_team_mailboxs_place_word_is_the_teams_own():
    assert people.team_words("Restart Norwich") == {"norwich"}
    assert people.team_words("Aled Price") == set()  # a person's display name


def test_a_team_mailbox_signing_off_with_its_name_names_no_one(nlp, terms):
    from detectors.model import Address, Extraction
    from detectors.scan import scan

    text = (
        "Hi,\n\nThe CV drop-in is on Thursdays from 1 to 4 at our office, and the library "
        "helps on Saturday mornings.\n\nRestart Norwich\n"
    )
    sender = "restart.norwich@provider.example.org.uk"
    ex = Extraction(
        subject="RE: CV help",
        chunks=[body(text)],
        addresses=[Address("Restart Norwich", sender, "from")],
    )
    found = scan(ex, mail_from=sender, rcpt_tos=["kai.w1990@gmail.com"], terms=terms, nlp=nlp)
    assert found.data_subjects == 0
    assert not [f for f in found.findings if f.category.value == "person_name"]


def test_a_task_to_contact_someone_names_them(nlp):
    names = people.Names()
    text = "Task: Ring Eirlys Vaughan re: the travel claim\nDue: Friday\n"
    people.names_from_ner(nlp, [(text, 0, people.Regions(), "body")], names)
    assert "eirlys vaughan" in names.where
    names = people.Names()
    people.names_from_ner(nlp, [("Ring the depot re: the van\n", 0, people.Regions(), "b")], names)
    assert not names.where


@pytest.mark.parametrize(
    "opening",
    [
        "Agenda for Thursday's participant review is below.",
        "Agenda for the claimant forum on Thursday is attached.",
    ],
)
def test_a_heading_word_the_ner_calls_a_person_is_nobody(run, nlp, opening):
    # The small NER tags the lone capitalised word a PERSON here; the dictionary knows
    # it only as an ordinary word, so no one is counted.
    text = f"Hi Sue,\n\n{opening}\n\nThanks\nTom Jones\n"
    assert ("Agenda", True) in {(e, p) for e, _s, p in people.ner_names(nlp, [text])[0]}
    assert run(body(text)).data_subjects == 0


@pytest.mark.parametrize(
    "line",
    [
        "I spoke to Mark yesterday and he will start on Monday.",  # a name, and a word
        "Could you call Rose about her start date?",  # a word, with a call before it
    ],
)
def test_a_first_name_that_is_also_a_word_still_counts(run, line):
    assert run(body(f"Hi Sue,\n\n{line}\n\nThanks\nTom Jones\n")).data_subjects == 1


def _alternative(plain: str, html: str) -> bytes:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "mi@provider.example", "lead@partner.example", "Figures"
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    return bytes(m)


def test_an_html_copy_of_the_plain_text_is_read_for_names_once(terms):
    from detectors.analyse import analyse

    rows = [("Age band", "Starts", "Job outcomes"), ("Under 25", "31%", "30%"),
            ("25 to 49", "52%", "55%"), ("50 and over", "17%", "15%")]  # fmt: skip
    plain = "Hi Ffion,\n\nThis month:\n\n" + "\n".join(f"{a:<16}{b:<10}{c}" for a, b, c in rows)
    # The HTML keeps the spaces, but a browser (and our reader) collapses them.
    html = (
        "<p>Hi Ffion,</p><p>This month:</p><p>"
        + "<br>".join(f"{a:<16}{b:<10}{c}" for a, b, c in rows)
        + "</p>"
    )
    s = analyse(_alternative(plain, html), "mi@provider.example", ["lead@partner.example"])
    assert s.data_subjects == 0, s.people_evidence
    # An HTML body that says more than its plain text is read for names on its own.
    s = analyse(
        _alternative(
            "Please see the HTML version.", "<p>Rhodri Vaughan started at the depot on Monday.</p>"
        ),
        "mi@provider.example",
        ["lead@partner.example"],
    )
    assert s.data_subjects == 1, s.people_evidence
