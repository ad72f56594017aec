from __future__ import annotations

import pytest

from detectors import people


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
