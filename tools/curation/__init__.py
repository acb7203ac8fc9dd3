"""Compact curation sources; ``E(doc, quote, nth)`` marks a quote to resolve to evidence."""

from typing import Any


def E(doc: str, quote: str, nth: int | None = None) -> tuple[Any, ...]:  # noqa: N802
    """A quote from document ``doc`` (R, G, J, B, T), resolved to offsets by ``curate.py``."""
    return ("§", doc, quote, nth)


def office(title: str, org: str | None, *ev: tuple[Any, ...], start: str | None = None,
           end: str | None = None) -> dict[str, Any]:
    """An office held, with its evidence."""
    record: dict[str, Any] = {"title": title, "evidence": list(ev)}
    if org:
        record["organisation"] = org
    if start:
        record["start"] = start
    if end:
        record["end"] = end
    return record


def actor(id: str, kind: str, name: str, *aliases: Any, wikidata: str | None = None,
          description: str = "", offices: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """An actor; aliases are plain names or ``{"name":, "used_by":, "note":}`` dicts."""
    record: dict[str, Any] = {
        "id": id, "kind": kind, "name": name,
        "aliases": [a if isinstance(a, dict) else {"name": a} for a in aliases],
        "description": description,
    }
    if wikidata:
        record["wikidata"] = wikidata
    if offices:
        record["offices"] = offices
    return record
