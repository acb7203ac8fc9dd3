"""The labelled quote pages are well formed: each quote stands in its page, sets share no site."""

import json
from pathlib import Path
from typing import Any

import pytest

QUOTE_PAGES = Path(__file__).parent / "quote_pages"
SETS = sorted([QUOTE_PAGES, *(p for p in QUOTE_PAGES.iterdir() if p.is_dir())])


def _pages(folder: Path) -> list[dict[str, Any]]:
    pages: list[dict[str, Any]] = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["pages"]
    return pages


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_labelled_quote_stands_in_its_page(folder: Path) -> None:
    for page in _pages(folder):
        text = (folder / page["file"]).read_bytes().decode("utf-8")
        for quote in page["quotes"]:
            words = quote["text"]
            assert words, page["id"]
            assert words in text, (page["id"], words)
            if "start" in quote:
                assert text[quote["start"] : quote["start"] + len(words)] == words, (page["id"], words)
            assert quote["speaker"] is None or quote["speaker"].strip()


def test_no_site_is_in_two_sets_of_quote_pages() -> None:
    seen: dict[str, str] = {}
    for folder in SETS:
        for page in _pages(folder):
            site = str(page["site"]).removeprefix("www.")
            # Two pages of one set may come from one site; no site is in two sets.
            assert seen.setdefault(site, folder.name) == folder.name, (site, folder.name, seen[site])
