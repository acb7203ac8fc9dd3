"""``parse_article`` on general line forms: list-shaped bodies, agency datelines, counters, titles.

Each test builds short pages from one form with several variants, written for these tests.
"""

import pytest

from japan_nato_corpus.parse import parse_article
from japan_nato_corpus.parse._boilerplate import boilerplate_kind

_HEADLINE = "Ministers agree on a new maritime security plan"
_ITEMS = (
    "The two navies will hold joint patrols in the region from next spring onward",
    "A standing committee will meet every quarter to review progress on the plan",
)
_BULLETS = ("• ", "- ", "* ", "1. ", "▪ ")


@pytest.mark.parametrize("bullet", _BULLETS)
def test_list_shaped_body_is_kept(bullet):
    items = "\n".join(f"{bullet}{item}" for item in _ITEMS)
    article = parse_article(f"Harbour City\n\n{_HEADLINE}\n\n{items}\nBy Desk Staff\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    for item in _ITEMS:
        assert item in article.body


@pytest.mark.parametrize("bullet", _BULLETS)
def test_single_item_body_is_kept(bullet):
    article = parse_article(f"{_HEADLINE}\n\n{_HEADLINE}\n\n  {bullet}{_ITEMS[0]}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert _ITEMS[0] in article.body
    assert _HEADLINE not in article.body  # the headline printed twice is not body


def test_short_items_at_the_top_stay_navigation():
    menu = "\n".join(f"• {entry}" for entry in ("Front Page", "Markets Today", "Regional Sport"))
    body = "The two navies will hold joint patrols in the region from next spring onward."
    article = parse_article(f"{menu}\n\n{_HEADLINE}\n\n{body}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert "Markets Today" not in article.body
    assert body in article.body


_STORY = "Ministers from the four countries met to discuss shipping lanes and port access."


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("LISBON (abc):", "LISBON", "abc"),
        ("OSLO (NWA) --", "OSLO", "NWA"),
        ("MANILA (APX) —", "MANILA", "APX"),
        ("SEOUL (Wirenews) –", "SEOUL", "Wirenews"),
        ("NAIROBI, Mar 4 (ZNA) --", "NAIROBI", "ZNA"),
        ("QUITO, 9 Oct (xyz):", "QUITO", "xyz"),
        ("(Syndicate- Harbour Wire Service (HWS)) ROME, Jun 2 (HWS) --", "ROME", "HWS"),
    ],
)
def test_agency_dateline(opening, place, agency):
    article = parse_article(f"{_HEADLINE}\n\n{opening} {_STORY}\n")
    assert article.dateline is not None
    assert article.dateline.text == place
    assert agency in {article.publisher, *article.authors}
    assert _STORY in article.body


@pytest.mark.parametrize("source", ["ZBC -- Apr 7", "CAPITALNEWS — 12 May", "RADIOONE - Jun 30"])
def test_source_over_a_date_is_no_dateline(source):
    article = parse_article(f"{_HEADLINE}\n\n{source}\n{_STORY}\n")
    assert article.dateline is None
    assert _STORY in article.body


_PROSE = (
    "The committee met on Tuesday and agreed to publish a joint assessment of regional risks.\n\n"
    "Its members said the assessment would be updated every year from now on.\n"
)


@pytest.mark.parametrize("counter", ["Page 1", "Page 2 of 3", "page 4/9", "Part 2", "3 of 12"])
def test_page_counter_is_no_headline(counter):
    article = parse_article(f"{_HEADLINE}\n\n{counter}\n\n{_PROSE}")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert counter not in article.body


@pytest.mark.parametrize("label", ["Trade and Energy", "Science", "Asia and the Pacific", "Ocean Affairs"])
def test_section_label_over_a_headline_is_no_headline(label):
    article = parse_article(f"{label}\n\n{_HEADLINE}\n\n{_PROSE}")
    assert article.title is not None
    assert article.title.text == _HEADLINE


@pytest.mark.parametrize(
    "credit",
    [
        "Tomas Ferreira Senior Fellow",
        "Tomas Ferreira Research Fellow, Harbour Policy Institute",
        "By Tomas Ferreira, Diplomatic Correspondent",
        "By Tomas Ferreira Staff Writer",
        "Tomas Ferreira, Visiting Professor at Lakeside University",
        "By TOMAS FERREIRA, Defence Editor",
    ],
)
def test_job_title_is_not_part_of_the_name(credit):
    article = parse_article(f"{_HEADLINE}\n\n{credit}\n\n{_PROSE}")
    assert [name.casefold() for name in article.authors] == ["tomas ferreira"]


@pytest.mark.parametrize("name", ["Ada Lovelace", "Maria del Carmen Ruiz", "John Fellows"])
def test_names_without_a_title_are_kept_whole(name):
    article = parse_article(f"{_HEADLINE}\n\nBy {name}\n\n{_PROSE}")
    assert article.authors == (name,)


@pytest.mark.parametrize(
    "caption",
    [
        "Two ministers walk past an honour guard in the capital on Monday. (ZNA)",
        "Delegates pose for a group photograph at the summit venue. (WIRE SERVICE)",
        "A patrol vessel leaves the harbour at dawn. (Harbour Photo/Jane Roe)",
        "The minister speaks to reporters after the vote. (File photo)",
        "Photo: The frigate during an exercise off the coast",
        "(Photo) The minister greets the visiting delegation",
        "The envoy is pictured with staff outside the embassy",
        "The old terminal building seen from the runway, file photo",
    ],
)
def test_caption_line_under_the_headline_is_not_body(caption):
    article = parse_article(f"{_HEADLINE}\n\n{caption}\n\n{_PROSE}")
    assert caption not in article.body
    assert any(c.body.text in caption for c in article.captions)
    assert _PROSE.split("\n", maxsplit=1)[0] in article.body


@pytest.mark.parametrize(
    "closing",
    [
        "The ministry said talks would resume next week. (ZNA)",
        "Both sides called the meeting useful. (WIRE SERVICE)",
    ],
)
def test_bracketed_agency_deep_in_the_body_stays_body(closing):
    paragraphs = "\n\n".join(
        f"Paragraph number {n} of the story reports one more detail of the talks." for n in range(5)
    )
    article = parse_article(f"{_HEADLINE}\n\n{paragraphs}\n\n{closing}\n")
    assert not article.captions
    assert closing.split(" (")[0] in article.body


def test_lone_line_is_body_even_with_a_photo_label():
    line = "Photo courtesy of the ministry. The minister hosted her counterparts for two days of talks."
    article = parse_article(f"{_HEADLINE}\n\n{line}\n")
    assert "hosted her counterparts" in article.body


@pytest.mark.parametrize("label", ["Editor’s Note", "Reader's Digest Corner", "Author's Preface"])
def test_possessive_label_is_no_author(label):
    article = parse_article(f"{_HEADLINE}\n\n{label}\n\n{_PROSE}")
    assert article.authors == ()


@pytest.mark.parametrize("place", ["Lisbon", "Buenos Aires", "Port Moresby"])
@pytest.mark.parametrize("stamp", ["", " date 2025-01-22 "])
def test_title_case_place_and_colon_opening_a_lede(place, stamp):
    article = parse_article(f"{_HEADLINE}\n\n{stamp}{place}: {_STORY}\n")
    assert article.dateline is not None
    assert article.dateline.text == place
    assert _STORY in article.body


@pytest.mark.parametrize("label", ["Photo: Harbour Wire", "Source: Harbour Wire Service", "Note: see below"])
def test_title_case_label_and_colon_is_no_dateline(label):
    article = parse_article(f"{_HEADLINE}\n\n{label}\n{_STORY}\n")
    assert article.dateline is None
    assert _STORY in article.body


_TWO_PARAGRAPHS = (
    "The two governments agreed on Tuesday to widen their cooperation on maritime security, "
    "officials said after a meeting in the capital.\n\n"
    "The agreement covers training, information sharing and joint exercises over the next three years.\n"
)


@pytest.mark.parametrize("month", ["2024-08", "2019-12", "2003-01"])
def test_a_copys_month_stamp_is_its_date(month):
    article = parse_article(f" date {month} {_TWO_PARAGRAPHS}")
    assert str(article.published) == month
    assert article.paragraphs[0].text.startswith("The two governments")


@pytest.mark.parametrize("label", ["Anadolu Agency WORLD", "Wire Desk POLITICS", "News Service Asia"])
def test_a_label_between_headline_and_date_line_is_not_the_headline(label):
    headline = "Ministers agree to widen cooperation on maritime security"
    article = parse_article(
        f"Contact Us\n\n{headline}\n\n{label}\nPublished April 05,2023\n{_TWO_PARAGRAPHS}"
    )
    assert article.headline == headline
    assert str(article.published) == "2023-04-05"
    assert article.paragraphs[0].text.startswith("The two governments")


_CAPTION = (
    "The minister speaks at a news conference in the capital on Friday, after the cabinet "
    "approved the new strategy. (Jane Roe/Pool Photo via AP)"
)


@pytest.mark.parametrize(
    "photo_lines",
    [
        [_CAPTION],
        [_CAPTION, "(Jane Roe/Pool Photo via AP)"],
        [_CAPTION[:60] + "...", _CAPTION, "(Jane Roe/Pool Photo via AP)"],
    ],
)
def test_captions_over_a_dateline_stay_out_of_the_body(photo_lines):
    headline = "Why the country is boosting its defence budget"
    photos = "\n\n".join(photo_lines)
    page = f"{headline}\n\nDec 16, 2022, 8:15 AM\n{photos}\n\nHARBOUR CITY (AP) — {_TWO_PARAGRAPHS}"
    article = parse_article(page)
    assert article.dateline is not None
    assert article.dateline.text == "HARBOUR CITY"
    assert article.paragraphs[0].text.startswith("HARBOUR CITY (AP)")
    assert all("Photo via" not in paragraph.text for paragraph in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "By subscribing, you can help us get the story right.",
        "Subscribe to our newsletter and support our reporting.",
        "In a time of too much information, quality journalism is more crucial than ever.",
        "Your email address will not be published. Required fields are marked *",
        "• SHARE",
        "| Tweet",
    ],
)
def test_reader_appeals_and_comment_forms_are_furniture(line):
    assert boilerplate_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The paper's subscription revenue fell by a third as advertisers left, the company said.",
        "Investigative journalism in the region has suffered from a lack of funding since 2015.",
    ],
)
def test_news_about_subscriptions_and_journalism_is_not_furniture(line):
    assert boilerplate_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "The Associated Press contributed to this report.",
        "Staff writers Jane Roe and John Doe contributed reporting to this story.",
        "This breaking news story will be updated.",
        "This story has been updated with new figures.",
    ],
)
def test_editors_notes_are_furniture(line):
    assert boilerplate_kind(line) is not None


def test_a_sentence_on_contributions_in_the_story_is_kept():
    line = "Japan and Australia contributed troops and ships to the exercise, officials said."
    assert boilerplate_kind(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Time & Date: 11:29-11:52 A.M. July 15, 2016(Japan Time)", "2016-07-15"),
        ("Time and Date: 09:00-10:15 March 3, 2021", "2021-03-03"),
        ("Date & Time: 4 May 2019, 14:00", "2019-05-04"),
    ],
)
def test_a_time_and_date_line_dates_the_page(line, expected):
    headline = "Press Conference by Defense Minister Doe on the new strategy"
    article = parse_article(
        f"{headline}\n\nPress Conference by the Defense Minister\n{line}\n\n{_TWO_PARAGRAPHS}"
    )
    assert str(article.published) == expected
    assert article.headline == headline


def test_reader_appeals_after_a_long_story_leave_the_body():
    paragraphs = "\n\n".join(
        f"Paragraph {n} of the story says what the ministers agreed on maritime security." for n in range(6)
    )
    appeal = "In a time of too much information, quality journalism is more crucial than ever.\n"
    appeal += "By subscribing, you can help us get the story right."
    article = parse_article(f"Ministers agree to widen cooperation at sea\n\n{paragraphs}\n\n{appeal}\n")
    assert len(article.paragraphs) == 6
    assert all("journalism" not in p.text and "subscribing" not in p.text for p in article.paragraphs)


_NEWS = (
    "Japan and NATO agreed on Tuesday to deepen their cooperation on cyber defence and maritime security.\n\n"
    "Officials said the plan would be reviewed at the next meeting of foreign ministers in the spring.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Unlock the Asia Watch newsletter for free",
        "Sign up for our daily newsletter",
        "Newsletter",
        "The Harbour Institute's online magazine",
        "The official blog of the Harbour Institute",
        "Shopping cart\nYour cart is empty!",
        "Do you agree to our terms? Sign up",
        "Get the latest on Asia every morning. Subscribe now",
    ],
)
def test_site_furniture_over_a_headline_is_no_headline(furniture):
    article = parse_article(f"{furniture}\n\n{_HEADLINE}\n\n{_NEWS}")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert not article.authors
    assert all(line not in article.body for line in furniture.splitlines())


@pytest.mark.parametrize("heading", ["Don't Miss", "Don’t miss", "Must Read"])
def test_a_teaser_heading_under_the_headline_is_no_byline(heading):
    article = parse_article(f"{_HEADLINE}\n\n{heading}\n{_NEWS}")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert not article.authors
    assert heading not in article.body


@pytest.mark.parametrize("clock", ["17:20", "9.30", "07:00 am"])
def test_a_clock_list_of_any_length_is_furniture_and_the_headline_under_it_is_found(clock):
    # A list of timed updates longer than the header zone pushes the headline far down the page.
    times = "\n-\n".join([clock] * 60)
    article = parse_article(f"-\n{times}\n-\n{_HEADLINE}\n{_NEWS}")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert article.paragraphs[0].text.startswith("Japan and NATO agreed")
    assert clock not in article.body


def test_placeholder_text_before_the_story_is_furniture():
    filler = (
        "Lorem ipsum dolor sit amet consectetur adipisicing elit. Sequi, cum esse possimus officiis.\n"
        "Sequi, cum esse possimus officiis amet ea voluptatibus libero! Dolorum assumenda esse.\n"
        "Terms of use dolor sit amet consectetur, adipisicing elit. Recusandae provident ullam.\n"
    )
    article = parse_article(f"{filler}{_NEWS}")
    assert article.title is None
    assert article.body == _NEWS.strip().replace("\n\n", "\n\n")
    assert [b.kind.name for b in article.boilerplate] == ["OTHER"] * 3


@pytest.mark.parametrize(
    "headline",
    ["Japon et OTAN : un partenariat inévitable ?", "Tokyo et l'OTAN : quel avenir commun ?"],
)
def test_a_headline_with_spaced_french_marks_is_a_headline(headline):
    lede = "« L'Ukraine d'aujourd'hui sera peut-être l'Asie de l'Est demain », a déclaré le Premier ministre."
    rest = "Les décideurs politiques à Tokyo ont fait des efforts proactifs."
    article = parse_article(f"{headline}\n{lede}\n{rest}\n")
    assert article.title is not None
    assert article.title.text == headline
    assert article.paragraphs[0].text == lede


@pytest.mark.parametrize(
    "sentence",
    [
        "जापान की मौसम एजेंसी के अनुसार, यह भूकंप समुद्र तट के करीब आया और इसके बाद सुनामी की आशंका है।",
        "حذرت هيئة الأرصاد الجوية اليابانية من موجات تسونامي قد يصل ارتفاعها إلى ثلاثة أمتار في الساحل؟",
    ],
)
def test_a_one_sentence_page_in_any_script_is_body_not_a_headline(sentence):
    article = parse_article(f"{sentence}\n")
    assert article.title is None
    assert [p.text for p in article.paragraphs] == [sentence]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Dr. Muhammad Akram Zaheer", "Muhammad Akram Zaheer"),
        ("Prof. Jane Doe", "Jane Doe"),
        ("By Prof. Silverio Allocca (EXAMPLE.COM GLOBAL AFFAIRS ANALYST)", "Silverio Allocca"),
        ("By Dr Tomas Ferreira, Senior Fellow", "Tomas Ferreira"),
    ],
)
def test_a_byline_with_a_title_is_no_headline(line, name):
    article = parse_article(f"{line}\n\n{_NEWS}")
    assert article.title is None
    assert article.authors == (name,)
    assert line not in article.body


@pytest.mark.parametrize("desk", ["FORUM Staff", "Harbour Times Staff Writer", "Example News Desk"])
def test_an_outlet_desk_under_the_headline_is_the_byline(desk):
    article = parse_article(f"{_HEADLINE}\n\n{desk}\n{_NEWS}")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert article.authors == (desk,)


def test_a_short_headline_over_its_standfirst_is_the_headline():
    standfirst = "Indo-Pacific allies and partners take collective action to keep the regional peace"
    article = parse_article(f"Security Convergence\n{standfirst}\n\nFORUM Staff\n{_NEWS}")
    assert article.title is not None
    assert article.title.text == "Security Convergence"
    assert standfirst not in article.body


@pytest.mark.parametrize(
    ("closing", "agency"),
    [
        ("Belga", "Belga"),
        ("KUNA", "KUNA"),
        ("NHK", "NHK"),
        ("Officials said the plan would be reviewed in the spring. (KUNA)", "KUNA"),
        ("Officials said the plan would be reviewed in the spring. — NHK", "NHK"),
        ("Officials said the plan would be reviewed in the spring. (Lusa)", "Lusa"),
    ],
)
def test_a_national_agency_signing_off_the_story_is_its_byline(closing, agency):
    article = parse_article(f"{_HEADLINE}\n\n{_NEWS}\n{closing}\n")
    assert article.authors == (agency,)


@pytest.mark.parametrize("line", ["NHK -- Feb 23", "KUNA — 5 March", "Belga -"])
def test_an_agency_and_its_date_under_the_headline_is_the_byline(line):
    article = parse_article(f"{_HEADLINE}\n\n{line}\n{_NEWS}")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert article.authors == (line.split()[0],)
    assert line not in article.body


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Prime Minister Fumio Kishida in Vilnius on July 12. Photo: Nato.int", "Photo: Nato.int"),
        ("Japanese Prime Minister Fumio Kishida. Reuters Yonhap News photo", "Reuters Yonhap News photo"),
        ("The destroyer JS Atago at sea near Yokosuka. Kyodo photo", "Kyodo photo"),
    ],
)
@pytest.mark.parametrize("where", ["under the headline", "between paragraphs"])
def test_a_caption_closed_by_a_photo_credit_is_no_paragraph(caption, credit, where):
    first, second = _NEWS.strip().split("\n\n")
    page = (
        f"{_HEADLINE}\n\n{caption}\n\n{first}\n\n{second}\n"
        if where == "under the headline"
        else f"{_HEADLINE}\n\n{first}\n\n{caption}\n\n{second}\n"
    )
    article = parse_article(page)
    assert len(article.captions) == 1
    assert caption.startswith(article.captions[0].body.text)
    assert "Brussels" not in article.body
    assert [c.credit.text for c in article.captions if c.credit] == [credit]
    assert caption not in article.body


@pytest.mark.parametrize("headline", ["NATO – Theme: Relations with Japan", "TOKYO: A guide to the summit"])
def test_a_place_and_a_short_phrase_is_a_headline_not_a_dateline(headline):
    article = parse_article(f"{headline}\n\n{_NEWS}")
    assert article.dateline is None
    assert article.title is not None
    assert article.title.text == headline


def test_a_dateline_over_a_short_line_still_opens_a_cut_off_lede():
    article = parse_article(
        f"{_HEADLINE}\n\nTOKYO – Japan and NATO agreed on Tuesday to deepen their ties on"
    )
    assert article.dateline is not None
    assert article.dateline.text == "TOKYO"


@pytest.mark.parametrize(
    "headline", ["earthquake in Japan, tsunami warning", "tsunami warning for the coast of Miyagi"]
)
def test_a_first_line_in_lower_case_is_a_headline(headline):
    article = parse_article(f"{headline}\n\n{_NEWS}")
    assert article.title is not None
    assert article.title.text == headline


def test_a_language_menu_in_lower_case_is_no_headline():
    article = parse_article(f"ua en ru\n\n{_HEADLINE}\n\n{_NEWS}")
    assert article.title is not None
    assert article.title.text == _HEADLINE


@pytest.mark.parametrize(
    "caption",
    [
        (
            "MORE ASSERTIVE TACK: Mr Abe (shown in Parliament on Wednesday) is seeking to remodel Japan's "
            "postwar security policy by taking legislative steps in the spring."
        ),
        (
            "Jane Doe (left) and John Roe meet reporters at the ministry in Tokyo after the talks on Monday, "
            "as officials look on."
        ),
    ],
)
@pytest.mark.parametrize("standfirst", ["", "The two sides plan to widen their talks to cyber defence\n\n"])
def test_a_caption_over_the_story_is_a_caption_not_its_lede(caption, standfirst):
    article = parse_article(f"{_HEADLINE}\n\n{standfirst}{caption}\n\n{_NEWS}")
    assert len(article.captions) == 1
    assert caption.startswith(article.captions[0].body.text)
    assert "Brussels" not in article.body
    assert article.dateline is None
    assert caption not in article.body
    assert article.body.endswith(_NEWS.strip())


@pytest.mark.parametrize(
    "source",
    [
        "Source: The Times December 17, 2021 02:16 UTC",
        "By Jane Doe, March 3, 2022",
        "Published 12 May 2023",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_only_prose_over_a_date_line_is_the_story_not_a_caption(source, gap):
    # Prose over a date line is a photo's caption only when story prose comes after the date line.
    story = " ".join([_ITEMS[0] + ".", _ITEMS[1] + ".", "Officials said the plan would be reviewed."])
    article = parse_article(f"{story}{gap}{source}\n")
    assert story in article.body
    assert not article.captions


_LEDE = (
    "The defence ministers of the four countries agreed on Tuesday to hold joint patrols in the "
    "region from next spring, officials said after the talks."
)
_MORE = "The plan also sets up a standing committee that will meet every quarter to review the patrols."


@pytest.mark.parametrize("stamp", ["1 hour ago - Economy & Business", "3 hours ago", "Updated 5 mins ago"])
@pytest.mark.parametrize("where", ["over", "under"])
def test_a_relative_time_stamp_is_neither_headline_nor_body(stamp, where):
    head = f"{stamp}\n{_HEADLINE}" if where == "over" else f"{_HEADLINE}\n\n{stamp}"
    article = parse_article(f"{head}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert stamp not in article.body


@pytest.mark.parametrize("label", ["Defence & Security News - Japan", "World - Asia & Pacific"])
def test_a_section_label_with_marks_over_the_date_line_is_not_the_headline(label):
    page = f"{_HEADLINE}\n\na\n\n{label}\n\nTuesday, April 16, 2013, 10:57 AM\n\n{_LEDE}\n\n{_MORE}\n"
    article = parse_article(page)
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert str(article.published) == "2013-04-16"
    assert label not in article.body


@pytest.mark.parametrize("section", ["World News", "Politics", "Asia Pacific"])
def test_a_section_before_a_bar_is_not_part_of_the_headline(section):
    article = parse_article(f"{section} | {_HEADLINE}\n{_LEDE}\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE


@pytest.mark.parametrize("path", ["Opinion | Europe", "World » Asia", "Analysis / Defence"])
def test_a_sections_path_is_no_headline(path):
    article = parse_article(f"{path}\n\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE


@pytest.mark.parametrize(
    "caption",
    [
        "Jane Doe and John Roe shake hands in Tokyo on March 4, 2024. REUTERS/Kim Lee",
        "A destroyer sails off the coast. Photo: Kim Lee/Harbour Agency",
    ],
)
def test_a_caption_closed_by_a_credit_between_headline_and_date_line(caption):
    article = parse_article(f"{_HEADLINE}\n\n{caption}\n\nMarch 5, 2024\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert str(article.published) == "2024-03-05"
    assert caption not in article.body


def test_a_caption_over_the_headline_under_the_site_name():
    caption = "The alliance's headquarters in Brussels Image: Harbour Stock/Kim Lee"
    article = parse_article(f"Harbour Today\n{caption}\n\n{_HEADLINE}\n\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert len(article.captions) == 1
    assert caption.startswith(article.captions[0].body.text)
    assert "Brussels" not in article.body


@pytest.mark.parametrize("opening", ["A screenshot from", "A photo of", "An aerial view showing"])
def test_a_line_saying_what_a_picture_shows_is_no_headline(opening):
    caption = f"{opening} the weather agency's map with the warning areas in black"
    article = parse_article(f"{caption}\n{_LEDE}\n{_MORE}\n")
    assert article.title is None
    assert caption not in article.body


@pytest.mark.parametrize("site", ["Newsfrom Harbour", "Harbour Wire"])
def test_a_short_site_line_over_a_dateline_story_is_no_headline(site):
    article = parse_article(f"{site}\n\nHarbour City, June 30 (Harbour Press)--{_LEDE}\n\n{_MORE}\n")
    assert article.title is None
    assert article.dateline is not None
    assert article.dateline.text == "Harbour City"


def test_a_labelled_date_and_a_byline_on_one_line():
    article = parse_article(f"{_HEADLINE}\n\nPosted on March 5, 2024 by Jane Doe\n\n{_LEDE}\n\n{_MORE}\n")
    assert str(article.published) == "2024-03-05"
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize("affiliation", ["Senior Fellow, Harbour Institute", "Research Director"])
def test_an_affiliation_under_the_byline_is_not_body(affiliation):
    article = parse_article(f"{_HEADLINE}\n\nJane Doe\n\n{affiliation}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.authors == ("Jane Doe",)
    assert affiliation not in article.body
    assert article.paragraphs[0].text == _LEDE


def test_a_standfirst_between_the_headline_and_the_byline_is_not_the_headline():
    standfirst = "The talks drew ministers from four navies and set out joint patrols from next spring"
    article = parse_article(f"{_HEADLINE}\n\n{standfirst}\n\nBy Jane Doe\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert article.authors == ("Jane Doe",)


def test_a_kicker_over_the_headline_is_not_the_headline():
    article = parse_article(f"Maritime security\n\n{_HEADLINE}\n\nBy Jane Doe\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE


def test_a_photo_credit_line_names_no_author():
    credit = "Photo: Jane Doe, Kim Lee/Harbour Agency, and John Roe/Getty Images"
    article = parse_article(f"{_HEADLINE}\n\n{credit}\nAvailable Downloads\n{_LEDE}\n{_MORE}\n")
    assert article.authors == ()


def test_a_menu_entry_run_into_a_date_label_is_no_byline():
    line = "Issue BriefsPublished on Jan 09, 2025 PDF Download"
    article = parse_article(f"{line}\n\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.authors == ()
    assert str(article.published) == "2025-01-09"
    assert article.title is not None
    assert article.title.text == _HEADLINE


@pytest.mark.parametrize("speaker", ["FOREIGN MINISTER DOE", "SECRETARY ROE", "HBC"])
def test_a_speaker_or_source_label_and_colon_is_no_dateline(speaker):
    article = parse_article(f"{speaker}:  {_LEDE}\n\n{_MORE}\n")
    assert article.dateline is None


@pytest.mark.parametrize(
    "headline",
    [
        "Will Japan join the new partnership programme before the summit in July?",
        "Is Japan ready for a bigger role in the alliance?",
        "Japan and the alliance sign their new partnership programme at last!",
    ],
)
def test_a_question_or_exclamation_alone_on_its_line_is_a_headline(headline):
    article = parse_article(f"{headline}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == headline
    assert headline not in article.body


def test_a_question_that_runs_on_to_a_second_sentence_is_prose():
    lede = "Will the ministers agree on joint patrols next spring? Officials said a deal was close."
    article = parse_article(f"{lede}\n\n{_MORE}\n")
    assert article.title is None
    assert lede in article.body


def test_a_site_tagline_sharing_no_word_with_the_story_is_no_headline():
    tagline = "The most trusted news source in the islands"
    article = parse_article(f"Harbour Times\n\n{tagline}\n\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE


def test_a_headline_printed_twice_over_its_standfirst_is_the_headline():
    standfirst = "The talks drew ministers from four navies and set out joint patrols from next spring"
    article = parse_article(f"{_HEADLINE}\n\n{_HEADLINE}\n\n{standfirst}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert _HEADLINE not in article.body


@pytest.mark.parametrize("bar", ["|", "–", "-"])
def test_a_name_after_the_date_and_a_bar_is_the_byline(bar):
    article = parse_article(f"{_HEADLINE}\n\nMarch 5, 2024 {bar} Jane Doe\n\n{_LEDE}\n\n{_MORE}\n")
    assert str(article.published) == "2024-03-05"
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "line",
    [
        "Last Updated: March 6, 2024 | Published: March 5, 2024",
        "Updated March 6, 2024, first published March 5, 2024",
    ],
)
def test_the_first_publication_date_wins_over_an_update_before_it_on_its_line(line):
    article = parse_article(f"{_HEADLINE}\n\n{line}\n\n{_LEDE}\n\n{_MORE}\n")
    assert str(article.published) == "2024-03-05"


def test_an_outlet_between_the_byline_and_the_date_line_is_not_body():
    article = parse_article(
        f"{_HEADLINE}\n\nBy Jane Doe\nHarbour Times\nMarch 5, 2024\n\n{_LEDE}\n\n{_MORE}\n"
    )
    assert article.authors == ("Jane Doe",)
    assert str(article.published) == "2024-03-05"
    assert article.paragraphs[0].text == _LEDE


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Madrid, 5 mar (EFE).- ", "Madrid"),
        ("Roma, 12 giu (ANSA) - ", "Roma"),
        ("Berlin, 3. März (dpa) - ", "Berlin"),
        ("Lisboa, 4 set (Lusa) – ", "Lisboa"),
        ("Paris, 5 mars (AFP) - ", "Paris"),
    ],
)
def test_a_wire_dateline_with_a_month_in_another_language(opening, place):
    lede = "El ministro dijo el martes que la alianza reforzará la cooperación con Japón en el Pacífico."
    article = parse_article(f"Titular sobre la alianza y Japón\n\n{opening}{lede}\n\n{_MORE}\n")
    assert article.dateline is not None
    assert article.dateline.text == place


@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        (
            "日本とNATO、サイバー分野で協力強化へ",
            "岸田文雄首相は１２日、リトアニアの首都ビリニュスでNATOのストルテンベルグ事務総長と会談し、新たな協力文書に署名した。",
        ),
        (
            "日本与北约签署新的合作文件",
            "日本首相岸田文雄12日在立陶宛首都维尔纽斯与北约秘书长斯托尔滕贝格会谈，双方签署了新的合作文件。",
        ),
    ],
)
def test_a_headline_over_prose_in_a_script_without_spaces(headline, lede):
    article = parse_article(f"{headline}\n\n{lede}\n\n{lede[:-1]}（続報）。\n")
    assert article.title is not None
    assert article.title.text == headline
    assert article.paragraphs[0].text == lede


def test_a_japanese_sentence_alone_is_body_not_a_headline():
    sentence = "岸田文雄首相は１２日、リトアニアの首都ビリニュスでNATOのストルテンベルグ事務総長と会談した。"
    article = parse_article(f"{sentence}\n")
    assert article.title is None
    assert [p.text for p in article.paragraphs] == [sentence]


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("— by Jane Doe.", "Jane Doe"),
        ("- sa panulat ni Drew Nacino.", "Drew Nacino"),
        ("— por Juan Pérez", "Juan Pérez"),
    ],
)
def test_a_writer_named_after_the_closing_dash_is_the_byline(closing, name):
    article = parse_article(f"{_HEADLINE}\n\n{_LEDE}\n\n{_MORE[:-1]} next spring {closing}\n")
    assert article.authors == (name,)


def test_a_name_alone_after_the_closing_dash_is_no_byline():
    article = parse_article(f"{_HEADLINE}\n\n{_LEDE}\n\n{_MORE[:-1]} next spring — Jane Doe\n")
    assert article.authors == ()


@pytest.mark.parametrize(
    "line", ["Deputy Prime Minister", "North Atlantic Treaty Organization", "Foreign Affairs"]
)
def test_an_office_or_a_region_under_the_headline_is_no_author(line):
    article = parse_article(f"{_HEADLINE}\n\n{line}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.authors == ()


@pytest.mark.parametrize("label", ["SUBJECTS", "TOPICS", "TAGS"])
def test_a_transcripts_subject_label_is_no_dateline(label):
    article = parse_article(
        f"{_HEADLINE}\n\n{label}: Alliance; Maritime security; Joint patrols.\n\n{_LEDE}\n"
    )
    assert article.dateline is None
