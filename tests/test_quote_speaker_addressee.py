"""find_quotes: the name after *told*, *said to* or *an interview with* is the one spoken to."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quote_cases import speakers


@pytest.mark.parametrize(
    "addressed",
    ["told Radio Meridian", "said to Harbour Television", "said in an interview with Coastal Weekly"],
)
def test_a_title_after_the_quote_stands_for_the_speaker_not_the_one_spoken_to(addressed):
    text = (
        f"\u201cThe talks went well and we will meet again,\u201d Finance Minister Oskar Varga {addressed} "
        "on Monday.\n\n"
        "The minister called the exchange \u201cuseful\u201d, adding: \u201cWe agreed on much more than "
        "we expected.\u201d"
    )
    found = [words for _, words in speakers(text, ())]
    assert len(found) == 3
    assert all(words is not None and words.endswith("Oskar Varga") for words in found)


@given(
    outlet=st.sampled_from(["Radio Meridian", "Harbour Television", "Coastal Weekly", "Northern Post"]),
    addressing=st.sampled_from(["told", "said to", "spoke to", "said in an interview with"]),
)
def test_no_outlet_spoken_to_is_ever_a_later_quotes_speaker(outlet, addressing):
    text = (
        f"\u201cWe have made progress on the harbour deal,\u201d Mayor Ilse Brandt {addressing} {outlet}.\n\n"
        "The mayor described the deal as \u201cfair\u201d, adding: \u201cBoth sides gave up something "
        "they wanted.\u201d"
    )
    assert all(outlet not in (words or "") for _, words in speakers(text, ()))
