from __future__ import annotations

import pytest

from detectors.doc_kinds import Document, classify, classify_table
from detectors.model import DocKind, Table

CV = """Sam Taylor
Personal Profile
Reliable warehouse operative.
Work Experience
Picker, Big Shed Ltd, 2019-2023
Education
Leeds College
Skills
Forklift licence
References
Available on request
"""
FORM = """Application Form
Surname: Taylor
First names: Sam
Address: 1 Long Lane
Position applied for: Driver
Declaration: I confirm the above is true
Signature: S Taylor
"""
LETTER = """1 Long Lane
Leeds

Dear Mr Taylor,

We would like to invite you to an interview for the post of Driver on Monday.

Yours sincerely,
Jane Hill
"""


def kinds(name, text, source="attachment"):
    return [k.kind for k in classify(Document(f'attachment "{name}"', name, text, source))]


def test_cv_by_sections_and_name():
    assert kinds("document.docx", CV) == [DocKind.CV]
    assert kinds("Sam_Taylor_CV.pdf", "Sam Taylor\nanything") == [DocKind.CV]


def test_a_cv_named_in_camel_case_or_laid_out_as_a_table():
    assert kinds("JordanReeceCV.docx", "Jordan Reece\nanything") == [DocKind.CV]
    # Not a CV: the letters "cv" inside a word, in any case.
    assert kinds("Cvetkovic report.docx", "anything") == []
    assert kinds("ABCV.docx", "anything") == []
    # Headings in the first column of a table, or on lines of one cell.
    table = "Profile\tHard-working.\nKey skills\tTills\nReferences\tOn request\n"
    doc = Document("a", "11.docx", "Jordan Reece\n07700 900123", "attachment", table)
    assert [k.kind for k in classify(doc)] == [DocKind.CV]
    cell = "Contact\n07700 900123\nKey skills\nTills\tProfile\nReliable.\nExperience\nShop"
    doc = Document("a", "12.docx", "Jordan Reece", "attachment", cell)
    assert [k.kind for k in classify(doc)] == [DocKind.CV]
    # A form's table with a heading or two is still not a CV.
    form = "Surname\tReece\nFirst name\tJordan\nReferences\t\n"
    assert classify(Document("a", "13.docx", "Details", "attachment", form)) == []


def test_application_forms_single_and_couple():
    assert kinds("form.pdf", FORM) == [DocKind.APPLICATION_FORM]
    couple = FORM + "Partner's name: Alex Taylor\nPartner's date of birth: ...\n"
    out = classify(Document("a", "form.pdf", couple, "attachment"))
    assert [k.kind for k in out] == [DocKind.APPLICATION_FORM_COUPLE] and out[0].people == 2


@pytest.mark.parametrize(
    ("extra", "kind"),
    [
        ("", DocKind.LETTER_INTERVIEW),
        ("We are pleased to offer you the position.", DocKind.LETTER_JOB_OFFER),
    ],
)
def test_letters(extra, kind):
    assert kinds("letter.docx", LETTER.replace("Yours", extra + "\n\nYours")) == [kind]
    appt = LETTER.replace(
        "invite you to an interview for the post of Driver", "remind you of your appointment"
    )
    assert kinds("x.pdf", appt) == [DocKind.LETTER_APPOINTMENT]


def test_several_letters_in_one_file_are_counted():
    out = classify(Document("a", "letters.pdf", LETTER * 3, "attachment"))
    assert len(out) == 3 and out[1].location.endswith("letter 2")


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("UCNEA1 J Smith.pdf", "", DocKind.UCNEA1),
        ("story.docx", "Good News Story\nSam started work", DocKind.GOOD_NEWS_STORY),
        ("x.pdf", "WHP Exit Report\n", DocKind.EXIT_REPORT),
        ("coc.pdf", "Change of Circumstances\n", DocKind.CHANGE_OF_CIRCUMSTANCES),
        ("doubt.docx", "Compliance doubt referral\n", DocKind.COMPLIANCE_DOUBT),
        (
            "f.pdf",
            "WHP Employment Business Customer Form\n",
            DocKind.WHP_EMPLOYMENT_BUSINESS_CUSTOMER_FORM,
        ),
        ("ESF14-20 form.pdf", "", DocKind.ESF_14_20_FORM),
        ("WHPS01.pdf", "", DocKind.WHPS01),
    ],
)
def test_titled_forms(name, text, kind):
    assert kinds(name, text) == [kind]


def test_body_mention_is_not_a_document():
    assert kinds("", "I will send the good news story tomorrow.", source="body") == []
    assert kinds("", "Good News Story\n\nSam started work today.", source="body") == [
        DocKind.GOOD_NEWS_STORY
    ]


def test_plain_business_attachment_is_nothing():
    assert kinds("minutes.docx", "Minutes of the board meeting\nBudget agreed.") == []


def test_name_list_and_nino_list_tables():
    rows = tuple((f"Name{i}", "Smith", "2024-05-01") for i in range(501))
    t = Table(header=("Forename", "Surname", "Interview date"), rows=rows)
    k = classify_table('attachment "list.xlsx" › sheet "Referrals"', t)
    assert k.kind == DocKind.NAME_LIST and k.people == 501
    assert k.columns == ("forename", "surname", "date")
    nino_rows = tuple((f"AB{100000 + i}C",) for i in range(20))
    k = classify_table("x", Table(header=("NI Number",), rows=nino_rows))
    assert k.kind == DocKind.NINO_LIST and k.people == 20
    staff = Table(header=("Adviser name", "Office"), rows=(("Jo", "Leeds"),))
    assert classify_table("x", staff) is None


def test_a_table_of_one_person_is_their_record_not_a_list():
    one = Table(header=("Learner", "NI no", "Course"), rows=(("Rhian Parry", "JT482736B", "ESOL"),))
    assert classify_table("x", one) is None
    two = Table(header=one.header, rows=(*one.rows, ("Osian Bell", "JT482737C", "ESOL")))
    assert classify_table("x", two).people == 2


def test_list_columns_use_the_names_the_policy_forbids():
    header = ("Surname", "Initials", "NINO", "Sort code", "Account number", "Address", "Mobile",
              "Email", "Benefit amount", "Date of birth", "Client ref")  # fmt: skip
    t = Table(header=header, rows=(tuple("x" for _ in header),) * 2)
    k = classify_table("x", t)
    assert k.columns == (
        "surname", "initials", "nino", "bank", "bank", "address", "phone", "email", "benefit",
        "dob", "reference",
    )  # fmt: skip


def test_staff_name_column_keeps_columns_aligned():
    t = Table(header=("Adviser name", "NINO"), rows=(("Jo Bloggs", "x"), ("Al Smith", "y")))
    k = classify_table("x", t)
    assert k.kind == DocKind.NINO_LIST and k.columns == ("nino",)


def test_evidence_does_not_repeat_a_name_from_the_file_name():
    for name in ("Sam_Taylor_CV.pdf", "UCNEA1 Sam Taylor.pdf", "Sam Taylor application form.pdf"):
        [k] = classify(Document(f'attachment "{name}"', name, "x", "attachment"))
        assert "Taylor" not in k.evidence


def test_a_form_whose_partner_fields_sit_in_its_table_is_a_couple_form():
    from detectors.doc_kinds import Document, classify
    from detectors.model import DocKind

    doc = Document(
        'attachment "Application_07.docx"', "Application_07.docx",
        "Application form\nDeclaration: I confirm the above is true.", "attachment",
        "Full name\tRhian Morgan\nAge\t41\nPartner's full name\tGareth Morgan\nPartner's age\t44",
    )  # fmt: skip
    found = classify(doc, "Applications")
    assert [(k.kind, k.people) for k in found] == [(DocKind.APPLICATION_FORM_COUPLE, 2)]


def test_a_cv_pasted_into_the_body_is_a_cv():
    from detectors.doc_kinds import Document, classify
    from detectors.model import DocKind

    pasted = (
        "Hi Dev, here it is as you asked.\n\nNIAMH O'CONNOR\nPersonal profile\n"
        "Reliable and friendly.\nWork experience\nBarista, 2021-2024\nEducation\n"
        "GCSEs, 2019\nKey skills\nCash handling\nReferences\nAvailable on request\n"
    )
    assert [k.kind for k in classify(Document("body (text/plain)", None, pasted, "body"))] == [
        DocKind.CV
    ]


def test_three_cv_headings_make_a_cv_where_the_mail_calls_it_one():
    from detectors.doc_kinds import Document, classify
    from detectors.model import DocKind

    cv = (
        "OWEN PRICE\nProfile\nSteady and careful.\nWork history\nPorter, 2020-2024\n"
        "Skills\nDriving\n"
    )
    said = "Morning Kim, as promised his CV is below.\n\n" + cv
    assert [k.kind for k in classify(Document("body (text/plain)", None, said, "body"))] == [
        DocKind.CV
    ]
    assert [k.kind for k in classify(Document("body", None, cv, "body"), "Your CV")] == [DocKind.CV]
    # The same three headings in a mail that does not say CV: not one.
    assert classify(Document("body", None, "Morning Kim,\n\n" + cv, "body"), "Rota") == []


def test_a_title_above_its_own_first_line_is_one_cv_not_two():
    from detectors.doc_kinds import Document, classify

    text = (
        "Harriet Oduya\nHarriet Oduya\nLeeds\nProfile\nCalm.\nExperience\nCleaner\n"
        "Skills\nFirst aid\n"
    )
    found = classify(Document('attachment "oduya-cv.odt"', "oduya-cv.odt", text, "attachment"))
    assert [k.people for k in found] == [1]
    # Titles apart, even only by the blank line a lifted-out table leaves, are copies.
    form = "Joint Application Form\n\n"
    found = classify(Document('attachment "joint.docx"', "joint.docx", form * 3, "attachment"))
    assert len(found) == 3


def test_a_mail_with_a_few_headings_is_not_a_cv():
    from detectors.doc_kinds import Document, classify

    mail = "Hi all,\n\nTraining\nMonday's session moved.\n\nReferences\nSee the intranet.\n"
    assert classify(Document("body (text/plain)", None, mail, "body")) == []


def test_a_letter_about_a_missed_appointment_is_not_an_appointment_letter():
    missed = LETTER.replace(
        "invite you to an interview for the post of Driver",
        "note that you did not attend your appointment on Monday",
    )
    bundle = classify(Document("a", "letters.pdf", LETTER + missed + LETTER, "attachment"))
    assert [k.kind for k in bundle] == [
        DocKind.LETTER_INTERVIEW, DocKind.LETTER_OTHER, DocKind.LETTER_INTERVIEW,
    ]  # fmt: skip
    # An invitation's own warning about not attending is still an invitation.
    warned = LETTER.replace("Yours", "If you are unable to attend, please call us.\n\nYours")
    assert kinds("x.pdf", warned) == [DocKind.LETTER_INTERVIEW]


def test_each_letter_in_a_bundle_is_judged_by_its_own_heading_and_text():
    other = LETTER.replace(
        "invite you to an interview for the post of Driver",
        "confirm that you are taking part in the Work and Health Programme",
    )
    bundle = classify(Document("a", "letters.pdf", LETTER + "\n\n" + other, "attachment"))
    assert [k.kind for k in bundle] == [DocKind.LETTER_INTERVIEW, DocKind.LETTER_OTHER]


def test_a_letter_to_whom_it_may_concern_is_a_letter():
    other = LETTER.replace("Dear Mr Taylor,", "To whom it may concern,").replace(
        "We would like to invite you to an interview for the post of Driver on Monday.",
        "This confirms that Mr Taylor takes part in the programme each week.",
    )
    bundle = classify(Document("a", "letters.pdf", LETTER + "\n\n" + other, "attachment"))
    assert [k.kind for k in bundle] == [DocKind.LETTER_INTERVIEW, DocKind.LETTER_OTHER]


def test_an_appointment_mentioned_in_passing_does_not_make_an_appointment_letter():
    support = LETTER.replace(
        "We would like to invite you to an interview for the post of Driver on Monday.",
        "I support his housing application: he has attended every appointment with us.",
    )
    assert kinds("support.pdf", support) == [DocKind.LETTER_OTHER]
    booked = LETTER.replace(
        "We would like to invite you to an interview for the post of Driver on Monday.",
        "We have booked an appointment for you with your adviser on Friday at 10.",
    )
    assert kinds("appt.pdf", booked) == [DocKind.LETTER_APPOINTMENT]


def _cv(name: str) -> str:
    return (
        f"{name}\n{name.split()[0].lower()}@example.net\n\nProfile\nReliable and keen.\n\n"
        "Work experience\nPicker, 2021-2024\n\nEducation\nGCSEs\n\nSkills\nForklift\n"
    )


def test_cvs_bound_into_one_file_are_counted_one_by_one():
    text = "\n\n".join(_cv(n) for n in ("Ann Lee", "Bo Chan", "Cy Dunn", "Di Egan"))
    found = classify(Document('attachment "cvs.pdf"', "cvs.pdf", text, "attachment"))
    assert [k.kind for k in found] == [DocKind.CV] * 4
    assert found[2].location == 'attachment "cvs.pdf" › cv 3'
    # One CV that says "Experience" twice is still one CV.
    one = _cv("Ann Lee") + "\nVoluntary work\nExperience\nCharity shop\n"
    assert len(classify(Document("a", "cv.pdf", one, "attachment"))) == 1


def test_forms_bound_into_one_file_are_counted_one_by_one():
    form = (
        "Application for employment\nFull name Dana Rees\nAddress 4 Hill Road, Leeds\n"
        "Date of birth 01/02/1990\nPosition applied for Cleaner\nSignature\n"
    )
    found = classify(Document("a", "apps.pdf", form * 3, "attachment"))
    assert [k.kind for k in found] == [DocKind.APPLICATION_FORM] * 3
    couple = "Joint Application Form\nPartner's full name: Jo\nFull name: Al\n\n"
    found = classify(Document("a", "c.docx", couple * 5, "attachment"))
    assert [(k.kind, k.people) for k in found] == [(DocKind.APPLICATION_FORM_COUPLE, 2)] * 5


def test_a_benefit_amount_under_the_benefits_own_name_is_a_benefit_column():
    table = Table(("Surname", "NINO", "UC award"), (("Lee", "JT482736B", "£402.16"),) * 3)
    found = classify_table("a", table)
    assert found is not None and "benefit" in found.columns


def _course_form(name: str, joint: str = "") -> str:
    return (
        "Penrhyn Skills - forklift course application\n"
        f"Position applied for Counterbalance FLT\nApplicant {name}\n"
        "Address 4 Quay Row, Bangor LL57 1AA\nPhone 07700 900111\n"
        + (f"Joint applicant {joint}\n" if joint else "")
        + "Referee Alun Price, Supervisor, 0161 496 0123\n"
    )


def test_a_form_titled_as_an_application_with_its_fields_is_an_application_form():
    assert kinds("pack.pdf", _course_form("Sara Ellis")) == [DocKind.APPLICATION_FORM]
    bound = "\n".join(_course_form(n) for n in ("Sara Ellis", "Tom Pryce", "Iwan Lee"))
    assert kinds("pack.pdf", bound) == [DocKind.APPLICATION_FORM] * 3
    assert kinds("pack.pdf", _course_form("Sara Ellis", joint="Dai Ellis")) == [
        DocKind.APPLICATION_FORM_COUPLE
    ]
    assert kinds("x_applications_x2.pdf", "anything") == [DocKind.APPLICATION_FORM]


def test_a_title_that_mentions_an_application_without_fields_is_not_a_form():
    note = "Notes on the grant application\nWe discussed the budget and the timeline.\n"
    assert kinds("notes.docx", note) == []


def _joint_page(title: str, applicants: list[str]) -> str:
    sections = "".join(
        f"Applicant {i}\nFull name {n}\nHome address 2 Ffordd Las, Rhyl LL18 3AA\n"
        for i, n in enumerate(applicants, start=1)
    )
    return f"{title}\nJoint application where a couple applies\n{sections}Declaration: true\n"


def test_a_bundle_of_couples_and_single_forms_counts_each_applicant_once():
    title = "Glan Hotels - Job Application Form"
    pages = [
        _joint_page(title, ["Ceri Lloyd", "Huw Lloyd"]),
        _joint_page(title, ["Sian Roberts", "Rhys Evans"]),
        _joint_page(title, ["Gwen Price"]),
    ]
    found = classify(Document('attachment "apps.pdf"', "apps.pdf", "\n".join(pages), "attachment"))
    assert [k.kind for k in found] == [DocKind.APPLICATION_FORM_COUPLE] * 2 + [
        DocKind.APPLICATION_FORM
    ]
    assert sum(k.people for k in found) == 5


def test_people_typed_one_per_line_with_their_ninos_are_a_list():
    from detectors.doc_kinds import text_nino_rows

    rows = (
        "FENWICK, Ola  TR 63 19 82 A\nCole  S  HN227109C  25/03/2026\nPRICE, Idris  PX 40 61 93 B\n"
    )
    [found] = text_nino_rows(Document("body", None, f"Hi,\n\nThe three:\n\n{rows}\nThanks", "body"))
    assert (found.kind, found.people, found.columns) == (DocKind.NAME_LIST, 3, ("name", "nino"))
    # One record's labelled fields, or two rows, are not a list.
    record = "Name: Ola Fenwick\nNINO: TR 63 19 82 A\nNI no: HN 22 71 09 C\nNI: PX 40 61 93 B\n"
    assert text_nino_rows(Document("body", None, record, "body")) == []
    two = "FENWICK, Ola  TR 63 19 82 A\nCole  S  HN227109C\n"
    assert text_nino_rows(Document("body", None, two, "body")) == []


def test_a_column_headed_by_the_word_for_the_person_holds_names():
    from detectors.doc_kinds import person_columns

    assert person_columns(("Client", "Ref", "Therapy")) == [0]
    assert person_columns(("Candidates", "Interview slot")) == [0]
    assert person_columns(("Client ref", "Start")) == []  # their numbers, not names
    assert person_columns(("Client ID", "Candidate no.")) == []


def test_screening_scores_beside_clients_are_mental_health_about_them(run):
    from detectors.model import Category, Chunk, Table

    table = Table(
        header=("Client", "Ref", "PHQ-9", "GAD-7"),
        rows=(("Aled W", "TR-40122", "14", "9"), ("Bronwen P", "TR-40188", "19", "12")),
    )
    text = "\n".join("\t".join(r) for r in (table.header, *table.rows))
    s = run(Chunk(location="body (html) › table 1", text=text, source="body", table=table))
    assert Category.MENTAL_HEALTH in s.categories(), s.findings
    assert s.data_subjects == 2, s.people_evidence


def test_a_reference_signed_without_yours_sincerely_is_a_letter_by_its_file_name():
    text = (
        "To whom it may concern\n\nI have known Ifan Morgan for two years as a volunteer at "
        "our food bank. He is punctual and careful with money.\n\nCeri Jones\n"
    )
    kinds = classify(Document("a", "character reference.pdf", text, "attachment"))
    assert [k.kind for k in kinds] == [DocKind.LETTER_OTHER]
    # The same words in a file that does not say it is a letter or a reference.
    assert not [k for k in classify(Document("a", "notes.pdf", text, "attachment"))
                if k.kind.value.startswith("letter")]  # fmt: skip
