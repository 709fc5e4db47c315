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


def test_utf8_read_as_windows_1252_or_latin_1_is_repaired():
    from kg.extract import extract
    from kg.normalize import normalize_text
    good = "Đồng chí Nguyễn Văn Tùng, Tỉnh ủy viên, Bí thư Huyện ủy Hướng Hóa chủ trì buổi làm việc với Đảng ủy xã Thuận."
    assert normalize_text(good.encode("utf-8").decode("latin-1")) == normalize_text(good)
    copied = good.encode("utf-8").decode("cp1252", errors="replace")  # 0x90 of "Đ" is lost as U+FFFD
    assert normalize_text(copied) == normalize_text(good)
    rec = extract(copied, id="t")
    assert [(o.name, [p.body for p in o.positions]) for o in rec.officials] == [("Nguyễn Văn Tùng", ["Tỉnh ủy", "Huyện ủy"])]
    # ordinary text with the same letters is left alone
    assert normalize_text("Bà Lê Thị Lá “đẹp”, Ánh và Ã") == "Bà Lê Thị Lá “đẹp”, Ánh và Ã"
