"""List every sentence of each document that reports a happening, and what covers it.

Per document, the audit shows every date expression and every sentence that
reports a happening, and whether an event covers it, so that a reviewer sees the gaps.

A sentence reports a happening when it holds a date expression (absolute, from
:func:`japan_nato_corpus.dates.find_dates`, or relative to the article's date, from
:func:`japan_nato_corpus.dates.find_relative_dates`) or one of the act verbs of
:data:`ACTS`. An event covers a sentence when one of its evidence quotes lies in
it. A sentence no event covers needs a written reason in ``curation/audit.toml``
(``[[omitted]]`` with ``document``, a ``quote`` from the sentence and a ``reason``);
the completeness rule of ``docs/events.md`` says which reasons hold.

Run from the repository root::

    python -m tools.audit_events            # the full listing
    python -m tools.audit_events --gaps     # only what no event covers and no reason explains
    python -m tools.audit_events --check    # exit 1 if there is any such gap
"""

import argparse
import re
import sys
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

import japan_nato_corpus as jnc
from japan_nato_corpus.dates import find_dates, find_relative_dates
from japan_nato_corpus.model import Article, Event

__all__ = ["ACTS", "OMITTED", "Finding", "audit", "main"]

ROOT = Path(__file__).resolve().parent.parent
OMITTED = ROOT / "curation" / "audit.toml"
"""The written reasons for sentences no event covers."""

ACTS = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|visit(?:s|ed|ing)?|me(?:et|ets|t)|announc(?:e|es|ed)|arrest(?:s|ed)?|"
    r"urg(?:e|es|ed)|call(?:s|ed)? (?:for|on)|criticiz(?:e|es|ed)|accus(?:e|es|ed|ing)|releas(?:e|es|ed)|"
    r"agree(?:s|d)?|conduct(?:s|ed)?|increas(?:e|es|ed)|publish(?:es|ed)?|attend(?:s|ed)?|"
    r"address(?:es|ed|ing)|warn(?:s|ed)?|welcom(?:e|es|ed)|thank(?:s|ed)?|persuad(?:e|es|ed)|"
    r"halt(?:s|ed)?|deliver(?:s|ed)?|launch(?:es|ed)?|join(?:s|ed)?|dispatch(?:es|ed)?|provid(?:e|es|ed)|"
    r"cancel(?:s|ed|led)?|delay(?:s|ed)?|reinterpret(?:s|ed)?|annex(?:es|ed)?|occup(?:y|ies|ied)|"
    r"adopt(?:s|ed)?|issu(?:e|es|ed)|held|gave|wrote|told|made|took|sent|went|reported)\b",
    re.IGNORECASE,
)
"""Verbs that report an act: a sentence holding one reports a happening."""

_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[A-Z“\"\[(])")


@attrs.frozen
class Finding:
    """One sentence of a document that reports a happening.

    Attributes:
        document: The article's id.
        start: Offset of the sentence in the article's text.
        end: Offset just past it.
        dates: The date expressions in it, as written.
        acts: The act verbs in it.
        events: Ids of the events whose evidence lies in it.
        reason: The written reason no event covers it, or ``""``.
    """

    document: str
    start: int
    end: int
    dates: tuple[str, ...]
    acts: tuple[str, ...]
    events: tuple[str, ...]
    reason: str

    @property
    def gap(self) -> bool:
        """Whether neither an event nor a written reason covers the sentence."""
        return not self.events and not self.reason


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences of ``text[start:end]``, split at a stop before a capital (simple, by hand)."""
    at = start
    for match in _SENTENCE_END.finditer(text, start, end):
        yield at, match.start() + len(match.group().rstrip())
        at = match.end()
    if text[at:end].strip():
        yield at, end


def _units(article: Article) -> Iterator[tuple[int, int]]:
    for span in article.paragraphs:
        yield from _sentences(article.text, span.start, span.end)
    # A note or a caption is one unit: a citation's stops end no sentence.
    for part in (*article.footnotes, *article.captions):
        yield part.body.start, part.body.end


def _reasons(path: Path, texts: dict[str, str]) -> dict[str, list[tuple[int, str]]]:
    if not path.is_file():
        return {}
    reasons: dict[str, list[tuple[int, str]]] = {}
    for item in tomllib.loads(path.read_text(encoding="utf-8")).get("omitted", []):
        text = texts[item["document"]]
        at = text.find(item["quote"])
        if at == -1:
            msg = f"{path.name}: quote not found in {item['document']}: {item['quote']!r}"
            raise jnc.CorpusError(msg)
        reasons.setdefault(item["document"], []).append((at, item["reason"]))
    return reasons


def audit(corpus: jnc.Corpus, *, omitted: Path = OMITTED) -> list[Finding]:
    """Every sentence of ``corpus``'s articles that reports a happening, with what covers it."""
    texts = {article.id: article.text for article in corpus.articles}
    reasons = _reasons(omitted, texts)
    evidence: dict[str, list[tuple[int, Event]]] = {}
    for event in corpus.events:
        for piece in event.evidence:
            evidence.setdefault(piece.document, []).append((piece.start, event))
    findings = []
    for article in corpus.articles:
        absolute = find_dates(article.text)
        relative = find_relative_dates(article.text, article.published) if article.published else ()
        for start, end in _units(article):
            dates = tuple(m.text for m in (*absolute, *relative) if start <= m.start < end)
            acts = tuple(m.group() for m in ACTS.finditer(article.text, start, end))
            if not dates and not acts:
                continue
            events = tuple(dict.fromkeys(e.id for at, e in evidence.get(article.id, ()) if start <= at < end))
            reason = next((r for at, r in reasons.get(article.id, ()) if start <= at < end), "")
            findings.append(Finding(article.id, start, end, dates, acts, events, reason))
    return findings


def _print(findings: Sequence[Finding], texts: dict[str, str], *, gaps_only: bool) -> None:
    document = ""
    for finding in findings:
        if gaps_only and not finding.gap:
            continue
        if finding.document != document:
            document = finding.document
            print(f"\n## {document}")  # noqa: T201 - a script reports on its terminal
        sentence = " ".join(texts[finding.document][finding.start : finding.end].split())
        cover = ", ".join(finding.events) or (f"omitted: {finding.reason}" if finding.reason else "GAP")
        dates = f" dates={list(finding.dates)}" if finding.dates else ""
        print(f"- [{finding.start}] {sentence[:160]}{dates}\n    -> {cover}")  # noqa: T201


def main(argv: Sequence[str] | None = None) -> int:
    """Print the audit; with ``--check``, exit 1 when a sentence has neither event nor reason."""
    parser = argparse.ArgumentParser(prog="python -m tools.audit_events", description=__doc__.splitlines()[0])
    parser.add_argument("--gaps", action="store_true", help="list only the sentences nothing covers")
    parser.add_argument("--check", action="store_true", help="exit 1 if any sentence is a gap")
    arguments = parser.parse_args(argv)
    corpus = jnc.load()
    findings = audit(corpus)
    texts = {article.id: article.text for article in corpus.articles}
    _print(findings, texts, gaps_only=arguments.gaps or arguments.check)
    covered = sum(1 for f in findings if f.events)
    reasoned = sum(1 for f in findings if not f.events and f.reason)
    gaps = sum(1 for f in findings if f.gap)
    dates = sum(len(f.dates) for f in findings)
    print(  # noqa: T201
        f"\n{len(findings)} sentences report a happening ({dates} date expressions): "
        f"{covered} covered by an event, {reasoned} left out with a written reason, {gaps} gaps"
    )
    return 1 if arguments.check and gaps else 0


if __name__ == "__main__":
    sys.exit(main())
