"""Issue 13: meetings, their kinds and roles, and who directed which locality, on sentences
written for these tests in the style of provincial Party news."""
from kg.extract import extract


def _rec(text, url=None):
    return extract(text, id="t", url=url)


def _directed(rec):
    return {(d.official, d.locality) for d in rec.directed}


def test_a_working_group_with_several_provinces_gives_a_meeting_and_a_pair_each():
    rec = _rec("Ngày 5/8/2020, đoàn công tác do Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lê Văn Thành "
               "chủ trì đã làm việc với Ban Thường vụ các Tỉnh ủy Hà Nam, Ninh Bình và Nam Định.")
    assert _directed(rec) == {("Lê Văn Thành", "tỉnh Hà Nam"), ("Lê Văn Thành", "tỉnh Ninh Bình"),
                              ("Lê Văn Thành", "tỉnh Nam Định")}
    assert sorted(m.locality for m in rec.meetings if m.kind == "làm việc") == [
        "tỉnh Hà Nam", "tỉnh Nam Định", "tỉnh Ninh Bình"]


def test_people_listed_after_du_va_chi_dao_all_direct_the_congress():
    rec = _rec("Dự và chỉ đạo Đại hội Đảng bộ huyện Kim Bảng có các đồng chí: Trần Văn Hòa, Phó Bí thư "
               "Tỉnh ủy; Lê Thị Mến, Phó Chủ tịch UBND tỉnh.")
    assert _directed(rec) == {("Trần Văn Hòa", "huyện Kim Bảng"), ("Lê Thị Mến", "huyện Kim Bảng")}


def test_every_visitor_before_lam_viec_directs_but_not_those_who_came_along():
    rec = _rec("Sáng 9/3, các đồng chí: Phạm Văn Hùng, Bí thư Tỉnh ủy; Ngô Thị Lan, Phó Bí thư Tỉnh ủy, "
               "Chủ tịch UBND tỉnh đã làm việc tại xã Lũng Cú, huyện Đồng Văn. Cùng đi có đồng chí Vũ Văn Tư, "
               "Giám đốc Công an tỉnh.", url="https://baohagiang.vn/x")
    assert ("Phạm Văn Hùng", "xã Lũng Cú") in _directed(rec)
    assert ("Ngô Thị Lan", "xã Lũng Cú") in _directed(rec)
    assert not any(o == "Vũ Văn Tư" for o, _ in _directed(rec))


def test_the_host_unit_named_by_the_web_address():
    rec = _rec("Dự và chỉ đạo đại hội có đồng chí Hoàng Văn Lực - Bí thư Huyện ủy. Xã Hưng Tây có nhiều "
               "đổi mới.", url="https://baonghean.vn/dai-hoi-dang-bo-xa-hung-tay-nhiem-ky-2020-2025-1.html")
    assert [m.locality for m in rec.meetings if m.kind == "Đại hội"] == ["xã Hưng Tây"]
    assert ("Hoàng Văn Lực", "xã Hưng Tây") in _directed(rec)


def test_kinds_of_non_party_congresses_visits_and_voters_meetings():
    rec = _rec("Sáng 12/10/2024, Đại hội đại biểu Hội Nông dân huyện Yên Thủy lần thứ X khai mạc. "
               "Đồng chí Bùi Văn Nam, Bí thư Huyện ủy dự.", url="https://baohoabinh.vn/x")
    assert [m.kind for m in rec.meetings] == ["khác"]
    rec = _rec("Ngày 20/1/2025, đồng chí Đinh Văn Hòa, Chủ tịch UBND tỉnh đã đến thăm, chúc Tết tại xã Mai "
               "Hạ, huyện Mai Châu.", url="https://baohoabinh.vn/x")
    assert [m.kind for m in rec.meetings] == ["khác"]
    rec = _rec("Ngày 3/7/2024, đồng chí Lý Thị Hằng, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị tiếp xúc cử tri "
               "tại xã Mai Hạ, huyện Mai Châu.", url="https://baohoabinh.vn/x")
    assert [m.kind for m in rec.meetings] == ["Hội nghị"]
    assert rec.meetings[0].chair == ["Lý Thị Hằng"] and not rec.directed


def test_an_inspection_of_a_task_directs_nobody_but_asking_a_body_to_act_directs_it():
    # FORMAT.md: directing is chairing, "dự và chỉ đạo", "làm việc với" a body, asking it to act;
    # inspecting a task or a site is none of these
    rec = _rec("Ngày 3/9/2024, đồng chí Lê Thị Bình, Phó Bí thư Tỉnh ủy kiểm tra công tác chuẩn bị Đại hội "
               "Đảng bộ xã Gia Phú, huyện Bảo Thắng.", url="https://baolaocai.vn/x")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("kiểm tra", "xã Gia Phú")]
    assert not rec.directed
    rec = _rec("Phát biểu tại hội nghị, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy đề nghị Đảng ủy xã Gia Phú tập "
               "trung lãnh đạo phát triển kinh tế.", url="https://baolaocai.vn/x")
    assert _directed(rec) == {("Nguyễn Văn An", "xã Gia Phú")}
    rec = _rec("Phát biểu tại hội nghị, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy đề nghị các đại biểu đóng góp ý "
               "kiến.", url="https://baolaocai.vn/x")
    assert not rec.directed


def test_dieu_hanh_chairs_and_the_verb_picks_the_meeting_of_the_sentence():
    rec = _rec("Ngày 10/7/2024, Hội nghị trực tuyến kết thúc; ông Lò Văn Hải - Chủ tịch HĐND huyện và ông Hà "
               "Văn Nam – Phó Chủ tịch HĐND huyện điều hành kỳ họp thứ 9 HĐND huyện Mường La.",
               url="https://baosonla.vn/x")
    kyhop = [m for m in rec.meetings if m.kind == "kỳ họp"]
    assert kyhop and kyhop[0].chair == ["Lò Văn Hải", "Hà Văn Nam"]
    assert not any(m.chair for m in rec.meetings if m.kind == "Hội nghị")


def test_directing_a_list_of_units_without_a_meeting_word():
    rec = _rec("Sáng 17/7/2025, Tổ công tác số 2 của Ban Thường vụ Tỉnh ủy do đồng chí Hà Văn Lộc - Phó Bí thư "
               "Tỉnh ủy làm Tổ trưởng đã cho ý kiến chỉ đạo, duyệt văn kiện Đại hội Đảng bộ các xã: Gia Phú, "
               "Xuân Quang, nhiệm kỳ 2025 - 2030.", url="https://baolaocai.vn/x")
    assert {d.locality for d in rec.directed if d.official == "Hà Văn Lộc"} == {"xã Gia Phú", "xã Xuân Quang"}


def test_planned_or_referred_meetings_are_not_reported_and_a_bare_dai_hoi_takes_the_articles_kind():
    rec = _rec("Ngày 5/10/2025, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri trước kỳ họp thứ 10, Quốc hội khóa XV. "
               "Theo đó, kỳ họp dự kiến khai mạc vào ngày 20/10.", url="https://baogialai.com.vn/x")
    assert [m.kind for m in rec.meetings] == ["Hội nghị"]
    rec = _rec("Ngày 12/9/2022, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Quảng Trị lần thứ XIII khai mạc. "
               "Trong khuôn khổ đại hội, đại biểu thảo luận về các mô hình hay.", url="https://baoquangtri.vn/x")
    assert {m.kind for m in rec.meetings} == {"khác"}


def test_supervision_at_a_unit_and_tet_visits_with_gifts():
    rec = _rec("Ngày 12/6/2024, đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Lê Thị Lan, Ủy viên Ban "
               "Thường vụ Tỉnh ủy làm trưởng đoàn giám sát tại Đảng ủy xã Xuân Quang.", url="https://baolaocai.vn/x")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("kiểm tra", "xã Xuân Quang")]
    assert _directed(rec) == {("Lê Thị Lan", "xã Xuân Quang")}
    rec = _rec("Sáng 2/2/2024, đồng chí Hà Văn Tuấn, Bí thư Tỉnh ủy đến thăm, tặng quà Tết các gia đình chính sách "
               "tại huyện Bảo Thắng.", url="https://baolaocai.vn/x")
    assert [m.kind for m in rec.meetings] == ["khác"] and not rec.directed


def test_a_bare_meeting_noun_refers_back_to_the_meeting_already_reported():
    rec = _rec("Sáng 12/4/2024, Huyện ủy Tam Nông tổ chức Hội nghị sơ kết công tác quý I. Đồng chí Lê Văn Bình, "
               "Bí thư Huyện ủy chủ trì. Tại hội nghị, đồng chí Trần Thị Hoa, Phó Bí thư Thường trực Huyện ủy "
               "phát biểu.")
    assert [(m.kind, m.date) for m in rec.meetings] == [("Hội nghị", "2024-04-12")]
    assert rec.meetings[0].attendees == ["Trần Thị Hoa"]


def test_a_bare_hoi_nghi_after_a_congress_is_that_congress():
    rec = _rec("Sáng 20/9/2025, Đại hội đại biểu Đảng bộ tỉnh Nam Định lần thứ I khai mạc tại Trung tâm hội "
               "nghị tỉnh. Phát biểu chỉ đạo tại hội nghị, đồng chí Lê Văn An, Phó Trưởng Ban Tổ chức Trung "
               "ương nhấn mạnh nhiều nội dung.")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("Đại hội", "tỉnh Nam Định")]
    assert rec.meetings[0].attendees == ["Lê Văn An"]


def test_a_bare_meeting_noun_with_nothing_before_it_takes_the_leads_date_and_host():
    rec = _rec("Sáng 17/7/2025, Ban Thường vụ Đảng ủy xã Yên Lập đã cho ý kiến về dự thảo văn kiện. Đồng chí "
               "Hà Văn Minh, Bí thư Đảng ủy xã phát biểu chỉ đạo tại hội nghị.")
    assert [(m.kind, m.date, m.locality) for m in rec.meetings] == [("Hội nghị", "2025-07-17", "xã Yên Lập")]


def test_a_congress_mentioned_on_two_of_its_days_is_one_meeting_on_the_first():
    rec = _rec("Đại hội Đảng bộ tỉnh Bình Phước lần thứ XI diễn ra từ ngày 14-16/10/2020. Sáng 15/10/2020, "
               "Đại hội Đảng bộ tỉnh Bình Phước lần thứ XI thảo luận văn kiện.")
    assert [(m.kind, m.date) for m in rec.meetings] == [("Đại hội", "2020-10-14")]


def test_a_description_of_a_coming_session_or_a_venue_is_no_meeting():
    rec = _rec("Kỳ họp thứ 10 dự kiến khai mạc ngày 20/10. Đây là kỳ họp cuối cùng của nhiệm kỳ. "
               "Lễ hội được tổ chức tại Trung tâm hội nghị tỉnh.")
    assert rec.meetings == []


def test_those_handing_over_and_receiving_a_decision_attend():
    rec = _rec("Sáng 2/4/2022, Ban Thường vụ Huyện ủy tổ chức Hội nghị công bố quyết định về công tác cán bộ. "
               "Đồng chí Lò Văn Tâm, Bí thư Huyện ủy trao Quyết định điều động đồng chí Lường Thị Mai giữ chức "
               "Chánh Văn phòng Huyện ủy.")
    assert sorted(rec.meetings[0].attendees) == ["Lò Văn Tâm", "Lường Thị Mai"]


def test_a_line_broken_inside_a_sentence_is_read_as_one_sentence():
    rec = _rec("Dự và chỉ đạo Đại hội Đảng bộ xã Tân Phú có các đồng\nchí: Trần Văn Nam, Phó Bí thư Huyện\nủy.")
    assert ("Trần Văn Nam", "xã Tân Phú") in _directed(rec)
    assert rec.officials[0].positions[0].body == "Huyện ủy"


def test_chairing_the_conferences_held_in_two_districts_gives_a_meeting_and_a_pair_each():
    rec = _rec("Ngày 5/3/2024, Phó Bí thư Thường trực Thành ủy Lê Thị Hồng đã chủ trì các hội nghị công bố quyết "
               "định về công tác cán bộ tại huyện Ba Vì và huyện Phúc Thọ.")
    assert _directed(rec) == {("Lê Thị Hồng", "huyện Ba Vì"), ("Lê Thị Hồng", "huyện Phúc Thọ")}
    assert sorted(m.locality for m in rec.meetings) == ["huyện Ba Vì", "huyện Phúc Thọ"]
    # a commune then its district is one place, not a list
    rec = _rec("Ngày 9/3/2024, đồng chí Lê Văn Sáu, Bí thư Tỉnh ủy làm việc tại xã Lũng Cú, huyện Đồng Văn.")
    assert _directed(rec) == {("Lê Văn Sáu", "xã Lũng Cú")}


def test_activities_and_congresses_in_general_are_no_meetings_and_a_visit_that_inspects_is_one():
    rec = _rec("Đại hội cấp cơ sở và trên cơ sở được tổ chức trang trọng. Lực lượng chức năng tăng cường kiểm tra, "
               "kiểm soát khách du lịch.")
    assert rec.meetings == []
    rec = _rec("Ngày 3/4/2024, đồng chí Hồ Văn Nam, Bí thư Huyện ủy kiểm tra và làm việc với Đảng ủy xã Hương Lâm.")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("làm việc", "xã Hương Lâm")]


def test_a_meeting_with_someone_is_a_working_session():
    rec = _rec("Chiều 2/1/2024, ông Lâm Văn Tư, Chủ tịch UBND tỉnh chủ trì cuộc họp với lãnh đạo các sở, ngành.")
    assert [(m.kind, m.chair) for m in rec.meetings] == [("làm việc", ["Lâm Văn Tư"])]


def test_a_meetings_year_implied_by_its_term_and_its_first_day_counted_back():
    rec = _rec("Sáng 16/10, Đại hội đại biểu Đảng bộ huyện Hướng Hóa lần thứ XX, nhiệm kỳ 2025-2030 khai mạc. "
               "Năm 2020, huyện đạt nhiều kết quả.")
    assert [(m.kind, m.date) for m in rec.meetings] == [("Đại hội", "2025-10-16")]
    rec = _rec("Ngày 24/6, kỳ họp thứ nhất HĐND huyện Đakrông khóa XII, nhiệm kỳ 2021-2026 khai mạc. Năm 2019 "
               "huyện đạt kết quả.")
    assert [(m.kind, m.date) for m in rec.meetings] == [("kỳ họp", "2021-06-24")]
    rec = _rec("Bế mạc ngày 15/5/2020 sau 3 ngày làm việc, Đại hội Đảng bộ tỉnh Quảng Trị thành công tốt đẹp.")
    assert [(m.kind, m.date) for m in rec.meetings] == [("Đại hội", "2020-05-13")]


def test_hosts_of_a_working_visit_listed_in_their_own_sentence_are_directed_by_the_visitors():
    rec = _rec("Ngày 9/3/2023, đoàn công tác gồm các đồng chí Giàng Văn Pả, Bí thư Tỉnh ủy; Lò Thị Dung, Phó Bí thư "
               "Tỉnh ủy đã làm việc tại huyện Bát Xát.\n\nLàm việc với đoàn công tác của tỉnh có lãnh đạo Huyện ủy, "
               "UBND huyện Bát Xát, cấp ủy, chính quyền 2 xã Y Tý, A Lù.", url="https://baolaocai.vn/x")
    assert {("Giàng Văn Pả", "xã Y Tý"), ("Lò Thị Dung", "xã A Lù")} <= _directed(rec)


def test_a_list_introduced_after_chu_tri_is_of_chairs():
    rec = _rec("Sáng 12/3/2024, Huyện ủy Lục Yên tổ chức hội nghị. Chủ trì hội nghị có các đồng chí: Trần Văn Bình, "
               "Bí thư Huyện ủy; Lê Thị Hoa, Phó Bí thư Thường trực Huyện ủy. Dự hội nghị có đồng chí Hà Văn Nam, "
               "Phó Chủ tịch UBND tỉnh.")
    m = rec.meetings[0]
    assert (m.chair, m.attendees) == (["Trần Văn Bình", "Lê Thị Hoa"], ["Hà Văn Nam"])


def test_a_congress_named_only_by_the_web_address_and_the_purpose_of_a_session():
    rec = _rec("Sau phiên làm việc, Ban Chấp hành Tỉnh đoàn tổ chức hội nghị lần thứ nhất. Trong khuôn khổ đại hội, "
               "đại biểu dâng hương tại Nghĩa trang liệt sĩ.",
               url="https://example.gov.vn/phien-thu-nhat-dai-hoi-dai-bieu-doan-tncs-ho-chi-minh-tinh-2022.html")
    assert "Đại hội" not in [m.kind for m in rec.meetings]
    rec = _rec("Ngày 3/4/2020, đồng chí Lê Văn Tân, Bí thư Huyện ủy chủ trì buổi làm việc với UBND xã Hương Lâm để "
               "kiểm tra, soát xét kết quả.")
    assert [m.kind for m in rec.meetings] == ["làm việc"]


def test_a_voters_meeting_is_hosted_where_it_is_held():
    rec = _rec("Sáng 5/10/2022, tại phường Nghi Hải, đại biểu Quốc hội đoàn Nghệ An gồm bà Võ Thị Minh Sinh - Chủ "
               "tịch Ủy ban MTTQ tỉnh tiếp xúc cử tri 7 phường thuộc thị xã Cửa Lò.", url="https://baonghean.vn/x")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("Hội nghị", "phường Nghi Hải")]


def test_attendees_named_before_the_meeting_and_a_bare_noun_after_a_meeting_with_someone():
    rec = _rec("Sáng 17/7/2025, Tổ công tác của Ban Thường vụ Tỉnh ủy duyệt văn kiện Đại hội Đảng bộ các xã. "
               "Tham dự có các đồng chí: Phan Văn Tấn - Phó Chủ tịch UBND tỉnh; Lê Thị Lâm - Phó Chủ tịch HĐND tỉnh. "
               "Phó Bí thư Tỉnh ủy Bùi Văn Hinh phát biểu chỉ đạo tại hội nghị.")
    assert sorted(n for m in rec.meetings for n in m.attendees) == ["Bùi Văn Hinh", "Lê Thị Lâm", "Phan Văn Tấn"]
    rec = _rec("Sáng 3/1/2024, Bộ Y tế tổ chức Hội nghị trực tuyến toàn quốc. Chiều 2/1/2024, ông Trần Văn Lâm, "
               "Chủ tịch UBND tỉnh chủ trì cuộc họp với lãnh đạo các sở. Cùng dự cuộc họp có ông Vương Quốc Hà, "
               "Phó Chủ tịch UBND tỉnh.")
    assert [(m.kind, m.chair, m.attendees) for m in rec.meetings if m.kind == "làm việc"] == [
        ("làm việc", ["Trần Văn Lâm"], ["Vương Quốc Hà"])]


def test_the_people_a_decision_is_about_are_not_shown_present():
    rec = _rec("Ngày 10/4/2025, tại kỳ họp, HĐND huyện Yên Định miễn nhiệm chức danh Ủy viên UBND huyện đối với các "
               "ông: Lê Văn Hải, nguyên Trưởng phòng Nội vụ; Trịnh Văn Quý, Trưởng phòng Y tế. Kỳ họp cũng bầu bổ "
               "sung Ủy viên UBND huyện đối với Thiếu tá Hà Văn Lâm. Đồng chí Lê Văn Tịnh, Chủ tịch HĐND huyện "
               "phát biểu tại kỳ họp.")
    assert [(m.kind, m.attendees) for m in rec.meetings] == [("kỳ họp", ["Lê Văn Tịnh"])]


def test_a_congress_written_as_an_item_of_a_dashed_list_and_those_present():
    rec = _rec("Xã Sơn Tân tổ chức đại hội các chi bộ.\n- Đại hội Chi bộ thôn Bãi Màu có mặt Đ/c Bạch Văn Thêm, Phó "
               "Chủ tịch UBND huyện.\n- Đại hội Chi bộ thôn Tà Dô có mặt Đ/c Nguyễn Quyết Hải, Trưởng Phòng Nội vụ "
               "huyện.")
    assert sorted((m.locality, tuple(m.attendees)) for m in rec.meetings) == [
        ("thôn Bãi Màu", ("Bạch Văn Thêm",)), ("thôn Tà Dô", ("Nguyễn Quyết Hải",))]


def test_the_hosts_who_receive_a_visiting_delegation_attend_its_working_session_but_do_not_direct():
    rec = _rec("Chiều 14/5/2024, ông Trần Văn Lợi - Chủ tịch UBND tỉnh có buổi làm việc với Ban Thường vụ Huyện ủy "
               "Tam Nông. Tiếp đoàn có ông Đỗ Văn Thành - Bí thư Huyện ủy Tam Nông.")
    assert [(m.kind, m.attendees) for m in rec.meetings] == [("làm việc", ["Trần Văn Lợi", "Đỗ Văn Thành"])]
    assert _directed(rec) == {("Trần Văn Lợi", "huyện Tam Nông")}


def test_an_inspection_teams_working_session_is_the_inspection_held_where_it_works():
    rec = _rec("Ngày 22/11/2024, đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Vũ Văn Hà, Ủy viên Ban "
               "Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy "
               "Lục Ngạn.")
    assert [(m.kind, m.date, m.locality, m.attendees) for m in rec.meetings] == [
        ("kiểm tra", "2024-11-22", "huyện Lục Ngạn", ["Vũ Văn Hà"])]
    assert _directed(rec) == {("Vũ Văn Hà", "huyện Lục Ngạn")}


def test_a_clause_after_a_semicolon_with_its_own_verb_does_not_take_the_chair_and_hosts_attend():
    rec = _rec("Ngày 17/6/2024, Thường trực Huyện ủy Bắc Quang làm việc với Đảng ủy xã Vĩnh Hảo. Đồng chí Lê Văn Hà, "
               "Phó Bí thư Thường trực Huyện ủy chủ trì buổi làm việc; đồng chí Hoàng Thị Yến, Bí thư Đảng ủy xã báo "
               "cáo kết quả.")
    assert [(m.chair, m.attendees) for m in rec.meetings] == [(["Lê Văn Hà"], ["Hoàng Thị Yến"])]
    assert _directed(rec) == {("Lê Văn Hà", "xã Vĩnh Hảo")}
    rec = _rec("Ngày 2/2/2024, Phó Thủ tướng Trần Văn Lưu thăm, chúc Tết tỉnh Vĩnh Phúc. Tiếp Phó Thủ tướng tại Tỉnh "
               "ủy có ông Lê Văn Thọ, Bí thư Tỉnh ủy.")
    assert [m.attendees for m in rec.meetings] == [["Trần Văn Lưu", "Lê Văn Thọ"]]


def test_workshops_dialogues_and_briefing_sessions_are_meetings_of_their_kind():
    kinds = [m.kind for text in (
        "Ngày 4/3/2024, UBND huyện Đông Anh tổ chức hội thảo khoa học. Ông Lê Xuân Linh, Chủ tịch UBND huyện chủ trì.",
        "Sáng 6/8/2024, Bí thư Tỉnh ủy Lê Văn Quyết đã đối thoại với nông dân huyện Tứ Kỳ.",
        "Ngày 11/1/2024, Thường trực Tỉnh ủy Lạng Sơn tổ chức giao ban với Ban Thường vụ các huyện ủy.")
        for m in _rec(text).meetings]
    assert kinds == ["khác", "khác", "Hội nghị"]


def test_the_presidium_of_a_congress_chairs_it():
    rec = _rec("Ngày 20/8/2025, Đảng bộ xã Quỳnh Phụ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đoàn "
               "Chủ tịch Đại hội gồm các đồng chí: Lê Văn Hùng, Bí thư Đảng ủy xã; Trần Thị Mơ, Phó Bí thư Thường "
               "trực Đảng ủy xã.")
    assert [(m.kind, m.chair, m.attendees) for m in rec.meetings] == [("Đại hội", ["Lê Văn Hùng", "Trần Thị Mơ"], [])]


def test_a_survey_trip_to_communes_is_an_inspection_of_each():
    rec = _rec("Ngày 6/3/2024, Chủ tịch UBND tỉnh Trần Văn Lâm đã có chuyến khảo sát tại các xã Lũng Cú, Lũng Táo.")
    assert [(m.kind, m.date) for m in rec.meetings][:1] == [("kiểm tra", "2024-03-06")]
    assert not rec.directed  # a survey of sites directs nobody (FORMAT.md)
    rec = _rec("Ngày 6/3/2024, Chủ tịch UBND tỉnh Trần Văn Lâm đã làm việc với UBND các xã Lũng Cú, Lũng Táo.")
    assert _directed(rec) == {("Trần Văn Lâm", "xã Lũng Cú"), ("Trần Văn Lâm", "xã Lũng Táo")}


def test_meetings_counted_planned_later_in_the_clause_or_inspections_counted_are_not_held_meetings():
    for text in ("Theo kế hoạch, Đại hội Đảng bộ huyện Tân Uyên sẽ được tổ chức vào tháng 7/2025.",
                 "Huyện Tân Uyên đã tổ chức 125 hội nghị tuyên truyền, phổ biến pháp luật.",
                 "Các cấp ủy đã tiến hành kiểm tra 45 tổ chức đảng và 120 đảng viên.",
                 "Năm 2023, Ban Thường vụ Huyện ủy đã tổ chức 2 cuộc kiểm tra, 3 cuộc giám sát chuyên đề."):
        assert _rec(text).meetings == [], text


def test_a_congress_closed_after_three_days_and_those_elected_at_the_first_plenum_are_not_attendees():
    rec = _rec("Sau 3 ngày làm việc khẩn trương, nghiêm túc, sáng 18/7/2020, Đại hội đại biểu Đảng bộ huyện Mai Sơn lần "
               "thứ XXI, nhiệm kỳ 2020 - 2025 đã bế mạc. Tại Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện khóa "
               "XXI, đồng chí Tráng A Sơn được bầu giữ chức Bí thư Huyện ủy; các đồng chí Cầm Ngọc Hải, Lò Văn Hoàn "
               "được bầu giữ chức Phó Bí thư Huyện ủy.")
    assert [(m.kind, m.date, m.attendees) for m in rec.meetings] == [("Đại hội", "2020-07-16", []), ("Hội nghị", None, [])]


def test_a_central_plenum_referred_to_a_festival_and_sittings_counted_are_no_meetings_of_the_article():
    for text in ("Thực hiện Kết luận của Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII, tỉnh đã xây "
                 "dựng kế hoạch.",
                 "Ngày 5/3/2024, huyện Yên Minh tổ chức lễ hội hoa tam giác mạch lần thứ IX.",
                 "Năm 2023, Ban Thường vụ Huyện ủy Yên Minh đã họp 24 lần, cho ý kiến 150 nội dung."):
        assert _rec(text).meetings == [], text


def test_visits_to_congratulate_a_citizen_reception_and_a_councils_hearing():
    kinds = [[m.kind for m in _rec(text).meetings] for text in (
        "Ngày 12/4/2024, đồng chí Hoàng Văn Đức, Bí thư Huyện ủy Tam Đảo đến thăm và chúc mừng Trường THPT Tam Đảo.",
        "Ngày 12/4/2024, đồng chí Hoàng Văn Đức, Bí thư Huyện ủy Tam Đảo tiếp công dân định kỳ.",
        "Ngày 12/4/2024, Thường trực HĐND huyện Tam Đảo tổ chức phiên giải trình về quản lý đất đai.")]
    assert kinds == [["khác"], ["khác"], ["Hội nghị"]]


def test_a_unit_asked_by_name_to_act_is_directed():
    rec = _rec("Ngày 5/3/2024, đồng chí Lê Văn Hiệu, Phó Bí thư Tỉnh ủy Quảng Trị làm việc tại huyện Hải Lăng. Phát "
               "biểu kết luận, đồng chí Lê Văn Hiệu đề nghị cấp ủy, chính quyền xã Hải Phú tập trung giải phóng mặt bằng.")
    assert _directed(rec) == {("Lê Văn Hiệu", "huyện Hải Lăng"), ("Lê Văn Hiệu", "xã Hải Phú")}


def test_a_meeting_in_the_same_days_programme_takes_the_visits_day():
    rec = _rec("Sáng 17/3/2020, đồng chí Đặng Văn Khánh, Bí thư Tỉnh ủy Hà Giang đã có chuyến thăm, làm việc tại xã Lũng "
               "Cú. Trong chương trình làm việc, Bí thư Tỉnh ủy Đặng Văn Khánh đã dự lễ thượng cờ tại Cột cờ Quốc gia.")
    assert sorted((m.kind, m.date) for m in rec.meetings) == [("khác", "2020-03-17"), ("làm việc", "2020-03-17")]
    rec = _rec("Chiều 22/10/2024, đồng chí Trần Huy Tú, Chủ tịch UBND tỉnh làm việc với Ban Thường vụ Huyện ủy Lục Yên. "
               "Trước đó, đoàn công tác đã đi kiểm tra thực tế tại xã Khánh Hòa.")
    assert sorted((m.kind, m.date) for m in rec.meetings) == [("kiểm tra", "2024-10-22"), ("làm việc", "2024-10-22")]


def test_ceremonies_named_by_what_they_do_commemorations_and_those_who_hand_over_badges():
    rec = _rec("Sáng 5/3/2024, Lễ công bố Quyết định thành lập thị xã Đông Triều diễn ra trọng thể. Đồng chí Nguyễn Xuân "
               "Kỳ, Bí thư Tỉnh ủy Quảng Ninh dự và phát biểu.")
    assert [(m.kind, m.date, m.attendees) for m in rec.meetings] == [("khác", "2024-03-05", ["Nguyễn Xuân Kỳ"])]
    rec = _rec("Sáng 5/3/2024, huyện Tiên Yên long trọng kỷ niệm 90 năm ngày thành lập Đảng bộ huyện.")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("khác", "huyện Tiên Yên")]
    rec = _rec("Sáng 5/3/2024, Huyện ủy Hoành Bồ tổ chức Lễ trao Huy hiệu 30 năm tuổi Đảng. Đồng chí Lê Văn Ánh, Bí thư "
               "Huyện ủy trao Huy hiệu cho các đảng viên.")
    assert [m.attendees for m in rec.meetings] == [["Lê Văn Ánh"]]
    rec = _rec("Ngày 5/3/2024, huyện Cẩm Khê ra mắt mô hình dân vận khéo. Đồng chí Hồ Đại Dũng, Phó Bí thư Tỉnh ủy Phú "
               "Thọ dự buổi ra mắt.")
    assert [(m.kind, m.date) for m in rec.meetings] == [("khác", "2024-03-05")]


def test_who_opens_or_concludes_a_meeting_speaks_at_it():
    rec = _rec("Ngày 5/3/2024, Huyện ủy Đức Thọ tổ chức hội nghị. Đồng chí Trần Hữu Quý, Bí thư Huyện ủy kết luận hội nghị.")
    assert [(m.chair, m.attendees) for m in rec.meetings] == [([], ["Trần Hữu Quý"])]


def test_a_supervision_session_referred_to_takes_the_leads_day_and_venue():
    rec = _rec("Ngày 14/3/2024, Đoàn đại biểu Quốc hội tỉnh Bình Định giám sát việc thực hiện chính sách tại huyện Hoài "
               "Nhơn. Bà Lê Kim Tâm, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh chủ trì buổi giám sát.")
    assert [(m.kind, m.date, m.locality, m.chair) for m in rec.meetings] == [
        ("kiểm tra", "2024-03-14", "huyện Hoài Nhơn", ["Lê Kim Tâm"])]


def test_a_festival_day_and_a_session_with_the_bodies_of_several_units():
    rec = _rec("Ngày 8/11/2024, đồng chí Đỗ Văn Hưng, Bí thư Tỉnh ủy Thanh Hóa về dự Ngày hội Đại đoàn kết toàn dân tộc "
               "tại thôn Yên Bình, xã Xuân Lam.")
    assert [(m.kind, m.locality, m.attendees) for m in rec.meetings] == [("khác", "thôn Yên Bình", ["Đỗ Văn Hưng"])]
    rec = _rec("Ngày 8/4/2024, đồng chí Lại Thế Nguyên, Phó Bí thư Thường trực Tỉnh ủy Thanh Hóa chủ trì buổi làm việc "
               "với Ban Thường vụ Thành ủy Sầm Sơn và Ban Thường vụ Huyện ủy Quảng Xương.")
    assert _directed(rec) == {("Lại Thế Nguyên", "thành phố Sầm Sơn"), ("Lại Thế Nguyên", "huyện Quảng Xương")}


def test_contests_and_training_courses_held_but_not_contests_in_general():
    rec = _rec("Sáng 5/3/2024, huyện Quỳnh Lưu tổ chức Hội thi Bí thư chi bộ giỏi. Đồng chí Lê Văn Tâm, Phó Bí thư Huyện "
               "ủy dự và phát biểu.")
    assert [(m.kind, m.date, m.attendees) for m in rec.meetings] == [("khác", "2024-03-05", ["Lê Văn Tâm"])]
    assert _rec("Năm 2023, huyện Quỳnh Lưu tổ chức các hội thi văn nghệ quần chúng.").meetings == []


def test_asking_a_named_unit_to_act_directs_it_also_in_a_sentence_without_a_meeting_or_by_post():
    rec = _rec("Ngày 5/3/2024, đồng chí Hà Sỹ Đông, Chủ tịch UBND tỉnh Quảng Trị đã yêu cầu UBND huyện Cam Lộ khẩn trương "
               "bàn giao mặt bằng cho dự án.")
    assert _directed(rec) == {("Hà Sỹ Đông", "huyện Cam Lộ")}
    rec = _rec("Ngày 5/3/2024, đồng chí Hà Sỹ Đông, Chủ tịch UBND tỉnh Quảng Trị dự hội nghị của tỉnh. Cùng ngày, Chủ tịch "
               "UBND tỉnh đề nghị UBND huyện Gio Linh khẩn trương bàn giao mặt bằng.")
    assert ("Hà Sỹ Đông", "huyện Gio Linh") in _directed(rec)


def test_a_speech_in_a_later_paragraph_belongs_to_the_main_meeting_and_the_commune_named_most_is_the_bare_xa():
    rec = _rec("Trong 2 ngày 15 và 16/8/2025, Đảng bộ xã Hòa Thuận tổ chức Đại hội đại biểu lần thứ I. Xã Hòa Thuận được "
               "thành lập trên cơ sở sáp nhập các xã Hòa Thuận, Hòa Lợi và Hòa Hiệp.\nTại Hội nghị lần thứ nhất, đồng chí "
               "Trần Thị Hạnh được bầu giữ chức Bí thư Đảng ủy xã.\nPhát biểu chỉ đạo, đồng chí Nguyễn Văn Quang, Trưởng "
               "Ban Tổ chức Tỉnh ủy đề nghị Ban Chấp hành Đảng bộ xã tập trung lãnh đạo.")
    assert [(m.kind, m.attendees) for m in rec.meetings] == [("Đại hội", ["Nguyễn Văn Quang"]), ("Hội nghị", [])]
    assert [(p.role, p.locality) for o in rec.officials if o.name == "Trần Thị Hạnh" for p in o.positions] == [
        ("Bí thư", "xã Hòa Thuận")]


def test_a_ceremony_named_first_in_its_sentence():
    rec = _rec("Sáng 3/2/2024, Lễ kết nạp đảng viên mới của Chi bộ thôn Đông được tổ chức trang trọng.")
    assert [(m.kind, m.date) for m in rec.meetings] == [("khác", "2024-02-03")]


def test_the_hosts_working_with_the_visiting_team_are_at_the_visit_not_a_meeting_of_their_own():
    rec = _rec("Lãnh đạo tỉnh kiểm tra sản xuất vụ đông tại huyện Yên Sơn\n"
               "Sáng 14/10/2024, đoàn công tác do đồng chí Đỗ Minh Khoa, Phó Chủ tịch UBND tỉnh làm trưởng đoàn "
               "đã kiểm tra sản xuất vụ đông tại xã Trung Môn và xã Lang Quán, huyện Yên Sơn.\n"
               "Tiếp và làm việc với đoàn có đồng chí Vi Thị Hằng, Chủ tịch UBND huyện Yên Sơn.")
    assert [(m.kind, m.date) for m in rec.meetings] == [("kiểm tra", "2024-10-14")]
    assert "Vi Thị Hằng" in rec.meetings[0].attendees


def test_a_bare_dong_chi_opening_a_sentence_is_the_person_just_named():
    rec = _rec("Ngày 3/2/2024, đồng chí Lò Văn Pọm, Bí thư Tỉnh ủy đã thăm, chúc Tết các gia đình chính sách "
               "tại xã Mường Chà.\nTại đây, đồng chí Bí thư Tỉnh ủy thăm hỏi từng gia đình.\n"
               "Sau đó, đồng chí đã làm việc với Đảng ủy xã Mường Chà. Đồng chí yêu cầu cấp ủy, chính quyền xã "
               "quan tâm hơn nữa đến đời sống nhân dân.")
    work = [m for m in rec.meetings if m.kind == "làm việc"]
    assert work and "Lò Văn Pọm" in work[0].attendees + work[0].chair
    assert ("Lò Văn Pọm", "xã Mường Chà") in _directed(rec)


def test_asking_the_bodies_of_a_bare_level_word_directs_the_unit_the_text_is_about():
    text = ("Ngày 8/5/2024, đồng chí Hà Văn Sơn, Phó Bí thư Tỉnh ủy dự sinh hoạt chi bộ thôn Nà Mò, xã Phúc Sơn. "
            "Xã Phúc Sơn có 12 thôn.\nPhát biểu, đồng chí Hà Văn Sơn đề nghị cấp ủy, chính quyền xã quan tâm "
            "phát triển đảng viên.")
    assert ("Hà Văn Sơn", "xã Phúc Sơn") in _directed(_rec(text))
    assert ("Hà Văn Sơn", "xã Phúc Sơn") not in _directed(_rec(text.replace("chính quyền xã quan tâm", "chính quyền quan tâm")))


def test_a_voters_meeting_is_held_where_the_tai_after_it_says():
    rec = _rec("Ngày 25/4/2025, Tổ đại biểu HĐND tỉnh ứng cử tại huyện Ea Súp đã tiếp xúc cử tri tại xã "
               "Ea Rốk.", url="https://baodaklak.vn/x")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("Hội nghị", "xã Ea Rốk")]


def test_an_afternoon_of_the_same_day_takes_the_day_before_it():
    rec = _rec("Ngày 5/7/2024, Huyện ủy Lâm Thao tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n"
               "Chiều cùng ngày, đồng chí Hồ Đại Dũng, Phó Bí thư Tỉnh ủy đã đến kiểm tra công tác bảo đảm "
               "an toàn đê điều tại xã Cao Xá.")
    assert ("kiểm tra", "2024-07-05") in [(m.kind, m.date) for m in rec.meetings]


def test_an_official_reporting_at_the_meeting_in_a_sentence_of_their_own_attends_it():
    rec = _rec("Ngày 12/12/2024, Huyện ủy Văn Bàn tổ chức hội nghị tổng kết công tác năm 2024.\n"
               "Đồng chí Hoàng Văn Thắng, Phó Chủ tịch UBND huyện báo cáo kết quả phát triển kinh tế - xã hội.")
    assert "Hoàng Văn Thắng" in rec.meetings[0].attendees
    quoted = _rec("Ngày 12/12/2024, Huyện ủy Văn Bàn tổ chức hội nghị tổng kết công tác năm 2024.\n"
                  "Đồng chí Hoàng Văn Thắng, Phó Chủ tịch UBND huyện từng công tác tại xã.")
    assert "Hoàng Văn Thắng" not in quoted.meetings[0].attendees


def test_habits_and_visits_counted_are_no_meetings():
    rec = _rec("Ngày 18/12/2024, Huyện ủy Bảo Thắng tổ chức hội nghị tổng kết công tác năm 2024.\n"
               "Thường trực Huyện ủy thường xuyên làm việc với các xã để tháo gỡ khó khăn. Trong năm, đồng chí Bí "
               "thư Huyện ủy đã đi kiểm tra cơ sở 45 lượt.")
    assert [m.kind for m in rec.meetings] == ["Hội nghị"]
    once = _rec("Ngày 18/12/2024, đồng chí Nguyễn Văn Đông, Bí thư Huyện ủy đã làm việc với Đảng ủy xã Sơn Hà.")
    assert [m.kind for m in once.meetings] == ["làm việc"]


def test_a_headline_meeting_the_lead_reports_in_other_words_takes_the_leads_day():
    rec = _rec("Đoàn giám sát HĐND tỉnh làm việc tại huyện Krông Pắc\n(Cập nhật: 10/05/2023)\n"
               "Ngày 9/5, Đoàn giám sát của Thường trực HĐND tỉnh do đồng chí Huỳnh Thị Chiến Hòa, Phó Chủ tịch "
               "HĐND tỉnh làm Trưởng đoàn đã giám sát việc thực hiện chính sách giảm nghèo tại huyện Krông Pắc.")
    # (a supervision team's visit is an inspection, as "giám sát tại" is in data/meetings.tsv)
    assert [(m.kind, m.date) for m in rec.meetings] == [("kiểm tra", "2023-05-09")]


def test_asking_the_body_after_a_time_phrase_directs_the_meeting_unit():
    text = ("Ngày 20/6/2024, Huyện ủy Yên Lập tổ chức hội nghị sơ kết 6 tháng đầu năm. Dự hội nghị có đồng chí "
            "Bùi Văn Quang, Trưởng Ban Tổ chức Tỉnh ủy.\nPhát biểu tại hội nghị, đồng chí Bùi Văn Quang ghi nhận "
            "kết quả đạt được và đề nghị thời gian tới, Huyện ủy tập trung chuẩn bị tốt đại hội.")
    assert ("Bùi Văn Quang", "huyện Yên Lập") in _directed(_rec(text))
    assert ("Bùi Văn Quang", "huyện Yên Lập") not in _directed(_rec(text.replace("và đề nghị thời gian tới, Huyện ủy tập trung", "và mong thời gian tới, Huyện ủy tập trung")))


def test_a_congress_the_speaker_asks_the_body_to_hold_is_no_meeting_held():
    lead = ("Chiều 11/8/2025, đồng chí Nguyễn Văn Quảng, Bí thư Thành ủy Đà Nẵng đã làm việc với Ban Thường vụ "
            "Đảng ủy xã Hòa Vang.\n")
    asked = _rec(lead + "Đồng chí Nguyễn Văn Quảng đề nghị Đảng ủy xã tập trung lãnh đạo tổ chức thành công Đại hội "
                 "Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030.")
    assert [m.kind for m in asked.meetings] == ["làm việc"]
    held = _rec(lead + "Xã đã tổ chức thành công Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030.")
    assert "Đại hội" in [m.kind for m in held.meetings]


def test_an_official_answering_voters_attends_the_voters_meeting():
    rec = _rec("Ngày 2/11/2023, Đoàn đại biểu Quốc hội tỉnh Quảng Trị đã tiếp xúc cử tri tại thị trấn Hồ Xá, huyện "
               "Vĩnh Linh.\nTrả lời ý kiến cử tri, đồng chí Trần Văn Minh, Chủ tịch UBND huyện Vĩnh Linh cho biết, "
               "huyện sẽ giải quyết dứt điểm.")
    assert [(m.kind, m.attendees) for m in rec.meetings] == [("Hội nghị", ["Trần Văn Minh"])]


def test_the_visiting_team_as_subject_of_a_later_inspection_brings_its_members():
    rec = _rec("Ngày 7/3/2024, đoàn công tác của Tỉnh ủy gồm các đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy; Hà Thị Lan, "
               "Phó Bí thư Tỉnh ủy đã làm việc tại huyện Bảo Yên.\n"
               "Đoàn công tác đã đi thực địa khảo sát vùng trồng quế của huyện Bảo Yên.")
    check = [m for m in rec.meetings if m.kind == "kiểm tra"]
    assert check and set(check[0].attendees) == {"Lê Văn Hùng", "Hà Thị Lan"}


def test_sessions_of_two_provinces_on_one_day_are_two_meetings():
    rec = _rec("Ngày 11/12/2015, tại kỳ họp thứ 14 HĐND tỉnh Hà Nam khóa XVII, các đại biểu đã bầu ông Lê Văn A "
               "giữ chức Chủ tịch UBND tỉnh.\n* Cũng trong ngày 11/12, tại kỳ họp thứ 12 khóa IX, HĐND tỉnh Ninh "
               "Bình tiến hành bầu các chức danh Phó Chủ tịch UBND tỉnh.")
    assert sorted((m.kind, m.date, m.locality) for m in rec.meetings) == [
        ("kỳ họp", "2015-12-11", "tỉnh Hà Nam"), ("kỳ họp", "2015-12-11", "tỉnh Ninh Bình")]


def test_before_the_working_session_the_leader_and_the_team_inspect_on_the_same_day():
    rec = _rec("Sáng 1/10/2025, đồng chí Trần Văn Nam, Bí thư Tỉnh ủy đến làm việc với Ban Thường vụ Đảng ủy "
               "phường Phú Lợi. Đi cùng đoàn có đồng chí Lê Thị Hà, Phó Chủ tịch UBND tỉnh. Tiếp đoàn có đồng chí "
               "Võ Văn Tâm, Bí thư Đảng ủy phường Phú Lợi.\n"
               "Trước buổi làm việc, Bí thư Tỉnh ủy Trần Văn Nam cùng đoàn công tác đến khảo sát Trung tâm Phục vụ "
               "hành chính công phường Phú Lợi.")
    check = [m for m in rec.meetings if m.kind == "kiểm tra"]
    assert [(m.date, sorted(m.attendees)) for m in check] == [("2025-10-01", ["Lê Thị Hà", "Trần Văn Nam"])]


def test_chi_dao_as_a_noun_is_no_directing():
    base = "Sáng 5/9/2025, UBND phường Bến Thành tổ chức hội nghị triển khai nhiệm vụ. Tham dự có đồng chí Bùi Xuân Cường, Phó Chủ tịch UBND TPHCM"
    assert not _directed(_rec(base + ", Trưởng Ban Chỉ đạo cải cách hành chính thành phố."))
    assert not _directed(_rec("Sáng 5/9/2025, thực hiện chỉ đạo của Thành ủy, UBND phường Bến Thành tổ chức hội nghị, "
                              "đồng chí Bùi Xuân Cường, Phó Chủ tịch UBND TPHCM dự hội nghị."))
    assert _directed(_rec(base + " dự và chỉ đạo hội nghị.")) == {("Bùi Xuân Cường", "phường Bến Thành")}


def test_asking_a_committee_named_by_its_unit_directs_that_unit():
    rec = _rec("Ngày 5/9/2024, đồng chí Lương Nguyễn Minh Triết, Bí thư Tỉnh ủy Quảng Nam phát biểu. Đồng chí Lương "
               "Nguyễn Minh Triết đề nghị Huyện ủy Núi Thành quan tâm hơn nữa công tác cán bộ.")
    assert ("Lương Nguyễn Minh Triết", "huyện Núi Thành") in _directed(rec)


def test_a_team_led_in_the_lead_meets_the_body_in_the_afternoon_of_that_day():
    rec = _rec("Sáng 14/5/2024, đồng chí Lại Thế Nguyên, Phó Bí thư Thường trực Tỉnh ủy dẫn đầu đoàn công tác của "
               "tỉnh về thăm mô hình trồng cây ăn quả tại xã Trung Lý. Cùng đi có đồng chí Đầu Thanh Tùng, Phó Chủ "
               "tịch UBND tỉnh.\nBuổi chiều, đoàn đã làm việc với Ban Thường vụ Huyện ủy Mường Lát.")
    assert [(m.kind, m.date, sorted(m.attendees)) for m in rec.meetings] == [
        ("làm việc", "2024-05-14", ["Lại Thế Nguyên", "Đầu Thanh Tùng"])]
    assert _directed(rec) == {("Lại Thế Nguyên", "huyện Mường Lát")}


def test_people_listed_under_a_heading_and_a_plural_list_with_the_verb_at_its_end_attend():
    rec = _rec("Ngày 20/12/2024, Ban Thường vụ Huyện ủy Thanh Sơn tổ chức hội nghị tổng kết năm 2024.\nDự hội nghị có:\n"
               "- Đồng chí Hà Thị Bình, Phó Bí thư Thường trực Huyện ủy;\n- Đồng chí Đinh Văn Cường, Chủ tịch UBND huyện.\n"
               "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Lê Văn Dũng, Trưởng Ban Tổ chức Huyện ủy; Phạm Thị Giang, "
               "Trưởng Ban Tuyên giáo Huyện ủy cùng dự.")
    assert sorted(rec.meetings[0].attendees) == ["Hà Thị Bình", "Lê Văn Dũng", "Phạm Thị Giang", "Đinh Văn Cường"]
    heading = _rec("Ngày 20/12/2024, Ban Thường vụ Huyện ủy Thanh Sơn tổ chức hội nghị tổng kết năm 2024.\n"
                   "Kết quả bầu cử như sau:\n- Đồng chí Hà Thị Bình, Phó Bí thư Thường trực Huyện ủy;")
    assert "Hà Thị Bình" not in heading.meetings[0].attendees


def test_a_session_closed_after_three_days_and_an_official_answering_questions_there():
    rec = _rec("Chiều 12/7/2024, sau 3 ngày làm việc khẩn trương, Kỳ họp thứ 20 HĐND tỉnh Nghệ An khóa XVIII đã bế "
               "mạc.\nTại phiên chất vấn sáng cùng ngày, đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh đã trả lời "
               "chất vấn của đại biểu.\nTrong năm 2024, HĐND tỉnh dự kiến tổ chức thêm 2 kỳ họp chuyên đề.")
    assert [(m.kind, m.date, m.attendees) for m in rec.meetings] == [("kỳ họp", "2024-07-10", ["Bùi Đình Long"])]


def test_a_ceremony_and_a_visit_with_gifts_the_same_day_are_two_events():
    rec = _rec("Sáng 20/3/2024, UBND huyện Nhơn Trạch tổ chức lễ khởi công xây dựng cầu Phú Đông. Dự lễ có đồng chí "
               "Võ Văn Phi, Phó Chủ tịch UBND tỉnh Đồng Nai.\nCùng ngày, đồng chí Võ Văn Phi đã đến thăm và tặng quà "
               "gia đình chính sách tại xã Phú Đông.")
    assert sorted((m.kind, m.locality) for m in rec.meetings) == [("khác", "huyện Nhơn Trạch"), ("khác", "xã Phú Đông")]


def test_a_conference_for_the_whole_country_has_no_locality_and_directs_no_province():
    rec = _rec("Sáng 6/11/2024, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết. "
               "Tổng Bí thư Tô Lâm dự và phát biểu chỉ đạo.\nTại điểm cầu tỉnh Phú Yên, đồng chí Phạm Đại Dương, Bí "
               "thư Tỉnh ủy chủ trì.")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("Hội nghị", None)] and not rec.directed
    rec = _rec("Sáng 3/1/2024, Bộ Văn hóa, Thể thao và Du lịch tổ chức Hội nghị tổng kết công tác năm 2023. Thủ tướng "
               "Phạm Minh Chính dự và phát biểu chỉ đạo.", url="https://baosoctrang.org.vn/x")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("Hội nghị", None)] and not rec.directed
    local = _rec("Sáng 3/1/2024, Huyện ủy Mỹ Tú tổ chức Hội nghị tổng kết công tác năm 2023. Đồng chí Trần Văn Lâu, Bí "
                 "thư Tỉnh ủy dự và phát biểu chỉ đạo.", url="https://baosoctrang.org.vn/x")
    assert _directed(local) == {("Trần Văn Lâu", "huyện Mỹ Tú")}


def test_the_preparatory_session_before_a_congress_is_the_congress_on_its_stated_day():
    rec = _rec("Trong 2 ngày 16 - 17/7/2020, Đảng bộ huyện Quỳnh Nhai tổ chức Đại hội đại biểu lần thứ XXI. Dự và chỉ "
               "đạo Đại hội có đồng chí Hoàng Văn Chất, Bí thư Tỉnh ủy.\nTại Hội nghị lần thứ nhất, đồng chí Quàng Văn "
               "Hải và đồng chí Lường Văn Sinh được bầu giữ chức Phó Bí thư Huyện ủy.\n"
               "Trước đó, ngày 15/7, Đại hội đã tiến hành phiên trù bị.")
    congress = [m for m in rec.meetings if m.kind == "Đại hội"]
    assert [(m.date, m.locality) for m in congress] == [("2020-07-16", "huyện Quỳnh Nhai")]
    assert not any("Quàng Văn Hải" in m.attendees for m in rec.meetings)


def test_asking_departments_to_act_directs_no_commune():
    text = ("Ngày 9/12/2023, đồng chí Lò Minh Vinh, Chủ tịch UBND tỉnh Yên Bái chủ trì buổi làm việc với Ban Thường "
            "vụ Đảng ủy xã Đông Cuông. Dự buổi làm việc có đồng chí Trần Quốc An, Chủ tịch HĐND huyện Văn Yên.\n"
            "Phát biểu chỉ đạo, đồng chí Lò Minh Vinh đề nghị Đảng ủy xã tập trung lãnh đạo; đồng chí Trần Quốc An yêu "
            "cầu các phòng, ban phối hợp chặt chẽ.")
    assert _directed(_rec(text)) == {("Lò Minh Vinh", "xã Đông Cuông")}


def test_working_somewhere_and_ways_of_working_are_no_working_sessions():
    for text in ("Anh Nguyễn Văn Bình, Bí thư Đoàn xã, hiện đang làm việc tại xã Trung Môn.",
                 "Ông Lê Văn Tâm, nguyên Phó Chủ tịch UBND huyện, từng làm việc tại UBND huyện Yên Sơn.",
                 "Ban Thường vụ Huyện ủy Yên Sơn ban hành quy chế làm việc khóa mới."):
        assert _rec(text).meetings == [], text


def test_a_chat_with_residents_on_a_visit_is_no_event_but_a_meeting_of_veterans_is():
    rec = _rec("Sáng 5/3/2024, đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Trung Môn. "
               "Trước buổi làm việc, đồng chí đã gặp mặt, trò chuyện với người dân thôn 5.")
    assert [m.kind for m in rec.meetings] == ["làm việc"]
    rec = _rec("Sáng 5/3/2024, Huyện ủy Yên Sơn tổ chức gặp mặt các cựu chiến binh tiêu biểu.")
    assert [m.kind for m in rec.meetings] == ["khác"]


def test_the_later_items_of_a_request_that_name_units_direct_them():
    rec = _rec("Sáng 3/6/2024, UBND tỉnh Bắc Giang tổ chức phiên họp thường kỳ tháng 5. Đồng chí Nguyễn Văn Gấu, Chủ "
               "tịch UBND tỉnh chủ trì phiên họp.\nKết luận phiên họp, Chủ tịch UBND tỉnh Nguyễn Văn Gấu yêu cầu các sở, "
               "ngành tập trung tháo gỡ khó khăn cho doanh nghiệp; UBND các huyện Lục Nam, Lục Ngạn đẩy nhanh tiến độ "
               "giải phóng mặt bằng.")
    assert {("Nguyễn Văn Gấu", "huyện Lục Nam"), ("Nguyễn Văn Gấu", "huyện Lục Ngạn")} <= _directed(rec)
    rec = _rec("Sáng 3/6/2024, UBND tỉnh Bắc Giang tổ chức phiên họp thường kỳ tháng 5.\nĐồng chí Nguyễn Văn Gấu, Chủ "
               "tịch UBND tỉnh cho biết thu ngân sách đạt khá; UBND các huyện Lục Nam, Lục Ngạn đã hoàn thành kế hoạch.")
    assert not {("Nguyễn Văn Gấu", "huyện Lục Nam")} & _directed(rec)


def test_under_the_direction_of_a_person_chairs():
    rec = _rec("Hội nghị Ban Chấp hành Đảng bộ huyện Bắc Mê ngày 5/3/2024 dưới sự điều hành của đồng chí Lê Văn Minh, "
               "Bí thư Huyện ủy.")
    assert [(m.chair, m.attendees) for m in rec.meetings] == [(["Lê Văn Minh"], [])]


def test_reading_the_opening_speech_is_being_present():
    rec = _rec("Ngày 5/3/2024, Đảng bộ huyện Bắc Mê tổ chức Đại hội đại biểu lần thứ XXI.\nThay mặt Ban Chấp hành, đồng "
               "chí Lê Văn Minh, Bí thư Huyện ủy đọc diễn văn khai mạc Đại hội.")
    assert [m.attendees for m in rec.meetings] == [["Lê Văn Minh"]]


def test_the_chair_verb_of_one_item_is_not_the_next_persons():
    rec = _rec("Sáng ngày 17/9/2015, Huyện ủy Hòa Vang tổ chức hội nghị Ban Chấp hành lần thứ 2. Tham dự hội nghị có đ/c "
               "Trương Hồng Phúc – Bí thư Huyện ủy chủ trì hội nghị, đ/c Lê Minh Giang – Phó Bí thư Thường trực Huyện ủy.")
    assert [(m.chair, m.attendees) for m in rec.meetings] == [(["Trương Hồng Phúc"], ["Lê Minh Giang"])]


def test_people_elected_after_their_titles_or_by_deputies_present_are_not_attendees():
    rec = _rec("Ngày 28/6/2021, HĐND thành phố Kon Tum tổ chức Kỳ họp thứ nhất.\nTại Kỳ họp thứ nhất, ông Nguyễn Đức Tuy, "
               "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy được các đại biểu HĐND thành phố tín nhiệm bầu giữ chức "
               "vụ Chủ tịch HĐND thành phố Kon Tum khóa XII.\nVới 67/67 đại biểu có mặt đồng ý, ông Hoàng Quốc Khánh, "
               "Phó Bí thư Thành ủy, đại biểu HĐND thành phố khóa XII, nhiệm kỳ 2021-2026 được bầu giữ chức vụ Chủ tịch "
               "UBND thành phố.")
    assert [m.attendees for m in rec.meetings] == [[]]


def test_the_person_a_resolution_confirms_as_elected_is_not_an_attendee():
    rec = _rec("Ngày 10/4/2014, HĐND tỉnh Bà Rịa - Vũng Tàu tổ chức kỳ họp bất thường. Tại kỳ họp, 41/46 phiếu đồng ý "
               "thông qua Nghị quyết xác nhận kết quả bầu cử bổ sung ông Nguyễn Văn Trình, Phó Bí thư Tỉnh ủy là Chủ "
               "tịch UBND tỉnh.")
    assert [m.attendees for m in rec.meetings] == [[]]


def test_deputies_at_a_session_held_and_delegates_to_a_congress_to_come():
    rec = _rec("Tại tỉnh Thanh Hóa, ngày 10/11/2015, các đại biểu dự kỳ họp HĐND tỉnh thứ 14 khóa XVI đã tiến hành bầu "
               "bổ sung các chức danh HĐND và UBND tỉnh.")
    assert [(m.kind, m.date) for m in rec.meetings] == [("kỳ họp", "2015-11-10")]
    rec = _rec("Hội nghị đã bầu 12 đại biểu dự Đại hội Đảng bộ tỉnh lần thứ XX.")
    assert not [m for m in rec.meetings if m.kind == "Đại hội"]


def test_preparing_the_conditions_to_hold_a_congress_is_no_congress_held():
    rec = _rec("Ngày 20/12/2023, đồng chí Lê Văn Hạnh, Bí thư Tỉnh ủy Phú Yên yêu cầu các cấp ủy tập trung "
               "lãnh đạo; Huyện ủy Tây Hòa chuẩn bị tốt các điều kiện tổ chức đại hội điểm.")
    assert not any(m.kind == "Đại hội" for m in rec.meetings)


def test_bodies_asked_after_a_semicolon_each_written_with_its_committee_are_directed():
    rec = _rec("Kết luận hội nghị ngày 20/12/2023, đồng chí Lê Văn Hạnh, Bí thư Tỉnh ủy Phú Yên yêu cầu các cấp ủy "
               "tập trung lãnh đạo hoàn thành các chỉ tiêu; Huyện ủy Tây Hòa và Thị ủy Đông Hòa khẩn trương rà "
               "soát công tác cán bộ.")
    assert {("Lê Văn Hạnh", "huyện Tây Hòa"), ("Lê Văn Hạnh", "thị xã Đông Hòa")} <= _directed(rec)


def test_a_request_after_a_semicolon_with_its_verb_first_is_the_same_persons():
    rec = _rec("Chiều 6/3/2024, đồng chí Phan Văn Mãi, Trưởng Ban Tổ chức Tỉnh ủy Sóc Trăng dự sinh hoạt chi bộ "
               "ấp Phú Hữu. Đồng chí Phan Văn Mãi biểu dương kết quả chi bộ đạt được; đề nghị Đảng ủy xã Phú "
               "Tâm quan tâm phát triển đảng viên.")
    assert ("Phan Văn Mãi", "xã Phú Tâm") in _directed(rec)


def test_a_later_site_visit_of_the_same_day_keeps_the_inspections_locality_and_date():
    rec = _rec("Sáng 17/4/2024, đồng chí Trần Hồng Thái, Phó Chủ tịch UBND tỉnh Bến Tre kiểm tra tiến độ dự án "
               "đường tỉnh 885 đoạn qua huyện Giồng Trôm. Đồng chí yêu cầu UBND huyện Giồng Trôm hoàn thành giải "
               "phóng mặt bằng trước ngày 30/9/2024. Cùng ngày, đoàn đã kiểm tra công trình kè tại xã Phong Nẫm.")
    insp = [m for m in rec.meetings if m.kind == "kiểm tra"]
    assert [(m.date, m.locality) for m in insp] == [("2024-04-17", "huyện Giồng Trôm")]
    assert ("Trần Hồng Thái", "xã Phong Nẫm") not in _directed(rec)


def test_the_presidium_listed_after_a_sentence_ending_in_a_title_chairs_the_congress():
    rec = _rec("Ngày 14/5/2025, Đảng bộ xã Quang Minh tổ chức Đại hội đại biểu lần thứ XXI. Đại hội có sự tham dự "
               "của đồng chí Hoàng Văn Thắng, Bí thư Huyện ủy Hiệp Hòa.\nĐoàn Chủ tịch điều hành Đại hội gồm các "
               "đồng chí: Ngô Văn Tài, Bí thư Đảng ủy xã; Đỗ Thị Hằng, Chủ tịch UBND xã.")
    (congress,) = [m for m in rec.meetings if m.kind == "Đại hội"]
    assert congress.chair == ["Ngô Văn Tài", "Đỗ Thị Hằng"]
    assert congress.attendees == ["Hoàng Văn Thắng"]


def test_a_commune_with_its_district_after_a_comma_is_one_unit_not_a_list():
    rec = _rec("Ngày 22/8/2023, đoàn giám sát do đồng chí Trần Văn Hưng, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy "
               "Quảng Ngãi làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy xã Đức Lân, huyện Mộ Đức.")
    assert [m.locality for m in rec.meetings] == ["xã Đức Lân"]
    assert _directed(rec) == {("Trần Văn Hưng", "xã Đức Lân")}


def test_communes_a_conference_votes_on_are_its_topic_not_its_host_nor_its_units():
    rec = _rec("Ngày 25/7/2024, Huyện ủy Nghĩa Hưng tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 25. "
               "Đồng chí Trần Văn Hải, Bí thư Huyện ủy chủ trì hội nghị. Hội nghị cũng đã biểu quyết thông qua chủ "
               "trương sáp nhập các xã Nghĩa Hùng, Nghĩa Hải.")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("Hội nghị", "huyện Nghĩa Hưng")]
    assert _directed(rec) == {("Trần Văn Hải", "huyện Nghĩa Hưng")}


def test_a_second_verb_of_the_same_subject_is_a_meeting_of_that_day_with_that_person():
    rec = _rec("Sáng 12/7/2025, đồng chí Hồ Văn Mừng, Chủ tịch UBND tỉnh Đồng Nai đã kiểm tra Trung tâm phục vụ hành "
               "chính công phường Trấn Biên và làm việc với Đảng ủy, UBND phường Tam Hiệp.")
    work = [m for m in rec.meetings if m.kind == "làm việc"]
    assert [(m.date, m.locality, m.attendees) for m in work] == [("2025-07-12", "phường Tam Hiệp", ["Hồ Văn Mừng"])]
    assert ("Hồ Văn Mừng", "phường Tam Hiệp") in _directed(rec)


def test_a_get_together_is_an_event_and_one_that_reviews_the_year_a_conference():
    rec = _rec("Sáng 1/2/2024, Đảng ủy xã Tân Phú tổ chức họp mặt kỷ niệm 94 năm Ngày thành lập Đảng. Đồng chí "
               "Lê Văn Ba, Bí thư Đảng ủy xã dự.")
    assert [m.kind for m in rec.meetings] == ["khác"]
    rec = _rec("Sáng 1/2/2024, Đảng ủy xã Tân Phú tổ chức họp mặt kỷ niệm 94 năm Ngày thành lập Đảng; tổng kết "
               "công tác xây dựng Đảng năm 2023.")
    assert [m.kind for m in rec.meetings] == ["Hội nghị"]


def test_the_last_of_a_list_of_attendees_followed_by_cung_the_delegates_is_present():
    rec = _rec("Sáng 22/7/2020, Đảng bộ huyện Can Lộc khai mạc Đại hội đại biểu lần thứ XXVIII. Về phía huyện có "
               "các đồng chí: Trần Văn Lộc - Bí thư Huyện ủy; Lê Thị Hoa - Chủ tịch UBND huyện cùng 250 đại biểu "
               "đại diện cho hơn 9.000 đảng viên.")
    (congress,) = rec.meetings
    assert congress.attendees == ["Trần Văn Lộc", "Lê Thị Hoa"]


def test_an_undated_congress_of_a_term_and_its_preparatory_session_are_one_meeting_of_the_terms_first_year():
    rec = _rec("Khai mạc Đại hội đại biểu Đảng bộ huyện Can Lộc lần thứ XXVIII, nhiệm kỳ 2020 - 2025\n"
               "Sáng nay (22/7), Đảng bộ huyện Can Lộc khai mạc Đại hội. Trước đó, chiều 21/7, Đại hội đã tiến hành "
               "phiên trù bị. Thu nhập bình quân đầu người tăng 20 triệu đồng so với năm 2015.")
    assert [(m.kind, m.date) for m in rec.meetings] == [("Đại hội", "2020-07-22")]


def test_an_inspection_of_a_task_at_a_units_committee_directs_the_unit():
    rec = _rec("Ngày 12/3/2024, đoàn công tác của Ban Thường vụ Tỉnh ủy Ninh Bình do đồng chí Mai Văn Tuất, Phó Bí "
               "thư Thường trực Tỉnh ủy làm trưởng đoàn đã kiểm tra việc thực hiện Nghị quyết số 10 tại Đảng ủy xã "
               "Gia Hòa, huyện Gia Viễn.")
    assert ("Mai Văn Tuất", "xã Gia Hòa") in _directed(rec)


def test_a_conference_a_committee_holds_with_several_units_is_its_own_and_directs_each():
    rec = _rec("Ngày 12/3/2024, Thường trực Huyện ủy Gia Viễn giao ban với Đảng ủy các xã Gia Hòa, Gia Hưng. Đồng "
               "chí Đinh Văn Hải, Bí thư Huyện ủy chủ trì.")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("Hội nghị", "huyện Gia Viễn")]
    assert _directed(rec) == {("Đinh Văn Hải", "huyện Gia Viễn"), ("Đinh Văn Hải", "xã Gia Hòa"),
                              ("Đinh Văn Hải", "xã Gia Hưng")}


def test_after_the_closing_sitting_is_a_time_not_someone_closing_the_congress():
    rec = _rec("Ngày 10/12/2024, Đảng bộ xã Cát Tài tổ chức Đại hội. Ngay sau phiên bế mạc Đại hội, Ban Chấp hành "
               "Đảng bộ xã khóa mới đã tiến hành Hội nghị lần thứ nhất, bầu đồng chí Võ Văn Kha giữ chức Bí thư "
               "Đảng ủy xã.")
    assert all("Võ Văn Kha" not in m.attendees + m.chair for m in rec.meetings)


def test_an_excerpt_opening_on_the_concluding_speech_reports_the_meeting_and_its_speaker():
    rec = _rec("ng thời gian qua, huyện đã tập trung chỉ đạo các nhiệm vụ trọng tâm.\n"
               "Phát biểu kết luận buổi làm việc, đồng chí Nguyễn Văn Du, Bí thư Tỉnh ủy Thái Bình ghi nhận kết quả "
               "huyện Kiến Xương đạt được.\nTham dự buổi làm việc có đồng chí Lại Văn Hoàn, Phó Bí thư Thường trực "
               "Tỉnh ủy.")
    (work,) = rec.meetings
    assert (work.kind, work.locality) == ("làm việc", "huyện Kiến Xương")
    assert work.attendees == ["Nguyễn Văn Du", "Lại Văn Hoàn"]


def test_present_written_as_co_ong_or_co_ba_before_the_name():
    rec = _rec("Sáng 5/7/2023, HĐND huyện Tương Dương khai mạc kỳ họp thứ 10. Về phía huyện có ông Vi Văn Sơn - Phó "
               "Bí thư Huyện ủy, Chủ tịch UBND huyện; có bà Lô Thị Hoa - Phó Chủ tịch HĐND huyện.")
    (session,) = rec.meetings
    assert session.attendees == ["Vi Văn Sơn", "Lô Thị Hoa"]


def test_the_governments_online_conference_with_the_provinces_is_held_by_no_province():
    rec = _rec("Sáng 8/1/2024, Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến Chính phủ với các địa phương. "
               "Tại điểm cầu tỉnh Quảng Ngãi, đồng chí Đặng Văn Minh, Chủ tịch UBND tỉnh dự.")
    (conf,) = rec.meetings
    assert conf.locality is None and conf.chair == ["Phạm Minh Chính"]
    assert not rec.directed


def test_units_named_right_after_a_request_are_directed_by_someone_above_them():
    base = "Ngày 5/4/2024, đồng chí Bùi Văn Tỉnh, Bí thư Tỉnh ủy Hòa Bình dự hội nghị tại huyện Tân Lạc. "
    assert ("Bùi Văn Tỉnh", "xã Phong Phú") in _directed(_rec(base + "Đồng chí đề nghị xã Phong Phú khẩn trương "
                                                                      "hoàn thiện các tiêu chí nông thôn mới."))
    assert ("Bùi Văn Tỉnh", "xã Phong Phú") in _directed(_rec(base + "Đồng chí giao nhiệm vụ cho UBND xã Phong Phú "
                                                                      "rà soát các hộ nghèo."))
    got = _directed(_rec(base + "Đồng chí chỉ đạo huyện Tân Lạc và xã Phong Phú khắc phục hậu quả mưa lũ."))
    assert {("Bùi Văn Tỉnh", "huyện Tân Lạc"), ("Bùi Văn Tỉnh", "xã Phong Phú")} <= got
    # a commune's secretary asking the district for help directs nothing
    got = _directed(_rec("Ngày 5/4/2024, đồng chí Bùi Văn Hải, Bí thư Đảng ủy xã Phong Phú đề nghị huyện Tân Lạc hỗ "
                         "trợ xã làm đường."))
    assert ("Bùi Văn Hải", "huyện Tân Lạc") not in got


def test_a_politburo_member_in_charge_of_a_city_written_as_a_title_asks_nothing():
    rec = _rec("Tham dự hội nghị ngày 20/12/2015 có đồng chí Phạm Quang Nghị - Ủy viên Bộ Chính trị, chỉ đạo Đảng bộ "
               "TP Hà Nội.")
    assert ("Phạm Quang Nghị", "thành phố Hà Nội") not in _directed(rec)


def test_a_supervision_teams_visit_is_one_inspection_and_its_session_named_again_is_the_same():
    rec = _rec("Ngày 22/8/2023, Đoàn giám sát số 2 của Ủy ban Kiểm tra Tỉnh ủy do đồng chí Võ Văn Sáu, Phó Chủ nhiệm "
               "Ủy ban Kiểm tra Tỉnh ủy Quảng Ngãi làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy xã Phổ Phong. "
               "Đồng chí Võ Văn Sáu đề nghị Đảng ủy xã khắc phục hạn chế.\nDự buổi làm việc có đồng chí Lê Thị Hà, "
               "Chủ nhiệm Ủy ban Kiểm tra Thị ủy Đức Phổ.")
    (visit,) = rec.meetings
    assert (visit.kind, visit.locality) == ("kiểm tra", "xã Phổ Phong")
    assert visit.attendees == ["Võ Văn Sáu", "Lê Thị Hà"]


def test_setting_up_a_supervision_team_is_no_visit():
    rec = _rec("Ngày 22/12/2018, HĐND huyện Ba Tơ thông qua Nghị quyết thành lập đoàn giám sát chuyên đề về việc sử "
               "dụng vốn sự nghiệp.")
    assert not any(m.kind == "kiểm tra" for m in rec.meetings)


def test_other_articles_headlines_above_this_ones_text_are_no_meetings():
    page = ("Thời sự\nKhai mạc Kỳ họp thứ 18 HĐND tỉnh khóa XVIII\nLễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ\n"
            "Bí thư Tỉnh ủy làm việc với huyện Lục Ngạn\nNgày 5/3/2024, đồng chí Nguyễn Văn Gấu, Bí thư Tỉnh ủy Bắc "
            "Giang làm việc với Ban Thường vụ Huyện ủy Lục Ngạn.\nĐồng chí đề nghị huyện tập trung phát triển kinh tế.\n")
    rec = _rec(page)
    assert [(m.kind, m.locality) for m in rec.meetings] == [("làm việc", "huyện Lục Ngạn")]
    # under a heading of other articles, the same
    rec = _rec(page.replace("Thời sự\n", "Bài mới\n"))
    assert [(m.kind, m.locality) for m in rec.meetings] == [("làm việc", "huyện Lục Ngạn")]


def test_a_congress_of_a_term_not_yet_begun_or_one_planned_is_not_held():
    rec = _rec("Ngày 10/5/2024, Huyện ủy Yên Lạc tổ chức hội nghị sơ kết. Đồng chí Nguyễn Văn Hòa, Bí thư Huyện ủy chủ "
               "trì. Theo kế hoạch, Đại hội Đảng bộ huyện tổ chức vào quý III/2025.")
    assert [m.kind for m in rec.meetings] == ["Hội nghị"]
    rec = _rec("Ngày 10/5/2024, Huyện ủy Yên Lạc tổ chức hội nghị góp ý dự thảo văn kiện. Đại hội Đảng bộ huyện lần thứ "
               "XXV, nhiệm kỳ 2025-2030 là sự kiện chính trị quan trọng.")
    assert [m.kind for m in rec.meetings] == ["Hội nghị"]


def test_voters_meetings_written_with_voi_or_abbreviated_are_conferences_that_direct_nobody():
    for text in ("Sáng 10/10/2024, đồng chí Trương Quốc Huy, Chủ tịch UBND tỉnh Hà Nam đã tiếp xúc với cử tri huyện Lý Nhân.",
                 "Sáng 10/10/2024, đồng chí Trương Quốc Huy, Chủ tịch UBND tỉnh Hà Nam TXCT tại xã Nhân Thịnh, huyện Lý Nhân."):
        rec = _rec(text)
        assert [(m.kind, m.attendees) for m in rec.meetings] == [("Hội nghị", ["Trương Quốc Huy"])]
        assert not rec.directed


def test_a_request_naming_another_unit_at_an_inspection_directs_that_unit_not_the_site():
    rec = _rec("Sáng 12/3/2024, đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy Thanh Hóa đã kiểm tra tiến độ xây dựng nông "
               "thôn mới tại xã Quảng Hải, huyện Quảng Xương. Đồng chí yêu cầu UBND huyện Quảng Xương tập trung hoàn "
               "thành các tiêu chí còn thiếu.")
    assert _directed(rec) == {("Đỗ Trọng Hưng", "huyện Quảng Xương")}


def test_chairing_a_front_conference_directs_no_unit():
    rec = _rec("Chiều 12/3/2024, Ủy ban MTTQ huyện Thọ Xuân tổ chức Hội nghị sơ kết công tác Mặt trận. Đồng chí Trần "
               "Văn Bình, Chủ tịch Ủy ban MTTQ huyện Thọ Xuân chủ trì hội nghị.")
    (conf,) = rec.meetings
    assert conf.chair == ["Trần Văn Bình"] and not rec.directed


def test_the_official_congratulated_on_a_new_post_at_the_ceremony_is_present():
    rec = _rec("Sáng 15/10/2024, Ban Thường vụ Tỉnh ủy Long An tổ chức lễ công bố quyết định cán bộ. Đồng chí Nguyễn "
               "Văn Được, Bí thư Tỉnh ủy chủ trì và trao quyết định. Chúc mừng đồng chí Lê Văn Út, Bí thư Huyện ủy Đức "
               "Hòa nhận nhiệm vụ mới, Bí thư Tỉnh ủy ghi nhận đóng góp của đồng chí.")
    (ceremony,) = rec.meetings
    assert ceremony.attendees == ["Lê Văn Út"]


def test_a_post_written_with_the_word_role_and_body_share_once_stands_for_its_holder():
    rec = _rec("Ngày 20/9/2024, đồng chí Hà Văn Minh, Trưởng ban Tổ chức Tỉnh ủy Bắc Kạn kiểm tra khu tái định cư Nà "
               "Pài.\n\nĐồng chí Trưởng ban Tổ chức Tỉnh ủy đánh giá cao chất lượng buổi sinh hoạt chi bộ thôn Nà Pài.")
    assert {m.kind: m.attendees for m in rec.meetings}.get("khác") == ["Hà Văn Minh"]


def test_a_delegation_working_with_a_district_and_its_communes_directs_each_unit_by_each_member():
    rec = _rec("Ngày 14/5/2024, đoàn công tác của tỉnh gồm các đồng chí: Dương Văn Thái, Bí thư Tỉnh ủy Bắc Giang; "
               "Mai Sơn, Phó Bí thư Tỉnh ủy đã làm việc với huyện Lục Ngạn và các xã Tân Sơn, Biên Sơn.")
    units = {"huyện Lục Ngạn", "xã Tân Sơn", "xã Biên Sơn"}
    assert {m.locality for m in rec.meetings} == units
    assert _directed(rec) == {(n, u) for n in ("Dương Văn Thái", "Mai Sơn") for u in units}


def test_dong_chi_written_short_as_d_c_reads_as_dong_chi():
    rec = _rec("Ngày 12/5/2020, Đảng bộ xã Hưng Tây tổ chức Đại hội. Dự và chỉ đạo đại hội có các đ/c Hoàng Văn Phi - "
               "Bí thư Huyện ủy Hưng Nguyên; Lê Phạm Hùng - Phó Chủ tịch UBND huyện. Dự đại hội có các đ/c trong Ban "
               "Thường vụ Huyện ủy: Nguyễn Văn Lâm, Trưởng Ban Tổ chức Huyện ủy.")
    assert _directed(rec) == {("Hoàng Văn Phi", "xã Hưng Tây"), ("Lê Phạm Hùng", "xã Hưng Tây")}
    lam = next(o for o in rec.officials if o.name == "Nguyễn Văn Lâm")
    assert ("Ủy viên Ban Thường vụ", "Huyện ủy") in {(p.role, p.body) for p in lam.positions}


def test_the_working_session_of_a_dated_visit_named_later_is_of_the_visits_day():
    rec = _rec("Ngày 2/2/2024, đồng chí Trần Hồng Minh, Bí thư Tỉnh ủy Cao Bằng đến thăm, chúc Tết Nhân dân huyện Bảo "
               "Lạc.\nTại buổi làm việc với Ban Thường vụ Huyện ủy Bảo Lạc, đồng chí Trần Hồng Minh đề nghị huyện chăm "
               "lo Tết cho Nhân dân.")
    assert [(m.kind, m.date) for m in rec.meetings if m.kind == "làm việc"] == [("làm việc", "2024-02-02")]
