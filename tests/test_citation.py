"""The citation metadata agree with the package: CITATION.cff, the How to cite page, pyproject."""

import re
import tomllib
from importlib.metadata import metadata, version
from pathlib import Path

import japan_nato_corpus as jnc

ROOT = Path(__file__).resolve().parent.parent


def _field(text, pattern):
    match = re.search(pattern, text, re.MULTILINE)
    assert match, pattern
    return match[1]


class TestCitation:
    """Every place that states the version or the authors states the same."""

    def test_citation_cff_version_and_author(self):
        cff = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
        assert version("japan-nato-corpus") == _field(cff, r"^version: (\S+)$")
        assert "cff-version: 1.2.0" in cff
        authors = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["authors"]
        assert [author["name"] for author in authors] == [_field(cff, r"^  - name: (.+)$")]

    def test_the_how_to_cite_page_names_both_versions(self):
        page = (ROOT / "docs" / "citing.md").read_text(encoding="utf-8")
        assert version("japan-nato-corpus") == _field(page, r"^  version = \{(.+)\},$")
        assert jnc.CORPUS_VERSION == _field(page, r"^  note    = \{Data version (.+)\},$")

    def test_installed_metadata_has_authors_and_urls(self):
        installed = metadata("japan-nato-corpus")
        assert "japan_nato_corpus contributors" in (
            installed.get("Author") or installed.get("Author-email") or ""
        )
        urls = [value.split(", ", 1) for value in installed.get_all("Project-URL") or []]
        assert {"Homepage", "Documentation", "Source", "Changelog"} <= {label for label, _ in urls}
        assert all(url.startswith("https://example.invalid/") for _, url in urls)
