"""Every check a record's validators make is made when a file loads, through the bulk path too.

The bulk readers build records through :mod:`japan_nato_corpus._checked`, which
makes each validator's check inline or calls it, rather than through each
record's ``__init__``. Here every validator of every record type a corpus file
holds (and every ``__attrs_post_init__``) is broken in turn, in the second line
of a JSON Lines text: the load raises our error naming the file, the line and
the JSON path, and the fast builder itself refuses the record (so it is not
the detailed path alone that stands between bad data and a corpus).
"""

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import SchemaError, converter
from japan_nato_corpus import strategies as jst
from japan_nato_corpus._checked import builder, source
from japan_nato_corpus.model import Actor, Agreement, Article, Event, Manifest, Quote

EVIDENCE = {"document": "reuters-1", "start": 0, "end": 4, "quote": "Text"}
TEXT = "Headline\nBody text here."
SPAN = {"start": 0, "end": 8, "text": "Headline"}
BODY = {"start": 9, "end": 24, "text": "Body text here."}

BASES = {
    Event: {
        "id": "e1",
        "kind": "meeting",
        "modality": "happened",
        "date": "2014-05-06",
        "summary": "Abe met Rasmussen",
        "evidence": [EVIDENCE],
        "end": "2014-05-07",
        "place": "brussels",
        "participants": [{"actor": "shinzo-abe", "role": "agent"}],
        "relative_date": {"expression": "last Tuesday", "anchor": "2014-05-10"},
        "cameo": "040",
        "conflicts": [
            {
                "topic": "date",
                "readings": [
                    {"claim": "6 May", "evidence": [EVIDENCE]},
                    {"claim": "7 May", "evidence": [EVIDENCE]},
                ],
                "note": "",
            }
        ],
        "plover": "CONSULT",
        "plover_mode": "visit",
        "plover_context": ["military"],
    },
    Actor: {
        "id": "shinzo-abe",
        "kind": "person",
        "name": "Shinzo Abe",
        "aliases": [{"name": "Abe", "used_by": ["reuters-1"], "note": ""}],
        "offices": [
            {
                "title": "Prime Minister",
                "organisation": "japan",
                "start": "2012-12",
                "end": "2020-09",
                "evidence": [EVIDENCE],
            }
        ],
        "wikidata": "Q132345",
        "description": "Prime Minister of Japan",
        "codes": ["JPN"],
        "reference": False,
    },
    Agreement: {
        "id": "ipcp",
        "name": "Individual Partnership and Cooperation Programme",
        "kind": "partnership-programme",
        "evidence": [EVIDENCE],
        "parties": ["japan", "nato"],
        "signatories": ["shinzo-abe"],
        "date": "2014-05-06",
        "areas": ["cyber"],
        "obligations": ["consult"],
        "signing_event": "e1",
        "conflicts": [],
    },
    Quote: {
        "id": "q1",
        "evidence": EVIDENCE,
        "kind": "direct",
        "speaker": "shinzo-abe",
        "speaker_words": {"start": 10, "end": 13, "text": "Abe"},
        "cue": {"start": 14, "end": 18, "text": "said"},
        "event": "e1",
    },
    Manifest: {
        "corpus_version": "1",
        "documents": [
            {
                "id": "reuters-1",
                "sha256": "0" * 64,
                "publisher": "Reuters",
                "title": "A title",
                "original_name": None,
                "original_source": None,
                "url": "https://example.org/",
                "genre": "wire",
                "rights": "",
            }
        ],
        "rights": "",
    },
    Article: {
        "id": "reuters-1",
        "text": TEXT,
        "title": SPAN,
        "published": "2014-05-06",
        "published_at": "2014-05-06T10:00:00+00:00",
        "published_span": None,
        "dateline": None,
        "credits": [{"name": SPAN, "role": "author"}],
        "publisher": "Reuters",
        "original_source": None,
        "paragraphs": [BODY],
        "comments": [{"body": BODY, "author": None, "posted": "2014-05-06T11:00:00+00:00"}],
        "footnotes": [{"number": 1, "body": BODY}],
        "captions": [{"body": BODY, "credit": None}],
        "boilerplate": [{"kind": "navigation", "span": BODY}],
    },
}
"""A record of each type a corpus file holds, every field given: each loads."""

# (record type, JSON path of the value to change, the bad value, the JSON path the error names,
#  and the check broken: the class and field of its validator, or "post-init"). attrs' min_len
#  and ge validators do not say which field they checked, so their errors name the record (the
#  message names the field).
BROKEN = [
    (Event, ["id"], "Not An Id", "$.id", "Event.id"),
    (Event, ["kind"], "summit", "$.kind", "Event.kind"),
    (Event, ["modality"], "maybe", "$.modality", "Event.modality"),
    (Event, ["summary"], "  ", "$.summary", "Event.summary"),
    (Event, ["evidence"], [], "$.evidence", "Event.evidence"),
    (Event, ["end"], "2014-05-01", "$", "Event.post-init"),
    (Event, ["place"], "Brussels", "$.place", "Event.place"),
    (Event, ["cameo"], "talks", "$.cameo", "Event.cameo"),
    (Event, ["plover"], "HUG", "$.plover", "Event.plover"),
    (Event, ["plover_mode"], "Third Party", "$.plover_mode", "Event.plover_mode"),
    (Event, ["plover_context"], ["weather"], "$.plover_context", "Event.plover_context"),
    (Event, ["plover_context"], ["military", "military"], "$.plover_context", "Event.plover_context"),
    (Event, ["participants", 0, "actor"], "Shinzo Abe", "$.participants[0].actor", "Participant.actor"),
    (Event, ["participants", 0, "role"], "chair", "$.participants[0].role", "Participant.role"),
    (Event, ["relative_date", "expression"], "", "$.relative_date.expression", "RelativeDate.expression"),
    (Event, ["evidence", 0, "document"], "Reuters 1", "$.evidence[0].document", "Evidence.document"),
    (Event, ["evidence", 0, "start"], True, "$.evidence[0].start", "Evidence.start"),
    (Event, ["evidence", 0, "end"], 2.0, "$.evidence[0].end", "Evidence.end"),
    (Event, ["evidence", 0, "quote"], " ", "$.evidence[0].quote", "Evidence.quote"),
    (Event, ["evidence", 0, "end"], 9, "$.evidence[0]", "Evidence.post-init"),
    (Event, ["conflicts", 0, "topic"], "\t", "$.conflicts[0].topic", "Conflict.topic"),
    (
        Event,
        ["conflicts", 0, "readings"],
        [{"claim": "6 May", "evidence": [EVIDENCE]}],
        "$.conflicts[0]",
        "Conflict.readings",
    ),
    (Event, ["conflicts", 0, "note"], 5, "$.conflicts[0].note", "Conflict.note"),
    (
        Event,
        ["conflicts", 0, "readings", 1, "claim"],
        "",
        "$.conflicts[0].readings[1].claim",
        "Reading.claim",
    ),
    (
        Event,
        ["conflicts", 0, "readings", 1, "evidence"],
        [],
        "$.conflicts[0].readings[1].evidence",
        "Reading.evidence",
    ),
    (Event, ["date"], "2014-02-30", "$.date", "PartialDate.day"),
    (Event, ["date"], "2014-13", "$.date", "PartialDate.month"),
    (Event, ["date"], "0000", "$.date", "PartialDate.year"),
    (Event, ["relative_date", "anchor"], "2014-00-01", "$.relative_date.anchor", "PartialDate.day"),
    (Actor, ["id"], "shinzo abe", "$.id", "Actor.id"),
    (Actor, ["kind"], "robot", "$.kind", "Actor.kind"),
    (Actor, ["name"], "", "$.name", "Actor.name"),
    (Actor, ["wikidata"], "Q0", "$.wikidata", "Actor.wikidata"),
    (Actor, ["description"], None, "$.description", "Actor.description"),
    (Actor, ["codes"], ["JPN", " "], "$.codes", "Actor.codes"),
    (Actor, ["reference"], 0, "$.reference", "Actor.reference"),
    (Actor, ["aliases", 0, "name"], " ", "$.aliases[0].name", "Alias.name"),
    (Actor, ["aliases", 0, "used_by"], ["reuters-1", "Reuters"], "$.aliases[0].used_by", "Alias.used_by"),
    (Actor, ["aliases", 0, "note"], ["x"], "$.aliases[0].note", "Alias.note"),
    (Actor, ["offices", 0, "title"], "", "$.offices[0].title", "Office.title"),
    (Actor, ["offices", 0, "organisation"], "Japan", "$.offices[0].organisation", "Office.organisation"),
    (Actor, ["offices", 0, "end"], "2010", "$.offices[0]", "Office.post-init"),
    (Agreement, ["id"], "IPCP", "$.id", "Agreement.id"),
    (Agreement, ["name"], " ", "$.name", "Agreement.name"),
    (Agreement, ["kind"], "treaty-ish", "$.kind", "Agreement.kind"),
    (Agreement, ["evidence"], [], "$.evidence", "Agreement.evidence"),
    (Agreement, ["parties"], ["japan", "NATO"], "$.parties", "Agreement.parties"),
    (Agreement, ["signatories"], ["Abe"], "$.signatories", "Agreement.signatories"),
    (Agreement, ["signing_event"], "E1", "$.signing_event", "Agreement.signing_event"),
    (Quote, ["id"], "Q 1", "$.id", "Quote.id"),
    (Quote, ["evidence"], [EVIDENCE], "$.evidence", "Quote.evidence"),
    (Quote, ["kind"], "shouted", "$.kind", "Quote.kind"),
    (Quote, ["speaker"], "Abe", "$.speaker", "Quote.speaker"),
    (Quote, ["speaker_words"], "Abe", "$.speaker_words", "Quote.speaker_words"),
    (Quote, ["cue"], {"start": 14, "end": 13, "text": ""}, "$.cue", "Span.post-init"),
    (Quote, ["cue"], [], "$.cue", "Quote.cue"),
    (Quote, ["cue", "start"], "14", "$.cue.start", "Span.start"),
    (Quote, ["cue", "end"], None, "$.cue.end", "Span.end"),
    (Quote, ["cue", "text"], 4, "$.cue.text", "Span.text"),
    (Quote, ["event"], "E1", "$.event", "Quote.event"),
    (Manifest, ["corpus_version"], " ", "$.corpus_version", "Manifest.corpus_version"),
    (Manifest, ["rights"], 1, "$.rights", "Manifest.rights"),
    (Manifest, ["documents", 0, "id"], "Reuters", "$.documents[0].id", "Document.id"),
    (Manifest, ["documents", 0, "sha256"], "0" * 63, "$.documents[0].sha256", "Document.sha256"),
    (Manifest, ["documents", 0, "publisher"], 7, "$.documents[0].publisher", "Document.publisher"),
    (Manifest, ["documents", 0, "title"], None, "$.documents[0].title", "Document.title"),
    (
        Manifest,
        ["documents", 0, "original_name"],
        [],
        "$.documents[0].original_name",
        "Document.original_name",
    ),
    (
        Manifest,
        ["documents", 0, "original_source"],
        1,
        "$.documents[0].original_source",
        "Document.original_source",
    ),
    (Manifest, ["documents", 0, "url"], False, "$.documents[0].url", "Document.url"),
    (Manifest, ["documents", 0, "genre"], None, "$.documents[0].genre", "Document.genre"),
    (Manifest, ["documents", 0, "rights"], {}, "$.documents[0].rights", "Document.rights"),
    (Article, ["id"], "Reuters-1", "$.id", "Article.id"),
    (Article, ["text"], None, "$.text", "Article.text"),
    (Article, ["published_at"], "2014-05-07T10:00:00+00:00", "$", "Article.post-init"),
    (Article, ["publisher"], 3, "$.publisher", "Article.publisher"),
    (Article, ["original_source"], ["x"], "$.original_source", "Article.original_source"),
    (Article, ["published_at"], "not a time", "$.published_at", "Article.published_at"),
    (Article, ["credits", 0, "role"], "ghost", "$.credits[0].role", "Credit.role"),
    (Article, ["comments", 0, "posted"], 5, "$.comments[0].posted", "Comment.posted"),
    (Article, ["footnotes", 0, "number"], -1, "$.footnotes[0]", "Footnote.number"),
    (Article, ["boilerplate", 0, "kind"], "advert", "$.boilerplate[0].kind", "Boilerplate.kind"),
    (Article, ["paragraphs", 0, "text"], "Body text HERE.", "$", "Article.post-init"),
]


def _reachable():
    """Every record class a corpus file holds, nested ones too."""
    found, stack = set(), list(BASES)
    while stack:
        cls = stack.pop()
        if cls in found:
            continue
        found.add(cls)
        for field in attrs.fields(cls):
            stack += [kind for kind in _types(field.type) if attrs.has(kind)]
    return found


def _types(type_):
    yield type_
    for argument in getattr(type_, "__args__", ()):
        yield from _types(argument)


def _checks_of(cls):
    names = {f"{cls.__name__}.{field.name}" for field in attrs.fields(cls) if field.validator is not None}
    if hasattr(cls, "__attrs_post_init__"):
        names.add(f"{cls.__name__}.post-init")
    return names


def _changed(base, path, value):
    record = json.loads(json.dumps(base))
    here = record
    for key in path[:-1]:
        here = here[key]
    here[path[-1]] = value
    return record


def test_every_check_of_every_record_is_broken_here():
    checks = set().union(*(_checks_of(cls) for cls in _reachable()))
    assert checks == {check for *_, check in BROKEN}


@pytest.mark.parametrize("cls", list(BASES), ids=lambda cls: cls.__name__)
def test_every_base_record_loads(cls):
    line = json.dumps(BASES[cls])
    assert converter.loads_lines(line + "\n" + line, cls)[0] == converter.structure(BASES[cls], cls)


@pytest.mark.parametrize(
    ("cls", "path", "value", "where", "check"),
    BROKEN,
    ids=[f"{case[-1]}-{n}" for n, case in enumerate(BROKEN)],
)
def test_a_broken_check_raises_our_error_naming_file_line_and_path(cls, path, value, where, check):
    del check
    bad = _changed(BASES[cls], path, value)
    text = json.dumps(BASES[cls]) + "\n" + json.dumps(bad) + "\n"
    with pytest.raises(SchemaError) as caught:
        converter.loads_lines(text, cls, source="records.jsonl")
    assert [("records.jsonl", f"line 2: {where}")] == [(p.file, p.path) for p in caught.value.problems]
    with pytest.raises(Exception):  # noqa: B017, PT011 - the fast builder refuses; how is no matter
        converter._built(cls)(bad)


def test_the_generated_source_holds_no_value_read_from_data():
    # The builder's source is made from a class's field names and local names alone.
    for cls in _reachable():
        text = source(cls, lambda _: lambda value: value)
        literals = {field.name for field in attrs.fields(cls)}
        for token in text.replace("(", " ").replace(")", " ").replace(",", " ").split():
            if token.startswith("'"):
                assert token.strip("'[]:") in literals, (cls, token)


def test_a_class_of_unknown_shape_goes_to_the_fallback():
    @attrs.define
    class Odd:
        value: int = attrs.field(converter=int)

    called = []
    build = builder(Odd, lambda type_: lambda value: called.append(type_) or value)
    assert build({"value": "3"}) == {"value": "3"}
    assert [Odd] == called


RECORDS = {
    Event: jst.events(),
    Actor: jst.actors(),
    Agreement: jst.agreements(),
    Article: jst.articles(),
}


_PAIRS = st.sampled_from(sorted(RECORDS, key=lambda cls: cls.__name__)).flatmap(
    lambda cls: st.tuples(st.just(cls), RECORDS[cls])
)


@given(_PAIRS)
def test_the_builder_builds_what_the_converter_builds(pair):
    cls, record = pair
    plain = converter.unstructure(record)
    assert converter._built(cls)(plain) == record == converter.converter.structure(plain, cls)
