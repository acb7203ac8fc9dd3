"""find_quotes: Japanese reported speech closes a quote with ということです or a set-off とし、."""

from quote_cases import speakers

TEXT = (
    "林官房長官は記者会見で「ミサイルの飛来は確認されていない」と説明しました。"
    "被害の情報についても「確認されていない」ということです。"
    "また、ミサイル発射の詳細については「防衛省で分析中」とし、警戒監視に全力を挙げると述べました。"
)


def test_a_quote_before_to_iu_koto_desu_is_a_quote_of_the_speaker_before():
    found = dict(speakers(TEXT, ()))
    assert "確認されていない" in found
    assert found["確認されていない"] is not None
    assert found["確認されていない"].startswith("林")


def test_a_quote_before_a_set_off_toshi_is_a_quote():
    found = dict(speakers(TEXT, ()))
    assert "防衛省で分析中" in found


def test_a_name_before_to_iu_is_no_quote():
    assert speakers("「いずも」という名前の艦が入港した。", ()) == []
