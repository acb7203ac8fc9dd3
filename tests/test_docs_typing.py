import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


class TestDownstreamTypes:
    """A client of the public API type-checks under mypy --strict with concrete types."""

    def test_typing_tests_pass_mypy_strict(self):
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "typing_tests"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert (result.returncode, result.stderr) == (0, ""), result.stdout

    def test_a_wrong_assertion_fails(self, tmp_path):
        client = tmp_path / "wrong.py"
        client.write_text(
            "from typing import assert_type\nimport japan_nato_corpus as jnc\n"
            "assert_type(jnc.load().articles[0], jnc.Event)\n",
            encoding="utf-8",
        )
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(client)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 1
        assert '"Article", not "Event"' in result.stdout


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
