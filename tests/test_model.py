import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventKind,
    Evidence,
    Modality,
    ParseError,
    PartialDate,
    PloverCategory,
    Precision,
    Span,
)
from japan_nato_corpus import strategies as jst

EVIDENCE = Evidence(document="doc", start=0, end=3, quote="Abe")


class TestPartialDate:
    """PartialDate bounds, precision, ISO form and ordering."""

    @given(jst.partial_dates())
    def test_bounds_are_ordered_and_contain_themselves(self, date):
        assert date.earliest <= date.latest
        assert date.contains(date.earliest)
        assert date.contains(date.latest)

    @given(jst.partial_dates())
    def test_precision_matches_fields(self, date):
        expected = {0: Precision.YEAR, 1: Precision.MONTH, 2: Precision.DAY}
        assert expected[(date.month is not None) + (date.day is not None)] == date.precision

    @given(jst.partial_dates())
    def test_iso_round_trip(self, date):
        assert date == PartialDate.from_iso(date.iso)
        assert len(date.iso) == {Precision.YEAR: 4, Precision.MONTH: 7, Precision.DAY: 10}[date.precision]

    @given(jst.partial_dates(), jst.partial_dates())
    def test_ordering_is_consistent_with_bounds(self, a, b):
        if a.latest < b.earliest:
            assert a < b
            assert not b < a
        assert (a < b) + (b < a) + (a == b) == 1

    @given(jst.partial_dates(), jst.partial_dates(), jst.partial_dates())
    def test_ordering_is_transitive(self, a, b, c):
        if a <= b <= c:
            assert a <= c

    @given(st.dates())
    def test_day_precision_bounds_are_the_day(self, day):
        date = PartialDate.from_date(day)
        assert (day, day) == (date.earliest, date.latest)

    def test_finer_date_sorts_first_within_the_same_start(self):
        assert (
            PartialDate.from_iso("2014-01-01")
            < PartialDate.from_iso("2014-01")
            < PartialDate.from_iso("2014")
        )

    def test_latest_of_february_in_a_leap_year(self):
        assert dt.date(2012, 2, 29) == PartialDate(year=2012, month=2).latest

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"year": 2014, "month": 13}, "'month' must be in range"),
            ({"year": 2014, "month": 0}, "'month' must be in range"),
            ({"year": 2014, "month": 2, "day": 30}, "day 30 is past the end of 2014-02"),
            ({"year": 2014, "day": 5}, "a day (5) needs a month"),
            ({"year": 0}, "'year' must be in range"),
            ({"year": 10000}, "'year' must be in range"),
        ],
    )
    def test_rejects_impossible_dates(self, fields, message):
        with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
            PartialDate(**fields)

    @pytest.mark.parametrize(
        "text", ["", "14", "2014-5", "2014-05-6", "2014-13", "2014-02-30", "2014/05/06", "x"]
    )
    def test_from_iso_rejects_other_forms(self, text):
        with pytest.raises(ParseError, match="date"):
            PartialDate.from_iso(text)


class TestSpanAndEvidence:
    """Spans and evidence keep offsets and quote consistent."""

    @given(st.text(), st.data())
    def test_span_strategy_slices_its_text(self, text, data):
        span = data.draw(jst.spans(text))
        assert span.text == text[span.start : span.end]

    @pytest.mark.parametrize(
        ("start", "end", "quote", "message"),
        [
            (-1, 2, "abc", "0 <= start"),
            (3, 2, "ab", "0 <= start <= end"),
            (0, 2, "abc", "quote has 3 characters"),
        ],
    )
    def test_rejects_inconsistent_offsets(self, start, end, quote, message):
        with pytest.raises(ValueError, match=message):
            Evidence(document="doc", start=start, end=end, quote=quote)

    def test_rejects_empty_document_id(self):
        with pytest.raises(ValueError, match="'document' must be a non-empty id"):
            Evidence(document="", start=0, end=3, quote="Abe")

    def test_rejects_blank_quote(self):
        with pytest.raises(ValueError, match="'quote' must not be empty"):
            Evidence(document="doc", start=0, end=2, quote="  ")


class TestArticle:
    """Articles refuse parts that do not slice their text."""

    def test_rejects_span_that_is_not_the_text(self):
        with pytest.raises(ValueError, match="does not slice the text"):
            Article(id="a", text="Hello world", title=Span(start=0, end=5, text="World"))

    def test_rejects_published_at_on_another_day(self):
        at = dt.datetime(2014, 5, 6, 15, 7, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
        with pytest.raises(ValueError, match="is not on published"):
            Article(id="a", text="x", published=PartialDate(year=2014, month=5, day=7), published_at=at)

    def test_keeps_the_time_zone(self):
        at = dt.datetime(2023, 4, 6, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
        article = Article(id="a", text="x", published=PartialDate.from_date(at), published_at=at)
        assert dt.timedelta(hours=9) == article.published_at.utcoffset()

    @given(jst.articles())
    def test_every_part_slices_the_text(self, article):
        for paragraph in article.paragraphs:
            assert paragraph.text == article.text[paragraph.start : paragraph.end]
        assert "\n\n".join(p.text for p in article.paragraphs) == article.body


class TestEvent:
    """Events need evidence, valid ids and an end after their start."""

    def make(self, **changes):
        fields = {
            "id": "e1",
            "kind": EventKind.SIGNING,
            "modality": Modality.HAPPENED,
            "date": PartialDate(year=2014, month=5, day=6),
            "summary": "Signed.",
            "evidence": (EVIDENCE,),
        }
        return Event(**(fields | changes))

    def test_plover_defaults_to_the_kind_and_is_curated_apart_from_it(self):
        assert self.make().plover == PloverCategory.SUPPORT
        assert self.make(plover=PloverCategory.AGREE).plover == PloverCategory.AGREE

    def test_every_kind_maps_to_plover(self):
        assert all(isinstance(kind.plover, PloverCategory) for kind in EventKind)

    def test_rejects_end_before_start(self):
        with pytest.raises(ValueError, match="end 2014-04 is before start 2014-05-06"):
            self.make(end=PartialDate(year=2014, month=4))

    def test_accepts_end_within_start(self):
        assert (
            PartialDate(year=2014)
            == self.make(date=PartialDate(year=2014, month=5), end=PartialDate(year=2014)).end
        )

    def test_rejects_no_evidence(self):
        with pytest.raises(ValueError, match="'evidence' must hold at least one item"):
            self.make(evidence=())

    @pytest.mark.parametrize("bad", ["", "Has Space", "../escape", "UPPER", "a--b"])
    def test_rejects_bad_ids(self, bad):
        with pytest.raises(ValueError, match="'id' must be a non-empty id"):
            self.make(id=bad)

    def test_is_immutable(self):
        event = self.make()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            event.summary = "changed"  # type: ignore[misc]


class TestActor:
    """Actors validate Wikidata ids and list all their names."""

    def test_names_lead_with_the_canonical_name(self):
        from japan_nato_corpus import Alias

        actor = Actor(id="abe", kind=ActorKind.PERSON, name="Shinzo Abe", aliases=(Alias(name="Abe"),))
        assert actor.names == ("Shinzo Abe", "Abe")

    @pytest.mark.parametrize("bad", ["Q0", "q42", "Q", "P31", "Q42x"])
    def test_rejects_bad_wikidata_ids(self, bad):
        with pytest.raises(ValueError, match="'wikidata' must match regex"):
            Actor(id="a", kind=ActorKind.PERSON, name="A", wikidata=bad)
