"""find_quotes: a straight double mark between two Hebrew letters is the gershayim of an acronym
(``נאט"ו``, ``האו"ם``), not a quotation mark: the quote around it runs on to its own closing mark."""

from japan_nato_corpus.quotes import find_quotes


def test_acronym_mark_inside_a_quote_does_not_close_it():
    text = 'הודעה רשמית: "תוכנית נאט"ו להתרחב לאסיה-פסיפיק היא הפרה של חוקי האו"ם ויפן לא תצטרף אליה", מסרו.'
    quoted = [q.evidence.quote for q in find_quotes(text)]
    assert quoted == ['תוכנית נאט"ו להתרחב לאסיה-פסיפיק היא הפרה של חוקי האו"ם ויפן לא תצטרף אליה']


def test_a_mark_after_a_hebrew_word_and_a_space_still_opens():
    text = 'השגרירות מסרה: "אנו מקווים שיפן תימנע מפעולות הפוגעות באמון בין מדינות האזור".'
    quoted = [q.evidence.quote for q in find_quotes(text)]
    assert quoted == ["אנו מקווים שיפן תימנע מפעולות הפוגעות באמון בין מדינות האזור"]
