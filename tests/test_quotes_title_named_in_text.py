"""find_quotes: a definite title (``the prime minister``) stands for the person named last whom the
text gives that title (``Prime Minister Narendra Modi``), not for a known actor of that office
named earlier in passing."""

import japan_nato_corpus as jnc
from japan_nato_corpus.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    found = find_quotes(text, actors=tuple(jnc.load().actors))
    return [q.speaker_words.text if q.speaker_words else None for q in found]


def test_a_title_goes_to_the_person_the_text_titles_so_and_names_last() -> None:
    text = (
        "Prime Minister Narendra Modi said the Quad is not against anyone.\n"
        "“We all support a rules-based order,” Modi said at the summit, also attended by "
        "Japanese Prime Minister Fumio Kishida.\n"
        "“Our message is clear,” Modi said.\n"
        "“The working together of Quad is significant,” the prime minister said.\n"
    )
    assert _speakers(text)[-1] == "Modi"


def test_a_title_stays_with_the_actor_of_its_office_named_last() -> None:
    text = (
        "Prime Minister Narendra Modi said the Quad is not against anyone.\n"
        "Japanese Prime Minister Fumio Kishida met Biden later. Kishida spoke of the summit.\n"
        "“The working together of Quad is significant,” the prime minister said.\n"
    )
    (quote,) = find_quotes(text, actors=tuple(jnc.load().actors))
    assert quote.speaker == "fumio-kishida"
