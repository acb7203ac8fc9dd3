"""Month and weekday names in many languages, the labels before a date, and the file they ship in."""

import datetime as dt
import itertools
import json
import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import dates
from japan_nato_corpus.dates import find_dates, parse_date
from japan_nato_corpus.errors import ParseError

VOCABULARY = (
    pathlib.Path(__file__).parent.parent / "src" / "japan_nato_corpus" / "vocabularies" / "date_words.json"
)


def _header(text):
    return find_dates(text, carry_year=False, bare_years=False)


class TestShippedFile:
    """The shipped date words are what Babel's CLDR data gives, and read as one name one way."""

    def test_the_file_is_what_babel_gives(self):
        from tools.date_words import PATH, build  # Babel is a test dependency: no skip without it

        assert PATH.read_text(encoding="utf-8") == build()

    def test_every_month_word_names_one_month(self):
        months = json.loads(VOCABULARY.read_text(encoding="utf-8"))["months"]
        assert all(1 <= number <= 12 for number in months.values())
        assert {"diciembre": 12, "dezember": 12, "grudnia": 12, "мая": 5, "giugno": 6} == {
            word: months[word] for word in ("diciembre", "dezember", "grudnia", "мая", "giugno")
        }

    def test_no_weekday_is_a_month(self):
        words = json.loads(VOCABULARY.read_text(encoding="utf-8"))
        assert not set(words["weekdays"]) & set(words["months"])


class TestLongDatesInWords:
    """A long date in another language reads to its day, with the weekday before it in its span."""

    @pytest.mark.parametrize(
        ("text", "iso", "span"),
        [
            ("jueves, 9 de diciembre de 2021", "2021-12-09", "jueves, 9 de diciembre de 2021"),
            ("Das war Freitag, der 9. Dezember 2022", "2022-12-09", "Freitag, der 9. Dezember 2022"),
            ("lunedì 8 aprile 2019", "2019-04-08", "lunedì 8 aprile 2019"),
            ("Publicado em 20 de junho de 2025 · Leitura de 10 min", "2025-06-20", "20 de junho de 2025"),
            ("1er mars 2020", "2020-03-01", "1er mars 2020"),
            ("10 мая 2023", "2023-05-10", "10 мая 2023"),
            ("środa, 17 kwietnia 2024", "2024-04-17", "środa, 17 kwietnia 2024"),
            ("23 augustus 2017", "2017-08-23", "23 augustus 2017"),
            ("2024年4月5日", "2024-04-05", "2024年4月5日"),
        ],
    )
    def test_reads(self, text, iso, span):
        found = _header(text)
        assert [iso] == [match.date.iso for match in found]
        assert span == found[0].text

    @pytest.mark.parametrize(
        "text",
        [
            "5 people died in 2023",
            "from 3 to 5 Apples 2020",
            "12 casi su 2021 tamponi",
            "Bollettino 9 dicembre: 12.756 casi",
        ],
    )
    def test_a_word_that_is_no_month_gives_no_date(self, text):
        assert () == _header(text)

    def test_a_short_word_before_the_day_is_no_weekday(self):
        assert "5 marzo 2020" == _header("from 3 to 5 marzo 2020")[0].text

    @pytest.mark.parametrize(
        ("text", "moment"),
        [
            ("Publié le 16 mars 2026 à 9h38", dt.datetime(2026, 3, 16, 9, 38)),  # noqa: DTZ001
            ("Pubblicato il 12 marzo 2023 alle ore 10:30", dt.datetime(2023, 3, 12, 10, 30)),  # noqa: DTZ001
            ("5. Mai 2020 um 14:05 Uhr", dt.datetime(2020, 5, 5, 14, 5)),  # noqa: DTZ001
            ("朝日新聞デジタル 2024年4月5日 3時34分", dt.datetime(2024, 4, 5, 3, 34)),  # noqa: DTZ001
        ],
    )
    def test_times_in_other_languages(self, text, moment):
        assert moment == _header(text)[0].moment


class TestLabelsInOtherLanguages:
    """A date's label in another language is read as its label, and says which way a numeric date goes."""

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("Fecha Publicación: 29-08-2022", "fecha publicación"),
            ("Veröffentlicht am 5. Mai 2020", "veröffentlicht am"),
            ("Mis à jour le 01/04/2021 15:52", "mis à jour le"),
            ("Updated: 04/11/2022", "updated"),
        ],
    )
    def test_labels(self, text, label):
        assert label == _header(text)[0].label

    @pytest.mark.parametrize(
        ("text", "iso"),
        [
            ("Publié le 12/03/2021 16:25", "2021-03-12"),
            ("Pubblicato il 04/05/2020", "2020-05-04"),
            ("Updated: 04/11/2022", "2022-04-11"),
            ("Seattle 12/03/2021", "2021-12-03"),  # "le" closing a word is no label
            ("Publié le 05.07.2022", "2022-07-05"),
        ],
    )
    def test_a_day_first_label_reads_the_day_first(self, text, iso):
        assert iso == _header(text)[0].date.iso

    def test_parse_date_takes_the_label(self):
        found = parse_date("Fecha de publicación: 12/03/2021")
        assert ("2021-03-12", "fecha de publicación") == (found.date.iso, found.label)


_WORDS = st.sampled_from(
    ["jueves", "Freitag,", "der", "de", "9", "9.", "12", "2021", "diciembre", "Dezember", "мая", "年", "月",
     "日", "12/03/2021", "Publié le", "à", "9h38", "alle ore", "10:30", ",", " ", "\n", "le",
     "del", "2024年4月5日"]
)  # fmt: skip


class TestProperties:
    """Whatever the words, a search gives dates whose spans slice the text, or one of our errors."""

    @given(st.lists(_WORDS, max_size=14).map(" ".join))
    def test_spans_slice_the_text(self, text):
        try:
            found = find_dates(text)
        except ParseError:
            return
        for match in found:
            assert text[match.start : match.end] == match.text
        assert all(a.end <= b.start for a, b in itertools.pairwise(found))


_STAMP_PIECES = st.sampled_from(
    ["May", "Feb", "diciembre", "de", "Mon,", "jueves,", "at", "@", "-", "--", "/", ".", ",", ":", " ", "T",
     "pm", "a.m.", "EDT", "EST", "CEST", "CET", "JST", "XYZT", "GMT+1", "+0900", "(JST)", "noon", "Uhr",
     "Report as abuse", "Updated:", "Publié le", "年", "月", "日"]
)  # fmt: skip
_STAMP_NUMBERS = st.integers(min_value=0, max_value=3999).map(str) | st.integers(0, 99).map(
    lambda n: f"{n:02d}"
)


def _searched(line):
    """The header's reading of the line searched in full (no shape's plan), or the error it raises."""
    saved = dates._PLAN_CHARS
    dates._PLAN_CHARS = -1
    try:
        return find_dates(line, carry_year=False, bare_years=False)
    except ParseError as error:
        return type(error)
    finally:
        dates._PLAN_CHARS = saved


def _planned(line):
    try:
        return find_dates(line, carry_year=False, bare_years=False)
    except ParseError as error:
        return type(error)


def _moment_of(found):
    if not isinstance(found, tuple) or not found:
        return False, None
    return True, found[0].moment


class TestShapes:
    """Lines read by their shape's plan read as the full search reads them."""

    @given(st.lists(_STAMP_PIECES | _STAMP_NUMBERS, max_size=12).map(" ".join))
    def test_a_plan_reads_as_the_full_search(self, line):
        full = _searched(line)
        assert full == _planned(line)
        assert _moment_of(full) == dates.first_full_date(line)

    @pytest.mark.parametrize(
        "template",
        ["May {d:02d}, {y} {h}:{m:02d}pm EDT -- Report as abuse", "{d}. Dezember {y} um {h}:{m:02d} Uhr",
         "Feb {d}, {y} at {h}:{m:02d} a.m. CET", "{y}-{mo:02d}-{d:02d} {h}:{m:02d} (JST)",
         "jueves, {d} de diciembre de {y}"],
    )  # fmt: skip
    @given(
        st.fixed_dictionaries(
            {
                "d": st.integers(0, 39),
                "y": st.integers(900, 3100),
                "h": st.integers(0, 25),
                "m": st.integers(0, 61),
                "mo": st.integers(0, 13),
            }
        )
    )
    def test_stamps_of_one_shape(self, template, fields):
        line = template.format(**fields)
        full = _searched(line)
        assert full == _planned(line)
        dated, moment = dates.first_full_date(line)
        assert _moment_of(full) == (dated, moment)
        if moment is not None:
            assert full[0].moment.utcoffset() == moment.utcoffset()


class TestErrors:
    """Any text gives dates or one of our errors, never another exception, and the stamp reader agrees."""

    @given(
        st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("0123456789年月日/.:- "), max_size=60)
    )
    def test_any_text(self, text):
        try:
            found = find_dates(text, carry_year=False, bare_years=False)
        except ParseError:
            found = None
        for match in found or ():
            assert text[match.start : match.end] == match.text
        assert _moment_of(found if found is not None else ParseError) == dates.first_full_date(text)


class TestTimesBetweenDates:
    """A time taken with one date is never part of the next, nor taken again by it."""

    @pytest.mark.parametrize(
        ("text", "spans"),
        [
            ("12/03/2021 10:30 May 2021", ["12/03/2021 10:30"]),  # "30 May 2021" holds the time's minutes
            ("May 5, 2020 10:30 June 6, 2020", ["May 5, 2020 10:30", "June 6, 2020"]),
        ],
    )
    def test_spans(self, text, spans):
        assert spans == [match.text for match in find_dates(text)]
