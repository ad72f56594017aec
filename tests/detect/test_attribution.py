"""Attribution: a special-category word in boilerplate, a generic text, a negation or a
hypothetical is about nobody; the same word said of a person is about someone."""

from __future__ import annotations

import pytest

from detectors import attribution, people
from detectors.attribution import Attribution

from .helpers import attachment, body


def reason(
    text: str, term: str, in_document: bool = False, names=(), evidence: bool = False
) -> str | None:
    start = text.index(term)
    att = Attribution(text, in_document, names, evidence=evidence)
    return att.nobody_reason(start, start + len(term))


DISCLAIMER_BODY = (
    "Hi Priya,\n\nThe jobs fair is on Thursday from 10 until 2, stands are free.\n\n"
    "Kind regards\nOwen Maddox\nEmployer Engagement Lead\n\n"
    "This email and any attachments are confidential and intended solely for the "
    "addressee. It may contain special category data such as health information or "
    "details of criminal convictions. If you have received it in error please delete it.\n"
)


@pytest.mark.parametrize("term", ["health information", "criminal convictions"])
def test_disclaimer_words_are_about_nobody(term: str) -> None:
    assert reason(DISCLAIMER_BODY, term) == "disclaimer"


def test_signature_block_is_about_nobody() -> None:
    body = (
        "Hello,\n\nRoom 4 is booked for the induction.\n\nThanks,\nLeah Cornwell\n"
        "Mental Health First Aider | Wellbeing Champion\n0113 496 0123\n"
    )
    assert reason(body, "Mental Health") == "signature"


def test_signature_ends_where_a_quoted_message_starts() -> None:
    body = (
        "See below.\n\nRegards\nTomasz\n\n-----Original Message-----\nFrom: Hall, Jo\n"
        "Sent: 3 March\n\nHis probation officer says he is on licence until May.\n"
    )
    assert reason(body, "on licence") is None


def test_a_newsletter_that_names_nobody_is_general() -> None:
    text = (
        "MAY BULLETIN\n\nOur new wellbeing hub offers sessions on anxiety, depression and "
        "alcohol dependency for participants. Ramadan starts this month and the team has "
        "guidance on fasting at work.\n"
    )
    assert reason(text, "depression") == "general"
    assert reason(text, "alcohol dependency") == "general"


def test_the_same_words_said_of_a_person_count() -> None:
    text = (
        "Hi Sam,\n\nQuick update on Jordan: he has been signed off with depression since "
        "March and his GP has changed his medication.\n"
    )
    assert reason(text, "depression") is None


def test_a_later_sentence_about_the_same_person_counts() -> None:
    text = "Update on my client.\n\nReleased in January. The conviction was for burglary.\n"
    assert reason(text, "conviction") is None


def test_a_record_field_counts() -> None:
    # The referral's person is named elsewhere in the mail (its subject, say).
    text = "Referral summary\nHealth conditions: type 2 diabetes, uses a walking stick\n"
    assert reason(text, "type 2 diabetes", evidence=True) is None


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("She has no criminal record and can start Monday.", "criminal record"),
        ("He has never had a conviction.", "conviction"),
        ("Participant reports no history of depression.", "depression"),
    ],
)
def test_denials_are_about_nobody(text: str, term: str) -> None:
    assert reason(text, term) == "negated"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("She cannot work full time because of her depression.", "depression"),
        ("He does not want the employer to know about his conviction.", "conviction"),
        ("No change: he is still using heroin most days.", "heroin"),
    ],
)
def test_a_negation_of_something_else_does_not_hide_the_finding(text: str, term: str) -> None:
    assert reason(text, term) is None


def test_hypotheticals_addressed_to_anyone_are_about_nobody() -> None:
    text = "If you have a health condition or disability, tell us and we will adjust the test."
    assert reason(text, "health condition") == "hypothetical"


def test_a_conditional_about_a_person_still_counts() -> None:
    text = "If he stops taking his lithium his bipolar gets worse quickly."
    assert reason(text, "bipolar") is None


def test_first_person_counts_in_a_document_not_in_a_staff_body() -> None:
    text = "Personal statement\nI have managed epilepsy since my teens and drive a forklift.\n"
    assert reason(text, "epilepsy", in_document=True) is None
    assert reason(text, "epilepsy", in_document=False) == "general"


def test_a_named_person_counts_without_a_pronoun() -> None:
    text = "Appointment notes\n\nAsthma flare up last week, Kiera Dunn rescheduled twice.\n"
    assert reason(text, "Asthma", names=("Kiera Dunn",)) is None


def test_first_person_in_quoted_mail_below_a_body_counts() -> None:
    text = (
        "Forwarding for your notes.\n\nOn Tue, 3 Mar 2026, Dale Price wrote:\n"
        "> I have been struggling with panic attacks again and missed the session.\n"
    )
    assert reason(text, "panic attacks") is None
    own = "I have a hospital appointment at 2, back by 4."
    assert reason(own, "hospital") == "the sender's own"


def test_a_disclaimer_run_on_after_the_message_covers_only_itself() -> None:
    # HTML bodies and pasted text often come with no blank lines at all.
    text = (
        "Hi Ana, / Re Callum Stott - he was diagnosed with epilepsy in the spring. "
        "Thanks, Ana. This message is confidential and may contain special category data "
        "such as health information.".replace(" / ", "\n")
    )
    assert reason(text, "epilepsy") is None
    assert reason(text, "health information") == "disclaimer"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Do you have any unspent criminal convictions?   No\n", "criminal convictions"),
        ("Health condition or disability\tNone\n", "disability"),
        ("Substance misuse: No - none declared\n", "Substance misuse"),
    ],
)
def test_a_form_question_answered_no_is_about_nobody(text: str, term: str) -> None:
    assert reason(text, term, in_document=True) == "negated"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Any criminal convictions?  Yes - one for theft in 2018\n", "criminal convictions"),
        ("Health condition or disability\tDiabetes (type 1)\n", "disability"),
        ("Mentioned his convictions: no idea how many\n", "convictions"),
    ],
)
def test_a_form_question_answered_otherwise_counts(text: str, term: str) -> None:
    assert reason(text, term, in_document=True, evidence=True) is None


def test_in_a_table_only_a_question_answered_no_is_about_nobody() -> None:
    from detectors.attribution import attribute
    from detectors.model import Category, Chunk, Finding, Table

    def finding(term: str, location: str) -> Finding:
        return Finding(Category.HEALTH, location, f'term "{term}"', 0.9, "health term list", term)

    table = Table(("Name", "Ruth Evans"), (("Health condition or disability", "No"),
                                           ("Medication", "Insulin, twice a day")))  # fmt: skip
    chunk = Chunk('attachment "form.docx" › table 1', "", "attachment", table=table)
    name = Finding(Category.PERSON_NAME, f"{chunk.location} › row 1", "R••• E••••", 0.8, "", "n")
    marked = attribute([chunk], [finding("disability", chunk.location),
                                 finding("medication", chunk.location), name], ())  # fmt: skip
    assert [f.about_nobody for f in marked] == ["negated", "", ""]


def test_a_table_with_nobody_in_it_is_about_nobody() -> None:
    from detectors.attribution import attribute
    from detectors.model import Category, Chunk, Finding, Table

    # An aggregate sheet: categories and counts, no names, identifiers or contacts.
    table = Table(("Barrier", "Starts", "%"), (("Mental health", "41", "22"),
                                              ("Disability", "37", "19")))  # fmt: skip
    chunk = Chunk('attachment "mi.xlsx" › sheet "Summary"', "", "attachment", table=table)
    f = Finding(Category.MENTAL_HEALTH, chunk.location, 'term "mental health"', 0.9, "", "m")
    assert attribute([chunk], [f], ())[0].about_nobody == "no one in the table"
    # The same words in a table of people are about them.
    people = Table(("Name", "Barrier"), (("Ruth Evans", "Mental health"),))
    chunk = Chunk('attachment "list.xlsx" › sheet "Caseload"', "", "attachment", table=people)
    f = Finding(Category.MENTAL_HEALTH, chunk.location, 'term "mental health"', 0.9, "", "m")
    assert attribute([chunk], [f], ())[0].about_nobody == ""


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Care Assistant, 2019-2024\n- Administering medication and keeping MAR charts\n",
         "medication"),
        ("Supported residents with dementia and Parkinson's at mealtimes.\n", "dementia"),
        ("Key worker for young people with substance misuse issues.\n", "substance misuse"),
    ],
)  # fmt: skip
def test_duties_in_a_cv_are_not_its_owners_conditions(text: str, term: str) -> None:
    assert reason("Personal profile\nI am a caring person.\n" + text, term, True) == "duties"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I manage my epilepsy with medication and have been seizure-free for years.",
         "epilepsy"),
        ("Support worker notes: helping him with his depression day to day.", "depression"),
    ],
)  # fmt: skip
def test_ones_own_condition_beside_a_duty_word_counts(text: str, term: str) -> None:
    assert reason(text, term, in_document=True) is None


def test_a_condition_said_to_its_reader_counts_unless_hypothetical() -> None:
    said = "Hi Rob,\n\nHope the physio on your back is helping, shout if the pain's bad.\n"
    assert reason(said, "physio") is None
    generic = "If your health condition affects your work, tell your adviser.\n"
    assert reason(generic, "health condition") == "hypothetical"


def test_you_in_a_mail_greeting_one_person_is_that_person() -> None:
    told = "Hi Jamal,\n\nGood that you could talk to me about the gambling and the drinking.\n"
    assert reason(told, "the drinking") is None
    to_all = "Hi all,\n\nYou can come along on Friday and ask about the drinking and its risks.\n"
    assert reason(to_all, "the drinking") == "general"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The warehouse will take applicants with unspent convictions.", "unspent convictions"),
        ("Our drop-in is open to people in recovery from addiction.", "addiction"),
        ("The grant is for young people affected by mental health issues.", "mental health"),
    ],
)
def test_a_condition_said_of_a_group_is_about_nobody(text: str, term: str) -> None:
    assert reason(f"Hello Sam,\n\n{text}\n", term) == "hypothetical"


def test_a_group_phrase_beside_a_named_person_still_counts() -> None:
    text = "Hello Sam,\n\nDanny Ward has unspent convictions; the site takes people with them.\n"
    assert reason(text, "unspent convictions", names=("danny ward",)) is None


def test_prose_under_a_heading_label_is_not_a_record_field() -> None:
    text = (
        "Thanks, see you Tuesday.\n\nWELLBEING: Our line is open weekdays. If anyone is "
        "struggling with self-harm or suicidal thoughts, please call the Samaritans.\n"
    )
    assert reason(text, "self-harm") is not None
    record = "Name: Dean Cole\nMental health: self-harm history, under CMHT\n"
    assert reason(record, "self-harm", in_document=True, evidence=True) is None


def test_a_text_that_ends_on_its_sign_off_has_a_signature_zone() -> None:
    from detectors.attribution import zones

    z = zones("Hi Jo,\n\nSee you then.\n\nThanks", is_body=True)
    assert z.signatures and z.signatures[-1][1] == len("Hi Jo,\n\nSee you then.\n\nThanks")


def test_the_senders_own_condition_in_a_body_is_about_nobody_claimant() -> None:
    own = "Hi Dot,\n\nJust so you know I'm off from Monday for my knee operation.\n"
    assert reason(own, "knee operation") == "the sender's own"
    client = "Hi Dot,\n\nMy client has depression and asked for a later start.\n"
    assert reason(client, "depression") is None


def test_a_question_wrapped_over_lines_answered_no_below_it() -> None:
    form = (
        "Do you have a disability or health\ncondition we should know about for the\n"
        "interview?\nNo\nWhy this job? I like people.\n"
    )
    assert reason(form, "disability", in_document=True) == "negated"
    answered = form.replace("interview?\nNo", "interview?\nYes, asthma")
    assert reason(answered, "disability", in_document=True) is None


# --- statistics, lists of categories, scenarios, "any participant with" -----------------


def test_a_share_of_a_caseload_is_a_statistic() -> None:
    text = (
        "Hi Marek,\n\nQuarter three in brief: anxiety is still the barrier most often "
        "reported (41%), then housing (17%).\n"
    )
    assert reason(text, "anxiety") == "aggregate"


def test_a_survey_row_wrapped_over_lines_is_a_statistic() -> None:
    page = (
        "Learner feedback, spring term (anonymised)\nStatement Yes No n\n"
        "Staff were patient about my\ndepression\n77% 23% 212\n"
    )
    assert reason(page, "depression", in_document=True) == "aggregate"


def test_a_percentage_said_of_a_named_person_still_counts() -> None:
    text = "Hi Marek,\n\nHe has been back at work 50% of his hours since his stroke.\n"
    assert reason(text, "stroke") is None


def test_a_sentence_that_lists_the_categories_is_about_nobody() -> None:
    text = (
        "Team reminder\n\nNothing from this list goes out unencrypted, ever - medical "
        "history, drug or alcohol use, past convictions, faith, ethnic origin.\n"
    )
    r = Attribution(text, False)
    start = text.index("past convictions")
    assert r.nobody_reason(start, start + 16, categories_listed=4) == "a list of categories"


def test_a_made_up_person_in_a_training_scenario_is_about_nobody() -> None:
    page = (
        "Workshop cards\nCard 2: an invented learner, 'Robin' (fictional), was on licence "
        "until last spring and wants to know what to tell a new employer.\n"
    )
    assert reason(page, "on licence", in_document=True) == "hypothetical"


@pytest.mark.parametrize(
    "sentence",
    [
        "For practice, imagine a learner says she was on licence until March.",
        "Suppose someone tells you he was on licence last year: what do you say?",
    ],
)
def test_a_scenario_set_up_for_practice_is_about_nobody(sentence) -> None:
    assert reason(f"Hi Sam,\n\n{sentence}\n", "on licence", names=("sam",)) == "hypothetical"


def test_imagining_is_not_a_scenario_when_a_person_is_named() -> None:
    text = "Hi Sam,\n\nI can't imagine how hard it was for Ravi Khan on licence all year.\n"
    assert reason(text, "on licence", names=("sam", "ravi khan")) is None


def test_an_offer_open_to_any_participant_with_a_condition_is_hypothetical() -> None:
    text = (
        "Hello,\n\nThe advice desk is open to any Restart participant with a long-term "
        "condition or a disability, Tuesdays 10-12.\n"
    )
    assert reason(text, "disability") == "hypothetical"


def test_a_rate_table_line_is_not_a_field_of_anyones_record() -> None:
    text = "Rates from April\n\nPension Credit guarantee (single): £227.10 a week\n"
    assert reason(text, "Pension Credit") == "general"
    # The same line in a record that names its person is that person's.
    record = "Customer: Lena Moss\nPension Credit guarantee (single): £227.10 a week\n"
    assert reason(record, "Pension Credit", names=("lena moss",)) is None
    with_evidence = Attribution(text, False, evidence=True)
    start = text.index("Pension Credit")
    assert with_evidence.nobody_reason(start, start + 14) is None


def test_care_duties_under_a_post_in_a_cvs_work_history_are_about_nobody() -> None:
    cv = (
        "Work history\nHealthcare Assistant, Larchfield Nursing Home (2018-2022)\n"
        "  medication rounds, personal care, pressure-area checks\n"
    )
    assert reason(cv, "personal care", in_document=True) == "duties"
    own = "Work history\nWarehouse picker (2018-2022)\n  left after my depression came back\n"
    assert reason(own, "depression", in_document=True) is None


def test_a_patient_under_a_clinicians_care_is_not_a_duty() -> None:
    letter = "Re: Ffion Hale\n\nShe has been under my care for anxiety since the spring.\n"
    assert reason(letter, "anxiety", in_document=True, names=("ffion hale",)) is None


def test_what_a_course_covers_is_about_nobody() -> None:
    text = (
        "Hi both,\n\nRefresher on the 9th.\nCovers: recognising signs of psychosis, "
        "suicide awareness and boundaries.\n\nVenue: Unit 2, Hafod Road, Wrexham LL13 9QS\n"
    )
    # A venue's postcode is no one's record: the field line is not about a person.
    assert reason(text, "psychosis") == "general"


def test_a_question_whose_last_wrapped_line_holds_the_term_is_answered_below() -> None:
    form = "Do you consider yourself to have a\ndisability?\nNo\nAvailability: now\n"
    assert reason(form, "disability", in_document=True, evidence=True) == "negated"
    yes = "Full name Bryn Jones\nDo you consider yourself to have a\ndisability?\nYes - arthritis\n"
    assert reason(yes, "disability", in_document=True, names=("bryn jones",)) is None


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Hi Sam,\n\nMental Health Awareness Week starts on Monday.\n", "Mental Health"),
        ("Hi Sam,\n\nRamadan begins next week; the kitchen stays open.\n", "Ramadan"),
        ("Hi Sam,\n\nThe surgery for people on probation is on Fridays.\n", "probation"),
        (
            "Hi Sam,\n\nTopics: county lines, substance misuse and safeguarding.\n",
            "substance misuse",
        ),
    ],
)
def test_campaigns_seasons_and_course_topics_are_about_nobody(text, term) -> None:
    assert reason(text, term, names=("sam",)) is not None


def test_a_named_persons_case_on_an_mdt_agenda_still_counts() -> None:
    text = "Agenda: Cerys Bowen - her drinking is up again; refer to the alcohol service?\n"
    assert reason(text, "alcohol service", names=("cerys bowen",)) is None


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("People in recovery from alcohol are welcome at the Tuesday club.", "alcohol"),
        ("We are recruiting people with convictions for the warehouse.", "convictions"),
        ("No one is refused a place because of a criminal record.", "criminal record"),
        ("Employers: when to ask about convictions, and how.", "convictions"),
        ("The scheme supports prison leavers into work.", "prison"),
    ],
)
def test_a_statement_about_a_kind_of_people_is_about_nobody(sentence, term) -> None:
    # The mail names someone elsewhere (an employer contact): the sentence is still general.
    text = f"Hi Priya,\n\nThanks for meeting Sam Fox yesterday.\n\n{sentence}\n\nTom\n"
    assert reason(text, term, names=("sam fox",)) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "He is one of the people in recovery from alcohol on our caseload.",
        "Sam Fox told me that nobody knows about his conviction.",
        "Employers: Sam Fox has told them about his convictions.",
    ],
)
def test_a_group_sentence_that_points_at_someone_is_not(sentence) -> None:
    text = f"Hi Priya,\n\nThanks for meeting Sam Fox yesterday.\n\n{sentence}\n\nTom\n"
    term = next(t for t in ("convictions", "conviction", "alcohol") if t in sentence)
    assert reason(text, term, names=("sam fox",)) is None


def test_a_first_name_of_someone_the_mail_names_points_at_them() -> None:
    # "Bryn" is the first name of the person the attached record names.
    text = "Hi Priya,\n\nThe form is attached. Since March Bryn has been sectioned twice.\n\nTom\n"
    assert reason(text, "sectioned", names=("bryn morgan",)) is None
    assert reason(text.replace("Bryn", "someone"), "sectioned", names=("bryn morgan",))


def test_a_welsh_legal_footer_is_boilerplate() -> None:
    text = (
        "Diolch,\nTom\n\nMae Afon Gwaith yn elusen gofrestredig (rhif 1234567); rydym yn "
        "cefnogi pobl ag iechyd meddwl. | Afon Gwaith is a registered charity.\n"
    )
    assert any(s <= text.index("elusen") < e for s, e in attribution.legal_footers(text))


POLICY_TEXT = (
    "Safeguarding procedure v3\n\nStaff may learn that a participant is on licence, has a "
    "history of self-harm or is in recovery from heroin. Record it only in the case file and "
    "tell the safeguarding lead the same day.\n"
)


def _special_about_someone(scan) -> set[str]:
    special = {"criminal_record", "mental_health", "substance_misuse"}
    return {
        f.category.value for f in scan.findings if f.category.value in special and f.about_someone
    }


def test_an_attached_policy_that_names_no_one_is_about_nobody(run) -> None:
    cover = body("Hi Priya,\n\nThe updated procedure is attached for your team.\n\nTom")
    scan = run(cover, attachment("procedure.docx", POLICY_TEXT))
    assert _special_about_someone(scan) == set()
    assert any(f.about_nobody == "no one in the document" for f in scan.findings)


def test_an_attachment_that_names_its_person_or_points_at_one_the_mail_names_is_not(run) -> None:
    cover = body("Hi Priya,\n\nThe updated procedure is attached for your team.\n\nTom")
    named = attachment("notes.docx", "Case notes: Idris Lake\n\n" + POLICY_TEXT)
    assert _special_about_someone(run(cover, named))
    # The body names the person; the file says "he" without naming him.
    cover = body("Hi Priya,\n\nNotes on Idris Lake attached, as agreed.\n\nTom")
    notes = attachment("notes.docx", "He has been on licence since May and is in recovery.\n")
    assert _special_about_someone(run(cover, notes))


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Bill Hart is keen on the first aid course but mentioned the epilepsy.", "epilepsy"),
        ("Helping out at the food bank is fine; his asthma is the worry.", "his asthma"),
    ],
)
def test_work_words_before_a_persons_own_condition_are_not_duties(text, term) -> None:
    assert reason(f"Hi Priya,\n\n{text}\n\nTom\n", term, names=("bill hart",)) is None


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Support plan - Effie Ross\nGoal  Steps\nCope with anxiety on the bus  Short trips",
            "anxiety",
        ),
        ("The intake assessment records a history of self-harm in 2024.", "self-harm"),
    ],
)
def test_a_record_about_a_person_is_not_a_description_of_duties(text, term) -> None:
    # "Support plan" and "the assessment records" name a record, not work done for others.
    assert reason(text, term, in_document=True, names=("effie ross",)) != "duties"
    assert reason("Support worker: administering medication and " + term, term) == "duties"


def test_a_titled_name_in_a_table_cell_is_a_person_unless_its_column_is_a_role(run) -> None:
    from detectors.model import Chunk, Table

    findings = Table(("Case", "Note"), (("Mrs K. Rigg (PN-40213)", "History of self-harm"),))
    where = "body (html) › table 1"
    scan = run(Chunk(where, "", "body", table=findings))
    assert scan.data_subjects == 1
    assert any(f.category.value == "mental_health" and f.about_someone for f in scan.findings)
    rota = Table(("Adviser", "Mon", "Tue"), (("Mr Alan Rigg", "Penrith", "Keswick"),))
    assert run(Chunk(where, "", "body", table=rota)).data_subjects == 0


def test_a_question_a_leaflet_asks_anyone_is_about_nobody() -> None:
    text = (
        "Hi\n\nPoster text for the hub: 'Struggling with your gambling or your anxiety? "
        "Drop in any Friday.'\n\nSam\n"
    )
    assert reason(text, "anxiety") == "hypothetical"
    # Asked of the one person the mail greets about what they said, it is theirs.
    told = "Hi Rob,\n\nThanks for telling me about your anxiety. We can take it slowly.\n\nSam\n"
    assert reason(told, "anxiety") is None


FOOTER_MESSAGE = (
    "Hi Sam,\n\nThe partner forum is on the 14th in the Bolton boardroom.\n\n"
    "Speak soon,\n\nRhian\n\n{rule}"
    "{label}Our advisers help people with their claims. Universal Credit payments and "
    "sanctions are decided by DWP, not by us. We work with probation and substance misuse "
    "services. This message is confidential and intended only for the addressee.\n\n"
    "Wellbeing: counselling for anxiety is free to staff. Views expressed are the sender's own.\n"
)


@pytest.mark.parametrize(
    ("rule", "label"),
    [("____________________\n", ""), ("", "DISCLAIMER: "), ("", "Confidentiality notice - ")],
)
def test_a_footer_paragraph_is_boilerplate_from_its_first_word(rule, label):
    # A footer under a rule line or a notice label: its sentences before the legal cue
    # are the footer's too, and so is the paragraph after it.
    text = FOOTER_MESSAGE.format(rule=rule, label=label)
    for term in ("probation", "substance misuse", "anxiety"):
        assert reason(text, term) == "disclaimer", term


def test_without_a_rule_or_a_label_only_the_cue_sentence_on_is_a_disclaimer():
    text = FOOTER_MESSAGE.format(rule="", label="")
    assert reason(text, "probation", names=("dean howe",)) is None
    assert reason(text, "anxiety", names=("dean howe",)) == "disclaimer"  # the next paragraph


def test_a_pronoun_declaration_refers_to_no_one():
    invite = (
        "Hi everyone,\n\nCourse: safeguarding refresher. Content includes MAPPA basics.\n\n"
        "Jo Walsh\nLearning Partner\nPronouns: she/her\n"
    )
    assert not attribution.refers_to_person("Pronouns: she/her. Or he/him, his/her.", False)
    assert reason(invite, "MAPPA") == "general"


def test_a_signature_block_without_a_closing_is_found_by_its_shape():
    text = (
        "Supply chain bulletin\n\nPride month: the LGBTQ+ staff network welcomes colleagues.\n\n"
        "Adam Barrett\nInternal Communications Officer | Communications\n"
        "North Star Employment Partnership\nT: 0161 496 0850\n"
    )
    starts = [(text[s:e].split("\n")[0], name) for s, e, name in people.shaped_signatures(text)]
    assert starts == [("Adam Barrett", "Adam Barrett")]
    assert "adam barrett" in people.signature_names(text)
    # A name with its job in a list of candidates, no contact or organisation line: not one.
    listing = "Shortlist:\n\nKelly Brown\nWarehouse Operative, 3 years\n\nNext steps below.\n"
    assert people.shaped_signatures(listing) == ()


def test_a_document_laid_out_as_a_list_of_people_is_about_them():
    rows = ["PriceD UC GBP 412.10", "OwenM UC GBP 388.00", "HughesT UC GBP 610.45"]
    listing = "Caseload\nSurname Initial Benefit (monthly)\n" + "\n".join(rows) + "\n"
    assert attribution.people_list_text(listing)
    assert reason(listing, "UC GBP 412.10", in_document=True) is None
    # A blank form's labels, one to a line, are no list of anyone.
    form = "Application form\nFull name\nAddress\nPostcode\nTelephone\nAny health condition?\n"
    assert not attribution.people_list_text(form)
    blanks = "Claim form\nFull name: ________\nDate of birth: __/__/____\nNI number: ______\n"
    assert not attribution.people_list_text(blanks + "Sort code: __-__-__  Account: ____\n")
    assert reason(form, "health condition", in_document=True) == "general"


def test_a_notice_label_on_its_own_line_opens_the_footer_without_a_blank_line():
    # HTML paragraphs come out one to a line, with no blank line between them.
    text = (
        "Hi Sam\nThanks for hosting the open day.\nRhian\nCommunications Officer\n"
        "DISCLAIMER: We work with probation services. Views expressed are the sender's own.\n"
    )
    assert reason(text, "probation") == "disclaimer"
    assert attribution._notice_line(text, 0, len(text)) == text.index("DISCLAIMER")


def test_a_share_of_people_that_reported_a_condition_is_a_statistic() -> None:
    text = "Spring intake update: 41% of the cohort reported panic attacks at enrolment.\n"
    assert reason(text, "panic attacks") == "aggregate"
    # A bare percentage in someone's record is not a statistic about a population.
    record = "Gareth Lowe: attendance 55%, missed sessions with panic attacks.\n"
    assert reason(record, "panic attacks", names=("gareth lowe",), evidence=True) is None


def test_a_question_about_a_kind_of_person_is_put_to_anyone() -> None:
    text = (
        "Ruth Beck starts at the depot on Monday.\n\n"
        "Managing a colleague with bipolar disorder? Our free guide explains adjustments.\n"
    )
    assert reason(text, "bipolar disorder", names=("ruth beck",)) == "hypothetical"
    named = "Could Aled Price, a participant with bipolar disorder, start on Monday?\n"
    assert reason(named, "bipolar disorder", names=("aled price",)) is None


def test_what_an_organisation_holds_data_on_is_no_ones_detail() -> None:
    text = (
        "Ruth Beck starts at the depot on Monday.\n\n"
        "We only collect information about ethnicity through the anonymous survey.\n"
    )
    assert reason(text, "ethnicity", names=("ruth beck",)) == "general"
    theirs = "We collect information about his ethnicity for the monitoring form.\n"
    assert reason(theirs, "ethnicity") is None


def test_an_amount_for_a_kind_of_claimant_is_a_published_rate() -> None:
    text = (
        "Ruth Beck asked about carers' benefits.\n\n"
        "Carer's Allowance is £83.30 a week for an adult caring 35 hours or more.\n"
    )
    assert reason(text, "Carer's Allowance is £83.30", names=("ruth beck",)) == "general"
    hers = "Carer's Allowance is £83.30 a week for her, paid on Mondays.\n"
    assert reason(hers, "Carer's Allowance is £83.30") is None


def test_a_talk_about_a_subject_is_general_but_talking_about_someones_is_not() -> None:
    # "your" talk is the reader's talk, not the reader's membership
    text = "Hi Dave,\n\nThank you for your talk at our job club about trade union membership.\n"
    assert reason(text, "trade union membership") == "general"
    verb = "Review with Wendy Mason. The nurse will join to talk about managing the psychosis.\n"
    assert reason(verb, "psychosis", names=("wendy mason",)) is None


def test_a_composite_story_is_about_no_real_person() -> None:
    text = (
        "Ruth Beck starts at the depot on Monday.\n\n"
        "For the leaflet, a composite story: 'A man in his fifties who lived with "
        "agoraphobia and now drives for a bakery.'\n"
    )
    assert reason(text, "agoraphobia", names=("ruth beck",)) == "hypothetical"
    real = text.replace("a composite story", "Ruth's own story")
    assert reason(real, "agoraphobia", names=("ruth beck",)) is None


@pytest.mark.parametrize(
    "line",
    [
        "'Sam Hughes' (not their real name) struggled with depression before joining us.",
        "Sam Hughes (names have been changed) struggled with depression before joining us.",
    ],
)
def test_a_pseudonymised_person_in_a_case_study_is_nobody_identifiable(run, line):
    s = run(body(f"Hi Priya,\n\nThe newsletter story:\n{line}\n\nTom"))
    assert "mental_health" not in {f.category.value for f in s.findings if f.about_someone}
    named = run(body("Hi Priya,\n\nSam Whitlock struggled with depression before joining.\n\nTom"))
    assert "mental_health" in {f.category.value for f in named.findings if f.about_someone}


@pytest.mark.parametrize(
    "text", ["After a near miss last month, fit notes go by the portal.",
             "Please do not miss the deadline for fit notes."],
)  # fmt: skip
def test_miss_is_a_title_only_before_a_name(text: str) -> None:
    assert not attribution.refers_to_person(text, False)
    assert attribution.refers_to_person("Miss Okafor brought her fit note.", False)


def test_a_scenario_introduced_as_no_real_person_is_about_nobody() -> None:
    text = (
        "Hi both,\n\nFor Friday's session, the case study (details changed, no real "
        'person):\n\n"A man in his forties with a history of alcohol misuse wants to '
        'drive again. What would you do?"\n\nThanks\n'
    )
    assert reason(text, "alcohol misuse") == "hypothetical"
    anonymised = text.replace("(details changed, no real person)", "we anonymised")
    assert reason(anonymised, "alcohol misuse") == "anonymised"
    # Said of someone the message names, the same words count.
    named = "Hi both,\n\nKieran Shaw has a history of alcohol misuse.\n"
    assert reason(named, "alcohol misuse", names=("kieran shaw",)) is None
