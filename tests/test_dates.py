import pytest

from kg.dates import published_date


@pytest.mark.parametrize("text,iso", [
    ("Tiêu đề bài\n\n09:45 - Thứ Hai, 22/02/2021 Lượt xem: 1570 In bài viết\n\nNội dung.", "2021-02-22"),
    ("Chủ Nhật, 29/11/2020 05:21:00 GMT+7\n\nTin đăng lúc 25-10-2020\n\nTiêu đề", "2020-10-25"),
    ("Tiêu đề\n\n25/01/2021 - 06:54\n\nBDK - Nội dung", "2021-01-25"),
    (" date 2026-01-26 Xã Lương Sơn kiện toàn", "2026-01-26"),
    (" date 2020-08 CÁC CHỈ TIÊU CHỦ YẾU", None),
    ("Ngày 10 tháng 11 năm 2022, Đoàn công tác làm việc với Đảng ủy xã.", None),
    ("Sáng ngày 19/11/2024, Ban Thường vụ Huyện ủy tổ chức Hội nghị.", None),
])
def test_published_date(text, iso):
    assert published_date(text) == iso
