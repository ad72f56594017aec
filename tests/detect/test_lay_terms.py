"""Lay words for health and drinking: each fires when said about a person the message
names, and not when the same words stand in a disclaimer or a bulletin about nobody."""

from __future__ import annotations

import pytest

from detectors.model import Category

from .helpers import body

LAY = {
    Category.HEALTH: [
        "hip replacement", "knee replacement", "joint replacement", "walking stick",
        "hearing aid", "crutches", "recovering from surgery", "recovering from an operation",
        "had an operation", "had surgery", "bad back", "slipped disc", "sciatica", "long covid",
        "migraines", "high blood pressure", "the physio", "back injury", "on light duties",
        "personal care", "care package", "metformin", "insulin", "levothyroxine", "gabapentin",
        "pregabalin", "tramadol", "morphine", "warfarin", "an inhaler", "an epipen",
        "a knee operation", "a hip operation", "a back operation", "a shoulder operation",
        "an eye operation", "a heart operation", "the surgeon", "being profoundly deaf",
        "being hard of hearing", "a bsl interpreter", "being partially sighted",
        "being registered blind", "being Deaf", "being a BSL user", "being a wheelchair user",
        "how he uses a wheelchair",
        "a seizure last week", "his blood sugar", "his sugar levels", "testing his sugars",
        "having a hypo", "that he had covid",
        "his sickle cell", "his sickle cell anaemia", "his sickle cell crisis", "his lupus",
        "his endometriosis", "his psoriasis", "his coeliac disease", "his coeliac",
        "his irritable bowel syndrome", "his IBS", "his ulcerative colitis", "his colitis",
        "his kidney disease", "his kidney failure", "being on dialysis", "his angina",
        "his heart failure", "his pacemaker", "his emphysema", "his cystic fibrosis",
        "his spina bifida", "his muscular dystrophy", "his motor neurone disease",
        "his Parkinson's", "his osteoporosis", "being an amputee", "his prosthetic leg",
        "his thalassaemia", "his anaemia", "his tinnitus", "his glaucoma", "his cataracts",
        "his leukaemia", "his lymphoma", "his brain tumour", "being in remission", "his scoliosis",
        "his hernia", "his gout", "his sleep apnoea", "his narcolepsy", "his Tourette's",
        "his stammer", "his MS relapse", "his MS flare", "his hysterectomy", "his mastectomy",
        "his kidney transplant", "his type 1 diabetes", "his type 2 diabetes",
    ],
    Category.RELIGION: [
        "being a Methodist", "his Baptist church", "being Anglican", "being a Quaker",
        "his Pentecostal church", "being a lay preacher", "that he leads worship",
        "that he attends the gurdwara", "his fasting for Ramadan", "that he observes Ramadan",
        "being a Seventh-day Adventist", "being Mormon", "his Rastafarian faith",
        "being Greek Orthodox", "being Orthodox Jewish", "being Zoroastrian",
    ],
    Category.MENTAL_HEALTH: [
        "sertraline", "fluoxetine", "citalopram", "escitalopram", "mirtazapine", "venlafaxine",
        "amitriptyline", "duloxetine", "olanzapine", "quetiapine", "risperidone", "aripiprazole",
        "clozapine", "antidepressants", "antipsychotics", "being signed off with stress",
        "his CPN", "his community psychiatric nurse", "the crisis team",
        "the home treatment team",
    ],
    Category.SUBSTANCE_MISUSE: [
        "buprenorphine", "espranor", "drinking heavily", "heavy drinking", "drinking too much",
        "having been drinking",
        "his drinking", "the drinking", "drink problem", "drinking problem",
        "his methadone script", "collecting his script daily", "being on a script",
        "his relapse prevention plan", "his alcohol use", "having relapsed into drinking",
        "having stopped drinking", "that he gave up drinking", "being off the drink",
        "being off the booze", "staying off the drugs", "being back on the drink",
    ],
}  # fmt: skip
# Token shapes (special.py _SHAPES), not listed phrases: found about a person; in
# boilerplate they stay about someone, since attribution finds listed words only.
SHAPES = [
    (Category.HEALTH, "had his gallbladder out"),
    (Category.HEALTH, "having her appendix removed"),
    (Category.SUBSTANCE_MISUSE, "being nine months clean"),
    (Category.SUBSTANCE_MISUSE, "having been clean for two years"),
]
CASES = [(cat, w) for cat, words in LAY.items() for w in words]


@pytest.mark.parametrize(("category", "words"), CASES + SHAPES, ids=[w for _c, w in CASES + SHAPES])
def test_lay_words_about_a_named_person_count(run, category, words):
    note = (
        f"Hi Priya,\n\nUpdate on Declan Roach: he mentioned {words} when we met, so he would "
        "rather start on the later shift.\n\nThanks\nTom\n"
    )
    s = run(body(note))
    assert category in s.categories(), [(f.category, f.about_nobody) for f in s.findings]


@pytest.mark.parametrize(("category", "words"), CASES, ids=[w for _c, w in CASES])
def test_lay_words_in_boilerplate_are_about_nobody(run, category, words):
    bulletin = (
        "Hi all,\n\nThe room is booked for Friday.\n\nThanks\nTom\n\n"
        "This email is confidential and intended solely for the addressee. It may contain "
        f"special category data, for example about {words}.\n"
    )
    s = run(body(bulletin))
    assert category not in s.categories()
    assert category.value in s.category_counts(about_nobody=True)


@pytest.mark.parametrize(
    ("category", "sentence"),
    [
        (Category.HEALTH, "he read about the police drug seizure at the port"),
        (Category.HEALTH, "he worked on the seizure of goods at customs"),
        (Category.SUBSTANCE_MISUSE, "he has held a clean driving licence for years"),
        (Category.SUBSTANCE_MISUSE, "he wrote the script for our video"),
        (Category.SUBSTANCE_MISUSE, "he kept the van clean for a week"),
        # A place of worship or a festival alone is a venue or a date.
        (Category.RELIGION, "he asked for the drop-in at the gurdwara hall to start at ten"),
        (Category.RELIGION, "he said the site works shorter shifts during Ramadan"),
        # A phrase listed to match only as written has no plural form.
        (Category.SUBSTANCE_MISUSE, "he took ten percent off the drinks at the bar"),
    ],
)
def test_everyday_senses_of_the_same_words_are_not_findings(run, category, sentence):
    note = f"Hi Priya,\n\nUpdate on Declan Roach: {sentence}.\n\nThanks\nTom\n"
    s = run(body(note))
    assert category not in s.categories(), [f.masked for f in s.findings]


def test_a_term_ending_in_a_sign_is_found_again_for_attribution(run):
    # "LGBTQ+" ends in no word character: its place in the text must still be found, or
    # the finding stays about someone wherever it stands.
    bulletin = (
        "Partner bulletin\n\nPride month: the LGBTQ+ staff network welcomes all colleagues "
        "to the march on Saturday.\n"
    )
    s = run(body(bulletin))
    assert Category.SEXUAL_ORIENTATION not in s.categories()
    assert Category.SEXUAL_ORIENTATION.value in s.category_counts(about_nobody=True)
