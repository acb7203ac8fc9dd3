"""Raw text to :class:`~japan_nato_corpus.model.Article`.

The parser reads the lines of a page (every Unicode line break ends one), tells
the header zone, body prose and site furniture apart, and assembles spans into
an :class:`~japan_nato_corpus.model.Article`. No text is ever normalised, so
every span slices the raw text to exactly what it claims.

Modules: ``_reader`` (lines and their classification), ``_header`` (date lines,
datelines, source lines), ``_bylines`` (bylines, credits, captions),
``_boilerplate`` (site furniture), ``_page`` (assembly) and ``_limits`` (every
bound, named), with ``_zone`` reading the header zone as a whole.

Body and furniture are told apart by a line's shape and its neighbours, after
jusText's paragraph classification; jusText, trafilatura and htmldate read HTML
(markup, link density, meta tags), which pasted plain text no longer has, so
their approach is followed here rather than the libraries called.
"""

from japan_nato_corpus.parse._limits import MAX_CHARS
from japan_nato_corpus.parse._reader import parse_article

__all__ = ["MAX_CHARS", "parse_article"]
