"""The scan as a whole: real spaCy, real term lists, messages built in the test."""

from __future__ import annotations

import re

from faker import Faker

from detectors.masking import DOT
from detectors.model import Category, Chunk, DocKind, Table

from .helpers import attachment, body


def test_referral_body_finds_every_category_and_one_person(run):
    msg = body(
        "Hi Priya,\n\nPlease find below the referral for Mr John Smith (NI number AB 12 34 56 C, "
        "DOB: 12/03/1985). He has a previous conviction for theft and suffers from depression. "
        "He receives Universal Credit of £412.50 per month.\nHis son Jack, aged 7, lives with him "
        "at 14 Acacia Avenue, Leeds LS6 2AB. Mobile 07700 900123, email john.smith84@gmail.com.\n"
        "Sort code 20-45-77 account number 12345678. His interview is on 14/05/2024.\n\n"
        "Kind regards,\nTom Jones\nEmployment Adviser\nTel: 0113 496 0000\n"
    )
    s = run(msg, subject="Referral")
    counts = s.category_counts()
    for cat in (
        "nino", "dob", "bank", "criminal_record", "mental_health", "benefit_payment",
        "children", "address", "phone", "personal_email", "person_name",
    ):  # fmt: skip
        assert counts.get(cat) == 1, (cat, counts)
    assert s.data_subjects == 1
    # Staff's office number in the signature is not claimant data.
    assert [f.masked for f in s.findings if f.category == Category.PHONE] == ["••••••••123"]


def test_nothing_unmasked_leaves_the_scan(run):
    fake = Faker("en_GB")
    Faker.seed(7)
    for _ in range(20):
        name = fake.name()
        street, postcode = fake.street_address(), fake.postcode()
        phone = fake.cellphone_number()
        email = fake.free_email()
        text = (
            f"Referral for {name}. NINO JT123456B. Date of birth: 04/11/1979.\n"
            f"Address: {street}, {postcode}. Mobile {phone}. Email {email}.\n"
            "Sort code 11-22-33 account number 87654321.\n"
        )
        s = run(body(text))
        out = " ".join(
            f"{f.masked} {f.context} {f.location} {s.people_evidence}" for f in s.findings
        )
        for secret in ("123456", "04/11", "87654321", "11-22-33", email, *name.split()[-1:]):
            assert secret not in out, secret
        assert postcode.split()[1] not in [f.masked.split()[-1] for f in s.findings]
        digits = re.sub(r"\D", "", phone)
        assert digits[:-3] not in re.sub(r"\D", "", out) or len(digits) < 6


def test_keys_count_distinct_values_but_differ_between_scans(run):
    msg = body("NINO JT123456B and again jt 12 34 56 b; NINO CE654321A")
    a, b = run(msg), run(msg)
    assert a.category_counts()["nino"] == 2
    ka = {f.key for f in a.findings if f.category == Category.NINO}
    kb = {f.key for f in b.findings if f.category == Category.NINO}
    assert ka.isdisjoint(kb)


def test_clean_business_mail_has_no_findings(run):
    text = (
        "Hi Priya,\n\nThanks for the budget figures. The quarterly review is on 14/05/2024 at "
        "10am in meeting room 2; please bring the record of last month's sales. Invoice 4471 "
        "is attached.\n\nKind regards,\nTom Jones\nFinance Manager\nTel 0113 496 0000\n"
        "Acme Training Ltd, 1 Park Row, Leeds LS1 5AB\n"
    )
    s = run(body(text), subject="Budget review")
    assert s.findings == [] and s.data_subjects == 0


def test_name_list_table_counts_every_row(run):
    fake = Faker("en_GB")
    Faker.seed(3)
    rows = tuple((fake.first_name(), fake.last_name(), "2024-06-01") for _ in range(501))
    table = Table(header=("First name", "Surname", "Interview date"), rows=rows)
    chunk = Chunk(
        location='attachment "list.xlsx" › sheet "Referrals"', text="", source="attachment",
        filename="list.xlsx", table=table,
    )  # fmt: skip
    s = run(body("Hi Priya,\n\nList attached.\n\nThanks,\nTom"), chunk)
    assert s.data_subjects == 501
    assert "501 rows" in s.people_evidence and "list.xlsx" in s.people_evidence
    assert s.kind_counts() == {"name_list": 1}


def test_column_header_context_for_cells(run):
    table = Table(
        header=("Surname", "NI No", "D.O.B."),
        rows=(("Smith", "JT 12 34 56", "12/03/1985"), ("Brown", "CE 65 43 21", "1990-01-02")),
    )
    chunk = Chunk('attachment "l.csv"', "", "attachment", "l.csv", table=table)
    s = run(chunk)
    counts = s.category_counts()
    assert counts["nino"] == 2 and counts["dob"] == 2
    assert all(f.location.startswith('attachment "l.csv" › row ') for f in s.findings)


def test_fifty_cvs_and_recipient_identified(run):
    fake = Faker("en_GB")
    Faker.seed(11)
    cvs = []
    for i in range(50):
        name = fake.name()
        cvs.append(
            Chunk(
                f'attachment "cvs.zip" › "cv{i}.docx"',
                f"{name}\n{fake.free_email()}\nPersonal Profile\nHard-working.\nWork Experience\n"
                "Shop assistant\nEducation\nSchool\nReferences\nOn request\n",
                "attachment", f"cv{i}.docx", "cvs.zip",
            )
        )  # fmt: skip
    s = run(body("Dear Priya,\n\nCVs attached.\n\nRegards,\nTom"), *cvs)
    assert s.kind_counts() == {"cv": 50} and s.data_subjects == 50

    own = "sam.taylor77@gmail.com"
    cv = Chunk(
        'attachment "cv.docx"',
        f"Sam Taylor\n{own}\nProfile\nDriver\nWork Experience\nx\nEducation\ny\n",
        "attachment", "cv.docx",
    )  # fmt: skip
    s = run(body("Hi Sam,\n\nHere is your CV.\n\nThanks,\nTom"), cv, rcpt=[own])
    assert s.recipients_identified == [own]
    assert s.data_subjects == 1


def test_staff_are_not_data_subjects(run):
    text = (
        "Hi Priya,\n\nCould you and Mark check the rota for next week?\n\n"
        "Thanks,\nTom Jones\n\nFrom: Priya Patel <priya.patel@employer.example>\n"
        "Sent: Monday\nSubject: rota\n"
    )
    s = run(body(text))
    assert s.data_subjects == 0 and s.categories() == set()


def test_letters_in_attachment_count_addressees(run):
    letter = (
        "Dear {n},\n\nWe are pleased to invite you to an interview on Monday.\n\n"
        "Yours sincerely,\nJane Hill\nRecruitment\n"
    )
    text = "\n".join(letter.format(n=n) for n in ("Mr Adam Cole", "Ms Beth Dunn", "Mr Carl Eves"))
    s = run(body("Hi,\nLetters attached.\nTom"), attachment("letters.pdf", text))
    assert s.kind_counts() == {"letter_interview": 3}
    assert s.data_subjects == 3
    names = sorted(f.masked for f in s.findings if f.category == Category.PERSON_NAME)
    assert names == ["A••• C•••", "B••• D•••", "C••• E•••"]
    assert all(DOT in n for n in names)


def test_subject_names_a_form_for_the_only_attachment(run):
    s = run(
        body("Please see attached."),
        attachment("scan001.pdf", "Participant: ..."),
        subject="UCNEA1 - J Smith",
    )
    assert [(k.kind, k.location) for k in s.doc_kinds] == [
        (DocKind.UCNEA1, 'attachment "scan001.pdf"')
    ]


def test_a_cover_note_headed_as_the_attached_form_is_one_record(run):
    note = "Exit report\n\nHi,\n\nPlease find the exit report attached.\n\nThanks\nTom"
    form = "Exit report\nParticipant name: Glyn Owens\nNI number: JT 48 27 36 B\nLeft: 3 May"
    s = run(body(note), attachment("exit report.pdf", form))
    assert [(k.kind, k.location) for k in s.doc_kinds] == [
        (DocKind.EXIT_REPORT, 'attachment "exit report.pdf"')
    ]
    assert s.data_subjects == 1


def test_titled_name_missed_by_ner_still_counts(run):
    s = run(
        body("Hi Priya,\n\nPlease find below the referral for Ms Teresa Leach.\n\nThanks,\nTom")
    )
    assert s.data_subjects == 1
    assert [f.masked for f in s.findings if f.category == Category.PERSON_NAME] == ["T••••• L••••"]


def test_street_names_are_not_people(run):
    text = (
        "Hi Priya,\n\nReferral for Mr Richard Mitchell.\nAddress: Studio 80h\n"
        "Carolyn Expressway, Davidsontown W5D 3FW\n\nThanks,\nTom"
    )
    s = run(body(text))
    assert s.data_subjects == 1


def test_names_typed_one_per_line_are_a_list(run):
    lines = "\n".join(
        f"{i}. {n}, interview 12/06/2024"
        for i, n in enumerate(["Adam Cole", "Beth McDunn", "Carl Eves", "Dina Ford"], 1)
    )
    s = run(
        body(
            f"Hi Priya,\n\nHere are the candidates for Monday:\n{lines}\n\n"
            "Thanks,\nTom Jones\nJob Coach\n"
        )
    )
    assert s.kind_counts() == {"name_list": 1}
    assert s.data_subjects == 4
    # A signature block of capitalised lines is not a list.
    sig = run(
        body("Hi Priya,\n\nSee you Monday.\n\nKind regards,\nTom Jones\nJob Coach\nLeeds Office\n")
    )
    assert sig.doc_kinds == [] and sig.data_subjects == 0


def test_an_export_pasted_as_surname_forename_columns_is_a_list(run):
    # "SURNAME, Forename" and a phone number a column's gap to the right, as a
    # system's export pastes into a plain-text body.
    fake = Faker("en_GB")
    fake.seed_instance(41)
    rows = "\n".join(
        f"   {fake.last_name().upper() + ', ' + fake.first_name():<32}07700 900{100 + i}"
        for i in range(7)
    )
    s = run(body(f"Hi Sam,\n\nCould your team call these back?\n\n{rows}\n\nThanks,\nTom"))
    assert s.kind_counts() == {"name_list": 1}
    assert s.data_subjects == 7
    assert s.category_counts()["phone"] == 7
    # Capitalised headings with a gap before a time are not people.
    agenda = "\n".join(
        f"   {t:<32}{h}:00"
        for t, h in [("Welcome And Coffee", 9), ("Contract Review", 10), ("Any Other Business", 11)]
    )
    plain = run(body(f"Hi Sam,\n\nAgenda:\n\n{agenda}\n\nThanks,\nTom"))
    assert plain.doc_kinds == [] and plain.data_subjects == 0


def test_a_campaigns_title_words_are_not_people(run):
    # The NER takes each capitalised word of "Ban the Box" for a person.
    s = run(
        body(
            "Dear all,\n\nWould your firm like to join the Ban the Box campaign this "
            "spring, or ask our Employer Team about recruiting staff who have a health "
            "condition?\n\nBest wishes,\nTom Jones\n"
            "Employer Team\nTel: 0113 496 0588\n"
        )
    )
    assert s.data_subjects == 0
    named = run(body("Dear all,\n\nKelly Ashworth is starting with Box and Co on Monday.\n\nTom"))
    assert named.data_subjects == 1


def test_name_after_a_referral_cue_counts_without_ner(run):
    s = run(body("Dear Wendy,\n\nPlease find below the referral for Rita Edwards.\n\nThanks,\nTom"))
    assert s.data_subjects == 1


def test_quoted_reply_signature_is_staff_and_claimant_in_it_counts(run):
    text = (
        "Hi Priya,\n\nThanks - see below.\n\nTom\n\n"
        "From: Priya Patel <priya.patel@employer.example>\nSent: 12 May 2024 10:00\n"
        "To: Tom Jones\nSubject: RE: candidate\n\n"
        "Hi Tom, can you send the NI number for Mark Evans? He starts Monday.\n\n"
        "Priya Patel\nHR Manager\n07911 123456\n"
    )
    s = run(body(text))
    assert s.categories() == {Category.PERSON_NAME}
    assert s.data_subjects == 1


def test_cv_sent_to_its_owner_keeps_its_contact_details(nlp, terms):
    from detectors.model import Address, Extraction
    from detectors.scan import scan

    own = "sam.taylor77@gmail.com"
    cv = attachment(
        "cv.docx",
        f"Sam Taylor\n14 Acacia Avenue, Leeds LS6 2AB\n07911 123456 | {own}\nProfile\nDriver\n"
        "Work Experience\nx\nEducation\ny\n",
    )
    ex = Extraction(
        subject="Your CV",
        chunks=[body("Hi Sam,\n\nHere is your CV.\n\nThanks,\nTom Jones"), cv],
        addresses=[
            Address("Tom Jones", "tom@provider.example", "from"),
            Address("Sam Taylor", own, "to"),
        ],
    )
    s = scan(ex, mail_from="tom@provider.example", rcpt_tos=[own], terms=terms, nlp=nlp)
    assert {"address", "phone", "personal_email"} <= {c.value for c in s.categories()}
    assert s.recipients_identified == [own] and s.data_subjects == 1
    # Identified as the data subject, the recipient's name is a claimant name here.
    assert [f.masked for f in s.findings if f.category == Category.PERSON_NAME] == ["S•• T•••••"]


def test_ninos_typed_one_per_line_are_a_nino_list(run):
    ninos = "\n".join(["JT123456B", "CE 65 43 21 A", "AB-12-34-56-C", "HX123457D"])
    s = run(body(f"Hi Priya,\n\nThe NINOs for the data match:\n{ninos}\n\nThanks,\nTom"))
    assert s.kind_counts() == {"nino_list": 1}
    assert s.data_subjects == 4 and s.category_counts()["nino"] == 4


def test_office_phone_in_a_message_about_nobody_is_below_threshold(run):
    s = run(body("Hi Priya,\n\nThe number is 0113 496 0000 from Monday.\n\nThanks,\nTom"))
    assert [f.category for f in s.findings] == [Category.PHONE]
    assert s.findings[0].confidence < 0.5
    s = run(body("Hi Priya,\n\nMr John Smith's mobile is 07911 123456.\n\nThanks,\nTom"))
    assert all(f.confidence >= 0.5 for f in s.findings if f.category == Category.PHONE)


def test_cover_note_about_an_attached_form_counts_one_person(run):
    form = (
        "Change of Circumstances\nName: Carys Morgan\nDate of birth: 09/11/1984\n"
        "Change: started work 16 hours a week\n"
    )
    s = run(
        body("Change of circumstances\nPlease find the form attached for action."),
        attachment("coc.pdf", form),
    )
    assert s.data_subjects == 1, s.people_evidence
    assert "change of circumstances" in s.people_evidence


def test_list_headed_by_a_person_word_counts_every_row(run):
    table = Table(
        header=("Payee", "Amount", "Reason"),
        rows=(("Ffion Jenkins", "£40", "Travel"), ("Rhys Bowen", "£25", "Clothing"),
              ("Alun Thomas", "£60", "Tools")),
    )  # fmt: skip
    chunk = Chunk('attachment "p.csv"', "", "attachment", "p.csv", table=table)
    s = run(body("Payments due this week."), chunk)
    assert s.data_subjects == 3 and s.kind_counts() == {"name_list": 1}
    # Person-word headers over things that are not names are not a list of people.
    table = Table(header=("Referrals", "Count"), rows=(("Leeds", "12"), ("York", "4")))
    s = run(body("Numbers this month."), Chunk('attachment "r.csv"', "", "attachment",
                                                "r.csv", table=table))  # fmt: skip
    assert s.data_subjects == 0 and s.doc_kinds == []


def test_form_text_lines_give_their_labels_as_context(run):
    text = (
        "Payment details\nName: Bethan Rowlands\nSort code: 30 94 57\n"
        "Account number: 41234567\nDOB: 09111984\n"
    )
    s = run(attachment("details.pdf", text))
    counts = s.category_counts()
    assert counts.get("bank") == 1 and counts.get("dob") == 1, counts
    assert s.data_subjects == 1


def test_a_claimant_named_in_plain_prose_is_one_person(run):
    for text in (
        "Hi Sam,\n\nI'm writing about Sarah Khan, who missed her appointment on Tuesday.\n\n"
        "Thanks\nTom Jones\n",
        "Hello,\n\nCandidate Daniel Price started his placement this week.\n\nRegards\nAmy Lee\n",
    ):
        assert run(body(text), subject="Update").data_subjects == 1, text


def test_children_named_with_their_ages_are_not_extra_data_subjects(run):
    s = run(
        body(
            "Hi,\n\nGrace Okafor's kids Ella Okafor (6) and Max Okafor (3) start school in "
            "September, so she can only work mornings.\n\nThanks\nTom Jones\n"
        ),
        subject="Working hours",
    )
    assert s.category_counts().get("children") == 2
    assert s.data_subjects == 1


def test_a_legal_footers_phone_and_address_are_the_organisations(run):
    text = (
        "Hi Priya,\n\nThe induction for new employers is on 4 March at our office.\n\n"
        "This message is confidential and intended only for the addressee. Struggling? Our "
        "support line is free on 0161 496 0177. Registered office: 3 Mill Street, Leeds LS2 8QQ.\n"
    )
    s = run(body(text))
    assert s.data_subjects == 0
    assert not [f for f in s.findings if f.category in (Category.PHONE, Category.ADDRESS)]


def test_contact_details_in_mail_about_nobody_stay_below_the_threshold(run):
    # Special-category words about nobody (a training topic) do not make the venue's
    # phone number claimant data.
    text = (
        "Hi all,\n\nThe course on supporting people with mental health conditions runs at the "
        "Bradford hub, 12 Kirkgate, BD1 1QR. Questions to reception on 0113 496 0442.\n"
    )
    s = run(body(text))
    contacts = [f for f in s.findings if f.category in (Category.PHONE, Category.ADDRESS)]
    assert contacts and all(f.confidence < 0.5 for f in contacts)
    assert all(f.about_nobody for f in s.findings if f.category == Category.MENTAL_HEALTH)


def test_an_acronym_or_a_term_is_not_a_person(run):
    s = run(body("Hi all,\n\nThe MAPPA briefing covers the Rehabilitation of Offenders Act.\n"))
    assert s.data_subjects == 0
    assert not [f for f in s.findings if f.category == Category.PERSON_NAME]


def test_a_name_beside_a_postcode_is_a_person_and_a_town_is_not(run):
    s = run(body("Hi Priya,\n\nNo change.\n"), subject="Home visit – Dylan Bates, NE33 2YX")
    assert s.data_subjects == 1
    assert {f.category for f in s.findings} >= {Category.PERSON_NAME, Category.ADDRESS}
    s = run(body("Hi Priya,\n\nThe venue is 4 Ocean Road, South Shields NE33 2HZ.\n"))
    assert s.data_subjects == 0


def test_a_name_from_the_signature_or_footer_is_the_organisations_elsewhere(run):
    text = (
        "Hi Priya,\n\nThe new leaflets from Elwyn Morgan are in the post; Elwyn Morgan will "
        "send more in May.\n\nKind regards\nTom Jones\nElwyn Morgan Trust | Employment Support\n"
    )
    s = run(body(text))
    assert s.data_subjects == 0, [f.masked for f in s.findings]


def test_a_welsh_sentence_giving_the_organisations_number(keyer):
    from detectors import contact
    from detectors.detector import Context

    text = "Gall ein llinell gymorth helpu yn ystod oriau swyddfa ar 0161 496 0999."
    assert contact.detect(text, Context("body", keyer)) == []


def test_an_attached_plan_about_the_greeted_reader_is_about_them(run):
    plan = Table(("Goal", "Steps"), (("Manage panic attacks", "Keep seeing the GP"),))
    s = run(
        body("Prynhawn da Kerys,\n\nHere is the plan we agreed.\n\nDiolch,\nTom Jones\n"),
        attachment("plan.docx", "Action plan – Kerys Lloyd"),
        Chunk('attachment "plan.docx" › table 1', "", "attachment", "plan.docx", table=plan),
        rcpt=["kerys.lloyd@example.net"],
    )
    assert Category.MENTAL_HEALTH in s.categories()


def test_job_titles_and_welsh_greetings_are_not_people(run):
    s = run(
        body("Shwmae Gareth,\n\nWe need a Warehouse Operative and a Volunteer Peer Mentor.\n"),
        subject="Vacancies: Warehouse Operative",
    )
    assert s.data_subjects == 0, [f.masked for f in s.findings]


def test_a_body_listing_the_attached_candidates_is_a_cover_list(run):
    cv = (
        "{n}\n3 Stryd Fawr, Caernarfon LL55 1AB | 07700 900{d}\nPersonal profile\nKeen picker.\n"
        "Employment history\n2020 - 2024 Picker, Menai Foods\nSkills and qualifications\nFLT\n"
    )
    names = ("Elin Morris", "Gethin Rowlands")
    pdf_text = "\n".join(cv.format(n=n, d=100 + i) for i, n in enumerate(names))
    note = "Hi Priya,\n\nTwo for the pickers' roles:\n\nElin Morris\nGethin Rowlands\n\nTom"
    s = run(body(note), attachment("candidates.pdf", pdf_text))
    assert s.kind_counts() == {"cv": 2}
    assert s.data_subjects == 2


def test_a_staff_number_written_again_in_the_text_is_still_staff(run):
    fake = Faker("en_GB")
    fake.seed_instance(717)
    claimant = fake.name()
    own = "07700 900318"
    text = (
        f"Hi Priya,\n\n{claimant} is booked for the trial shift on Thursday at 9. "
        f"Any problems on the day, give me a call on {own}.\n\n"
        f"Kind regards\n\nTom Jones\nJob Coach\nMobile: {own}\n"
    )
    s = run(body(text))
    assert Category.PHONE not in s.categories() and s.data_subjects == 1
    # The claimant's own number, not in any signature, still counts.
    theirs = text.replace("give me a call on", "their mobile is 07700 900562, or call me on")
    s = run(body(theirs))
    assert [f.masked for f in s.findings if f.category is Category.PHONE] == [f"{DOT * 8}562"]


def test_the_office_postcode_written_again_in_the_text_is_the_offices(run):
    fake = Faker("en_GB")
    fake.seed_instance(4411)
    claimant = fake.name()
    office = "Unit 2, Quay Street, Ipswich IP4 1QB"
    text = (
        f"Hi Priya,\n\n{claimant} will come to our office (Unit 2, Quay Street, IP4 1QB) "
        f"on Monday at 10.\n\nKind regards\n\nTom Jones\nJob Coach\n{office}\n"
    )
    s = run(body(text))
    assert Category.ADDRESS not in s.categories() and s.data_subjects == 1
    # Where the claimant lives, in no signature, still counts.
    theirs = text.replace("will come to our office (Unit 2, Quay Street, IP4 1QB)", "of IP3 9NX")
    s = run(body(theirs))
    assert Category.ADDRESS in s.categories()


def test_a_cv_sent_to_someone_else_the_greeting_names(run):
    fake = Faker("en_GB")
    fake.seed_instance(2187)
    owner_first, owner_last = fake.first_name_female(), fake.last_name()
    reader = fake.first_name_male()
    cv = attachment(
        "cv.docx",
        f"{owner_first} {owner_last}\nProfile\nCleaner\nWork Experience\nx\nEducation\ny\n",
    )
    to = f"{reader.lower()}{fake.last_name().lower()}80@gmail.example"
    note = (
        f"Hi {reader},\n\nHere is {owner_first}'s CV for you to print off for her.\n\nThanks,\nTom"
    )
    s = run(body(note), cv, rcpt=[to])
    assert s.kind_counts() == {"cv": 1} and s.recipients_someone_else == [to]
    # Sent to its owner, greeted by name: the owner's own address, not someone else's.
    own = f"{owner_first.lower()}.{owner_last.lower()}@gmail.example"
    s = run(body(f"Hi {owner_first},\n\nYour CV is attached.\n\nThanks,\nTom"), cv, rcpt=[own])
    assert s.recipients_someone_else == []


def test_a_meetings_organiser_and_attendees_are_not_data_subjects(run):
    fake = Faker("en_GB")
    fake.seed_instance(4242)
    people_lines = "".join(
        f"{role}: {fake.name()} <{fake.user_name()}@partner.example>\n"
        for role in ("Organizer", "Attendee", "Attendee")
    )
    event = (
        "Summary: Safeguarding refresher\n"
        "Description: Spotting self-harm and when to make a referral.\n"
        f"Location: Room 2\n{people_lines}"
    )
    s = run(body("Hi all,\n\nInvite attached.\n\nTom"), attachment("invite.ics", event))
    assert s.data_subjects == 0
    # Someone the invitation is about still counts.
    claimant = fake.name()
    about = event.replace("Spotting self-harm", f"Interview for {claimant}, who is")
    s = run(body("Hi all,\n\nInvite attached.\n\nTom"), attachment("invite.ics", about))
    assert s.data_subjects == 1


def test_a_cv_whose_table_names_its_subject_adds_no_one_from_its_text(run):
    fake = Faker("en_GB")
    fake.seed_instance(1174)
    owner, referee = fake.name(), fake.name()
    name = "CV 2025.docx"
    table = Table(header=("Name", owner), rows=(("Mobile", "07700 900412"),))
    cells = Chunk(
        f'attachment "{name}" › table 1', "", "attachment", name, table=table
    )  # fmt: skip
    text = attachment(
        name,
        "Personal profile\nReliable and friendly.\nWork experience\nShop floor, 2021-2024\n"
        f"Interests\nCoaching the under-12s at Heaton Harriers with {referee}, my referee.\n",
    )
    s = run(body("Hi Priya,\n\nCV attached.\n\nTom"), text, cells)
    assert s.kind_counts() == {"cv": 1} and s.data_subjects == 1, s.people_evidence


def _sheet(name: str, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> Chunk:
    return Chunk(
        f'attachment "{name}" › sheet "Sheet1"', "", "attachment", name,
        table=Table(header=header, rows=rows),
    )  # fmt: skip


def test_staff_and_employer_directories_are_not_lists_of_claimants(run):
    fake = Faker("en_GB")
    fake.seed_instance(8128)
    phones = [f"0113 496 0{n:03d}" for n in range(100, 112)]
    employers = tuple(
        (fake.company(), fake.name(), "Recruitment Lead", p, f"{fake.user_name()}@firm.example")
        for p in phones
    )
    note = body("Hi,\n\nThe file is attached.\n\nTom")
    header = ("Employer", "Contact", "Role", "Phone", "Email")
    s = run(note, _sheet("contacts.csv", header, employers))
    assert s.data_subjects == 0 and s.categories() == set()
    rota = tuple((fake.name(), "Job Coach", "Mon/Wed", p) for p in phones)
    s = run(note, _sheet("rota.xlsx", ("Name", "Role", "Days", "Mobile"), rota))
    assert s.data_subjects == 0 and s.kind_counts() == {}
    # A caseload with a "Title" (Mr, Ms) column is still a list of people.
    caseload = tuple(("Ms", fake.first_name(), fake.last_name(), p) for p in phones)
    header = ("Title", "First name", "Surname", "Mobile")
    s = run(note, _sheet("caseload.xlsx", header, caseload))
    assert s.data_subjects == 12 and Category.PHONE in s.categories()


def test_an_invited_address_is_not_the_documents_own(run):
    fake = Faker("en_GB")
    fake.seed_instance(1402)
    to = "r.harding@hotel.example"
    event = (
        f"Summary: Interview - {fake.name()}\nLocation: Reception\n"
        f"Organizer: Tom Jones <tom.jones@provider.example>\n"
        f"Attendee: Rob Harding <{to}>\n"
    )
    s = run(body("Hi Rob,\n\nInvite attached.\n\nTom"), attachment("invite.ics", event), rcpt=[to])
    assert s.recipients_identified == []


def test_a_reader_told_their_own_address_at_a_personal_mailbox_is_its_subject(run):
    note = (
        "Hi Geraint,\n\nBefore we post your bus pass: we still have you at 4 Kiln Lane, "
        "Rhyl LL18 3DW. Is that right?\n\nHarriet Cole\nWork Coach | Employment Team\n"
        "T: 0161 496 0433\n"
    )
    s = run(body(note), rcpt=["geraint.lloyd77@gmail.com"])
    assert s.data_subjects == 1, s.people_evidence
    address = [f for f in s.findings if f.category == Category.ADDRESS]
    assert address and all(f.confidence >= 0.5 for f in address)
    # The reader asked to come to an office: the office's address, no one's data.
    visit = note.replace("we still have you at", "your appointment is at our office,")
    s = run(body(visit), rcpt=["geraint.lloyd77@gmail.com"])
    assert s.data_subjects == 0, s.people_evidence
    # The same words to a colleague's work address: not the reader's own.
    s = run(body(note))
    assert s.data_subjects == 0, s.people_evidence


def test_a_signature_without_a_closing_is_staff_not_a_subject(run):
    note = (
        "Hi Priya,\n\nThe boardroom is booked for 10 till 1, lunch for 18.\n\n"
        "Vincent Hale\nOperations Coordinator\nNorth Star Employment Partnership | "
        "0113 496 0316\n"
    )
    s = run(body(note))
    assert s.data_subjects == 0, s.people_evidence
    assert not [f for f in s.findings if f.category in (Category.PHONE, Category.PERSON_NAME)]


def test_a_document_naming_the_recipient_at_a_personal_mailbox_is_about_them(nlp, terms):
    from detectors.model import Address, Extraction
    from detectors.scan import scan

    def scan_to(address: str, display: str):
        ex = Extraction(
            subject="Your plan",
            chunks=[
                body("Hi Maddie,\n\nYour plan is attached.\n\nWHP team\n"),
                attachment(
                    "plan.pdf",
                    "Action plan - Maddie Okafor\nBudget: UC £393.45 a month after deductions.\n",
                ),
            ],
            addresses=[
                Address("WHP team", "whp.team@provider.example", "from"),
                Address(display, address, "to"),
            ],
        )
        return scan(ex, mail_from="whp.team@provider.example", rcpt_tos=[address], terms=terms,
                    nlp=nlp)  # fmt: skip

    s = scan_to("maddie.okafor91@gmail.com", "Maddie Okafor")
    assert s.recipients_identified == ["maddie.okafor91@gmail.com"]
    assert s.data_subjects == 1, s.people_evidence
    # The same plan to a colleague's work mailbox: the recipient is staff, not its subject.
    s = scan_to("maddie.okafor@provider.example", "Maddie Okafor")
    assert s.recipients_identified == []


def test_a_cv_pasted_into_the_body_is_its_one_person_not_its_referees(run):
    text = (
        "Hi Priya,\n\nThe attachment would not open, so here is Lena's CV pasted in.\n\n"
        "LENA KOWALCZYK\nBradford | 07700 900461\n\nPROFILE\nPatient and reliable.\n\n"
        "EXPERIENCE\nKitchen porter, Dale Foods (2019 - 2023)\n\nSKILLS\nFood hygiene\n\n"
        "REFERENCES\nGordon Mbeki, head chef at Dale Foods - 0161 496 0732\n"
        "Alison Petrie, former supervisor - on request\n\nTom\n"
    )
    s = run(body(text), subject="CV for the porter role")
    assert [k.kind for k in s.doc_kinds] == [DocKind.CV]
    assert s.data_subjects == 1


def test_a_tagline_under_a_short_sign_off_is_part_of_the_signature(run):
    text = (
        "Hi Priya,\n\nThe rota is attached.\n\nTa,\nTom\n\nTom Jones, Job Coach\n"
        "Proud partners of the community mental health teams.\n"
    )
    s = run(body(text))
    assert s.category_counts().get("mental_health") is None


def test_a_reader_told_their_own_number_at_a_personal_mailbox_is_its_subject(run):
    to = ["dilys.morgan61@outlook.com"]
    note = "Thanks Dilys, I've put your new mobile on file as 07700 900318.\n\nMarcus\n"
    s = run(body(note), rcpt=to)
    assert s.data_subjects == 1, s.people_evidence
    phone = [f for f in s.findings if f.category == Category.PHONE]
    assert phone and all(f.confidence >= 0.5 for f in phone)
    # A number the reader is asked to ring is the office's, not theirs.
    ring = "Hi Dilys,\n\nIf your number changes, ring us on 0161 496 0872.\n\nMarcus\n"
    assert run(body(ring), rcpt=to).data_subjects == 0
    # To a group, "your" is no one person's.
    group = note.replace("Thanks Dilys,", "Hi all,")
    assert run(body(group), rcpt=to).data_subjects == 0


def test_a_benefit_amount_told_to_the_reader_as_theirs_is_about_them(run):
    to = ["rhys.pritchard.home@gmail.com"]
    note = (
        "Dear Rhys,\n\nWe went through the figures: if you start at the depot in May, your "
        "Universal Credit would go down from £702.16 to around £215.40 a month.\n\nAnwen\n"
    )
    s = run(body(note), rcpt=to)
    assert s.data_subjects == 1, s.people_evidence
    assert [f for f in s.findings if f.category == Category.BENEFIT_PAYMENT and f.about_someone]
    # The same conditional without "your": a rule of thumb, about no one.
    general = note.replace("your Universal Credit", "Universal Credit")
    s = run(body(general), rcpt=to)
    assert not [f for f in s.findings if f.category == Category.BENEFIT_PAYMENT and f.about_someone]
    assert s.data_subjects == 0


def test_a_forwarded_text_message_gives_its_caller_s_own_number(run):
    note = (
        "Hi Karl,\n\nSam Okoro can't make Thursday, his text is below.\n\nThanks,\nDom\n\n"
        "From: SMS Inbox <sms-inbox@provider.example>\nSent: Monday 7 December 2026 06:40\n"
        "To: Dom Ashdown\nSubject: SMS from 07700 900412\n\nSMS received\n"
        "From: 07700 900412\n\nhi its Sam cant make thurs\n"
    )
    s = run(body(note), subject="FW: SMS from 07700 900412")
    phone = [f for f in s.findings if f.category == Category.PHONE and f.confidence >= 0.5]
    assert phone, s.findings
    # The sender's own mobile texting in (it is in their signature) stays staff's.
    own = note.replace("Thanks,\nDom\n", "Thanks,\nDom\nM: 07700 900412\n")
    s = run(body(own), subject="FW: SMS from 07700 900412")
    assert not [f for f in s.findings if f.category == Category.PHONE and f.confidence >= 0.5]
