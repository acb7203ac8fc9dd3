"""find_quotes: a Japanese topic that is a matter (``…を巡っては``, ``同構想は``) is not the speaker."""

from quote_cases import speakers


def test_a_postposition_topic_leaves_the_quote_to_the_speaker_before():
    text = (
        "\u5ca9\u5c4b\u6bc5\u5916\u76f8\u306f2\u65e5\u3001\u300c\u691c\u8a0e\u3057\u3066\u3044\u304f\u3079\u304d\u3060\u300d\u3068\u8a71\u3057\u305f\u3002\n"
        "\u65e5\u7c73\u5730\u4f4d\u5354\u5b9a\u306e\u6539\u5b9a\u3092\u5de1\u3063\u3066\u306f\u300c\u691c\u8a0e\u3057\u305f\u3044\u300d\u3068\u8ff0\u3079\u305f\u3002\n"
        "\u4e8b\u52d9\u6240\u306e\u958b\u8a2d\u306b\u95a2\u3057\u3066\u306f\u300c\u9032\u3081\u305f\u3044\u300d\u3068\u4e3b\u5f35\u3057\u305f\u3002"
    )
    found = [words for _, words in speakers(text, ())]
    assert found == ["\u5ca9\u5c4b\u6bc5\u5916\u76f8"] * 3


def test_the_said_plan_is_not_its_speaker_but_the_said_minister_is():
    plan = (
        "\u5ca9\u5c4b\u5916\u76f8\u306f\u300c\u691c\u8a0e\u3057\u305f\u3044\u300d\u3068\u8a71\u3057\u305f\u3002\n"
        "\u540c\u69cb\u60f3\u306f\u300c\u7279\u5b9a\u306e\u56fd\u306b\u5411\u3051\u3089\u308c\u3066\u3044\u306a\u3044\u300d\u3068\u5f37\u8abf\u3057\u305f\u3002"
    )
    assert [words for _, words in speakers(plan, ())] == ["\u5ca9\u5c4b\u5916\u76f8"] * 2
    minister = (
        "\u540c\u5916\u76f8\u306f\u300c"
        "\u7279\u5b9a\u306e\u56fd\u306b\u5411\u3051\u3089\u308c\u3066\u3044\u306a\u3044\u300d\u3068\u5f37\u8abf\u3057\u305f\u3002"
    )
    assert [words for _, words in speakers(minister, ())] == ["\u540c\u5916\u76f8"]
