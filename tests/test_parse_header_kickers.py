"""A kicker over the headline (a word or two, or a label the headline line repeats) is not the headline.

The pages are written for these tests.
"""

from japan_nato_corpus import parse_article


def _headline(*lines: str) -> str | None:
    return parse_article("\n".join(lines) + "\n", id="t").headline


def test_two_word_kicker_the_story_names_is_not_the_headline() -> None:
    assert (
        _headline(
            "Royal Navy",
            "Exercises off the coast of Japan and Korea",
            "The Royal Navy has trained with Japanese and Korean forces off the coast for the first time.",
            "12.03.2025",
            "Ships of the Royal Navy sailed from Portsmouth in January to join the exercises at sea.",
            "The Royal Navy said the exercises would go on for two weeks, with aircraft joining later.",
        )
        == "Exercises off the coast of Japan and Korea"
    )


def test_three_word_title_the_story_names_over_its_subtitle_stays() -> None:
    assert (
        _headline(
            "Zeitenwende in Tokio",
            "Japan verabschiedet sich von seiner Zurückhaltung in der Verteidigung",
            "Die Regierung in Tokio hat eine Zeitenwende in der Verteidigung beschlossen, wie sie sagte.",
            "Japan will in den kommenden Jahren viel mehr Geld für die Verteidigung ausgeben als bisher.",
        )
        == "Zeitenwende in Tokio"
    )


def test_column_label_repeated_before_a_slash_is_a_kicker() -> None:
    assert (
        _headline(
            "防衛論壇",
            "防衛論壇/王小明》日本與北約 合作再深化",
            "北約秘書長在東京表示,「日本是最重要的夥伴之一」。(美聯社)",
            "文/王小明",
            "日本與北約近年來合作日益密切,雙方在網路安全與海上安全等領域展開多項對話與演習。",
            "北約秘書長表示,日本是北約在印太地區最重要的夥伴之一,雙方將持續加強合作。",
        )
        == "防衛論壇/王小明》日本與北約 合作再深化"
    )


def test_japanese_headline_sharing_characters_with_the_story_beats_a_label() -> None:
    assert (
        _headline(
            "今週の人気特集",
            "北部で震度5弱 沿岸に津波注意報",
            "12日午後3時ごろ、北部沿岸を震源とする地震があり、最大で震度5弱を観測した。気象庁は沿岸に津波注意報を出した。",
            "気象庁によると、震源の深さは約10キロで、地震の規模はマグニチュード6.1と推定される。",
        )
        == "北部で震度5弱 沿岸に津波注意報"
    )
