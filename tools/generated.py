"""The command line that every generator of a shipped data file shares."""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def write_or_check(path: Path, build: Callable[[], str], module: str, argv: list[str] | None = None) -> int:
    """Write ``build()`` to ``path``, or with ``--check`` exit 1 if ``path`` differs from it.

    ``module`` is the generator's ``python -m`` name, given in the message of a stale file.
    """
    parser = argparse.ArgumentParser(description=f"Build {path.name} (python -m {module}).")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs from a fresh build")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        if path.read_text(encoding="utf-8") != text:
            print(f"{path} is out of date: run python -m {module}", file=sys.stderr)  # noqa: T201
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    return 0
