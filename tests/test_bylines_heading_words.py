"""A section's heading shaped as names (``Strengthening Military and Disaster Response Cooperation``).

Its words end as abstract or verbal nouns do, as no person's name does: it is no byline. And a
name spelt out between dashes after an acronym (``GCAP — the Global Combat Air Programme — is``)
opens no dateline.
"""

import pytest

from japan_nato_corpus.parse import _bylines, _header


@pytest.mark.parametrize(
    "heading",
    ["Product Identity", "Disaster Response Cooperation", "Strengthening Military", "Regional Partnership"],
)
def test_heading_of_abstract_nouns_is_no_name(heading: str) -> None:
    assert not _bylines.is_name(heading)


def test_names_joined_by_and_in_a_heading_are_no_byline() -> None:
    assert _bylines.byline("Strengthening Military and Disaster Response Cooperation", 0) is None


@pytest.mark.parametrize("name", ["Jane Doe", "Nathan Pickering", "Takeshi Sakade", "Mico A. Galang"])
def test_person_s_name_stays_a_name(name: str) -> None:
    assert _bylines.is_name(name)


def test_acronym_spelt_out_between_dashes_opens_no_dateline() -> None:
    line = (
        "GCAP — the Global Combat Air Programme — is the fighter that three countries aim to field by 2035."
    )
    assert _header.dateline(line, 0, len(line)) is None


def test_place_in_capitals_before_a_dash_still_opens_the_dateline() -> None:
    line = "TOKYO — the yen fell against the dollar on Monday as traders weighed the outlook for rates."
    assert _header.dateline(line, 0, len(line)) is not None
