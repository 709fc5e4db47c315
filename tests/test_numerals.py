import pytest

from kg.extract import extract
from kg.numerals import parse_number


@pytest.mark.parametrize("text,value", [("8.848", 8848), ("9,94", 9.94), ("1.000", 1000),
                                        ("35.000", 35000), ("65,4", 65.4), ("05", 5), ("100.000", 100000)])
def test_vietnamese_numerals(text, value):
    assert parse_number(text) == value


def test_range_and_comparators_in_a_plan():
    rec = extract("Nghị quyết năm 2021 đề ra mục tiêu: tỷ lệ hộ nghèo giảm từ 3 - 4%; "
                  "thu ngân sách đạt 120 triệu đồng trở lên; tỷ trọng công nghiệp đạt trên 9%.", id="t")
    by_value = {str(t.value): t for t in rec.targets}
    assert by_value["[3, 4]"].unit == "%"
    assert by_value["120"].comparator == ">=" and by_value["120"].unit == "triệu đồng"
    assert by_value["9"].comparator == ">"
    assert all(t.status == "target" and t.period == "2021" for t in rec.targets)


def _targets(text):
    from kg import extract

    return {(t.indicator, str(t.value), t.unit) for t in extract(text, id="t").targets}


def test_list_item_indicator_is_the_phrase_before_the_colon():
    got = _targets("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025\n(3) Tổng sản lượng lương thực có hạt: 26.500 tấn.")
    assert ("tổng sản lượng lương thực có hạt", "26500", "tấn") in {(i.lower(), v, u) for i, v, u in got}


def test_counted_nouns_keep_what_is_said_of_them():
    got = _targets("Năm 2024, huyện phấn đấu xây dựng 3 xã đạt chuẩn nông thôn mới nâng cao.")
    assert ("xây dựng xã đạt chuẩn nông thôn mới nâng cao", "3", "xã") in got


def test_actor_and_adverbs_are_not_part_of_the_indicator():
    got = _targets("Trong 5 năm, Đảng bộ huyện đã kết nạp 412 đảng viên mới.")
    assert ("kết nạp đảng viên mới", "412", "đảng viên mới") in got


def test_votes_are_not_targets():
    assert _targets("Đồng chí Lê Văn C được bầu với 100% phiếu tán thành.") == set()
