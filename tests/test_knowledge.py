"""The curated actors, events and agreements shipped with the package."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

import japan_nato_corpus as jnc
from japan_nato_corpus import converter
from japan_nato_corpus.model import Modality, PartialDate, Precision
from japan_nato_corpus.storage import BUNDLED

KNOWN_IDS = json.loads((Path(__file__).parent / "knowledge_ids.json").read_text(encoding="utf-8"))
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")  # fmt: skip


@pytest.fixture(name="corpus", scope="module")
def fixture_corpus():
    return jnc.load()


@pytest.fixture(name="texts", scope="module")
def fixture_texts(corpus):
    return {article.id: article.text for article in corpus.articles}


def _resolve(expression: str, anchor: dt.date) -> PartialDate:
    """The documented rules for relative dates, restated independently of the data."""
    words = expression.lower().split()
    if words[-1] == "year" and words[0] == "last":
        return PartialDate(year=anchor.year - 1)
    if words[-1] in MONTHS:
        month = MONTHS.index(words[-1]) + 1
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return PartialDate(year=year, month=month)
    target = WEEKDAYS.index(words[-1])
    back = (anchor.weekday() - target) % 7
    if words[0] == "last":
        back = back or 7
        return PartialDate.from_date(anchor - dt.timedelta(days=back))
    if words[0] == "next":
        ahead = (target - anchor.weekday()) % 7 or 7
        return PartialDate.from_date(anchor + dt.timedelta(days=ahead))
    return PartialDate.from_date(anchor - dt.timedelta(days=back))


class TestIntegrity:
    """Every quote, reference and id in the curated files holds."""

    def test_check_finds_no_problem(self, corpus):
        assert jnc.check(corpus) == []

    def test_counts_meet_the_bar(self, corpus):
        assert len(corpus.actors) >= 100
        assert len(corpus.events) >= 45
        assert len(corpus.agreements) >= 5

    def test_files_are_in_the_converter_form(self, corpus):
        for name in ("actors", "events", "agreements"):
            records = tuple(getattr(corpus, name))
            expected = json.dumps(converter.unstructure(records), indent=2, ensure_ascii=False) + "\n"
            assert expected == (BUNDLED / f"{name}.json").read_text(encoding="utf-8")


class TestIds:
    """Ids are readable slugs and none committed ever disappears."""

    def test_ids_are_slugs(self, corpus):
        for name in ("actors", "events", "agreements"):
            bad = [id_ for id_ in getattr(corpus, name).ids if not SLUG.fullmatch(id_)]
            assert bad == []

    def test_event_ids_begin_with_their_date(self, corpus):
        assert [e.id for e in corpus.events if not e.id.startswith(e.date.iso + "-")] == []

    @pytest.mark.parametrize("name", ["actors", "events", "agreements"])
    def test_committed_ids_are_all_still_there(self, corpus, name):
        assert sorted(set(KNOWN_IDS[name]) - set(getattr(corpus, name).ids)) == []

    def test_wikidata_ids_are_unique(self, corpus):
        items = [a.wikidata for a in corpus.actors if a.wikidata]
        assert len(set(items)) == len(items)

    def test_the_anchor_ids_exist(self, corpus):
        for id_ in ("shinzo-abe", "nato", "japan", "china", "senkaku-islands"):
            assert id_ == corpus.actors[id_].id
        assert corpus.events["2014-05-06-abe-rasmussen-sign-ipcp"]
        assert corpus.agreements["japan-nato-ipcp-2014"]


class TestActors:
    """Actors carry the names the documents use."""

    def test_every_alias_is_written_in_a_document(self, corpus, texts):
        everything = "\n".join(texts.values())
        missing = [
            (a.id, alias.name) for a in corpus.actors for alias in a.aliases if alias.name not in everything
        ]
        assert missing == []

    def test_contested_names_record_who_uses_them(self, corpus):
        islands = corpus.actors["senkaku-islands"]
        used_by = {alias.name: alias.used_by for alias in islands.aliases}
        assert used_by["Diaoyu Islands"] == ("china",)
        assert used_by["Senkaku"] == ("japan",)

    def test_offices_have_evidence(self, corpus):
        assert [a.id for a in corpus.actors for o in a.offices if not o.evidence] == []


class TestEvents:
    """Events are dated, evidenced and merged across documents."""

    def test_every_event_has_evidence_and_a_date(self, corpus):
        for event in corpus.events:
            assert event.evidence
            assert isinstance(event.date, PartialDate)

    def test_every_event_has_a_participant_and_cameo_codes_are_cameo_shaped(self, corpus):
        assert [e.id for e in corpus.events if not e.participants] == []
        assert [e.id for e in corpus.events if e.cameo and len(e.cameo) not in {2, 3, 4}] == []

    def test_relative_dates_follow_the_documented_rules(self, corpus):
        relative = [e for e in corpus.events if e.relative_date is not None]
        assert len(relative) >= 10
        for event in relative:
            anchor = event.relative_date.anchor
            assert anchor.precision == Precision.DAY
            assert (event.id, _resolve(event.relative_date.expression, anchor.earliest)) == (
                event.id,
                event.date,
            )

    def test_one_real_event_is_one_record_with_evidence_from_each_document(self, corpus):
        visit = corpus.events["2007-abe-visits-nato-headquarters"]
        assert {
            "reuters-2014-05-06-japan-nato-partnership",
            "global-research-2013-01-14-abe-letter-to-nato",
            "blog-undated-abe-2007-nato-visit",
        } == {e.document for e in visit.evidence}
        signing = corpus.events["2014-05-06-abe-rasmussen-sign-ipcp"]
        assert len({e.document for e in signing.evidence}) == 2

    def test_relative_expressions_are_in_the_evidence(self, corpus):
        for event in corpus.events:
            if event.relative_date is not None:
                assert any(event.relative_date.expression in e.quote for e in event.evidence), event.id

    def test_past_planned_and_background_events_are_told_apart(self, corpus):
        used = {e.modality for e in corpus.events}
        assert {Modality.HAPPENED, Modality.PLANNED, Modality.BACKGROUND} <= used


class TestAgreements:
    """Agreements list their areas as the documents do."""

    def test_areas_appear_in_the_documents_in_order(self, corpus, texts):
        for agreement in corpus.agreements:
            position: tuple[str, int] | None = None
            for area in agreement.areas:
                found = [
                    (e.document, e.start + e.quote.index(area)) for e in agreement.evidence if area in e.quote
                ]
                assert found, (agreement.id, area)
                later = [f for f in found if position is None or (f[0] == position[0] and f[1] > position[1])]
                assert later, (agreement.id, area)
                position = min(later, key=lambda f: f[1])
                assert area == texts[position[0]][position[1] : position[1] + len(area)]

    def test_the_ipcp_has_its_seven_areas(self, corpus):
        ipcp = corpus.agreements["japan-nato-ipcp-2014"]
        assert len(ipcp.areas) == 7
        assert ipcp.signatories == ("shinzo-abe", "anders-fogh-rasmussen")
        assert PartialDate(year=2014, month=5, day=6) == ipcp.date

    def test_the_asean_statement_has_its_thirteen_items(self, corpus):
        assert len(corpus.agreements["asean-japan-commemorative-summit-joint-statement-2013"].areas) == 13

    def test_signing_events_match_the_agreement_dates(self, corpus):
        for agreement in corpus.agreements:
            if agreement.signing_event and agreement.date:
                assert agreement.date == corpus.events[agreement.signing_event].date, agreement.id


class TestConflicts:
    """Contradictions in the documents are recorded with both readings."""

    def test_the_known_contradictions_are_recorded(self, corpus):
        topics = {c.topic for e in corpus.events for c in e.conflicts}
        topics |= {c.topic for a in corpus.agreements for c in a.conflicts}
        for word in ("Vancouver", "ASEAN-Japan", "'last Sunday'", "Donilon", "note [24]", "President's name"):
            assert any(word in topic for topic in topics), word

    def test_obama_misspelling_is_an_alias(self, corpus):
        assert "Barak Obama" in corpus.actors["barack-obama"].names
