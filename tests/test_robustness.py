"""Every public function and command answers or raises one of our errors, whatever it is given."""

import contextlib
import os
import subprocess
import sys

import pytest

import japan_nato_corpus as jnc
from japan_nato_corpus import cli


def run(capsys, *argv):
    code = cli.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


class TestCommandLineInput:
    """The parse command reads a regular file's bytes as they are, or refuses with our error."""

    def test_offsets_match_the_file_with_crlf_line_ends(self, capsys, tmp_path):
        path = tmp_path / "page.txt"
        path.write_bytes(b"Japan and NATO\r\n\r\nTokyo, 6 May 2014. Abe met Rasmussen in Brussels.\r\n")
        code, out, _ = run(capsys, "parse", path)
        article = jnc.converter.loads(out, jnc.Article)
        raw = path.read_bytes().decode("utf-8")
        assert (0, raw) == (code, article.text)
        assert article.paragraphs
        assert all(raw[span.start : span.end] == span.text for span in article.paragraphs)

    @pytest.mark.parametrize("special", ["/dev/zero", "fifo", "directory"])
    def test_refuses_what_is_not_a_regular_file(self, capsys, tmp_path, special):
        if special == "fifo":
            special = tmp_path / "fifo"
            os.mkfifo(special)
        elif special == "directory":
            special = tmp_path
        code, out, err = run(capsys, "parse", special)
        assert (1, "") == (code, out)
        assert "Traceback" not in err

    def test_refuses_a_file_past_the_size_limit(self, capsys, tmp_path, monkeypatch):
        path = tmp_path / "big.txt"
        path.write_bytes(b"x" * 100)
        monkeypatch.setattr(cli, "MAX_BYTES", 10)
        code, _, err = run(capsys, "parse", path)
        assert 1 == code
        assert "past the limit" in err


class TestCommandLineOutput:
    """What the command line prints cannot drive the terminal, and a closed output is no traceback."""

    def test_control_sequences_in_corpus_strings_are_escaped(self, capsys, tmp_path):
        bundled = jnc.load()
        actor = jnc.Actor(id="evil", kind=jnc.ActorKind.PERSON, name="Red \x1b[31mtext\x1b[0m \x9b2J")
        jnc.save(
            jnc.Corpus(manifest=bundled.manifest, articles=bundled.articles, actors=[actor]), tmp_path / "c"
        )
        code, out, _ = run(capsys, "--corpus", tmp_path / "c", "actors")
        assert 0 == code
        assert "\x1b" not in out
        assert "\x9b" not in out
        assert "Red \\x1b[31mtext" in out

    @pytest.mark.parametrize("target", ["closed", "/dev/full"])
    def test_no_traceback_when_standard_output_fails(self, target):
        with contextlib.ExitStack() as stack:
            stdout = subprocess.DEVNULL
            if target == "/dev/full":
                stdout = stack.enter_context(open(target, "wb"))  # noqa: PTH123
            command = [sys.executable, "-m", "japan_nato_corpus", "events"]
            if target == "closed":
                command = ["sh", "-c", f"{sys.executable} -m japan_nato_corpus events >&-"]
            done = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, check=False, timeout=60)
        assert b"Traceback" not in done.stderr
        assert done.returncode in {0, 1}
