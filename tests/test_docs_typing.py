import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.fixture(name="mypy_run", scope="module")
def fixture_mypy_run(tmp_path_factory):
    """One ``mypy --strict`` run over ``typing_tests/`` and a client whose assertion is wrong.

    Both files are checked at once, so that the package and the standard library's stubs are
    analysed once; each test reads the lines about its own file.
    """
    client = tmp_path_factory.mktemp("wrong_client") / "wrong.py"
    client.write_text(
        "from typing import assert_type\nimport japan_nato_corpus as jnc\n"
        "assert_type(jnc.load().articles[0], jnc.Event)\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "typing_tests", str(client)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return client, result


class TestDownstreamTypes:
    """A client of the public API type-checks under mypy --strict with concrete types."""

    def test_typing_tests_pass_mypy_strict(self, mypy_run):
        client, result = mypy_run
        assert result.stderr == ""
        lines = result.stdout.splitlines()
        # Every report is about the wrong client; the summary counts no other file as failing.
        assert [line for line in lines[:-1] if not line.startswith(str(client))] == [], result.stdout
        assert re.fullmatch(
            r"Success: no issues found in \d+ source files"
            r"|Found \d+ errors? in 1 file \(checked \d+ source files\)",
            lines[-1],
        ), result.stdout

    def test_a_wrong_assertion_fails(self, mypy_run):
        client, result = mypy_run
        assert result.returncode == 1
        assert any(
            line.startswith(f"{client}:3: error:") and '"Article", not "Event"' in line
            for line in result.stdout.splitlines()
        ), result.stdout


class TestReadme:
    """The README's ten-line example runs as shown."""

    def test_ten_lines_run(self):
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        (example,) = re.findall(r"## Ten lines\n\n```python\n(.*?)```", readme, flags=re.DOTALL)
        result = subprocess.run(
            [sys.executable, "-c", example], capture_output=True, text=True, check=False, cwd=ROOT
        )
        assert (result.returncode, result.stderr) == (0, "")
        assert "Japan, worried about China, strengthens ties with NATO" in result.stdout
