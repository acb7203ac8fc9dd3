"""A participle cue right after a subordinate clause speaks for that clause's subject."""

from japan_nato_corpus.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_words.text if q.speaker_words else None for q in find_quotes(text, actors=())]


def test_participle_after_a_subordinate_clause_hangs_on_its_subject() -> None:
    text = (
        "Teodoro made the remark after China\u2019s foreign ministry reacted to the RAA, saying "
        "agreements should not \u201ctarget or harm the interests of any third party.\u201d"
    )
    (speaker,) = _speakers(text)
    assert speaker is not None
    assert speaker.startswith("China")


def test_participle_after_a_main_clause_hangs_on_the_main_subject() -> None:
    text = (
        "After the meeting ended, Teodoro spoke to reporters, saying the deal was "
        "\u201cnone of China\u2019s business.\u201d"
    )
    assert _speakers(text) == ["Teodoro"]
