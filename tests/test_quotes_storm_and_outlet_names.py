"""find_quotes: a storm's name (``Hurricane Delia``, ``Typhoon Koto``), a page's media label (``Video``)
and a news outlet's name (``Nanto News``) are capitalised runs but never a person's, so a quote's
speaker is never one of them."""

from quote_cases import speakers


def test_a_storm_named_after_the_speaker_is_not_the_speaker():
    text = (
        "State Governor Alma Ruiz is ordering people on the coast to leave as Hurricane Delia "
        "nears the islands.\n\n"
        "\u201cThis storm is huge and it is dangerous. Please leave while the roads are open.\u201d\n"
    )
    [(_, said)] = speakers(text, ())
    assert said is not None
    assert said.endswith("Alma Ruiz")


def test_a_media_label_and_an_outlet_are_no_speakers():
    text = (
        "Video\n"
        "Fishing boats left the harbour at dawn, Nanto News reported, as the warning spread.\n"
        "\u201cI thought the sea would come into the town again\u201d, he said.\n"
    )
    assert [s for _, s in speakers(text, ())] in (["he"], [None])
