import pytest

import japan_nato_corpus as jnc
from japan_nato_corpus.dates import resolve_relative

RELATIVE = [event for event in jnc.load().events if event.relative_date is not None]


class TestCuratedRelativeDates:
    """Every curated relative date is what the dates module resolves it to."""

    def test_the_corpus_has_relative_dates(self):
        assert len(RELATIVE) >= 10

    @pytest.mark.parametrize("event", RELATIVE, ids=lambda event: event.id)
    def test_date_is_the_resolved_expression(self, event):
        relative = event.relative_date
        assert event.date == resolve_relative(relative.expression, relative.anchor)

    @pytest.mark.parametrize("event", RELATIVE, ids=lambda event: event.id)
    def test_anchor_is_the_publication_date_of_an_evidence_article(self, event):
        published = {jnc.load().articles[e.document].published for e in event.evidence}
        assert event.relative_date.anchor in published
