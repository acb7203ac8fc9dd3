"""Cues from the file of verbs of saying that give short partial quotes their speaker."""

from japan_nato_corpus.quotes import find_quotes


def _quoted(text: str) -> list[str]:
    return [q.evidence.quote for q in find_quotes(text)]


def test_identifies_as_names_what_a_document_says() -> None:
    text = 'The strategy explicitly identifies China\'s actions as a "serious concern" for stability.\n'
    assert "serious concern" in _quoted(text)


def test_japanese_view_shown_after_to_is_a_cue() -> None:
    text = "岩屋外務大臣は記者会見で、構想について「中長期的に検討すべき」との考えを示しました。\n"
    assert "中長期的に検討すべき" in _quoted(text)
