"""A credit tag line cut off where the page was cut (``...; Editi``) still gives its whole credits.

The lines are written for these tests.
"""

from japan_nato_corpus.model import CreditRole
from japan_nato_corpus.parse import _bylines

_WHOLE = "(Reporting by Chang-Ran Kim; Additional reporting by Liz Lee in Beijing"


class TestCutTagline:
    """The credits before the cut are read; a closed tag line must still hold nothing else."""

    def test_a_tag_line_cut_in_its_last_word(self) -> None:
        line = _WHOLE + "; Editi"
        found = _bylines.tagline(line, 0)
        assert found is not None
        names = [(role, line[start:end]) for role, (start, end) in found]
        assert [(CreditRole.REPORTING, "Chang-Ran Kim"), (CreditRole.REPORTING, "Liz Lee")] == names

    def test_a_closed_tag_line_with_a_stray_word_is_none(self) -> None:
        assert _bylines.tagline(_WHOLE + "; Editi)", 0) is None

    def test_a_cut_line_with_more_than_a_word_left_is_none(self) -> None:
        assert _bylines.tagline(_WHOLE + "; and the rest of it", 0) is None
