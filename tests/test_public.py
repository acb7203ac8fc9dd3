import ast
import importlib
import inspect
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

import japan_nato_corpus as jnc

PACKAGE = Path(jnc.__file__).parent


class TestPublicFace:
    """The package's public names and import behaviour."""

    def test_all_is_the_stubs_names_and_each_resolves_to_its_module(self):
        stub = ast.parse((PACKAGE / "__init__.pyi").read_text(encoding="utf-8"))
        homes = {
            alias.asname or alias.name: f"japan_nato_corpus.{node.module}"
            for node in stub.body
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert sorted(["CORPUS_VERSION", *homes]) == jnc.__all__
        for name, home in homes.items():
            assert getattr(importlib.import_module(home), name) is getattr(jnc, name)

    def test_all_equals_the_public_names(self):
        for name in jnc.__all__:
            getattr(jnc, name)
        public = {name for name in vars(jnc) if not name.startswith("_")}
        public -= {name for name in public if inspect.ismodule(getattr(jnc, name))}
        assert set(jnc.__all__) == public
        assert jnc.__all__ == dir(jnc)

    def test_every_error_and_record_class_is_public(self):
        from japan_nato_corpus import errors, model

        classes = [name for module in (errors, model) for name in module.__all__]
        classes = [
            name for name in classes if inspect.isclass(getattr(model, name, getattr(errors, name, None)))
        ]
        assert set(classes) <= set(jnc.__all__)

    def test_source_of_every_public_class_is_found(self):
        for name in jnc.__all__:
            obj = getattr(jnc, name)
            if inspect.isclass(obj):
                assert f"class {name}" in inspect.getsource(obj), name

    def test_unknown_attribute_raises_attribute_error(self):
        with pytest.raises(AttributeError, match="no attribute 'nothing'"):
            _ = jnc.nothing

    def test_every_public_name_has_a_docstring(self):
        for name in jnc.__all__:
            obj = getattr(jnc, name)
            if not isinstance(obj, str):
                assert obj.__doc__, name

    def test_py_typed_is_shipped(self):
        assert (PACKAGE / "py.typed").exists()

    def test_import_reads_no_data_and_skips_dateutil(self):
        code = (
            "import builtins, sys; opened = []; real = builtins.open\n"
            "builtins.open = lambda *a, **k: opened.append(a[0]) or real(*a, **k)\n"
            "import japan_nato_corpus\n"
            "assert not [p for p in opened if 'data' in str(p)], opened\n"
            "assert 'dateutil' not in sys.modules\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)

    def test_load_does_not_import_dateutil(self):
        code = "import sys, japan_nato_corpus as j; j.load(); assert 'dateutil' not in sys.modules"
        subprocess.run([sys.executable, "-c", code], check=True)

    def test_no_pickle_eval_or_exec_in_the_package(self):
        banned = {"eval", "exec", "pickle", "marshal", "yaml"}
        found = []
        for path in PACKAGE.rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            # The record builders compile source made from class fields alone (see test_safety.py).
            refused = banned - {"exec"} if path.name == "_checked.py" else banned
            for node in ast.walk(tree):
                if isinstance(node, ast.Name) and node.id in refused:
                    found.append((path, node.id))
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    names = [alias.name for alias in node.names] + [getattr(node, "module", None) or ""]
                    found.extend((path, name) for name in names if name.split(".")[0] in banned)
        # One assertion after the scan: every offending name, with its file.
        assert found == []


class TestChangelog:
    """The changelog's newest release is the package's version and records the data's version."""

    CHANGELOG = Path(__file__).parent.parent / "CHANGELOG.md"

    def test_newest_release_is_the_package_version(self):
        heading = r"^## \[(\d[^\]]*)\] - \d{4}-\d{2}-\d{2}$"
        releases = re.findall(heading, self.CHANGELOG.read_text(), re.MULTILINE)
        assert version("japan-nato-corpus") == releases[0]

    def test_the_corpus_section_names_the_data_version(self):
        text = self.CHANGELOG.read_text()
        corpus_sections = re.findall(r"^### Corpus\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
        assert any(f"`{jnc.CORPUS_VERSION}`" in section for section in corpus_sections)
