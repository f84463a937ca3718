"""Integrity of the embedded default dataset, ``data/events.json``.

The dataset is a chronology of Guangxi's foreign-related rule-of-law work and
China–ASEAN judicial cooperation, 2017–2024, built from two articles (a
Ministry of Justice piece dated 2025-09-28 and a CRI Online / ChinaNews piece
of 2019-03-15) and a fact sheet that checked them against other sources.

Conventions these tests hold the data to:

* Confidence follows the fact sheet: two or more independent sources ->
  "confirmed"; one source -> "single-source". A fact found only in one of the
  two articles (the fact sheet found nothing else) counts as "single-source":
  the article is its one source. "unverified" is kept for links between
  sources that no source states; no event currently needs it.
* Paragraph locators for the two articles ("para. 5", "paras. 2–4") count body
  paragraphs only: a non-empty line of the stored article text that ends in
  "." or ")". Headline, byline, section headings, photo caption and footer do
  not count.
* A date has only the precision its sources support; undated facts from an
  article are intervals that end no later than the article's own date.

Checks that need the stored article texts (``../shared/seeds`` beside the
repository) are skipped when those texts are not present.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATASET = REPO / "data" / "events.json"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
FACT_SHEET = SHARED / "research" / "fact-sheet.md"

ARTICLE_A = "moj-2025-guangxi"
ARTICLE_B = "cri-2019-cui"
SEED_FILES = {
    ARTICLE_A: "000_618fa03bd93f6225.txt",
    ARTICLE_B: "004_1489b8d8126746b5.txt",
}
ARTICLES = set(SEED_FILES)

#: The committed set of event ids. Renaming or dropping an event breaks links
#: and saved views, so it must show up here as a deliberate change.
EXPECTED_EVENT_IDS = {
    "2017-04-china-vietnam-procuracy-legal-assistance-mou",
    "2017-06-second-china-asean-justice-forum",
    "2017-06-08-second-nanning-statement",
    "2017-09-caexpo-14th",
    "2017-09-vietnam-border-procuratorates-first-meeting",
    "2017-prosecutors-training-base",
    "2017-capgc-official-website",
    "2017-guangxi-procuratorate-asean-office",
    "2018-training-base-seminars",
    "2018-training-base-visits",
    "2018-08-capgc-11th-brunei",
    "2018-11-28-baise-arbitration-jingxi-branch",
    "2019-beihai-asia-international-arbitration-centre",
    "2019-03-chongzuo-lang-son-procuracy-visit",
    "2019-03-cui-zhiyou-cri-interview",
    "2019-03-regular-meetings-vietnam-procuratorates",
    "2019-03-22-joint-working-committee-10th",
    "2019-08-30-guangxi-pilot-ftz",
    "2019-11-capgc-12th-siem-reap",
    "2019-11-vietnam-border-procuratorates-second-meeting",
    "2021-guangxi-ftz-innovation-count",
    "2022-01-01-rcep-in-force",
    "2022-07-20-third-china-asean-justice-forum",
    "2022-08-16-cietac-asean-trial-center",
    "2022-09-nanning-international-commercial-court",
    "2022-11-cafta-3-negotiations-launched",
    "2022-12-guangxi-mediation-center-established",
    "2023-06-29-guangxi-vietnam-court-mous",
    "2023-06-30-border-courts-conference",
    "2023-12-06-capgc-13th-hanoi",
    "2024-early-law-based-governance-symposium",
    "2024-02-28-joint-working-committee-15th",
    "2024-04-regional-foreign-related-law-meeting",
    "2024-04-19-ministers-agree-border-justice-conference",
    "2024-niac-asean-cooperation-agreements",
    "2024-niac-rcep-related-cases",
    "2024-niac-caseload",
    "2024-09-caexpo-21st",
    "2024-09-25-china-asean-commercial-law-forum",
    "2024-09-25-commercial-arbitration-collaboration-center",
    "2024-10-29-capgc-14th-singapore",
    "cafta-3-negotiations-completed",
    "2024-12-lancang-mekong-justice-training",
    "guideline-foreign-related-judicial-services",
    "guideline-foreign-related-commercial-disputes",
    "three-year-action-plan-2024-26",
    "list-of-key-priorities",
    "regulations-and-institutional-innovations",
    "vietnam-justice-departments-memorandum",
    "mediation-center-caseload",
    "2025-06-china-vietnam-border-justice-conference",
}

#: Events whose date the fact sheet confirmed in two or more independent sources.
EXPECTED_CONFIRMED = {
    "2017-06-second-china-asean-justice-forum",
    "2017-09-caexpo-14th",
    "2017-09-vietnam-border-procuratorates-first-meeting",  # the month; the day is one report's
    "2018-08-capgc-11th-brunei",
    "2019-beihai-asia-international-arbitration-centre",
    "2019-03-22-joint-working-committee-10th",
    "2019-11-capgc-12th-siem-reap",
    "2022-01-01-rcep-in-force",
    "2022-07-20-third-china-asean-justice-forum",
    "2022-08-16-cietac-asean-trial-center",
    "2022-11-cafta-3-negotiations-launched",
    "2023-06-29-guangxi-vietnam-court-mous",
    "2023-06-30-border-courts-conference",
    "2023-12-06-capgc-13th-hanoi",
    "2024-02-28-joint-working-committee-15th",
    "2024-09-caexpo-21st",
    "cafta-3-negotiations-completed",
    "2025-06-china-vietnam-border-justice-conference",
}

#: Facts the articles give without any date: each is an interval that ends no
#: later than Article A's own month.
UNDATED_IN_ARTICLE_A = {
    "guideline-foreign-related-judicial-services",
    "guideline-foreign-related-commercial-disputes",
    "three-year-action-plan-2024-26",
    "list-of-key-priorities",
    "regulations-and-institutional-innovations",
    "vietnam-justice-departments-memorandum",
}

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
SINGLE_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$")
CONFIDENCES = {"confirmed", "single-source", "unverified"}
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
SHARED_RUN = 8  # words in a row that may not be copied from a source text
#: Numbers the articles spell out in words ("seven seminars").
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
#: Official names may be repeated word for word; they are left out of the copy check.
PROPER_NAMES = (
    "China-ASEAN Prosecutors Exchange and Training Base",
    "Guangxi International Civil and Commercial Mediation Center",
    "Nanning Railway Transport Intermediate Court",
    "China-ASEAN Commercial Law Forum",
    "Hainan International Arbitration Court",
    "Office of the Commission for Overall Law-based Governance",
)


# ----------------------------------------------------------------- helpers

@pytest.fixture(scope="module")
def data() -> dict:
    with DATASET.open(encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def events(data: dict) -> dict[str, dict]:
    return {event["id"]: event for event in data["events"]}


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    texts = {}
    for source_id, name in SEED_FILES.items():
        path = SEEDS / name
        if not path.is_file():
            pytest.skip(f"the stored article texts are not here ({path})")
        texts[source_id] = path.read_text(encoding="utf-8")
    return texts


def cited(event: dict) -> set[str]:
    """The sources an event cites, its alternative dates' included."""
    citations = [*event.get("sources", []),
                 *(c for alternative in event.get("alternatives", [])
                   for c in alternative.get("sources", []))]
    return {citation["source"] for citation in citations}


def article_only(event: dict) -> bool:
    return bool(cited(event)) and cited(event) <= ARTICLES


def month_bounds(date: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """Earliest and latest (year, month) of a single EDTF date of the subset."""
    match = SINGLE_DATE.match(date)
    assert match, f"{date!r} is not YYYY, YYYY-MM or YYYY-MM-DD (with an optional ~ ? %)"
    year, month, day = match.group(1), match.group(2), match.group(3)
    if month is None:
        return (int(year), 1), (int(year), 12)
    assert 1 <= int(month) <= 12, f"{date!r} has no such month"
    if day is not None:
        assert 1 <= int(day) <= 31, f"{date!r} has no such day"
    return (int(year), int(month)), (int(year), int(month))


def interval(date: str) -> tuple[str, str] | None:
    if "/" not in date:
        return None
    start, end = date.split("/")
    return start, end


def span(date: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Earliest and latest (year, month) an event may fall in; None for an open end."""
    parts = interval(date)
    if parts is None:
        return month_bounds(date)
    start, end = parts
    return (None if start == ".." else month_bounds(start)[0],
            None if end == ".." else month_bounds(end)[1])


def precision(date: str) -> str:
    match = SINGLE_DATE.match(date)
    assert match, date
    return "day" if match.group(3) else "month" if match.group(2) else "year"


def paragraphs(text: str) -> list[str]:
    """Body paragraphs of a stored article: non-empty lines ending in '.' or ')'."""
    return [line.strip() for line in text.splitlines()
            if line.strip() and line.strip()[-1] in ".)"]


def headline(text: str) -> str:
    return next(line.strip() for line in text.splitlines() if line.strip())


def cited_paragraphs(text: str, locator: str) -> list[str]:
    found = []
    if "headline" in locator:
        found.append(headline(text))
    body = paragraphs(text)
    for first, last in re.findall(r"paras?\.\s*(\d+)(?:\s*[–-]\s*(\d+))?", locator):
        for number in range(int(first), int(last or first) + 1):
            assert 1 <= number <= len(body), f"{locator!r}: the article has {len(body)} paragraphs"
            found.append(body[number - 1])
    return found


def numbers_in(text: str, spelled_out: bool = False) -> set[float]:
    """Every number written in a text; 'N million' also counts as N * 1,000,000.

    With ``spelled_out``, number words ("seven") count as well.
    """
    found = set()
    if spelled_out:
        found |= {float(NUMBER_WORDS[w]) for w in words(text) if w in NUMBER_WORDS}
    for match in NUMBER.finditer(text):
        value = float(match.group().replace(",", ""))
        found.add(value)
        if text[match.end():match.end() + 8].strip().startswith("million"):
            found.add(value * 1_000_000)
    return found


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def without_names(tokens: list[str]) -> list[str]:
    """Replace each official name by a marker that matches nothing in a source."""
    for name in PROPER_NAMES:
        name_tokens = words(name)
        i = 0
        while i <= len(tokens) - len(name_tokens):
            if tokens[i:i + len(name_tokens)] == name_tokens:
                tokens = [*tokens[:i], "<name>", *tokens[i + len(name_tokens):]]
            i += 1
    return tokens


def runs(text: str, length: int = SHARED_RUN, names_removed: bool = False) -> set[tuple[str, ...]]:
    tokens = without_names(words(text)) if names_removed else words(text)
    return {tuple(tokens[i:i + length]) for i in range(len(tokens) - length + 1)}


def relative_luminance(colour: str) -> float:
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i:i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# ------------------------------------------------------------------- tests

def test_the_dataset_is_a_json_object_with_title_categories_sources_and_events(data):
    assert isinstance(data["title"], str) and data["title"].strip()
    assert isinstance(data.get("description", ""), str)
    for key in ("categories", "sources", "events"):
        assert isinstance(data[key], list) and data[key], key


def test_the_dataset_loads_with_the_package_loader_without_errors_or_warnings():
    loader = pytest.importorskip("timeline_app.model.loader")
    report = loader.load_report(DATASET)  # raises LoadError listing every problem
    assert [w.format() for w in report.warnings] == []
    assert len(report.timeline.events) == len(EXPECTED_EVENT_IDS)


def test_the_package_points_at_this_file_as_its_default_dataset():
    package_data = pytest.importorskip("timeline_app.package_data")
    path = package_data.default_dataset_path()
    assert path.read_bytes() == DATASET.read_bytes()


def test_every_id_is_unique_and_kebab_case(data):
    for key in ("categories", "sources", "events"):
        ids = [item["id"] for item in data[key]]
        assert len(ids) == len(set(ids)), f"duplicate {key} ids"
        bad = [i for i in ids if not KEBAB.match(i)]
        assert not bad, f"{key} ids not in kebab-case: {bad}"


def test_the_event_ids_are_the_committed_stable_set(events):
    assert set(events) - EXPECTED_EVENT_IDS == set(), "new ids: add them to EXPECTED_EVENT_IDS"
    assert EXPECTED_EVENT_IDS - set(events) == set(), "ids disappeared (renamed or dropped?)"


def test_every_event_has_a_title_a_summary_and_a_display_date(events):
    for event_id, event in events.items():
        for key in ("title", "summary", "display_date"):
            assert isinstance(event.get(key), str) and event[key].strip(), (event_id, key)


def test_every_event_cites_a_known_source_with_a_locator(data, events):
    known = {source["id"] for source in data["sources"]}
    for event_id, event in events.items():
        assert event.get("sources"), f"{event_id} cites nothing"
        for citation in event["sources"]:
            assert citation["source"] in known, (event_id, citation["source"])
            assert isinstance(citation.get("locator"), str) and citation["locator"].strip(), (
                event_id, citation["source"])
            assert "fact sheet" not in citation["locator"].lower(), (
                f"{event_id}: the fact sheet is not a locator in an original source")


def test_every_source_is_cited_and_fully_described(data, events):
    used = set().union(*(cited(event) for event in events.values()))
    for source in data["sources"]:
        assert source["id"] in used, f"source {source['id']} is never cited"
        assert source["title"].strip() and source["publisher"].strip(), source["id"]
        if "published" in source:
            month_bounds(source["published"])
        if "url" in source:
            assert source["url"].startswith(("http://", "https://")), source["id"]


def test_the_two_articles_are_described_as_published(data):
    sources = {source["id"]: source for source in data["sources"]}
    ministry = "Ministry of Justice of the People's Republic of China"
    assert sources[ARTICLE_A]["publisher"] == ministry
    assert sources[ARTICLE_A]["published"] == "2025-09-28"
    assert sources[ARTICLE_B]["published"] == "2019-03-15"
    assert sources[ARTICLE_B]["author"] == "Liu Yang"


def test_every_category_is_used_and_every_event_has_a_known_category(data, events):
    categories = {category["id"] for category in data["categories"]}
    assert 5 <= len(categories) <= 8
    used = {event["category"] for event in events.values()}
    assert used <= categories, used - categories
    assert categories <= used, f"unused categories: {categories - used}"


def test_category_colours_read_on_white_and_on_near_black(data):
    for category in data["categories"]:
        colour = category["color"]
        assert COLOUR.match(colour), colour
        assert contrast(colour, "#ffffff") >= 2.5, f"{colour} is too light for a white background"
        assert contrast(colour, "#121212") >= 3.0, f"{colour} is too dark for a dark background"


def test_every_date_is_edtf_and_no_interval_runs_backwards(events):
    for event_id, event in events.items():
        parts = interval(event["date"])
        if parts is None:
            month_bounds(event["date"])
            continue
        start, end = parts
        assert not (start == ".." and end == ".."), event_id
        if start != ".." and end != "..":
            s, e = SINGLE_DATE.match(start).groups()[:3], SINGLE_DATE.match(end).groups()[:3]
            assert tuple(int(x or 0) for x in s) <= tuple(int(x or 99) for x in e), event_id
            assert month_bounds(start)[0] <= month_bounds(end)[1], event_id


def test_events_stay_within_2017_and_article_a_and_say_so_when_after_2024(events):
    for event_id, event in events.items():
        earliest, latest = span(event["date"])
        assert earliest is None or earliest >= (2017, 1), event_id
        assert latest is None or latest <= (2025, 9), f"{event_id} ends after Article A"
        if earliest is not None and earliest > (2024, 12):
            assert "outside the 2017–2024 window" in event["summary"].lower(), event_id


def test_the_2017_founding_events_are_dated_exactly_2017(events):
    for event_id in ("2017-prosecutors-training-base", "2017-capgc-official-website",
                     "2017-guangxi-procuratorate-asean-office"):
        assert events[event_id]["date"] == "2017", event_id
        assert events[event_id]["display_date"] == "in 2017", event_id


def test_the_end_of_2018_totals_span_2017_to_december_2018(events):
    for event_id in ("2018-training-base-seminars", "2018-training-base-visits"):
        assert events[event_id]["date"] == "2017/2018-12", event_id
        assert events[event_id]["display_date"] == "as of the end of 2018", event_id


def test_the_2024_meetings_keep_the_articles_precision(events):
    symposium = events["2024-early-law-based-governance-symposium"]
    assert interval(symposium["date"]) is not None, "the symposium is only 'early 2024'"
    assert span(symposium["date"]) == ((2024, 1), (2024, 3))
    assert symposium["display_date"] == "at the beginning of 2024"
    assert "start of 2024" in symposium["summary"]
    meeting = events["2024-04-regional-foreign-related-law-meeting"]
    assert meeting["date"] == "2024-04"
    assert meeting["display_date"] == "April 2024"


def test_the_interview_is_dated_to_its_month_only(events):
    assert events["2019-03-cui-zhiyou-cri-interview"]["date"] == "2019-03"


def test_undated_documents_are_intervals_ending_no_later_than_article_a(events):
    for event_id in UNDATED_IN_ARTICLE_A:
        date = events[event_id]["date"]
        assert interval(date) is not None, f"{event_id} must not get a made-up date"
        assert span(date)[1] is not None and span(date)[1] <= (2025, 9), event_id
        assert "/" in date and all(
            part == ".." or precision(part) != "day" for part in interval(date)), event_id


def test_niac_facts_run_from_2024_and_its_caseload_is_the_year_2024(events):
    for event_id in ("2024-niac-asean-cooperation-agreements", "2024-niac-rcep-related-cases"):
        assert span(events[event_id]["date"])[0] == (2024, 1), event_id
        assert events[event_id]["display_date"] == "since 2024", event_id
    assert events["2024-niac-caseload"]["date"] == "2024"


def test_cafta_completion_keeps_both_possible_milestones_each_with_its_reports(events):
    completion = events["cafta-3-negotiations-completed"]
    assert completion["date"] == "2024-10-10"
    assert [a["date"] for a in completion["alternatives"]] == ["2025-05-20"]
    for day in ("10 October", "20 May 2025"):
        assert day in completion["summary"]
    substantial = {c["source"] for c in completion["sources"]}
    full = {c["source"] for c in completion["alternatives"][0]["sources"]}
    assert {"xinhua-2024-10-11-cafta-a", "xinhua-2024-10-11-cafta-b"} <= substantial
    assert full == {"xinhua-govcn-2025-05-21", "chinadaily-2025-05-22"}
    assert not substantial & full


def test_the_first_border_procuratorate_meeting_keeps_the_month_and_the_one_report_of_a_day(
        events):
    meeting = events["2017-09-vietnam-border-procuratorates-first-meeting"]
    assert meeting["date"] == "2017-09"
    (day,) = meeting["alternatives"]
    assert day["date"] == "2017-09-17"
    assert [c["source"] for c in day["sources"]] == ["vnplus-2017-procuracies"]


def test_article_only_facts_without_a_found_day_have_no_day_precision(events):
    for event_id, event in events.items():
        if not article_only(event):
            continue
        parts = interval(event["date"]) or (event["date"],)
        for part in parts:
            assert part == ".." or precision(part) != "day", event_id


def test_confidence_follows_the_fact_sheet_mapping(events):
    for event_id, event in events.items():
        assert event["confidence"] in CONFIDENCES, event_id
        if article_only(event):
            assert event["confidence"] == "single-source", event_id
    confirmed = {i for i, e in events.items() if e["confidence"] == "confirmed"}
    assert confirmed == EXPECTED_CONFIRMED
    for event_id in EXPECTED_CONFIRMED:
        assert len(cited(events[event_id]) - ARTICLES) >= 2, (
            f"{event_id} is 'confirmed' but cites fewer than two sources besides the articles")


def test_figures_are_numbers_with_labels_and_units(events):
    for event_id, event in events.items():
        for figure in event.get("figures", []):
            assert figure["label"].strip(), event_id
            value = figure["value"]
            assert isinstance(value, int | float) and not isinstance(value, bool), event_id
            assert figure.get("unit", "").strip(), (event_id, figure["label"])


def test_article_paragraph_locators_point_at_existing_paragraphs(events, seeds):
    for event_id, event in events.items():
        for citation in event["sources"]:
            if citation["source"] in seeds:
                assert cited_paragraphs(seeds[citation["source"]], citation["locator"]), (
                    event_id, citation["locator"])


def test_every_number_of_an_article_only_event_is_in_the_paragraphs_it_cites(data, events, seeds):
    sources = {source["id"]: source for source in data["sources"]}
    for event_id, event in events.items():
        if not article_only(event):
            continue
        allowed: set[float] = set()
        for citation in event["sources"]:
            text = " ".join(cited_paragraphs(seeds[citation["source"]], citation["locator"]))
            allowed |= numbers_in(text, spelled_out=True)
            # the article's own date is part of what it tells the reader
            allowed |= numbers_in(sources[citation["source"]].get("published", ""))
        written = numbers_in(f"{event['title']} {event['summary']}")
        written |= {float(figure["value"]) for figure in event.get("figures", [])}
        missing = {n for n in written if not any(abs(n - a) < 1e-6 for a in allowed)}
        assert not missing, f"{event_id}: {sorted(missing)} not in the cited paragraphs"


def test_no_title_or_summary_copies_a_run_of_eight_words_from_a_source_text(data, seeds):
    texts = dict(seeds)
    if FACT_SHEET.is_file():
        texts["fact sheet"] = FACT_SHEET.read_text(encoding="utf-8")
    source_runs = {name: runs(text) for name, text in texts.items()}
    pieces = [("description", data.get("description", ""))]
    for event in data["events"]:
        pieces += [(event["id"], event["title"]), (event["id"], event["summary"])]
    for where, piece in pieces:
        mine = runs(piece, names_removed=True)
        for name, theirs in source_runs.items():
            shared = mine & theirs
            assert not shared, f"{where} copies from {name}: {' '.join(sorted(shared)[0])!r}"


# ------------------------------------------------------- the Chinese versions

CHINESE = "zh-Hans"
MONTHS = {month: number for number, month in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), 1)}
#: Chinese myriads: 5亿 is 500,000,000 and 7020万 is 70,200,000.
MYRIADS = {"万": 10_000, "亿": 100_000_000}


def chinese(item: dict) -> dict:
    return item.get("translations", {}).get(CHINESE, {})


def chinese_numbers(text: str) -> set[float]:
    """Every number written in digits in a Chinese text, times 万 or 亿 when one follows."""
    found = set()
    for match in NUMBER.finditer(text):
        myriad = MYRIADS.get(text[match.end():match.end() + 1], 1)
        found.add(float(match.group().replace(",", "")) * myriad)
    return found


def english_numbers(*texts: str) -> set[float]:
    """The numbers of English texts and dates, months named as numbers, and a year range
    written short ("2024–26") with its end year in full."""
    found: set[float] = set()
    for text in texts:
        found |= numbers_in(text, spelled_out=True)
        found |= {float(MONTHS[w]) for w in words(text) if w in MONTHS}
        found |= {float(n) for n in re.findall(r"\d+", text)}
        for century, short in re.findall(r"\b(\d{2})\d{2}[–-](\d{2})\b", text):
            found.add(float(century + short))
    return found


def test_the_dataset_says_it_is_in_english_with_a_chinese_version_of_its_title(data):
    assert data["language"] == "en"
    assert chinese(data)["title"].strip() and chinese(data)["description"].strip()


def test_every_event_has_a_chinese_title_and_summary(events):
    for event_id, event in events.items():
        for key in ("title", "summary"):
            text = chinese(event).get(key, "")
            assert re.search(r"[\u4e00-\u9fff]", text), (event_id, key)


def test_every_category_has_a_chinese_label_and_description(data):
    for category in data["categories"]:
        assert chinese(category).get("label", "").strip(), category["id"]
        assert chinese(category).get("description", "").strip(), category["id"]


def test_the_description_says_the_chinese_versions_are_the_editors_translations(data):
    english = data["description"]
    assert "editors' translations of those English paraphrases, not official titles" in english
    assert "编者对这些英文转述的翻译" in chinese(data)["description"]
    assert "并非任何文件的官方标题" in chinese(data)["description"]


def test_no_chinese_title_or_summary_has_a_number_its_english_one_lacks(events):
    for event_id, event in events.items():
        allowed = english_numbers(event["title"], event["summary"], event["display_date"],
                                  event["date"])
        allowed |= {float(figure["value"]) for figure in event.get("figures", [])}
        for key in ("title", "summary"):
            written = chinese_numbers(chinese(event)[key])
            missing = {n for n in written
                       if not any(abs(n - a) <= 1e-9 * max(1.0, abs(a)) for a in allowed)}
            assert not missing, f"{event_id}: the Chinese {key} has {sorted(missing)}"


def test_the_chinese_versions_name_no_document_in_title_marks_but_the_rcep_treaty(data):
    """An unverified Chinese title in 《》 would pass for an official one."""
    texts = [chinese(data)["title"], chinese(data)["description"]]
    texts += [text for event in data["events"] for text in chinese(event).values()]
    marked = {name for text in texts for name in re.findall(r"《([^》]*)》", text)}
    assert marked <= {"区域全面经济伙伴关系协定"}
