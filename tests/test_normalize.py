import unicodedata

from kg.normalize import compare_key, normalize_text


def test_icelandic_eth_becomes_vietnamese_d():
    assert normalize_text("Ðảng ủy thị trấn Ðiện Biên Ðông") == "Đảng ủy thị trấn Điện Biên Đông"


def test_nfd_input_is_composed():
    nfd = unicodedata.normalize("NFD", "Huyện ủy Hướng Hóa")
    assert normalize_text(nfd) == "Huyện ủy Hướng Hóa"


def test_old_tone_placement_moves_to_first_vowel():
    assert normalize_text("Huyện uỷ, hoà bình, khoẻ mạnh, Thuý") == "Huyện ủy, hòa bình, khỏe mạnh, Thúy"


def test_qu_keeps_tone_on_y():
    assert normalize_text("quý, Quỳnh") == "quý, Quỳnh"


def test_zero_width_and_bidi_controls_removed():
    assert normalize_text("Nguyễn\u200b Tăng\u202e") == "Nguyễn Tăng"


def test_compare_key_expands_abbreviations_and_folds():
    assert compare_key("Chủ tịch UBND ") == compare_key("chủ tịch Ủy ban nhân dân")
    assert compare_key("triệu đồng / người / năm") == "triệu đồng/người/năm"
    assert compare_key("Huyện uỷ") == compare_key("huyện ủy")
