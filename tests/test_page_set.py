"""The labelled real-page set in ``tests/pages/``: files, URLs and labels hold together.

These tests check the set itself, never how well the parser reads it; that is
``benchmarks/parse_quality.py``'s job.
"""

import json
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from japan_nato_corpus.model import PartialDate

ROOT = Path(__file__).parents[1]
PAGES = ROOT / "tests" / "pages"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))["pages"]
KINDS = {"wire", "newspaper", "ministry", "nato", "speech", "think-tank", "blog", "repost", "other"}
FIELDS = {
    "id",
    "file",
    "url",
    "site",
    "kind",
    "topic",
    "split",
    "headline",
    "published",
    "time",
    "zone",
    "authors",
    "dateline",
    "body_first",
    "body_last",
    "captions",
    "quotes",
}


def _text(page):
    return (PAGES / page["file"]).read_bytes().decode("utf-8")


def _fold(text):
    return " ".join(text.split())


class TestPageSet:
    """The set is large and varied enough, and split as the issue asks."""

    def test_size_and_spread(self):
        assert len(GOLD) >= 120
        assert len({page["site"] for page in GOLD}) >= 50
        assert len({page["kind"] for page in GOLD}) == len(KINDS)

    def test_at_least_half_on_japan_nato_or_indo_pacific(self):
        topics = Counter(page["topic"] for page in GOLD)
        assert set(topics) == {"security", "general"}
        assert topics["security"] >= len(GOLD) / 2
        assert topics["general"] >= len(GOLD) / 3

    def test_holdout_is_large_and_spread_across_kinds(self):
        holdout = [page for page in GOLD if page["split"] == "holdout"]
        assert len(holdout) >= 45
        assert {page["kind"] for page in holdout} == KINDS
        assert {page["split"] for page in GOLD} == {"tune", "holdout"}

    def test_every_page_file_is_labelled_once(self):
        ids = [page["id"] for page in GOLD]
        assert len(ids) == len(set(ids))
        on_disk = {path.name for path in PAGES.glob("*.txt")}
        assert on_disk == {page["file"] for page in GOLD}

    def test_pages_stay_out_of_the_wheel(self):
        pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]
        assert ["src/japan_nato_corpus"] == wheel["packages"]


@pytest.mark.parametrize("page", GOLD, ids=[page["id"] for page in GOLD])
class TestPageLabels:
    """Each page's labels are well formed and point into its text."""

    def test_fields_and_url(self, page):
        assert FIELDS == set(page)
        assert page["kind"] in KINDS
        assert re.fullmatch(r"https?://[^\s/]+\S*", page["url"])
        assert page["file"] == f"{page['id']}.txt"

    def test_body_range_is_in_the_text(self, page):
        text = _text(page)
        start = text.find(page["body_first"])
        assert start >= 0
        assert text.rfind(page["body_last"]) >= start

    def test_labelled_strings_stand_in_the_text(self, page):
        text = _text(page)
        for label in [page["headline"], page["dateline"], *page["authors"]]:
            if label is not None:
                assert _fold(label).casefold() in _fold(text).casefold()
        for caption in page["captions"]:
            assert caption in text
        for quote in page["quotes"]:
            assert quote["text"] in text
            assert quote["speaker"] is None or quote["speaker"].strip()

    def test_date_and_time_are_well_formed(self, page):
        if page["published"] is not None:
            assert page["published"] == str(PartialDate.from_iso(page["published"]))
        if page["time"] is not None:
            assert re.fullmatch(r"[0-2]\d:[0-5]\d", page["time"])
            assert len(page["published"] or "") == len("2000-01-01")
        if page["zone"] is not None:
            assert page["time"] is not None
            assert re.fullmatch(r"[+-][01]\d:[0-5]\d", page["zone"])


def _holdout(name):
    return json.loads((PAGES / f"gold_{name}.json").read_text(encoding="utf-8"))["pages"]


HOLDOUTS = {
    "holdout-2": (_holdout("holdout2"), 30, 29),
    "holdout-3": (_holdout("holdout3"), 30, 30),
    "holdout-4": (_holdout("holdout4"), 15, 15),
    "holdout-5": (_holdout("holdout5"), 25, 22),
    "holdout-6": (_holdout("holdout6"), 25, 25),
    "holdout-7": (_holdout("holdout7"), 25, 25),
    "holdout-8": (_holdout("holdout8"), 35, 30),
    "holdout-9": (_holdout("holdout9"), 25, 20),
    "holdout-10": (_holdout("holdout10"), 30, 28),
    "holdout-11": (_holdout("holdout11"), 15, 15),
    "holdout-12": (_holdout("holdout12"), 15, 15),
    "holdout-13": (_holdout("holdout13"), 30, 28),
    "holdout-15": (_holdout("holdout15"), 20, 20),
    "holdout-14": (_holdout("holdout14"), 30, 30),
    "holdout-16": (_holdout("holdout16"), 30, 28),
    "holdout-17": (_holdout("holdout17"), 36, 36),
    "holdout-18": (_holdout("holdout18"), 40, 40),
    "holdout-19": (_holdout("holdout19"), 40, 40),
    "holdout-20": (_holdout("holdout20"), 40, 40),
    "holdout-21": (_holdout("holdout21"), 40, 40),
    "holdout-22": (_holdout("holdout22"), 40, 40),
    "holdout-23": (_holdout("holdout23"), 40, 40),
    "holdout-24": (_holdout("holdout24"), 40, 40),
    "holdout-25": (_holdout("holdout25"), 40, 40),
    "holdout-26": (_holdout("holdout26"), 40, 40),
    "holdout-27": (_holdout("holdout27"), 40, 40),
    "holdout-28": (_holdout("holdout28"), 40, 40),
    "holdout-29": (_holdout("holdout29"), 40, 40),
    "holdout-30": (_holdout("holdout30"), 40, 40),
    "holdout-31": (_holdout("holdout31"), 40, 40),
    "holdout-32": (_holdout("holdout32"), 40, 40),
}
"""Each later holdout: its labels, and the fewest pages and sites it was collected with."""
LATER = [(split, page) for split, (pages, _, _) in HOLDOUTS.items() for page in pages]


def _before(split):
    """The pages of the main set and of every holdout collected before ``split``."""
    earlier = list(GOLD)
    for name, (pages, _, _) in HOLDOUTS.items():
        if name == split:
            return earlier
        earlier += pages
    raise AssertionError(split)


@pytest.mark.parametrize("split", list(HOLDOUTS))
class TestLaterHoldout:
    """Each later holdout: its own files, from sites no earlier set holds, labelled alike."""

    def test_size_and_sites(self, split):
        pages, fewest_pages, fewest_sites = HOLDOUTS[split]
        sites = {page["site"] for page in pages}
        assert len(pages) >= fewest_pages
        assert len(sites) >= fewest_sites
        assert not sites & {page["site"] for page in _before(split)}
        assert {page["split"] for page in pages} == {split}

    def test_every_file_is_labelled_once(self, split):
        pages = HOLDOUTS[split][0]
        ids = [page["id"] for page in pages]
        assert len(ids) == len(set(ids))
        assert not set(ids) & {page["id"] for page in _before(split)}
        folder = split.replace("-", "")
        on_disk = {f"{folder}/{path.name}" for path in (PAGES / folder).glob("*.txt")}
        assert on_disk == {page["file"] for page in pages}


@pytest.mark.parametrize(("split", "page"), LATER, ids=[page["id"] for _, page in LATER])
def test_later_holdout_labels_point_into_the_text(split, page):
    text = (PAGES / page["file"]).read_bytes().decode("utf-8")
    assert set(page) == FIELDS - {"quotes"}
    assert page["split"] == split
    assert page["kind"] in KINDS
    assert re.fullmatch(r"https?://[^\s/]+\S*", page["url"])
    start, end = text.find(page["body_first"]), text.rfind(page["body_last"])
    assert 0 <= start <= end
    for label in [page["headline"], page["dateline"], *page["authors"], *page["captions"]]:
        if label is not None:
            assert _fold(label).casefold() in _fold(text).casefold()
    if page["published"] is not None:
        assert page["published"] == str(PartialDate.from_iso(page["published"]))
    if page["time"] is not None:
        assert re.fullmatch(r"[0-2]\d:[0-5]\d", page["time"])
    if page["zone"] is not None:
        assert page["time"] is not None
        assert re.fullmatch(r"[+-][01]\d:[0-5]\d", page["zone"])
