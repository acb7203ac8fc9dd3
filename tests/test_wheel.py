import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
DATA = "japan_nato_corpus/data/"


@pytest.fixture(scope="module", name="wheel")
def fixture_wheel(tmp_path_factory):
    """The wheel built from this checkout."""
    target = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(target), str(ROOT)], check=True
    )
    (path,) = target.glob("japan_nato_corpus-*.whl")
    with zipfile.ZipFile(path) as archive:
        yield {name: archive.read(name) for name in archive.namelist()}


class TestWheel:
    """The built wheel holds the package data a user needs."""

    def test_documents_match_the_manifest_hashes(self, wheel):
        manifest = json.loads(wheel[DATA + "manifest.json"])
        assert len(manifest["documents"]) == 5
        for document in manifest["documents"]:
            raw = wheel[f"{DATA}documents/{document['id']}.txt"]
            assert document["sha256"] == hashlib.sha256(raw).hexdigest()

    def test_ships_py_typed(self, wheel):
        assert "japan_nato_corpus/py.typed" in wheel

    def test_ships_no_tests_and_no_bytecode(self, wheel):
        assert not [name for name in wheel if name.startswith("tests/") or name.endswith(".pyc")]
