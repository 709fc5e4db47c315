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
