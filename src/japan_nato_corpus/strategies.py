"""Hypothesis strategies that build valid corpus records, for your own tests.

Needs the ``hypothesis`` extra (``pip install japan-nato-corpus[hypothesis]``)::

    from hypothesis import given
    from japan_nato_corpus import strategies as jst

    @given(jst.events())
    def test_my_export(event): ...

Every strategy returns records that pass the model's validators; :func:`corpora`
returns whole corpora whose references and evidence quotes are consistent, so
:func:`japan_nato_corpus.check` finds no problem in them.

What a loader must survive is in the mix: text in any script (astral
characters, combining marks, right-to-left), carriage returns, tabs and
blank lines in documents, every optional field both empty and set, and events
and agreements whose sources disagree (``conflicts``). Every strategy shrinks
towards the smallest valid record: ids ``"0"``, one-character text, optional
fields ``None`` or empty, the first member of each enum, dates in ``min_year``.
"""

import datetime as dt
import string
from collections.abc import Sequence

from hypothesis import strategies as st

from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.model import (
    PLOVER_CONTEXTS,
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Alias,
    Article,
    Boilerplate,
    BoilerplateKind,
    Caption,
    Comment,
    Conflict,
    Credit,
    CreditRole,
    Document,
    Event,
    EventKind,
    Evidence,
    Footnote,
    Manifest,
    Modality,
    Office,
    PartialDate,
    Participant,
    ParticipantRole,
    PloverCategory,
    Reading,
    RelativeDate,
    Span,
)

__all__ = [
    "actors",
    "agreements",
    "articles",
    "corpora",
    "events",
    "evidence",
    "ids",
    "partial_dates",
    "spans",
]

_WORD = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8)
_LINE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(str.strip)
# A document line may be blank or carry tabs and a carriage return, as pasted web text does.
_TEXT_LINE = st.one_of(
    _LINE, st.sampled_from(["", " ", "\t", "\r", "\ufeff"]), _LINE.map(lambda line: f"\t{line}  \r")
)
_ZONES = st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=9)), dt.timezone(dt.timedelta(hours=-4))])


@st.composite
def ids(draw: st.DrawFn) -> str:
    """Valid record ids such as ``"a-b1"`` or ``"nato_2014.x"``; shrinks towards ``"0"``."""
    words = draw(st.lists(_WORD, min_size=1, max_size=3))
    joints = [draw(st.sampled_from("-_.")) for _ in words[1:]]
    return words[0] + "".join(joint + word for joint, word in zip(joints, words[1:], strict=True))


def partial_dates(*, min_year: int = 1900, max_year: int = 2100) -> st.SearchStrategy[PartialDate]:
    """Dates at year, month or day precision between ``min_year`` and ``max_year``.

    Shrinks towards ``min_year`` at year precision.
    """
    if not 1 <= min_year <= max_year <= 9999:
        msg = f"need 1 <= min_year <= max_year <= 9999, got {min_year}, {max_year}"
        raise ValueError(msg)
    days = st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))
    return st.one_of(
        st.integers(min_year, max_year).map(lambda y: PartialDate(year=y)),
        days.map(lambda d: PartialDate(year=d.year, month=d.month)),
        days.map(PartialDate.from_date),
    )


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    """A span of ``text`` (possibly empty), its offsets and text consistent.

    Shrinks towards the empty span at offset 0.
    """
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span(start=start, end=end, text=text[start:end])


def _non_blank_spans(text: str) -> st.SearchStrategy[Span]:
    return spans(text).filter(lambda span: bool(span.text.strip()))


@st.composite
def evidence(draw: st.DrawFn, documents: Sequence[tuple[str, str]] | None = None) -> Evidence:
    """Evidence quoting one of ``documents`` (``(id, text)`` pairs); random ones if not given.

    The quote is never blank. Shrinks towards the first character of the first document.
    """
    if documents is None:
        documents = [(draw(ids()), draw(_LINE))]
    document, text = draw(st.sampled_from(documents))
    span = draw(_non_blank_spans(text))
    return Evidence(document=document, start=span.start, end=span.end, quote=span.text)


@st.composite
def articles(draw: st.DrawFn, *, id: str | None = None) -> Article:
    """Articles whose every part is a span of their text.

    The text has at least one non-blank line; lines may be blank, end in a
    carriage return or carry tabs and a byte-order mark. Shrinks towards an article ``"0"`` with the text
    ``"0"`` and every optional part absent.
    """
    lines = draw(st.lists(_TEXT_LINE, min_size=1, max_size=6).filter(lambda ls: any(map(str.strip, ls))))
    text = "\n".join(lines)
    part = _non_blank_spans(text)
    published = draw(st.none() | partial_dates())
    published_at = None
    if published is not None and published.day is not None and draw(st.booleans()):
        time = draw(st.times())
        published_at = dt.datetime.combine(published.earliest, time, tzinfo=draw(st.none() | _ZONES))
    return Article(
        id=id or draw(ids()),
        text=text,
        title=draw(st.none() | part),
        published=published,
        published_at=published_at,
        published_span=draw(st.none() | part),
        dateline=draw(st.none() | part),
        credits=tuple(
            draw(st.lists(st.builds(Credit, name=part, role=st.sampled_from(CreditRole)), max_size=2))
        ),
        publisher=draw(st.none() | _LINE),
        original_source=draw(st.none() | _LINE),
        paragraphs=tuple(draw(st.lists(part, max_size=3))),
        comments=tuple(
            draw(
                st.lists(
                    st.builds(
                        Comment,
                        body=part,
                        author=st.none() | part,
                        posted=st.none() | st.datetimes(timezones=st.none() | _ZONES),
                    ),
                    max_size=2,
                )
            )
        ),
        footnotes=tuple(
            draw(st.lists(st.builds(Footnote, number=st.integers(0, 99), body=part), max_size=2))
        ),
        captions=tuple(draw(st.lists(st.builds(Caption, body=part, credit=st.none() | part), max_size=1))),
        boilerplate=tuple(
            draw(
                st.lists(st.builds(Boilerplate, kind=st.sampled_from(BoilerplateKind), span=part), max_size=2)
            )
        ),
    )


def _some(choices: Sequence[str], max_size: int) -> st.SearchStrategy[tuple[str, ...]]:
    if not choices:
        return st.just(())
    return st.lists(st.sampled_from(choices), max_size=max_size).map(tuple)


def _maybe(choices: Sequence[str]) -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(choices) if choices else st.none()


def _ordered_pair(draw: st.DrawFn) -> tuple[PartialDate, PartialDate | None]:
    start = draw(partial_dates())
    end = draw(st.none() | partial_dates(min_year=start.year))
    if end is not None and end.latest < start.earliest:
        end = None
    return start, end


@st.composite
def actors(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    actor_ids: Sequence[str] = (),
    documents: Sequence[tuple[str, str]] | None = None,
) -> Actor:
    """Actors; aliases and offices refer only to ``actor_ids`` and quote only ``documents``.

    Shrinks towards a person ``"0"`` named ``"0"`` with no aliases, offices or description.
    """
    start, end = _ordered_pair(draw)
    office = st.builds(
        Office,
        title=_LINE,
        organisation=_maybe(actor_ids),
        start=st.just(start) | st.none(),
        end=st.just(end),
        evidence=st.lists(evidence(documents), max_size=1).map(tuple),
    )
    return Actor(
        id=id or draw(ids()),
        kind=draw(st.sampled_from(ActorKind)),
        name=draw(_LINE),
        aliases=tuple(draw(st.lists(st.builds(Alias, name=_LINE, used_by=_some(actor_ids, 2)), max_size=3))),
        offices=tuple(draw(st.lists(office, max_size=2))),
        wikidata=draw(st.none() | st.integers(1, 10**8).map(lambda n: f"Q{n}")),
        description=draw(st.just("") | _LINE),
    )


def _conflicts(documents: Sequence[tuple[str, str]] | None) -> st.SearchStrategy[tuple[Conflict, ...]]:
    reading = st.builds(
        Reading, claim=_LINE, evidence=st.lists(evidence(documents), min_size=1, max_size=2).map(tuple)
    )
    conflict = st.builds(Conflict, topic=_LINE, readings=st.lists(reading, min_size=2, max_size=3).map(tuple))
    return st.lists(conflict, max_size=1).map(tuple)


@st.composite
def events(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    actor_ids: Sequence[str] = (),
    documents: Sequence[tuple[str, str]] | None = None,
) -> Event:
    """Events; participants and place come from ``actor_ids``, evidence quotes ``documents``.

    ``end`` is never before ``date``; the PLOVER category is drawn apart from
    the kind, as curation may code any act of any kind. Shrinks towards a visit
    coded AGREE that happened in 1900, with one piece of evidence and nothing optional.
    """
    date, end = _ordered_pair(draw)
    return Event(
        id=id or draw(ids()),
        kind=draw(st.sampled_from(EventKind)),
        modality=draw(st.sampled_from(Modality)),
        date=date,
        end=end,
        summary=draw(_LINE),
        evidence=tuple(draw(st.lists(evidence(documents), min_size=1, max_size=3))),
        place=draw(_maybe(actor_ids)),
        participants=tuple(
            Participant(actor=actor, role=draw(st.sampled_from(ParticipantRole)))
            for actor in draw(_some(actor_ids, 4))
        ),
        relative_date=draw(st.none() | st.builds(RelativeDate, expression=_LINE, anchor=partial_dates())),
        cameo=draw(st.none() | st.from_regex(r"[0-9]{2,4}", fullmatch=True)),
        conflicts=draw(_conflicts(documents)),
        plover=draw(st.sampled_from(PloverCategory)),
        plover_mode=draw(st.none() | st.from_regex(r"[a-z]+(?:-[a-z]+)?", fullmatch=True)),
        plover_context=tuple(draw(st.lists(_PLOVER_CONTEXTS, max_size=3, unique=True))),
    )


_PLOVER_CONTEXTS = st.sampled_from(sorted(PLOVER_CONTEXTS))


@st.composite
def agreements(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    actor_ids: Sequence[str] = (),
    event_ids: Sequence[str] = (),
    documents: Sequence[tuple[str, str]] | None = None,
) -> Agreement:
    """Agreements; parties and signatories from ``actor_ids``, signing event from ``event_ids``.

    Shrinks towards an undated agreement of the first kind with one piece of
    evidence and no parties.
    """
    return Agreement(
        id=id or draw(ids()),
        name=draw(_LINE),
        kind=draw(st.sampled_from(AgreementKind)),
        evidence=tuple(draw(st.lists(evidence(documents), min_size=1, max_size=2))),
        parties=draw(_some(actor_ids, 3)),
        signatories=draw(_some(actor_ids, 2)),
        date=draw(st.none() | partial_dates()),
        areas=tuple(draw(st.lists(_LINE, max_size=4))),
        obligations=tuple(draw(st.lists(_LINE, max_size=2))),
        signing_event=draw(_maybe(event_ids)),
        conflicts=draw(_conflicts(documents)),
    )


@st.composite
def corpora(draw: st.DrawFn, *, max_articles: int = 3, max_records: int = 6, min_events: int = 0) -> Corpus:
    """Whole corpora whose ids are unique and whose references and quotes all hold.

    The manifest lists every article with the sha256 of its UTF-8 text, so
    :func:`japan_nato_corpus.save` then :func:`japan_nato_corpus.load` gives
    back an equal corpus. At most ``max_articles`` articles (at least one) and
    ``max_records`` actors, events and agreements each, and at least
    ``min_events`` events (raising the most to match). Shrinks towards one
    article and no other records.
    """
    id_lists = st.lists(ids(), unique=True, max_size=max_records)
    article_ids = draw(st.lists(ids(), unique=True, min_size=1, max_size=max_articles))
    the_articles = [draw(articles(id=a)) for a in article_ids]
    documents = [(a.id, a.text) for a in the_articles]
    actor_ids = draw(id_lists)
    the_actors = [draw(actors(id=a, actor_ids=actor_ids, documents=documents)) for a in actor_ids]
    event_ids = draw(st.lists(ids(), unique=True, min_size=min_events, max_size=max(max_records, min_events)))
    the_events = [draw(events(id=e, actor_ids=actor_ids, documents=documents)) for e in event_ids]
    the_agreements = [
        draw(agreements(id=a, actor_ids=actor_ids, event_ids=event_ids, documents=documents))
        for a in draw(id_lists)
    ]
    manifest = Manifest(
        corpus_version=draw(_WORD),
        documents=tuple(
            Document(
                id=a.id,
                sha256=_sha256(a.text),
                publisher=a.publisher,
                title=a.headline or "",
                original_name=draw(st.none() | _LINE),
                original_source=a.original_source,
                url=draw(st.none() | st.just(f"https://example.invalid/{a.id}")),
                genre=draw(st.just("") | _LINE),
                rights=draw(st.just("") | _LINE),
            )
            for a in the_articles
        ),
        rights=draw(st.just("") | _LINE),
    )
    return Corpus(
        manifest=manifest,
        articles=the_articles,
        actors=the_actors,
        events=the_events,
        agreements=the_agreements,
    )


def _sha256(text: str) -> str:
    import hashlib  # noqa: PLC0415

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
