"""find_quotes: a Korean adverb ending in 어 (``이어``, *then*) that opens a sentence is not its subject."""

from quote_cases import speakers


def test_a_connective_adverb_before_a_titled_family_name_is_left_out():
    text = (
        "\uc870\ud604 \uc678\uad50\ubd80 \uc7a5\uad00\uc774 29\uc77c \ud68c\ub2f4\uc744 \ud588\ub2e4. "
        "\uc774\uc5b4 \uc870 \uc7a5\uad00\uc740 \u201c\uc624\ub298 \uc77c\ubcf8\uc744 "
        "\ubc29\ubb38\ud55c\ub2e4\u201d\uace0 \ub9d0\ud588\ub2e4."
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert not words.startswith("\uc774\uc5b4")
