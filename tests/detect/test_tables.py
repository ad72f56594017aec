"""Key–value ("form") tables: real DOCX and HTML built here, read by the real
extractors, scanned by the real scan. The label in the first column is the
context of the value beside it; the table is one person, not a list."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from detectors.analyse import analyse
from detectors.model import Category, DocKind, Table
from detectors.tables import is_label, label_columns, pairs, record_name

SENDER = "adviser@provider.example"
RCPT = "jobcentre@dwp.example"


def _nino(prefix: str = "JK") -> str:
    return f"{prefix}472093B"


def _message(text: str, *, html: str | None = None, attach: tuple[str, bytes] | None = None):
    m = EmailMessage()
    m["Subject"] = "Update"
    m["From"] = SENDER
    m["To"] = RCPT
    m.set_content(text)
    if html is not None:
        m.add_alternative(html, subtype="html")
    if attach is not None:
        m.add_attachment(
            attach[1],
            maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename=attach[0],
        )
    return analyse(bytes(m), SENDER, [RCPT])


def _docx(rows: list[tuple[str, str]], intro: str = "Participant details") -> bytes:
    d = docx.Document()
    d.add_paragraph(intro)
    t = d.add_table(rows=len(rows), cols=2)
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"<p>Her details are below.</p><table>{cells}</table>"


def _cats(scan) -> dict[str, int]:
    return scan.category_counts()


@pytest.mark.parametrize(
    "labels",
    [
        ("Name", "NI number", "Date of birth", "Phone"),
        ("Customer name:", "NINO:", "DOB:", "Start:"),
        ("Full Name", "National Insurance", "D.O.B.", "Postcode"),
    ],
)
def test_label_column_is_recognised(labels):
    table = Table(
        header=(labels[0], "Rhiannon Pugh"),
        rows=((labels[1], "jk 47 20 93 b"), (labels[2], "1 May 1979"), (labels[3], "x")),
    )
    assert label_columns(table) == [0]
    got = pairs(table)
    assert [p[0] for p in got] == [1, 2, 3, 4]  # the header row is row 1, a record line
    assert record_name(got) == "Rhiannon Pugh"


@pytest.mark.parametrize(
    "table",
    [
        Table(header=("Name", "NINO"), rows=(("Ann Lee", "x"), ("Bob Stone", "y"))),
        Table(header=("Date", "Amount"), rows=(("12/03/2024", "£40"), ("13/03/2024", "£50"))),
        Table(header=("Surname", "Forename"), rows=(("Lee", "Ann"), ("Stone", "Bob"))),
        Table(
            header=("Type", "Name"),
            rows=(("Referral", "Ann Lee"), ("Referral", "Bob Stone"), ("Start", "Cara Mills")),
        ),
    ],
)
def test_lists_are_not_forms(table):
    assert label_columns(table) == []


def test_four_columns_read_as_two_pairs():
    table = Table(
        header=("Surname", "Okafor", "Forename", "Chidi"),
        rows=(("NI number", "x", "Date of birth", "y"), ("Phone", "z", "Email", "w")),
    )
    assert label_columns(table) == [0, 2]
    assert record_name(pairs(table)) == "Chidi Okafor"


def test_label_cells():
    assert is_label("Sort Code") and is_label("Account number:") and is_label("Start:")
    assert not is_label("Gareth Lewis") and not is_label("jk 47 20 93 b")
    assert not is_label("A very long sentence that is clearly a value and not a label here")


def test_html_form_lower_case_nino_and_dob_beside_their_labels():
    html = _html(
        [("Name", "Seren Hughes"), ("NI:", _nino().lower()), ("D.O.B.", "14 Feb 91"),
         ("Mobile", "07700 900456")]
    )  # fmt: skip
    s = _message("Her details are in the HTML version.", html=html)
    c = _cats(s)
    assert c.get("nino") == 1 and c.get("dob") == 1
    assert s.data_subjects == 1, s.people_evidence
    assert not any(k.kind == DocKind.NAME_LIST for k in s.doc_kinds)
    nino_f = next(f for f in s.findings if f.category == Category.NINO)
    assert nino_f.masked == "JK •• •• •• B" and "NI" in nino_f.context
    assert "row 2" in nino_f.location


def test_docx_form_with_bank_details_is_one_person_not_a_list():
    rows = [
        ("Account holder", "Dafydd Price"),
        ("Sort Code", "40 11 62"),
        ("Account Number", "31926819"),
        ("Date of birth", "03/04/1988"),
    ]
    s = _message("Please set up the travel refund.", attach=("refund.docx", _docx(rows)))
    c = _cats(s)
    assert c.get("bank") == 1 and c.get("dob") == 1, c  # sort code + account: one detail
    bank_f = next(f for f in s.findings if f.category == Category.BANK)
    assert bank_f.masked == "••-••-62 ••••6819" and "Sort Code" in bank_f.context
    assert s.data_subjects == 1, s.people_evidence
    assert not any(k.kind == DocKind.NAME_LIST for k in s.doc_kinds)
    # No value leaves unmasked.
    for f in s.findings:
        assert "31926819" not in f.masked and "40 11 62" not in f.masked


def test_docx_form_on_an_invoice_keeps_business_bank_details_out():
    rows = [("Supplier", "Acme Training Ltd"), ("Sort code", "40 11 62"),
            ("Account number", "31926819")]  # fmt: skip
    data = _docx(rows, intro="INVOICE 4471\nTraining services £900.00")
    s = _message("Invoice attached.", attach=("invoice-4471.docx", data))
    assert "bank" not in _cats(s)
    # The same table outside an invoice is somebody's bank details.
    s = _message("Details attached.", attach=("details.docx", _docx(rows, intro="Notes")))
    assert _cats(s).get("bank") == 1


def test_real_list_table_still_counts_one_person_per_row():
    html = (
        "<table><tr><th>Name</th><th>NINO</th></tr>"
        "<tr><td>Ann Lee</td><td>JK472093B</td></tr>"
        "<tr><td>Bob Stone</td><td>JK472094B</td></tr>"
        "<tr><td>Cara Mills</td><td>JK472095B</td></tr></table>"
    )
    s = _message("List attached.", html=html)
    assert s.data_subjects == 3
    assert any(k.kind == DocKind.NAME_LIST for k in s.doc_kinds)


def test_nino_in_attachment_file_name():
    s = _message(
        "CV attached for the warehouse role.",
        attach=(f"CV_Gwen_Rees_{_nino()}.docx", _docx([("Skills", "Forklift")], "Profile")),
    )
    found = [f for f in s.findings if f.category == Category.NINO]
    assert len(found) == 1 and found[0].location.endswith("file name")
    assert found[0].masked == "JK •• •• •• B"
    assert _nino() not in found[0].location and "JK••••••B" in found[0].location


@pytest.mark.parametrize(
    ("name", "count"),
    [
        (f"Referral-Owen-Parry-{_nino()}.docx", 1),
        (f"{_nino().lower()}_cv.docx", 1),  # compact, with its suffix: as in text
        ("invoice_2024-05-13_ref-AB12.docx", 0),
        ("Report_Q3_TN123456A.docx", 0),  # TN is never allocated
    ],
)
def test_file_names_with_underscores_and_hyphens(name, count):
    s = _message("Attached.", attach=(name, _docx([("Skills", "Driving")], "Profile")))
    assert len([f for f in s.findings if f.category == Category.NINO]) == count


def test_pdf_two_column_form_reads_as_label_value_lines():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Travel refund", new_x="LMARGIN", new_y="NEXT")
    rows = [("Name", "Dafydd Price"), ("NI", _nino().lower()), ("D.O.B.", "03041988"),
            ("Sort Code", "40 11 62"), ("Account Number", "31926819")]  # fmt: skip
    with pdf.table(col_widths=(50, 80)) as t:
        for a, b in rows:
            r = t.row()
            r.cell(a)
            r.cell(b)
    m = EmailMessage()
    m["Subject"] = "Refund"
    m["From"] = SENDER
    m["To"] = RCPT
    m.set_content("See attached.")
    m.add_attachment(bytes(pdf.output()), maintype="application", subtype="pdf",
                     filename="refund.pdf")  # fmt: skip
    s = analyse(bytes(m), SENDER, [RCPT])
    c = _cats(s)
    assert c.get("nino") == 1 and c.get("dob") == 1 and c.get("bank") == 1, c
    assert s.data_subjects == 1, s.people_evidence


def test_list_rows_pair_their_sort_code_and_account_cells():
    rows = "".join(
        f"<tr><td>{n}</td><td>30-94-5{i}</td><td>4123456{i}</td><td>£40</td></tr>"
        for i, n in enumerate(["Ffion Jenkins", "Rhys Bowen", "Alun Thomas"])
    )
    html = (
        "<table><tr><th>Payee</th><th>Sort code</th><th>Account no</th><th>Amount</th></tr>"
        f"{rows}</table>"
    )
    s = _message("Payments this week.", html=html)
    assert _cats(s).get("bank") == 3 and s.data_subjects == 3
    assert all(f.masked.startswith("••-••-5") for f in s.findings if f.category == Category.BANK)


def test_xlsx_two_column_form_and_nothing_unmasked():
    import openpyxl

    values = {
        "Name": "Catrin Hughes",
        "NINO": _nino().lower(),
        "DOB": "19880403",
        "Sort code": "40-11-62",
        "Account number": "31926819",
        "Card number": "4539 1488 0343 6467",
    }
    wb = openpyxl.Workbook()
    for k, v in values.items():
        wb.active.append((k, v))
    buf = io.BytesIO()
    wb.save(buf)
    m = EmailMessage()
    m["Subject"] = "Details"
    m["From"] = SENDER
    m["To"] = RCPT
    m.set_content("Attached.")
    m.add_attachment(buf.getvalue(), maintype="application", filename="details.xlsx",
                     subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet")  # fmt: skip
    s = analyse(bytes(m), SENDER, [RCPT])
    c = _cats(s)
    assert c.get("nino") == 1 and c.get("dob") == 1 and c.get("bank") == 2, c
    assert s.data_subjects == 1 and not s.doc_kinds
    dump = repr(s)
    raw = [v for k, v in values.items() if k != "Name"] + ["Catrin", "31926819", "4539"]
    for v in raw:
        assert v not in dump and v.replace(" ", "").replace("-", "") not in dump


def test_a_form_with_question_rows_is_still_one_record():
    from detectors import tables as form_tables
    from detectors.model import Table

    table = Table(
        ("Vacancy", "Warehouse Operative"),
        (
            ("Full name", "Aled Pritchard"),
            ("Date of birth", "03/11/1988"),
            ("Postcode", "CF24 9ZZ"),
            ("Is there anything about your health we should know before the interview?", "No"),
            ("Have you got any convictions that are not yet spent?", "No"),
            ("Tell us why you would like this role", "I like being busy and work well in teams"),
        ),
    )
    labelled = form_tables.pairs(table)
    assert ("Date of birth", "03/11/1988") in [(lb, v) for _r, lb, v in labelled]
    assert form_tables.record_name(labelled) == "Aled Pritchard"


def test_sentence_case_field_names_make_a_form_and_names_do_not():
    from detectors import tables as form_tables
    from detectors.model import Table

    form = Table(
        ("Role applied for", "Night Picker"),
        (("Full name", "Ffion Hale"), ("Date of birth", "07/05/1996"), ("Postcode", "NP20 1ZZ"),
         ("Right to work in the UK", "Yes"), ("Driving licence", "Full"),
         ("Previous employment", "Retail"), ("Supported by", "Caseworker"),
         ("Notice period", "None")),
    )  # fmt: skip
    assert ("Date of birth", "07/05/1996") in [(lb, v) for _r, lb, v in form_tables.pairs(form)]
    names = Table(("Name", "Ref"), (("Ffion Hale", "R1"), ("Owen Price", "R2"),
                                    ("Cara Lloyd", "R3")))  # fmt: skip
    assert form_tables.label_columns(names) == []


def test_a_cv_laid_out_as_a_table_is_one_person_not_a_list() -> None:
    rows = [
        ("Name", "Lowri Pritchard"),
        ("Contact", "Bryn Terrace, Wrexham LL11 2AB | 07700 900418"),
        ("Experience", "Kitchen Porter, The Old Mill (2019-2023) - washing up, prep"),
        ("Experience", "Healthcare Assistant, Maesgwyn Care Home (2016-2019) - personal care"),
        ("Experience", "Cleaner, Acton Leisure (2014-2016) - changing rooms"),
        ("Skills", "Food Hygiene Level 2, first aid"),
        ("Referee", "Gareth Lloyd, Head Chef, The Old Mill, 0161 496 0552"),
    ]
    scan = _message("CV attached.", attach=("CV Lowri.docx", _docx(rows, "Curriculum vitae")))
    assert not [k for k in scan.doc_kinds if k.kind == DocKind.NAME_LIST]
    assert scan.data_subjects == 1
    health = [f for f in scan.findings if f.category == Category.HEALTH]
    assert health and all(f.about_nobody == "duties" for f in health)


def test_an_action_plan_table_headed_by_its_persons_name_is_about_them() -> None:
    rows = [
        ("Name", "Callum Rees"),
        ("Address", "12 Heol Glas, Bridgend CF31 4QP"),
        ("Goal 1", "Apply for three kitchen jobs a week"),
        ("Goal 2", "Book the CSCS test"),
    ]
    table = Table(header=rows[0], rows=tuple(rows[1:]))
    assert label_columns(table) == [0]
    assert record_name(pairs(table)) == "Callum Rees"
    scan = _message("Your plan attached.", attach=("Plan.docx", _docx(rows, "Action plan")))
    assert scan.data_subjects == 1
    assert any(f.category == Category.ADDRESS and f.about_someone for f in scan.findings)


def _xlsx(rows: list[tuple[str, ...]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Caseload"
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet_message(data: bytes):
    m = EmailMessage()
    m["Subject"] = "Caseload"
    m["From"] = SENDER
    m["To"] = RCPT
    m.set_content("Sheet attached.")
    m.add_attachment(
        data,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="caseload.xlsx",
    )
    return analyse(bytes(m), SENDER, [RCPT])


def test_a_caseloads_needs_column_in_bare_words_is_special_category_data() -> None:
    rows = [("Surname", "Forename", "Key need")] + [
        (s, f, need)
        for s, f, need in [("Hughes", "Mair", "MH"), ("Bevan", "Idris", "drugs / housing"),
                           ("Rowe", "Tegan", "offending"), ("Lyle", "Ben", "childcare")]
    ]  # fmt: skip
    scan = _sheet_message(_xlsx(rows))
    cats = scan.categories()
    assert {Category.MENTAL_HEALTH, Category.SUBSTANCE_MISUSE, Category.CRIMINAL_RECORD} <= cats


def test_a_summary_of_needs_with_no_one_in_it_is_about_nobody() -> None:
    rows = [("Key need", "Participants"), ("MH", "120"), ("drugs", "31"), ("offending", "44")]
    scan = _sheet_message(_xlsx(rows))
    assert not scan.categories() & {Category.MENTAL_HEALTH, Category.CRIMINAL_RECORD}


def test_a_blank_forms_field_labels_are_about_nobody() -> None:
    rows = [
        ("Participant name", ""),
        ("Date of birth", "__ / __ / ____"),
        ("Health conditions or disabilities", ""),
        ("Any unspent convictions?", "Yes / No"),
    ]
    scan = _message(
        "Blank form for the new starters.", attach=("Referral TEMPLATE.docx", _docx(rows))
    )
    assert not scan.categories() & {Category.HEALTH, Category.CRIMINAL_RECORD}
    filled = [("Participant name", "Osian Hughes"), ("Health conditions or disabilities", "asthma")]
    scan = _message("Form attached.", attach=("Referral.docx", _docx(filled)))
    assert Category.HEALTH in scan.categories()


@pytest.mark.parametrize("header", ["Tenant", "Participants", "Service user", "Customer"])
def test_a_column_of_people_under_the_word_for_them_is_a_list(header) -> None:
    from detectors.tables import person_columns

    rows = (("Alys Jenkins", "£612.40"), ("Dewi Morgan", "£480.00"), ("Nia Rees", "£702.15"))
    assert person_columns(Table(header=(header, "UC award"), rows=rows)) == [0]
    counts = (("12", "£612.40"), ("7", "£480.00"))
    assert person_columns(Table(header=(header, "UC award"), rows=counts)) == []


def test_a_form_with_a_column_per_applicant_reads_every_column():
    # A couple's form: one label column, one value column per applicant. The second
    # applicant's NINO and name are theirs as much as the first's.
    from faker import Faker

    fake = Faker("en_GB")
    Faker.seed(417)
    first, second = fake.name(), fake.name()
    nino_2 = "JT 52 81 04 C"
    rows = [
        ("Field", "Applicant 1", "Applicant 2"),
        ("Name", first, second),
        ("NI number", "", nino_2),
        ("Position applied for", "Groundskeeper", "(same)"),
    ]
    d = docx.Document()
    d.add_paragraph("Couple application")
    t = d.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    scan = _message("Form attached.", attach=("couple.docx", buf.getvalue()))
    assert [f.masked for f in scan.findings if f.category is Category.NINO] == ["JT •• •• •• C"]
    assert scan.data_subjects == 2


def test_a_docx_table_of_one_row_is_a_field_and_its_value():
    # A CV's details laid out as a one-row table under the text: the label beside
    # the value is its context, as in a longer form.
    rows = [("Date of birth", "9 February 1986")]
    s = _message("CV attached.", attach=("cv.docx", _docx(rows)))
    dob = [f for f in s.findings if f.category == Category.DOB]
    assert len(dob) == 1 and "Date of birth" in dob[0].context, _cats(s)
    assert "9 February" not in dob[0].masked


def test_a_one_row_table_of_values_is_not_a_form():
    assert label_columns(Table(header=("Date of birth", "9 February 1986"), rows=())) == [0]
    assert label_columns(Table(header=("Kerry Marsh", "Leeds"), rows=())) == []
    assert label_columns(Table(header=("Date of birth", ""), rows=())) == []  # no value


def test_a_blank_form_template_is_nobodys_form():
    labels = ["Participant name", "National Insurance number", "Employer", "Job start date",
              "Hours per week", "Signature"]  # fmt: skip
    template = _docx([(label, "") for label in labels], intro="UCNEA1 - notification (TEMPLATE)")
    s = _message("The current template, for your files.", attach=("UCNEA1.docx", template))
    assert s.data_subjects == 0, s.people_evidence
    assert not [k for k in s.doc_kinds if k.kind == DocKind.UCNEA1]
    assert not [f for f in s.findings if f.category == Category.PERSON_NAME]
    # The same form filled in is one person's UCNEA1.
    filled = _docx(
        [("Participant name", "Carys Pugh"), ("Employer", "Tŷ Coffi Ltd"),
         ("Job start date", "12/01/2027")],
        intro="UCNEA1 - notification",
    )  # fmt: skip
    s = _message("One UCNEA1 attached.", attach=("UCNEA1.docx", filled))
    assert [k.kind for k in s.doc_kinds] == [DocKind.UCNEA1] and s.data_subjects == 1


def test_a_forwarded_message_titled_as_its_attached_form_is_one_record():
    # A nested message whose subject names the form attached to it is that one form,
    # not a second record beside it.
    filled = _docx(
        [("Participant name", "Owain Rhys"), ("Employer", "Menai Print Ltd"),
         ("Job start date", "03/02/2027")],
        intro="UCNEA1 - notification",
    )  # fmt: skip
    inner = EmailMessage()
    inner["Subject"] = "UCNEA1 - notification"
    inner["From"] = "Work Coach <coach@dwp.example>"
    inner["To"] = SENDER
    inner.set_content("Record attached.")
    inner.add_attachment(
        filled,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="UCNEA1.docx",
    )
    outer = EmailMessage()
    outer["Subject"] = "Fwd: UCNEA1 - notification"
    outer["From"] = SENDER
    outer["To"] = RCPT
    outer.set_content("Forwarding as discussed.")
    outer.add_attachment(inner)
    s = analyse(bytes(outer), SENDER, [RCPT])
    assert [k.kind for k in s.doc_kinds] == [DocKind.UCNEA1], s.doc_kinds
    assert s.data_subjects == 1


def test_cells_repeated_down_a_column_keep_their_rows():
    # A list's cells are read once per (column header, text); every finding still
    # says the row it is in.
    rows = [("Ann Lee", "07700 900418", "Yes"), ("Raj Patel", "07700 900512", "Yes"),
            ("Mo Farah", "07700 900418", "Yes")]  # fmt: skip
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    html = f"<table><tr><th>Name</th><th>Mobile</th><th>Consent</th></tr>{cells}</table>"
    scan = _message("Contact list below.", html=html)
    phones = {f.masked: f.location for f in scan.findings if f.category is Category.PHONE}
    assert len(phones) == 2
    assert sorted(loc.rsplit("›", 1)[-1].strip() for loc in phones.values()) == ["row 2", "row 3"]


def _iban(bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + "GB00")
    return f"GB{98 - int(digits) % 97:02d}{bban}"


def test_a_table_paying_the_people_it_names_is_not_a_business_directory():
    # "Name | Business | Pay to IBAN": sole traders' grants, each the holder's own account.
    head = "<tr><th>Name</th><th>Business</th><th>Amount</th><th>Pay to IBAN</th></tr>"
    row = f"<tr><td>Bethan Edwards</td><td>Edwards Valeting</td><td>£500.00</td><td>{_iban('XXKW98062493686157')}</td></tr>"  # noqa: E501
    scan = _message("Grant payment details below.", html=f"<table>{head}{row}</table>")
    assert Category.BANK in _cats(scan)
    # A directory of business contacts keeps its numbers the businesses' own.
    contacts = "<tr><th>Name</th><th>Business</th><th>Mobile</th></tr><tr><td>Jo Lee</td><td>Lee Cars</td><td>07700 900418</td></tr>"  # noqa: E501
    assert Category.PHONE not in _cats(_message("Contacts.", html=f"<table>{contacts}</table>"))


def test_a_template_of_bracketed_fields_is_nobodys_letter_or_form():
    # A mail-merge letter: salutation and every table value a field still to fill.
    d = docx.Document()
    lines = ["Subject access request - acknowledgement", "[Date]", "[Full name]",
             "[Address line 1]", "Dear [Title] [Surname],",
             "Thank you for your request, which we received on [date received].",
             "Please confirm the details below.", "Yours sincerely", "[Officer name]"]  # fmt: skip
    for line in lines:
        d.add_paragraph(line)
    t = d.add_table(rows=3, cols=2)
    for i, (a, b) in enumerate(
        [("Full name", "[                ]"), ("Date of birth", "[dd/mm/yyyy]"),
         ("National Insurance number", "<NI number>")]
    ):  # fmt: skip
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    buf = io.BytesIO()
    d.save(buf)
    s = _message("The new template is attached.", attach=("SAR_template.docx", buf.getvalue()))
    assert s.data_subjects == 0, s.people_evidence
    assert not s.doc_kinds, s.doc_kinds
    # The same letter sent to someone is one person's letter.
    d.paragraphs[4].text = "Dear Ms Hollis,"
    d.tables[0].cell(0, 1).text = "Bethan Hollis"
    buf = io.BytesIO()
    d.save(buf)
    s = _message("Letter attached.", attach=("SAR_letter.docx", buf.getvalue()))
    assert [k.kind for k in s.doc_kinds] == [DocKind.LETTER_OTHER] and s.data_subjects == 1
