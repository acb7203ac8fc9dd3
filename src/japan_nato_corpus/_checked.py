"""Records built from plain JSON values in one pass, each field's checks made on the way.

The bulk readers' fast path. cattrs' generated hooks check a field's JSON type,
then the record's ``__init__`` converts each tuple, sets each field and runs
each validator: about thirty Python calls an event. Here one function is
generated per record class, as cattrs and attrs generate theirs, from the
class's fields alone (its source holds field names and generated local names,
never a value read from data). It checks each value once, where it is read,
and sets the slots of a new instance itself:

* a value's JSON type is checked exactly, as the converter's hooks check it
  (``int`` is no ``bool``, a list of ids is no string); an ``instance_of``
  validator this implies is not run again;
* the checks the model's fields share (ids, blank text, empty tuples, a
  pattern, a least length, ``instance_of``) are made inline, ``optional`` and
  ``and_`` unwrapped into their parts; any other validator that looks at the
  value alone is called on it;
* a validator that may look at the record (a method validator, or one this
  module does not know) is called on the built record, as attrs calls it,
  and ``__attrs_post_init__`` last;
* a field left out takes its default; the value-only checks of a constant
  default run once, when the function is made, a factory's value is checked
  as a given one.

So every check a record's validators make is made. A value the function does
not accept raises (:class:`Refused`, or what a validator raises); the caller
then structures it through the detailed converter, which accepts just what is
valid and says what is wrong and where. A record class of a shape this module
does not know (another converter than the tuple one, ``init=False``, a
pre-init, a slot that is no field) gets no function: the converter's own hook
builds it.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
from attrs import validators as v

from japan_nato_corpus._json import KEYS
from japan_nato_corpus.model import PartialDate
from japan_nato_corpus.model._event import _plover_contexts, _plover_mode
from japan_nato_corpus.model._fields import _ID, _as_tuple, _non_empty, _not_blank, _valid_id, _valid_ids

__all__ = ["VALUE_ONLY", "Refused", "builder", "source"]

Build = Callable[[Any], Any]
"""A function of one plain JSON value that returns what it builds, or raises."""


class Refused(Exception):  # noqa: N818 - a signal to structure in detail, not an error for users
    """The value is not one the fast path accepts: structure it in detail to say why."""


_AND: type[Any] = type(v.and_(v.instance_of(int), v.instance_of(int)))
_OPTIONAL: type[Any] = type(v.optional(v.instance_of(int)))
_INSTANCE_OF: type[Any] = type(v.instance_of(int))
_MATCHES_RE: type[Any] = type(v.matches_re("x"))
_MIN_LEN: type[Any] = type(v.min_len(1))
_DEEP_ITERABLE: type[Any] = type(v.deep_iterable(v.instance_of(int)))

VALUE_ONLY = (_valid_id, _valid_ids, _not_blank, _non_empty, _plover_mode, _plover_contexts)
"""The model's validator functions that look at the value alone, never at the record."""

_SCALARS = (str, int, bool)
_SCALAR_NAMES = {str: "str", int: "int", bool: "bool"}

# Dates repeat across records and PartialDate is immutable, so one object per text serves all.
_date = functools.lru_cache(maxsize=65536)(PartialDate.from_iso)


def _parts(validator: Any) -> list[Any]:  # noqa: ANN401 - any attrs validator
    """``validator`` as the list of the checks it makes, ``and_`` unwrapped (``optional`` kept whole)."""
    if validator is None:
        return []
    if isinstance(validator, (list, tuple)):
        return [part for item in validator for part in _parts(item)]
    if isinstance(validator, _AND):
        return _parts(validator._validators)  # noqa: SLF001 - attrs keeps the parts of an and_ here
    return [validator]


def _value_only(validator: Any) -> bool:  # noqa: ANN401 - any attrs validator
    """Whether ``validator`` looks at the value alone (attrs' own validators, :data:`VALUE_ONLY`)."""
    if isinstance(validator, _OPTIONAL):
        return all(_value_only(part) for part in _parts(validator.validator))
    if isinstance(validator, _DEEP_ITERABLE):
        inner = _parts([validator.member_validator, validator.iterable_validator])
        return all(_value_only(part) for part in inner)
    if isinstance(validator, (_INSTANCE_OF, _MATCHES_RE, _MIN_LEN)):
        return True
    return any(validator is known for known in VALUE_ONLY)


def _exact(type_: Any) -> type | None:  # noqa: ANN401 - any field type
    """The one type every value built for ``type_`` has, where there is one."""
    if type_ in _SCALARS or type_ is PartialDate:
        return typing.cast("type", type_)
    if isinstance(type_, type) and (issubclass(type_, enum.Enum) or attrs.has(type_)):
        return type_
    return None


def _optional_of(type_: Any) -> Any:  # noqa: ANN401 - any field type
    """``X`` for ``X | None``; else ``None``."""
    arguments = typing.get_args(type_)
    union = typing.get_origin(type_) in {types.UnionType, typing.Union}
    if union and len(arguments) == 2 and type(None) in arguments:
        return next(argument for argument in arguments if argument is not type(None))
    return None


def _tuple_of(type_: Any) -> Any:  # noqa: ANN401 - any field type
    """``X`` for ``tuple[X, ...]``; else ``None``."""
    arguments = typing.get_args(type_)
    if typing.get_origin(type_) is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        return arguments[0]
    return None


class _Writer:
    """The source of one generated function, and the objects its names stand for."""

    def __init__(self, delegate: Callable[[Any], Build], *, count: bool) -> None:
        self.delegate, self.count = delegate, count
        self.lines: list[str] = []
        self.names: dict[str, Any] = {"Refused": Refused, "_id": _ID.fullmatch, "_keys": KEYS}

    def name(self, value: object, stem: str) -> str:
        """A new local name for ``value`` in the generated source."""
        found = f"_{stem}{len(self.names)}"
        self.names[found] = value
        return found

    def line(self, indent: int, text: str) -> None:
        self.lines.append("    " * indent + text)

    def function(self, label: str) -> Build:
        """The function the lines define, named ``build``."""
        namespace: dict[str, Any] = {}
        code = compile("\n".join(self.lines) + "\n", f"<generated build {label}>", "exec")
        exec(code, self.names, namespace)  # noqa: S102 - source made from a class's fields, as cattrs does
        built: Build = namespace["build"]
        return built

    def convert(self, indent: int, type_: Any, value: str) -> None:  # noqa: ANN401 - any field type
        """Write code that turns the JSON value in ``value`` into a ``type_``, or raises."""
        if type_ in _SCALARS:
            self.line(indent, f"if type({value}) is not {_SCALAR_NAMES[type_]}: raise Refused")
        elif type_ is PartialDate:
            self.line(indent, f"if type({value}) is not str: raise Refused")
            self.line(indent, f"{value} = {self.name(_date, 'date')}({value})")
        elif isinstance(type_, type) and issubclass(type_, enum.Enum):
            # A value no member has raises KeyError, a list or an object TypeError: both refuse.
            self.line(indent, f"{value} = {self.name(type_._value2member_map_, 'members')}[{value}]")
        elif (inner := _optional_of(type_)) is not None:
            self.line(indent, f"if {value} is not None:")
            self.line(indent + 1, "pass")
            self.convert(indent + 1, inner, value)
        elif (item := _tuple_of(type_)) is not None:
            self.line(indent, f"if type({value}) is not list: raise Refused")
            if item in _SCALARS:
                self.line(indent, f"for _item in {value}:")
                self.line(indent + 1, f"if type(_item) is not {_SCALAR_NAMES[item]}: raise Refused")
                self.line(indent, f"{value} = tuple({value})")
            else:
                self.line(indent, f"{value} = tuple(map({self.name(self.delegate(item), 'build')}, {value}))")
        else:
            # A record, or a type this module knows nothing of (a datetime): its own function.
            self.line(indent, f"{value} = {self.name(self.delegate(type_), 'build')}({value})")

    def inline(self, part: Any, value: str, exact: type | None, inner: type | None) -> list[str] | None:  # noqa: ANN401, PLR0911 - one return per kind of check
        """The lines that check the validator ``part`` on ``value``; ``None`` if it must be called.

        ``exact`` is the one type every value built for the field has (``None``
        if there is none, as for ``X | None``), ``inner`` the one an
        ``optional`` validator's parts see.
        """
        if isinstance(part, _OPTIONAL):
            lines = [f"if {value} is not None:"]
            for item in _parts(part.validator):
                found = self.inline(item, value, inner, None)
                if found is None:
                    return None
                lines += [f"    {line}" for line in found]
            return lines if len(lines) > 1 else []
        if isinstance(part, _INSTANCE_OF):
            if exact is not None and issubclass(exact, part.type):
                return []  # implied by the JSON type check
            return [f"if not isinstance({value}, {self.name(part.type, 'type')}): raise Refused"]
        if isinstance(part, _MATCHES_RE):
            return [f"if not {self.name(part.match_func, 'match')}({value}): raise Refused"]
        if isinstance(part, _MIN_LEN):
            return [f"if len({value}) < {int(part.min_length)}: raise Refused"]
        checks = {
            _valid_id: [
                f"if _id({value}) is None: raise Refused"
                if exact is str
                else f"if type({value}) is not str or _id({value}) is None: raise Refused"
            ],
            _valid_ids: [
                f"for _item in {value}:",
                "    if type(_item) is not str or _id(_item) is None: raise Refused",
            ],
            _not_blank: [f"if not {value}.strip(): raise Refused"],
            _non_empty: [f"if not {value}: raise Refused"],
        }
        return next((lines for known, lines in checks.items() if part is known), None)


def _default_passes(field: attrs.Attribute[Any]) -> bool:
    """Whether the value-only validators of ``field`` accept its default (run once, here)."""
    try:
        for part in _parts(field.validator):
            if _value_only(part):
                part(None, field, field.default)
    except Exception:  # noqa: BLE001 - any failure means a record without the field is refused
        return False
    return True


def _generatable(cls: type) -> bool:
    """Whether this module knows how ``cls``'s ``__init__`` sets its fields (else cattrs builds it)."""
    fields = attrs.fields(cls)
    slots = set(getattr(cls, "__slots__", ())) - {"__weakref__"}
    return (
        slots == {field.name for field in fields}
        and all(type(cls.__dict__.get(field.name)) is types.MemberDescriptorType for field in fields)
        and not hasattr(cls, "__attrs_pre_init__")
        and all(
            field.init and field.alias == field.name and field.converter in {None, _as_tuple}
            for field in fields
        )
    )


class _Record:
    """The writing of one record class's function: the field reads, then the deferred checks."""

    def __init__(self, cls: type, out: _Writer) -> None:
        self.cls, self.out = cls, out
        self.deferred: dict[tuple[int, str], str] = {}

    def check(self, indent: int, field: attrs.Attribute[Any], value: str, exact: type | None) -> None:
        """Check ``field``'s validators on ``value``: inline, called here if value-only, else deferred."""
        out, attribute = self.out, self.attribute(field)
        for part in _parts(field.validator):
            lines = out.inline(part, value, exact, _exact(_optional_of(field.type)))
            if lines is not None:
                for line in lines:
                    out.line(indent, line)
            elif _value_only(part):
                out.line(indent, f"{out.name(part, 'check')}(None, {attribute}, {value})")
            else:
                self.defer(part, field, value)

    def defer(self, part: Any, field: attrs.Attribute[Any], value: str) -> None:  # noqa: ANN401
        """Call ``part`` on the built record, as attrs calls a validator once every field is set."""
        key = (id(part), value)
        if key not in self.deferred:
            self.deferred[key] = f"{self.out.name(part, 'check')}(_record, {self.attribute(field)}, {value})"

    def attribute(self, field: attrs.Attribute[Any]) -> str:
        return self.out.name(field, "field")

    def field(self, field: attrs.Attribute[Any], value: str) -> None:
        """Write the reading, converting and checking of one field into ``value``, and its setting."""
        out, name = self.out, field.name
        default: Any = field.default
        if default is attrs.NOTHING:
            out.line(1, f"{value} = o[{name!r}]")
            out.convert(1, field.type, value)
            self.check(1, field, value, _exact(field.type))
        elif default is None and _optional_of(field.type) is not None and _default_passes(field):
            # Left out and null are alike: both give None, which passes the value-only checks.
            out.line(1, f"{value} = o.get({name!r})")
            out.line(1, f"if {value} is not None:")
            out.convert(2, _optional_of(field.type), value)
            self.check(2, field, value, _exact(field.type))
        else:
            out.line(1, f"if {name!r} in o:")
            out.line(2, f"{value} = o[{name!r}]")
            out.convert(2, field.type, value)
            self.check(2, field, value, _exact(field.type))
            out.line(1, "else:")
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type] # attrs.Factory is a class
                factory = out.name(default.factory, "factory")
                out.line(
                    2, f"{value} = {factory}(_record)" if default.takes_self else f"{value} = {factory}()"
                )
                self.check(2, field, value, None)
            else:
                out.line(2, f"{value} = {out.name(default, 'default')}")
                if not _default_passes(field):
                    out.line(2, "raise Refused")
                for part in _parts(field.validator):
                    if not _value_only(part):
                        self.defer(part, field, value)
        # The slot's own descriptor sets it, as a frozen class's __init__ does, at half the cost.
        out.line(1, f"{out.name(self.cls.__dict__[name].__set__, 'set')}(_record, {value})")

    def write(self) -> None:
        out, fields = self.out, attrs.fields(self.cls)
        names = out.name(frozenset(field.name for field in fields), "names")
        required = out.name(frozenset(f.name for f in fields if f.default is attrs.NOTHING), "required")
        out.line(0, "def build(o):")
        out.line(1, "if type(o) is not dict: raise Refused")
        out.line(1, "keys = o.keys()")
        if out.count:
            # Counted for the bulk reader's duplicate-key check (japan_nato_corpus._json.build_lines).
            out.line(1, "_keys[0] += len(keys)")
        out.line(1, f"if not (keys <= {names} and {required} <= keys): raise Refused")
        out.line(1, f"_record = {out.name(object.__new__, 'new')}({out.name(self.cls, 'cls')})")
        for index, field in enumerate(fields):
            self.field(field, f"x{index}")
        for call in self.deferred.values():
            out.line(1, call)
        if hasattr(self.cls, "__attrs_post_init__"):
            out.line(1, f"{out.name(self.cls.__attrs_post_init__, 'post_init')}(_record)")
        out.line(1, "return _record")


def source(cls: type, delegate: Callable[[Any], Build], *, count: bool = False) -> str:
    """The source of the function :func:`builder` makes for the record class ``cls`` (for tests)."""
    out = _Writer(delegate, count=count)
    _Record(cls, out).write()
    return "\n".join(out.lines) + "\n"


def builder(
    type_: Any,  # noqa: ANN401 - any type
    fallback: Callable[[Any], Build],
    overrides: dict[Any, Build] | None = None,
    *,
    count: bool = False,
) -> Build:
    """A function that builds a ``type_`` from a plain JSON value, or raises.

    Args:
        type_: A record class, or ``tuple[Record, ...]``.
        fallback: Makes the function for a type this module generates none for
            (the converter's own hook, as a function of the value alone).
        overrides: The functions of some types, used instead of generating one.
        count: Add the number of keys of every object built to
            ``japan_nato_corpus._json.KEYS[0]``, for
            :func:`~japan_nato_corpus._json.build_lines` alone (which runs one
            counting function at a time).

    Returns:
        A function of one plain JSON value that returns what the detailed
        converter returns for it, or raises where the detailed converter would
        refuse it (and on values it leaves to the detailed converter).
    """
    made: dict[Any, Build] = dict(overrides or {})

    def delegate(item: Any) -> Build:  # noqa: ANN401 - any field type
        if item in made:
            return made[item]
        out = _Writer(delegate, count=count)
        if isinstance(item, type) and attrs.has(item) and _generatable(item):
            # A record nested in itself finds its own function here, while it is being made.
            made[item] = lambda value: made[item](value)  # noqa: PLW0108 - made[item] is replaced below
            _Record(item, out).write()
        elif (_exact(item) is not None and not attrs.has(item)) or _optional_of(item) or _tuple_of(item):
            out.line(0, "def build(value):")
            out.convert(1, item, "value")
            out.line(1, "return value")
        else:
            made[item] = fallback(item)
            return made[item]
        made[item] = out.function(getattr(item, "__qualname__", str(item)))
        return made[item]

    return delegate(type_)
