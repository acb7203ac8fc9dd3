"""find_quotes: the attribution of each quote is looked for within a bounded reach around it
(``SPEAKER_REACH``), and the indexes that replace whole-text scans give what the scans gave."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from japan_nato_corpus.quotes import SPEAKER_REACH, _kinds, _marks, _speaker, _text, _vocabulary, find_quotes
from quote_cases import speakers


def test_a_cue_within_the_reach_gives_the_quote_its_speaker():
    text = "Kishida said " + "and so on " * 20 + '"we will stand together with our partners here."'
    assert speakers(text, ()) == [("we will stand together with our partners here.", "Kishida")]


def test_a_line_longer_than_the_reach_is_read_from_the_reach_only():
    filler = "and so on " * (SPEAKER_REACH // 10 + 10)
    text = "Kishida said " + filler + '"we will stand together with our partners here."'
    [quote] = find_quotes(text)
    assert quote.speaker_words is None
    assert quote.cue is None


def _quoted_elsewhere_by_scan(text: str, raw: _marks._Raw) -> bool:
    words = text[raw.start : raw.end].strip(" ,.;:")
    marked = re.compile(r"[\"\u201c]" + re.escape(words) + r"[,.;:]?[\"\u201d]")
    return sum(m.start() != raw.open_mark for m in marked.finditer(text)) >= 2


_PIECES = st.sampled_from(['"', "\u201c", "\u201d", "a", "b", "a b", ",", ".", " ", "\n"])


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=40).map("".join))
def test_the_index_of_quoted_words_counts_what_a_scan_of_the_text_counts(text):
    _kinds._marked_words.cache_clear()
    for raw in _marks._pairs(text):
        words = text[raw.start : raw.end].strip(" ,.;:")
        if not words or "\n" in words:
            continue
        assert _kinds._quoted_elsewhere(text, raw) == _quoted_elsewhere_by_scan(text, raw), raw


def _gender_by_scan(text: str, word: str) -> str | None:
    found = set()
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        title = _speaker._GENDERED_TITLE.search(text, max(0, match.start() - 80), match.start())
        if title is not None and not re.search(
            r"[.!?,;:]", title.group()[len(title.group("m") or title.group("f")) :]
        ):
            found.add("m" if title.group("m") else "f")
        clause = re.split(r"[.!?;,\u201c\u201d\"]", text[match.end() : match.end() + 60])[0]
        own = _speaker._OWN_PRONOUN.search(clause)
        if own is not None and own.start() < 40:
            found.add(_vocabulary._pronoun_genders()[own.group(1)])
    return found.pop() if len(found) == 1 else None


_NAME_PIECES = st.sampled_from(["Ms ", "Mr ", "Abe", "Abe's", "Abe-led", "Abes", " her ", " his ", " ", ". "])


@settings(max_examples=100, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=30).map("".join), st.sampled_from(["Abe", "Abe's", "Ab"]))
def test_the_index_of_words_gives_a_name_the_gender_a_scan_gives(text, word):
    _speaker._place_gender.cache_clear()
    text = f"{text} {word}"
    name = _text._span(text, len(text) - len(word), len(text))
    assert _speaker._name_gender(text, name) == _gender_by_scan(text, word)


def test_a_name_takes_its_gender_from_its_own_story_only():
    far = " and so on" * (_speaker._STORY_REACH // 10 + 10)
    near = "Ms Abe spoke. Abe"
    for text in (near, "Ms Abe spoke." + far + " Abe"):
        name = _text._span(text, len(text) - 3, len(text))
        assert _speaker._name_gender(text, name) == ("f" if text is near else None)


def test_a_term_quoted_again_only_in_another_story_is_not_a_term_here():
    near = 'Kishida said "strong ties" matter. Ishiba said "strong ties" matter. Abe said "strong ties" too.'
    far = " and so on" * (_speaker._STORY_REACH // 10 + 10)
    text = near + far + near
    assert [q.text for q in find_quotes(text)] == []  # quoted three times in its story: a term
    alone = 'Kishida said "strong ties" matter.' + far + near
    assert [q.text for q in find_quotes(alone)][:1] == ["strong ties"]
