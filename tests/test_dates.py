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
    ("Cập nhật: 2024-03-12 08:15\nTiêu đề bài", "2024-03-12"),
    ("Tiêu đề bài\nThứ Ba, 12 tháng 3 năm 2024 08:15\nNội dung", "2024-03-12"),
    ("12 tháng 3, 2024 | 08:15\nTiêu đề bài", "2024-03-12"),
])
def test_published_date(text, iso):
    assert published_date(text) == iso


def test_event_days_after_a_weekday_yesterday_or_a_written_month():
    from kg.dates import event_dates
    assert event_dates("Sáng thứ Hai (6/10), Ban Thường vụ Tỉnh ủy họp.", 2025) == [(14, "2025-10-06")]
    assert event_dates("Hôm qua (6/10), hội nghị diễn ra.", 2025)[0][1] == "2025-10-06"
    assert event_dates("Sáng 5 tháng 3, Huyện ủy tổ chức hội nghị.", 2024)[0][1] == "2024-03-05"
    assert event_dates("Xã đạt 19/10 tiêu chí.", 2025) == []


def test_a_sites_clock_above_the_headline_is_not_the_articles_date():
    page = ("Chủ nhật, 10/12/2023, 15:38 [GMT+7]\n\nTriển khai quyết liệt các nhiệm vụ, giải pháp năm 2024\n\n"
            "Thứ 2, 13/11/2023 | 10:01:00\n\nSáng 13/11, Tỉnh ủy tổ chức hội nghị.")
    assert published_date(page) == "2023-11-13"
    assert published_date("Thứ Hai, 13/11/2023 10:01\n\nTỉnh ủy tổ chức hội nghị tổng kết năm\n\nSáng nay ...") == "2023-11-13"


def test_a_day_without_a_year_weeks_after_publication_is_last_years():
    from kg.dates import event_dates
    assert event_dates("Sáng 30/12, Ban Thường vụ Tỉnh ủy họp.", 2025, "2025-01-06") == [(0, "2024-12-30")]
    assert event_dates("Sáng 3/1, Ban Thường vụ Tỉnh ủy họp.", 2025, "2025-01-06") == [(0, "2025-01-03")]
    assert event_dates("Sáng 30/12/2025, Ban Thường vụ Tỉnh ủy họp.", 2025, "2025-01-06") == [(0, "2025-12-30")]


def test_a_spam_copys_byline_gives_the_date_and_its_site_name_no_locality():
    from kg.extract import extract
    rec = extract("Bí thư Tỉnh ủy làm việc với huyện Yên Sơn - Báo Mới 24h\nadmin 14/03/2024 0 Comments\n"
                  "Sáng 13/3, đồng chí Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy đã làm việc với Ban Thường vụ "
                  "Huyện ủy Yên Sơn.", id="t")
    assert rec.published == "2024-03-14"
    assert [loc.name for loc in rec.localities] == ["huyện Yên Sơn"]
    assert [(m.kind, m.date) for m in rec.meetings] == [("làm việc", "2024-03-13")]


def test_this_morning_and_yesterday_afternoon_under_a_date_line():
    from kg.extract import extract
    for lead, day in (("Sáng nay", "2024-03-05"), ("Chiều qua", "2024-03-04"), ("Hôm qua (3/3)", "2024-03-03")):
        rec = extract(f"Thứ Ba, 05/03/2024 - 10:20\n{lead}, Huyện ủy Bắc Mê tổ chức hội nghị tổng kết.", id="t")
        assert [m.date for m in rec.meetings] == [day], lead
    rec = extract("Ngày nay, Huyện ủy Bắc Mê tổ chức hội nghị tổng kết.", id="t")
    assert [m.date for m in rec.meetings] == [None]


def test_a_byline_with_the_authors_name_and_the_date():
    assert published_date("Huyện ủy tổ chức hội nghị\nTác giả: Thu Hà | 12/02/2024\nNgày 10/2, Huyện ủy tổ chức hội "
                          "nghị.") == "2024-02-12"


def test_a_deadline_is_not_the_day_of_an_event():
    from kg.dates import event_dates
    assert event_dates("Yêu cầu nhà thầu hoàn thành trước ngày 30/9/2024.", 2024) == []
    assert event_dates("Các xã báo cáo kết quả chậm nhất ngày 15/10.", 2024) == []
    assert [iso for _o, iso in event_dates("Sáng 17/4, đoàn kiểm tra, yêu cầu xong trước ngày 30/9.", 2024)] == ["2024-04-17"]


def test_an_undated_article_about_a_congress_of_a_term_is_of_the_terms_first_year():
    from kg.dates import article_year
    text = "Đại hội Đảng bộ huyện A lần thứ XXVIII, nhiệm kỳ 2020-2025\nSo với năm 2015, thu nhập tăng gấp đôi."
    assert article_year(text, None) == 2020


def test_a_crawls_date_before_a_menu_line_stays_when_the_menu_goes():
    from kg.extract import extract
    rec = extract(" date 2025-10-02 Trang chủ | Thời sự | Chính trị | Kinh tế\nSáng 2/10, Đại hội bế mạc.", id="t")
    assert rec.published == "2025-10-02"


def test_a_site_banner_in_capitals_is_not_the_headline_under_which_the_date_is_written():
    text = ("BÁO ĐIỆN TỬ TỈNH\nChủ nhật, 10/12/2023, 15:38[GMT+7]\n\nHuyện ủy tổng kết năm 2023\n\n"
            "Thứ 2, 13/11/2023 | 10:01:00\nNgày 13/11, Huyện ủy tổ chức hội nghị.")
    assert published_date(text) == "2023-11-13"
