"""A headline set whole in brackets (``【…】``, ``「…」``, ``[…]``) is read without them.

The brackets enclose the headline as quotation marks may; a bracketed label before a headline
(``[Commentary] ...``) or brackets inside one stay as they are. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_STORY = (
    "沖縄を含む南西諸島の離島で自衛隊の配備が進んでいます。最東端の北大東島は村議会が全会一致で誘致を決め、"
    "防衛省は来年度にも調査を始める方針です。島の人々の間には期待と不安の声が交錯しています。"
)


@pytest.mark.parametrize(("opener", "closer"), [("【", "】"), ("「", "」"), ("『", "』")])
def test_headline_in_enclosing_brackets_is_read_without_them(opener: str, closer: str) -> None:
    headline = "防衛力強化が進む南西諸島 本土復帰50年を迎える沖縄の今"
    page = "\n".join([f"{opener}{headline}{closer}", _STORY, _STORY])
    assert parse_article(page).headline == headline


def test_brackets_inside_a_headline_are_kept() -> None:
    headline = "【速報】防衛力強化が進む南西諸島 本土復帰50年を迎える沖縄の今【続報】"
    page = f"{headline}\n{_STORY}\n{_STORY}"
    assert parse_article(page).headline == headline
