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


# -- issue 14: spans, ranges, counts, status and period ----------------------------------------
def _full(text):
    from kg import extract

    return {str(t.value): t for t in extract(text, id="t").targets}


def test_a_range_with_a_unit_after_each_value_is_one_target():
    got = _full("Giai đoạn 2026-2030, tỉnh phấn đấu tăng trưởng GRDP đạt 9%-9,5%/năm.")
    assert got["[9, 9.5]"].indicator == "tăng trưởng GRDP" and got["[9, 9.5]"].status == "target"


def test_counts_out_of_a_total_are_results_of_the_count():
    got = _full("Nhiệm kỳ 2015-2020, Đảng bộ huyện đã hoàn thành 16/18 chỉ tiêu đạt và vượt; "
                "có 9/12 xã đạt chuẩn nông thôn mới.")
    assert got["16"].unit == "chỉ tiêu" and got["16"].status == "achieved"
    assert got["9"].indicator == "xã đạt chuẩn nông thôn mới" and "12" not in got and "18" not in got


def test_shares_measured_against_a_plan_are_results_and_say_against_what():
    got = _full("Năm 2024, tổng thu ngân sách trên địa bàn đạt 512 tỷ đồng, bằng 131,2% dự toán tỉnh giao.")
    assert got["131.2"].indicator == "tổng thu ngân sách trên địa bàn so với dự toán tỉnh giao"
    assert got["131.2"].status == "achieved" and got["512"].status == "achieved"


def test_shares_of_the_economy_split_into_one_target_each():
    got = _full("Đến năm 2030, tỷ trọng các ngành trong cơ cấu kinh tế là: nông nghiệp chiếm 20%, "
                "dịch vụ chiếm 50%.")
    assert got["20"].indicator == "tỷ trọng nông nghiệp trong cơ cấu kinh tế"
    assert got["50"].indicator == "tỷ trọng dịch vụ trong cơ cấu kinh tế"
    assert got["50"].period == "2030" and got["50"].status == "target"


def test_party_members_represented_are_an_achieved_count_and_units_counted_without_result_are_not():
    got = _full("Dự đại hội có 198 đại biểu chính thức đại diện cho hơn 4.200 đảng viên. "
                "Lãnh đạo cấp ủy 3 xã cùng dự.")
    assert got["4200"].indicator == "đảng viên" and got["4200"].status == "achieved"
    assert got["4200"].period is None
    assert "198" not in got and "3" not in got


def test_results_of_the_term_that_ended_take_the_previous_term():
    got = _full("Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025.\n"
                "Trong nhiệm kỳ qua, tổng giá trị sản xuất thực hiện đạt 12.400 tỷ đồng.")
    assert got["12400"].status == "achieved" and got["12400"].period == "2015-2020"


def test_a_list_item_takes_its_own_period_or_the_terms_not_its_neighbours():
    got = _full("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025\nNghị quyết đề ra: tổng giá trị sản xuất đến năm 2025 đạt "
                "4.300 tỷ đồng; tổng vốn đầu tư thời kỳ 2021-2025 đạt 5.000 tỷ đồng; tỷ lệ tăng thu ngân sách bình "
                "quân hàng năm 12%.")
    assert got["4300"].period == "2025" and got["5000"].period == "2021-2025"
    assert got["12"].period == "2020-2025"


def test_vuot_of_a_plan_and_counts_reached_and_passed():
    got = _full("Năm 2023, tổng thu ngân sách trên địa bàn đạt 125 tỷ đồng, vượt 15% dự toán.")
    assert got["15"].indicator == "tổng thu ngân sách trên địa bàn vượt dự toán" and got["15"].comparator == "="
    # (the count of targets reached: 15 of 17, "đạt và vượt" is its verb, not a comparator)
    counts = [t for t in extract("Nhiệm kỳ 2015-2020, Đảng bộ xã đã thực hiện đạt và vượt 15/17 chỉ tiêu Nghị "
                                 "quyết đề ra.", id="t").targets]
    assert [(t.indicator, t.value, t.comparator, t.status) for t in counts] == [
        ("đạt và vượt chỉ tiêu", 15, "=", "achieved")]


def test_a_plan_takes_the_year_it_names_even_per_year_and_under_a_term_heading():
    got = _full("MỤC TIÊU NHIỆM KỲ 2025-2030\nPhấn đấu thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu "
                "đồng/người/năm. Tốc độ tăng trưởng kinh tế bình quân 8%/năm.")
    assert (got["95"].status, got["95"].period) == ("target", "2030")
    assert got["8"].period == "2025-2030"


def test_a_figure_for_a_period_that_ended_before_the_article_is_a_result():
    got = _full("Ngày 12/3/2025, HĐND huyện tổng kết: tổng thu ngân sách giai đoạn 2020-2024 đạt 1.250 tỷ đồng, "
                "tốc độ tăng thu bình quân giai đoạn 2020-2024 là 6,5%/năm. Phấn đấu năm 2025 thu ngân sách "
                "đạt 320 tỷ đồng.")
    assert (got["1250"].status, got["1250"].period) == ("achieved", "2020-2024")
    assert got["6.5"].status == "achieved"
    assert (got["320"].status, got["320"].period) == ("target", "2025")


def test_who_aims_is_not_part_of_the_indicator():
    got = _full("Năm 2026, xã Tân Lập phấn đấu giảm tỷ lệ hộ nghèo xuống 1,5%.")
    assert got["1.5"].indicator == "giảm tỷ lệ hộ nghèo" and got["1.5"].status == "target"


def test_who_lives_in_a_unit_is_no_target():
    got = _full("Huyện Krông Bông có 21.500 hộ với 95.300 nhân khẩu, là nơi sinh sống của 19 dân tộc anh em, trong "
                "đó hơn 40% là đồng bào dân tộc thiểu số. Năm 2024, tỷ lệ hộ nghèo giảm còn 12,5%.")
    assert set(got) == {"12.5"}


def test_a_multiplier_against_the_start_of_the_term_is_the_same_indicator_for_the_term():
    got = _full("Đại hội Đảng bộ huyện lần 2 nhiệm kỳ 2020-2025 khai mạc. Nhiệm kỳ qua, thu nhập bình quân đầu "
                "người năm 2020 ước đạt 50,1 triệu đồng/năm, tăng 2,6 lần so với đầu nhiệm kỳ.")
    assert set(got) == {"50.1", "2.6"}  # "lần 2" of the congress is no figure
    t = got["2.6"]
    assert (t.indicator, t.unit, t.status, t.period) == (
        "thu nhập bình quân đầu người tăng so với đầu nhiệm kỳ", "lần", "achieved", "2015-2020")


def test_party_size_until_now_and_this_year_periods():
    got = _full("Ngày 5/8/2025, Đại hội Đảng bộ xã nhiệm kỳ 2025-2030 khai mạc với 150 đại biểu đại diện cho "
                "gần 2 nghìn đảng viên. Đến nay, toàn xã có 18 hộ đã được hỗ trợ xóa nhà tạm. Tổng thu ngân sách "
                "trên địa bàn xã ước cả năm đạt 12 tỷ đồng.")
    assert got["2"].period is None and got["2"].status == "achieved"
    assert got["18"].period is None
    assert (got["12"].indicator, got["12"].period) == ("tổng thu ngân sách trên địa bàn xã", "2025")


def test_a_paragraph_on_the_term_that_ended_reports_results():
    got = _full("Đại hội Đảng bộ thị xã nhiệm kỳ 2020-2025.\nTrong nhiệm kỳ qua, kinh tế tiếp tục tăng trưởng. Huy "
                "động vốn đầu tư toàn xã hội đạt 16.095 tỷ đồng. Phấn đấu đến năm 2025 thu ngân sách đạt 900 tỷ "
                "đồng.")
    assert got["16095"].status == "achieved" and got["900"].status == "target"


def test_a_span_of_years_the_five_years_of_the_term_and_an_average_change():
    got = _full("Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025 khai mạc. Từ năm 2017 đến tháng 5 năm 2020, huyện đón "
                "8.046 lượt khách du lịch. Trong 5 năm, Đảng bộ huyện đã kết nạp 868 đảng viên mới. Tổng giá trị "
                "sản xuất thực hiện đạt 46.842 tỷ đồng, tăng bình quân trên 15%/năm.")
    assert got["8046"].period == "2017-2020"
    assert (got["868"].status, got["868"].period) == ("achieved", "2015-2020")
    assert got["46842"].indicator == "tổng giá trị sản xuất"
    assert got["15"].indicator == "tổng giá trị sản xuất tăng bình quân" and got["15"].comparator == ">"


def test_a_predicate_shared_by_two_shares_programme_names_and_thresholds():
    got = _full("Năm 2023, huyện có trên 75% tổ chức cơ sở đảng, 90% đảng viên hoàn thành tốt nhiệm vụ trở lên; "
                "xã phấn đấu hoàn thành 100% các mục tiêu, kế hoạch về quốc phòng. Huyện thực hiện Đề án trồng 1 "
                "tỷ cây xanh; không còn xã dưới 15 tiêu chí.")
    assert got["75"].indicator == "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên"
    assert got["100"].indicator.endswith("mục tiêu, kế hoạch về quốc phòng")
    assert "1" not in got and "15" not in got


def test_results_of_a_half_year_report_take_the_articles_year_and_the_cut_off_day_is_no_indicator():
    t = _full("25/06/2019 10:20\nNgày 25/6/2019, HĐND huyện tổ chức kỳ họp đánh giá kết quả thực hiện nhiệm vụ 6 "
              "tháng đầu năm.\n"
              "Thu ngân sách thực hiện đến ngày 31/5 đạt gần 27 tỷ đồng.")["27"]
    assert (t.indicator, t.status, t.period) == ("thu ngân sách", "achieved", "2019")


def test_counts_of_targets_reached_or_missed_are_results_and_their_explanation_is_not_the_indicator():
    t = _full("Năm 2024, huyện phấn đấu hoàn thành các chỉ tiêu. Riêng 02 chỉ tiêu đạt thấp là giá trị sản xuất "
              "công nghiệp và thu ngân sách.")["2"]
    assert (t.indicator, t.status) == ("chỉ tiêu đạt thấp", "achieved")


def test_an_acronym_in_brackets_an_estimate_and_a_count_measured_against_the_plan():
    got = _full("Năm 2024, tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng 9,8%. Tổng thu ngân sách (NSNN) ước tăng "
                "7,5%. Toàn tỉnh kết nạp 612 đảng viên mới, đạt 58% kế hoạch.")
    assert got["9.8"].indicator == "tổng sản phẩm trên địa bàn tỉnh GRDP tăng"
    assert (got["7.5"].indicator, got["7.5"].status) == ("tổng thu ngân sách NSNN ước tăng", "achieved")
    assert (got["612"].status, got["612"].comparator) == ("achieved", "=")
    assert got["58"].indicator == "kết nạp đảng viên mới so với kế hoạch"


def test_items_under_a_plan_heading_are_plans_and_figures_after_a_count_of_targets_reached_are_results():
    got = _full("Năm 2023, huyện có 19/22 chỉ tiêu đạt và vượt kế hoạch. Tổng giá trị sản xuất đạt 12.460 tỷ đồng; "
                "thu nhập bình quân đầu người đạt 52 triệu đồng.")
    assert got["12460"].status == got["52"].status == "achieved"
    items = "".join(f"({i}) Số hộ được hỗ trợ xây dựng nhà ở theo chương trình của tỉnh tại thôn {i}: {i}0 hộ.\n"
                    for i in range(1, 7))
    got = _full("Các chỉ tiêu chủ yếu\n" + items + "- Về xã hội:\n"
                "(7) Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm: 90% trở lên.\n"
                "(8) Tỷ lệ tăng thu cân đối ngân sách thực hiện so năm trước: 12% trở lên.")
    assert got["90"].status == got["12"].status == "target"


def test_tro_len_after_a_counted_noun_is_the_comparator_not_part_of_the_noun():
    got = _full("Nhiệm kỳ 2020 - 2025, Đảng bộ xã phấn đấu hằng năm kết nạp từ 10 đảng viên trở lên; có 5 chi bộ trở "
                "lên đạt trong sạch vững mạnh.")
    assert (got["10"].unit, got["10"].comparator) == ("đảng viên", ">=")
    assert (got["5"].indicator, got["5"].unit, got["5"].comparator) == ("chi bộ đạt trong sạch vững mạnh", "chi bộ", ">=")


def test_a_report_written_as_its_term_ends():
    got = _full("Cập nhật: 12/06/2025\nNhiệm kỳ 2020 - 2025, kinh tế huyện duy trì tốc độ tăng trưởng khá, bình quân "
                "đạt 7,8%/năm. Tỷ lệ hộ nghèo giảm từ 18,6% năm 2020 xuống còn 6,2% năm 2024. Tổng thu ngân sách trên "
                "địa bàn 5 năm đạt 1.120 tỷ đồng. Có 98,5% dân số tham gia bảo hiểm y tế. Đồng bào dân tộc thiểu "
                "số chiếm 30% dân số.\nCông tác xây dựng Đảng được chú trọng; 5 năm qua đã kết nạp 1.050 đảng viên.")
    assert got["7.8"].indicator == "kinh tế huyện duy trì tốc độ tăng trưởng khá bình quân"
    assert (got["6.2"].indicator, got["6.2"].period) == ("tỷ lệ hộ nghèo giảm", "2024")
    assert (got["1120"].status, got["1120"].period) == ("achieved", "2020-2025")
    assert got["98.5"].indicator == "dân số tham gia bảo hiểm y tế" and "30" not in got
    assert (got["1050"].indicator, got["1050"].period) == ("kết nạp đảng viên", "2020-2025")


def test_five_years_with_their_span_a_year_under_review_and_the_rest_of_the_communes():
    got = _full("Trong 2 ngày 28 - 29/7/2025, Đảng bộ phường Hòa Lợi tổ chức Đại hội đại biểu lần thứ I.\n"
                "Tổng giá trị sản xuất 5 năm 2021-2025 ước đạt gần 130.000 tỷ đồng; tốc độ tăng trưởng bình quân ước "
                "đạt 7,9%/năm.")
    assert got["130000"].period == got["7.9"].period == "2021-2025"
    got = _full("16/01/2026\nĐảng ủy phường Hòa Lợi tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2025.\n"
                "Công tác an sinh xã hội được thực hiện kịp thời, tỷ lệ hộ nghèo đa chiều giảm còn 0,36%.")
    assert (got["0.36"].status, got["0.36"].period) == ("achieved", "2025")
    got = _full("Nghị quyết đề ra các chỉ tiêu chủ yếu: xây dựng 1 xã đạt chuẩn nông thôn mới nâng cao, 2 xã còn lại "
                "cơ bản đạt chuẩn nông thôn mới; thành lập mới 100 doanh nghiệp.")
    assert got["100"].status == "target"


def test_a_result_does_not_take_a_future_year_or_an_unfinished_term_from_its_paragraph():
    got = _full("15/7/2020\nĐến năm 2025, huyện phấn đấu trồng 500 ha rừng. Huyện đã trồng được 300 ha rừng tập trung.")
    assert (got["300"].status, got["300"].period) == ("achieved", None)
    assert (got["500"].status, got["500"].period) == ("target", "2025")


def test_a_result_takes_no_future_year_named_later_in_its_sentence():
    got = _full("05/06/2023 08:00\nThị trấn đã trồng 300 ha rừng tập trung, hoàn thành kế hoạch thực "
                "hiện Đề án trồng cây xanh trước năm 2025.")
    assert (got["300"].status, got["300"].period) == ("achieved", None)


def test_a_yearly_average_result_is_the_terms_not_the_year_of_the_next_figure():
    got = _full("15/07/2020 08:00\nĐại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025. Nhiệm kỳ qua, thực "
                "hiện tốt chính sách an sinh xã hội, tỷ lệ hộ nghèo giảm bình quân 4%/năm, đến năm 2020 còn 20,49%.")
    assert (got["4"].status, got["4"].period) == ("achieved", "2015-2020")
    assert (got["20.49"].status, got["20.49"].period) == ("achieved", "2020")


def test_animals_counted_after_a_comma_are_the_indicator():
    got = _full("Thị trấn phát triển đàn dê núi bình quân 519 con/ năm, hơn 1.000 con lợn đen/ năm.")
    assert (got["1000"].indicator, got["1000"].unit, got["1000"].comparator) == ("lợn đen", "con lợn đen/năm", ">")


def test_a_plan_recalled_without_its_year_is_the_same_target_and_a_directive_to_complete_is_a_plan():
    rec = extract("Năm 2021, huyện phấn đấu xây dựng 5 xã đạt chuẩn xã NTMNC. Tiếp tục đẩy mạnh thực hiện xây dựng "
                  "xã NTMNC, bảo đảm hoàn thành 5 xã đạt chuẩn xã NTMNC.", id="t")
    assert [(t.indicator, t.status, t.period) for t in rec.targets] == [
        ("xây dựng xã đạt chuẩn xã NTMNC", "target", "2021")]


def test_a_quarter_a_school_year_and_a_multiple_of_the_same_indicator():
    got = _full("15/04/2024 08:00\nQuý I/2024, tổng thu ngân sách trên địa bàn đạt 350 tỷ đồng. Trong quý I, giá trị "
                "sản xuất công nghiệp đạt 120 tỷ đồng.")
    assert got["350"].period == got["120"].period == "2024"
    got = _full("Năm học 2023 - 2024, tỷ lệ học sinh tốt nghiệp THPT đạt 99,5%.")
    assert got["99.5"].period == "2023-2024"
    got = _full("Thu nhập bình quân đầu người năm 2025 ước đạt 75 triệu đồng, gấp 1,6 lần so với năm 2020.")
    assert got["1.6"].indicator == "thu nhập bình quân đầu người gấp so với năm 2020"


def test_a_plan_with_no_year_of_its_own_is_for_the_term_the_article_names():
    got = _full("Phường phấn đấu thu nhập bình quân đầu người đạt 130 triệu đồng/người/năm.\n"
                "Đó là mục tiêu Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030 đề ra.")
    assert (got["130"].status, got["130"].period) == ("target", "2025-2030")


def test_the_size_of_a_party_organisation_counted_in_its_cells_and_members():
    got = _full("Đảng bộ phường có 75 tổ chức cơ sở đảng với 4.200 đảng viên. Đảng bộ xã có 23 chi bộ trực thuộc với "
                "1.150 đảng viên.")
    assert [(got[v].indicator, got[v].status, got[v].period) for v in ("75", "4200", "23", "1150")] == [
        ("tổ chức cơ sở đảng", "achieved", None), ("đảng viên", "achieved", None),
        ("chi bộ trực thuộc", "achieved", None), ("đảng viên", "achieved", None)]


def test_a_change_against_the_same_period_dates_the_clause_a_plan_in_brackets_and_a_target_passed():
    got = _full("10/12/2024 08:00\nGiá trị sản xuất nông nghiệp đạt 2.150 tỷ đồng, đạt 101,5% kế hoạch, tăng 4,2% so "
                "với cùng kỳ.")
    assert [got[v].period for v in ("2150", "101.5", "4.2")] == ["2024", "2024", "2024"]
    assert got["4.2"].indicator == "giá trị sản xuất nông nghiệp tăng so với cùng kỳ"
    got = _full("Thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm (kế hoạch 70 triệu đồng).")
    assert (got["72"].status, got["70"].status, got["70"].indicator) == ("achieved", "target", "thu nhập bình quân đầu người")
    got = _full("Tỷ lệ hộ nghèo giảm 1,2% (từ 3,5% xuống còn 2,3%), vượt chỉ tiêu đề ra.")
    assert (got["2.3"].indicator, got["2.3"].status, got["1.2"].status) == ("tỷ lệ hộ nghèo giảm", "achieved", "achieved")


def test_a_past_verb_after_the_figure_makes_it_a_result():
    got = _full("Nhiệm kỳ 2022-2025, huyện đặt mục tiêu 100% chi bộ tổ chức đại hội đúng kế hoạch. Đến ngày 3/10, toàn "
                "bộ 234 chi bộ trực thuộc đã tổ chức thành công Đại hội chi bộ.")
    assert got["234"].status == "achieved"


def test_items_of_a_plan_stated_earlier_in_the_sentence_and_what_the_goal_words_introduce():
    got = _full("10/12/2024 08:00\nNăm 2025, huyện phấn đấu tổng giá trị sản xuất đạt 5.000 tỷ đồng; tỷ lệ hộ nghèo giảm "
                "còn 2%; 100% xã đạt chuẩn nông thôn mới.")
    assert [(got[v].status, got[v].period) for v in ("5000", "2", "100")] == [("target", "2025")] * 3
    got = _full("Nghị quyết đề ra mục tiêu tỷ lệ hộ nghèo giảm còn dưới 1,5%, tỷ lệ che phủ rừng duy trì 60%.")
    assert (got["1.5"].indicator, got["60"].status) == ("tỷ lệ hộ nghèo", "target")
    got = _full("HĐND tỉnh thông qua kế hoạch năm 2025 với tốc độ tăng trưởng kinh tế đạt 8%.")
    assert (got["8"].indicator, got["8"].status, got["8"].period) == ("tốc độ tăng trưởng kinh tế", "target", "2025")


def test_a_term_ending_in_the_articles_year_is_reported_on_and_items_joined_by_va():
    got = _full("15/10/2025 08:00\nNhiệm kỳ 2020-2025, tổng vốn đầu tư toàn xã hội đạt trên 120 nghìn tỷ đồng; kim ngạch "
                "xuất khẩu đạt 2,5 tỷ USD.")
    assert [(got[v].status, got[v].period) for v in ("120", "2.5")] == [("achieved", "2020-2025")] * 2
    got = _full("15/10/2020 08:00\nNhiệm kỳ 2020-2025, tổng vốn đầu tư toàn xã hội đạt trên 120 nghìn tỷ đồng.")
    assert got["120"].status == "target"
    got = _full("Đến cuối năm 2025, toàn tỉnh có 30 xã nông thôn mới nâng cao và 8 xã nông thôn mới kiểu mẫu.")
    assert (got["30"].indicator, got["8"].indicator) == ("xã nông thôn mới nâng cao", "xã nông thôn mới kiểu mẫu")


def test_gifts_handed_over_are_no_targets_but_support_reported_is():
    assert _full("Dịp này, Chủ tịch UBND tỉnh đã trao 20 căn nhà tình nghĩa cho các hộ gia đình chính sách.") == {}
    assert _full("Đoàn đã trao tặng 150 suất quà, mỗi suất trị giá 500.000 đồng cho các hộ nghèo.") == {}
    assert _full("Năm 2024, huyện đã hỗ trợ xây dựng 120 căn nhà cho hộ nghèo.")["120"].status == "achieved"


def test_targets_completed_and_passed():
    got = _full("Nhiệm kỳ 2020 - 2025, xã đã hoàn thành và vượt 18/20 chỉ tiêu nghị quyết.")
    assert (got["18"].indicator, got["18"].comparator, got["18"].status) == (
        "hoàn thành và vượt chỉ tiêu nghị quyết", "=", "achieved")


def test_the_tiers_of_local_government_are_no_figure():
    from kg.extract import extract
    rec = extract("Sau 1 tháng vận hành chính quyền địa phương 2 cấp, xã đã tiếp nhận 2.500 hồ sơ.", id="t")
    assert [t.value for t in rec.targets] == [2500]


def test_figures_of_a_year_gone_by_are_results_and_the_leads_full_date_gives_the_articles_year():
    from kg.extract import extract
    text = ("Ngày 15/1/2024, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 18.\n"
            "Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh đạt 6,8%; thu ngân sách trên địa bàn đạt 5.500 tỷ đồng.\n"
            "Năm 2024, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt 7% trở lên.")
    got = {(t.value, t.status, t.period) for t in extract(text, id="t").targets}
    assert got == {(6.8, "achieved", "2023"), (5500, "achieved", "2023"), (7, "target", "2024")}


def test_a_headline_saying_a_year_gone_by_reached_results_is_no_plan():
    from kg.extract import extract
    text = ("Huyện Hàm Yên: Kinh tế - xã hội năm 2024 đạt nhiều kết quả\nCập nhật lúc 15:20, 25/12/2024\n"
            "Năm 2024, tổng giá trị sản xuất trên địa bàn huyện đạt 8.500 tỷ đồng, đạt 102% kế hoạch. Thu ngân sách "
            "trên địa bàn đạt 210 tỷ đồng.")
    assert {(t.value, t.status) for t in extract(text, id="t").targets} >= {(8500, "achieved"), (210, "achieved")}
    plan = text.replace("năm 2024 đạt nhiều kết quả", "năm 2025 đạt nhiều kết quả").replace("đạt 102% kế hoạch", "tăng 9%")
    assert {t.status for t in extract(plan, id="t").targets} == {"target"}


def test_a_paragraph_opening_with_a_term_that_has_ended_reports_results():
    from kg.extract import extract
    text = ("Ngày 15/6/2025, Đảng bộ xã Minh Quang tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2025-2030.\n"
            "Nhiệm kỳ 2020-2025, Đảng bộ xã đã lãnh đạo hoàn thành các chỉ tiêu Nghị quyết đề ra. Tốc độ tăng trưởng "
            "kinh tế bình quân đạt 8,2%/năm.\nNhiệm kỳ 2025-2030, phấn đấu tốc độ tăng trưởng kinh tế bình quân đạt 9%/năm.")
    got = {(t.value, t.status, t.period) for t in extract(text, id="t").targets}
    assert (8.2, "achieved", "2020-2025") in got and (9, "target", "2025-2030") in got


def test_the_ended_term_opening_the_paragraph_counts_before_a_later_five_years_gone_by():
    from kg.extract import extract
    text = ("Ngày 16/7/2020, Đảng bộ huyện Quỳnh Nhai tổ chức Đại hội.\nNhiệm kỳ 2015 - 2020, Đảng bộ huyện đã lãnh "
            "đạo đạt nhiều kết quả; tốc độ tăng trưởng kinh tế bình quân đạt 11,5%/năm. Toàn huyện có 3 xã đạt chuẩn "
            "nông thôn mới. Công tác xây dựng Đảng được chú trọng, 5 năm qua đã kết nạp 1.150 đảng viên mới.")
    got = {t.value: (t.status, t.period) for t in extract(text, id="t").targets}
    assert got[3] == ("achieved", "2015-2020") and got[11.5][0] == "achieved"


def test_the_size_of_a_unit_is_no_target_but_people_reached_are():
    from kg.extract import extract
    text = ("Ngày 5/3/2024, Huyện ủy tổ chức hội nghị. Huyện có 25 xã, thị trấn với 120.000 người. Xã có 3 thôn với 450 "
            "hộ. Năm 2024, huyện có thêm 300 hộ thoát nghèo; có 1.200 người được giải quyết việc làm.")
    assert sorted(t.value for t in extract(text, id="t").targets) == [300, 1200]


def test_a_count_of_poor_households_is_a_result_but_a_units_households_are_its_size():
    rec = extract("Năm 2023, toàn xã có 1.250 hộ nghèo, chiếm 12,5%. Xã có 3 thôn với 450 hộ.", id="t")
    got = {(t.value, t.status) for t in rec.targets}
    assert (1250, "achieved") in got and (12.5, "achieved") in got
    assert not any(t.value == 450 for t in rec.targets)


def test_an_indicator_named_across_commas_runs_from_its_head_noun():
    rec = extract("Mục tiêu đến năm 2030: - Tỷ lệ hộ nghèo giảm còn dưới 1%; - Tỷ lệ lao động qua đào tạo, có bằng cấp, "
                  "chứng chỉ đạt 45%.", id="t")
    assert {t.indicator for t in rec.targets if t.value == 45} == {"tỷ lệ lao động qua đào tạo, có bằng cấp, chứng chỉ"}
    # a comma after a result is a clause boundary still
    rec = extract("Năm 2023, thu nhập bình quân đầu người đạt 50 triệu đồng, tăng 2,6 lần.", id="t")
    assert not any("thu nhập" in t.indicator and t.value == 2.6 and "50" in t.indicator for t in rec.targets)
