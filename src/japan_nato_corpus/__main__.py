"""``python -m japan_nato_corpus``: the command line."""

import sys

from japan_nato_corpus.cli import main

sys.exit(main())
