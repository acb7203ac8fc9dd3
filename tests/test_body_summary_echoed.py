"""A release's summary that the lede under it tells again in the same words is the header's.

A ministry's or an office's release opens with a summary (its chapeau) of a sentence or two,
longer than a headline; the lede under it tells the same news again and repeats a whole
clause of it, ECHO_WORDS words in a row or more. A lede and the paragraph under it share
names and short phrases, not a clause, and stay the story's. Each page is made up for the test.
"""

import pytest

from body_cases import body_texts as _body_texts
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._page import ECHO_WORDS

_CASES = {
    "en": (
        "Minister meets her counterpart in Lisbon",
        (
            "At a bilateral meeting held on the sidelines of the Fourth International Conference on Ocean "
            "Protection in the Portuguese capital Lisbon, the Minister and her Portuguese "
            "counterpart discussed "
            "fisheries and the safety of shipping. They agreed to meet again next year."
        ),
        (
            "The Minister took the opportunity of her attendance at the Fourth International "
            "Conference on Ocean "
            "Protection in the Portuguese capital Lisbon to hold talks with the Portuguese foreign minister, "
            "which focused on fisheries. She thanked him for Portugal's support of the joint patrols in the "
            "Atlantic and invited him to the regional forum in the autumn, where the two governments will "
            "present their plan for the protection of the coastal waters."
        ),
        (
            "The forum will take place in the first week of October and will bring together "
            "ministers from twelve states."
        ),
    ),
    "de": (
        "Bundesrätin trifft Amtskollegen in Wien",
        (
            "Bei einem bilateralen Treffen am Rande der Zweiten Europäischen Konferenz über den Schutz der "
            "Alpen in der österreichischen Hauptstadt Wien hat die Bundesrätin mit ihrem Amtskollegen über "
            "den Verkehr durch die Alpen gesprochen. Beide wollen die Zusammenarbeit vertiefen."
        ),
        (
            "Die Bundesrätin nutzte ihre Teilnahme an der Zweiten Europäischen Konferenz über den Schutz der "
            "Alpen in der österreichischen Hauptstadt Wien für ein Gespräch mit dem "
            "österreichischen Minister, "
            "das vor allem dem Güterverkehr galt. Sie dankte ihm für die Unterstützung der gemeinsamen "
            "Verlagerungspolitik und lud ihn zu einem Besuch in Bern ein, bei dem die beiden Regierungen "
            "ihren Plan für die Bahnstrecken durch die Alpen vorstellen wollen."
        ),
        "Der Besuch soll im kommenden Frühjahr stattfinden, wie das Departement am Freitag mitteilte.",
    ),
}


@pytest.mark.parametrize("language", sorted(_CASES))
def test_a_summary_the_lede_tells_again_in_its_words_is_left_out(language):
    title, summary, lede, last = _CASES[language]
    article = parse_article(f"{title}\n\n{summary}\n\n{lede}\n\n{last}")
    assert _body_texts(article) == [lede, last]


def test_a_lede_that_shares_only_names_with_the_next_paragraph_stays():
    title = "Council backs a bigger transport budget"
    lede = (
        "The regional council of the northern province approved a new budget for public transport on "
        "Tuesday, raising the number of night buses and extending two tram lines to the northern districts, "
        "after a debate that lasted well into the evening."
    )
    second = (
        "Officials said the regional council of the northern province will now ask the national government "
        "for a grant, and the first of the new services would start in the spring, once the drivers have "
        "been trained and the timetables agreed with the neighbouring towns."
    )
    third = "The opposition welcomed the plan but asked how it would be paid for after the grant ends."
    shared = "the regional council of the northern province"
    assert len(shared.split()) < ECHO_WORDS
    article = parse_article(f"{title}\n\n{lede}\n\n{second}\n\n{third}")
    assert _body_texts(article) == [lede, second, third]


def test_a_summary_with_the_dateline_opens_the_story():
    title, summary, lede, last = _CASES["en"]
    dated = f"LISBON (Reuters) - {summary}"
    article = parse_article(f"{title}\n\n{dated}\n\n{lede}\n\n{last}")
    assert _body_texts(article)[0] == dated
