from kg.extract import extract


def positions(text, url=None):
    rec = extract(text, id="t", url=url)
    return {o.name: [(p.role, p.body, p.locality) for p in o.positions] for o in rec.officials}


def test_member_and_secretary_with_context_from_the_commune():
    got = positions("Đồng chí Nguyễn Văn Tùng, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì buổi làm việc với Đảng ủy xã Thuận.")
    assert got["Nguyễn Văn Tùng"] == [("Ủy viên Ban Chấp hành", "Tỉnh ủy", "tỉnh Quảng Trị"),
                                      ("Bí thư", "Huyện ủy", "huyện Hướng Hóa")]


def test_bare_party_role_takes_the_level_of_its_neighbour():
    got = positions("Cùng đi có Đ/c Trịnh Văn Hòa – Phó Bí thư, Chủ tịch UBND huyện Hớn Quản.")
    assert got["Trịnh Văn Hòa"] == [("Phó Bí thư", "Huyện ủy", "huyện Hớn Quản"), ("Chủ tịch", "UBND", "huyện Hớn Quản")]


def test_title_before_name_and_central_bodies():
    got = positions("Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ Lê Văn Hùng dự Đại hội.")
    assert got["Lê Văn Hùng"] == [("Ủy viên", "Bộ Chính trị", None), ("Phó Thủ tướng Thường trực", "Chính phủ", None)]


def test_former_post_keeps_nguyen_and_full_body():
    got = positions("Tham dự có đồng chí Phạm Văn Đông, nguyên Ủy viên Bộ Chính trị; "
                    "Đỗ Thị Hà, Phó Trưởng ban Tổ chức Trung ương.")
    assert got["Phạm Văn Đông"] == [("nguyên Ủy viên", "Bộ Chính trị", None)]
    assert got["Đỗ Thị Hà"] == [("Phó Trưởng ban", "Ban Tổ chức Trung ương", None)]


def test_bylines_and_historical_figures_are_not_officials():
    got = positions("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n\nẢnh: Đức Linh\n\nXuân Trường")
    assert got == {}


# -- issue 12: title chains, binding in lists, where bodies end, central and state bodies --------
def test_chain_before_name_without_honorific_and_list_of_title_name_pairs():
    got = positions("Dự hội nghị có: Bộ trưởng Bộ Tài chính Lê Văn An, Trưởng Ban Tuyên giáo Trung ương "
                    "Trần Văn Bình, Chủ tịch UBND tỉnh Phạm Văn Công.")
    assert got["Lê Văn An"] == [("Bộ trưởng", "Bộ Tài chính", None)]
    assert got["Trần Văn Bình"] == [("Trưởng ban", "Ban Tuyên giáo Trung ương", None)]
    assert got["Phạm Văn Công"][0][:2] == ("Chủ tịch", "UBND")


def test_titles_before_a_colon_are_shared_by_the_list():
    got = positions("Dự buổi làm việc có các đồng chí trong Ban Thường vụ Tỉnh ủy: Lê Văn Mạnh, Phó Chủ tịch "
                    "UBND tỉnh; Đại tá Hồ Văn Nam, Giám đốc Công an tỉnh. Cùng dự có các đồng chí: "
                    "Trần Thị Hoa, Phó Chủ tịch UBND tỉnh.")
    assert ("Ủy viên Ban Thường vụ", "Tỉnh ủy") in [p[:2] for p in got["Lê Văn Mạnh"]]
    assert ("Ủy viên Ban Thường vụ", "Tỉnh ủy") in [p[:2] for p in got["Hồ Văn Nam"]]
    assert [p[:2] for p in got["Trần Thị Hoa"]] == [("Phó Chủ tịch", "UBND")]


def test_a_predicate_after_a_list_of_names_gives_each_the_post():
    got = positions("Bộ Chính trị chỉ định các ông, bà Lê Văn Bảo, Trần Thị Mai và Hoàng Văn Khải giữ chức "
                    "Phó Bí thư Tỉnh ủy. Ông Phan Văn Lộc, Chủ tịch UBND tỉnh và bà Vũ Thị Hằng được chỉ định "
                    "tiếp tục đảm nhiệm chức danh Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030.")
    for name in ("Lê Văn Bảo", "Trần Thị Mai", "Hoàng Văn Khải", "Phan Văn Lộc", "Vũ Thị Hằng"):
        assert ("Phó Bí thư", "Tỉnh ủy") in [p[:2] for p in got[name]], name
    assert ("Chủ tịch", "UBND") in [p[:2] for p in got["Phan Văn Lộc"]]


def test_designation_to_organs_and_post():
    got = positions("Ban Thường vụ Tỉnh ủy chỉ định đồng chí Đỗ Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy tham gia "
                    "Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức Phó Bí thư Huyện ủy.")
    assert [p[:2] for p in got["Đỗ Thị Lan"]] == [
        ("Phó Trưởng ban", "Ban Dân vận Tỉnh ủy"), ("Ủy viên Ban Chấp hành", "Huyện ủy"),
        ("Ủy viên Ban Thường vụ", "Huyện ủy"), ("Phó Bí thư", "Huyện ủy")]


def test_known_body_names_end_where_the_name_ends():
    got = positions("Ông Lê Văn Toàn, Giám đốc Sở Kế hoạch và Đầu tư và ông Trần Văn Hậu, Giám đốc Sở Xây dựng "
                    "được bầu giữ chức vụ Phó Chủ tịch UBND tỉnh. Bà Hà Thị Yến, Trưởng phòng Văn hóa, Khoa học "
                    "và Thông tin huyện dự.")
    assert ("Giám đốc", "Sở Kế hoạch và Đầu tư") in [p[:2] for p in got["Lê Văn Toàn"]]
    assert [p[:2] for p in got["Trần Văn Hậu"]] == [("Giám đốc", "Sở Xây dựng"), ("Phó Chủ tịch", "UBND")]
    assert [p[:2] for p in got["Hà Thị Yến"]] == [("Trưởng", "Phòng Văn hóa, Khoa học và Thông tin")]


def test_council_boards_and_posts_named_before_doi_voi():
    got = positions("HĐND tỉnh bầu chức danh Trưởng Ban Pháp chế đối với ông Lê Văn Sinh; Phó Trưởng Ban "
                    "Kinh tế - Ngân sách đối với bà Ngô Thị Thu. HĐND đã miễn nhiệm chức vụ Chủ tịch UBND "
                    "tỉnh khóa X, nhiệm kỳ 2016-2021, đối với ông Đào Văn Tâm.")
    assert got["Lê Văn Sinh"] == [("Trưởng ban", "Ban Pháp chế HĐND", None)]
    assert got["Ngô Thị Thu"] == [("Phó Trưởng ban", "Ban Kinh tế - Ngân sách HĐND", None)]
    assert [p[:2] for p in got["Đào Văn Tâm"]] == [("Chủ tịch", "UBND")]


def test_delegation_heads_deputies_and_party_organisation():
    got = positions("Đồng chí Lý Văn Hòa, Ủy viên BCH Đảng bộ tỉnh, Bí thư Huyện ủy; Phó Trưởng đoàn chuyên "
                    "trách Đoàn ĐBQH tỉnh Kon Tum Lê Thị Nga và Trưởng Đoàn đại biểu Quốc hội tỉnh Hồ Văn Sáu dự.")
    assert [p[:2] for p in got["Lý Văn Hòa"]] == [("Ủy viên Ban Chấp hành", "Tỉnh ủy"), ("Bí thư", "Huyện ủy")]
    assert got["Lê Thị Nga"] == [("Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội", "tỉnh Kon Tum")]
    assert [p[:2] for p in got["Hồ Văn Sáu"]] == [("Trưởng đoàn", "Đoàn đại biểu Quốc hội")]


def test_long_minority_names_and_abbreviated_central_titles():
    got = positions("Phát biểu khai mạc, đồng chí Y Ngọc Hà Niê Kdăm, Ủy viên TƯ Đảng, Bí thư Tỉnh ủy cho biết. "
                    "Dự có ông Nguyễn Văn Hải (SN 1975), Ủy viên dự khuyết BCH T.Ư Đảng.")
    assert [p[:2] for p in got["Y Ngọc Hà Niê Kdăm"]] == [("Ủy viên Ban Chấp hành", "Ban Chấp hành Trung ương"),
                                                         ("Bí thư", "Tỉnh ủy")]
    assert got["Nguyễn Văn Hải"] == [("Ủy viên dự khuyết Ban Chấp hành", "Ban Chấp hành Trung ương", None)]


def test_names_after_a_committee_word_or_a_dotted_city_abbreviation():
    got = positions("Bí thư Tỉnh ủy Hà Văn Dũng và Chủ tịch UBND tỉnh Trần Văn Em cùng dự. "
                    "Chánh Văn phòng Tỉnh ủy Lý Văn Nam dự.", url="https://baolaocai.vn/x")
    assert got["Hà Văn Dũng"] == [("Bí thư", "Tỉnh ủy", "tỉnh Lào Cai")]
    assert got["Trần Văn Em"] == [("Chủ tịch", "UBND", "tỉnh Lào Cai")]
    assert [p[:2] for p in got["Lý Văn Nam"]] == [("Chánh Văn phòng", "Văn phòng Tỉnh ủy")]
    got = positions("Chủ tịch UBND TP. Hà Nội Trần Văn Sỹ chủ trì.")
    assert got["Trần Văn Sỹ"] == [("Chủ tịch", "UBND", "thành phố Hà Nội")]


def test_armed_forces_courts_and_bodies_of_the_province_without_a_place():
    got = positions("Trung tướng Lê Văn Minh, Tư lệnh Quân khu 2; Chánh án TAND tỉnh Phạm Thị Tâm; "
                    "ông Hoàng Văn Bảo - Phó Giám đốc Sở Nông nghiệp và Môi trường cùng dự.",
                    url="https://baolaocai.vn/x")
    assert got["Lê Văn Minh"] == [("Tư lệnh", "Quân khu 2", None)]
    assert got["Phạm Thị Tâm"] == [("Chánh án", "Tòa án nhân dân", "tỉnh Lào Cai")]
    assert got["Hoàng Văn Bảo"] == [("Phó Giám đốc", "Sở Nông nghiệp và Môi trường", "tỉnh Lào Cai")]


def test_agency_party_committees_take_the_province_they_serve():
    from kg.extract import extract

    rec = extract("Đồng chí Đặng Văn Quế, Bí thư Đảng ủy Khối các cơ quan tỉnh dự hội nghị của Đảng ủy Quân sự "
                  "tỉnh.", id="t", url="https://baolaocai.vn/202403/x")
    assert [(p.role, p.body, p.locality) for p in rec.officials[0].positions] == [("Bí thư", "Đảng ủy", "tỉnh Lào Cai")]
    assert ("Đảng ủy", None, "tỉnh Lào Cai") in {(c.body, c.organ, c.locality) for c in rec.committees}


def test_re_election_names_after_a_central_body_and_surnames_that_open_bodies():
    got = positions("Ông Trịnh Minh Khoa tái đắc cử chức Phó Chủ tịch UBND xã Tân Kiều. Bà Nguyễn Thị Nữ Y tái cử "
                    "Phó Chủ tịch HĐND tỉnh. Đi cùng có Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Bùi Thị Minh Hoài. "
                    "Dự có các đồng chí: Văn Thị Bạch Tuyết, Trưởng Ban Tổ chức Thành ủy.")
    assert [p[:2] for p in got["Trịnh Minh Khoa"]] == [("Phó Chủ tịch", "UBND")]
    assert [p[:2] for p in got["Nguyễn Thị Nữ Y"]] == [("Phó Chủ tịch", "HĐND")]
    assert got["Bùi Thị Minh Hoài"] == [("Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam", None)]
    assert [p[:2] for p in got["Văn Thị Bạch Tuyết"]] == [("Trưởng ban", "Ban Tổ chức Thành ủy")]


def test_elected_by_the_deputies_double_spaces_and_the_labour_confederation():
    got = positions("Ông Nguyễn Thanh Mân được các đại biểu HĐND thành phố tín nhiệm bầu tái giữ chức Chủ tịch UBND "
                    "thành phố Kon Tum. Dự có các đồng chí: Nguyễn Đình Khang, Ủy viên  Trung ương Đảng, Chủ tịch "
                    "Tổng Liên đoàn Lao động Việt Nam.")
    assert [p[:2] for p in got["Nguyễn Thanh Mân"]] == [("Chủ tịch", "UBND")]
    assert got["Nguyễn Đình Khang"] == [("Ủy viên Ban Chấp hành", "Ban Chấp hành Trung ương", None),
                                       ("Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam", None)]


def test_a_post_given_or_taken_doi_voi_a_list_or_a_ranked_officer():
    got = positions("HĐND huyện Yên Định thông qua tờ trình miễn nhiệm chức danh Ủy viên UBND huyện Yên Định, "
                    "nhiệm kỳ 2021-2026, đối với các ông: Lê Văn Hải, nguyên Trưởng phòng Nội vụ; Trịnh Văn Quý, "
                    "Trưởng phòng Y tế. Kỳ họp bầu bổ sung Ủy viên UBND xã đối với Thiếu tá Hà Văn Lâm.")
    assert ("Ủy viên", "UBND", "huyện Yên Định") in got["Lê Văn Hải"]
    assert ("Ủy viên", "UBND", "huyện Yên Định") in got["Trịnh Văn Quý"]
    assert [p[:2] for p in got["Hà Văn Lâm"]] == [("Ủy viên", "UBND")]


def test_abbreviated_boards_with_loose_hyphens_are_written_out():
    got = positions("Bà Lò Thị Hoa, Phó Trưởng ban VH- XH HĐND tỉnh Sơn La phát biểu.")
    assert got["Lò Thị Hoa"] == [("Phó Trưởng ban", "Ban Văn hóa - Xã hội HĐND", "tỉnh Sơn La")]


def test_joining_the_executive_and_standing_committees_of_the_committee_named_after():
    got = positions("Bộ Chính trị chỉ định ông Đỗ Văn Long tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí "
                    "thư Tỉnh ủy Yên Bái nhiệm kỳ 2025-2030.")
    assert got["Đỗ Văn Long"] == [("Ủy viên Ban Chấp hành", "Tỉnh ủy", "tỉnh Yên Bái"),
                                  ("Ủy viên Ban Thường vụ", "Tỉnh ủy", "tỉnh Yên Bái"),
                                  ("Bí thư", "Tỉnh ủy", "tỉnh Yên Bái")]


def test_heads_of_agencies_schools_papers_and_armed_units():
    got = positions("Dự hội nghị có ông Vi Văn Sơn, Cục trưởng Cục Thuế tỉnh Lạng Sơn; bà Hoàng Thị Vân, Hiệu trưởng "
                    "Trường THPT Việt Bắc; ông Lương Văn Toàn, Tổng Biên tập Báo Lạng Sơn; ông Nông Đức Hải, Chính trị "
                    "viên Ban CHQS huyện Cao Lộc.")
    assert got["Vi Văn Sơn"] == [("Cục trưởng", "Cục Thuế", "tỉnh Lạng Sơn")]
    assert got["Hoàng Thị Vân"][0][:2] == ("Hiệu trưởng", "Trường THPT Việt Bắc")
    assert got["Lương Văn Toàn"][0][:2] == ("Tổng Biên tập", "Báo Lạng Sơn")
    assert got["Nông Đức Hải"] == [("Chính trị viên", "Ban Chỉ huy Quân sự", "huyện Cao Lộc")]


def test_heading_a_working_delegation_is_no_post_but_heading_a_national_assembly_one_is():
    got = positions("Đoàn công tác của Huyện ủy do đồng chí Lê Văn Khánh, Bí thư Huyện ủy Yên Thế làm Trưởng đoàn "
                    "đã làm việc với Đảng ủy xã Tam Tiến. Bà Hà Thị Lan, Trưởng đoàn ĐBQH tỉnh Bắc Giang dự.")
    assert got["Lê Văn Khánh"] == [("Bí thư", "Huyện ủy", "huyện Yên Thế")]
    assert got["Hà Thị Lan"][0][:2] == ("Trưởng đoàn", "Đoàn đại biểu Quốc hội")


def test_an_inspectorate_head_is_the_head_of_the_inspectorate_of_the_unit_named():
    got = positions("Ông Quàng Văn Dũng, Chánh Thanh tra tỉnh Điện Biên cho biết.")
    assert got["Quàng Văn Dũng"] == [("Chánh Thanh tra", "Thanh tra", "tỉnh Điện Biên")]


def test_in_an_article_about_several_provinces_a_bare_tinh_is_the_one_last_named():
    text = ("Trong kỳ họp cuối năm, HĐND các tỉnh Nam Định, Thái Bình đã kiện toàn nhân sự.\n"
            "Tại tỉnh Nam Định, ông Trần Văn Lâm, Phó Bí thư Tỉnh ủy được bầu giữ chức Chủ tịch UBND tỉnh.\n"
            "Cũng trong ngày, HĐND tỉnh Thái Bình bầu ông Đặng Văn Tài, Giám đốc Sở Xây dựng giữ chức Phó Chủ "
            "tịch UBND tỉnh.")
    got = positions(text)
    assert got["Trần Văn Lâm"] == [("Phó Bí thư", "Tỉnh ủy", "tỉnh Nam Định"), ("Chủ tịch", "UBND", "tỉnh Nam Định")]
    assert got["Đặng Văn Tài"] == [("Giám đốc", "Sở Xây dựng", "tỉnh Thái Bình"), ("Phó Chủ tịch", "UBND", "tỉnh Thái Bình")]


def test_a_committee_written_without_its_unit_is_the_one_a_later_title_names():
    got = positions("Ông Nguyễn Văn Hùng, Bí thư Huyện ủy Chương Mỹ phát biểu. Ông Lê Nguyên Hùng, Phó Bí thư Thường "
                    "trực Huyện ủy, Chủ tịch HĐND huyện Thanh Oai nhận quyết định.", url="https://hanoimoi.vn/x")
    assert got["Lê Nguyên Hùng"] == [("Phó Bí thư Thường trực", "Huyện ủy", "huyện Thanh Oai"),
                                     ("Chủ tịch", "HĐND", "huyện Thanh Oai")]


def test_secretaries_general_of_central_bodies():
    got = positions("PGS.TS Nguyễn Viết Hùng, Tổng Thư ký Hội đồng Lý luận Trung ương phát biểu.")
    assert got["Nguyễn Viết Hùng"] == [("Tổng Thư ký", "Hội đồng Lý luận Trung ương", None)]


def test_each_deputy_listed_after_gom_is_a_deputy():
    got = positions("Sáng 5/10/2024, đại biểu Quốc hội khóa XV đoàn Thanh Hóa gồm bà Cầm Thị Mẫn - Ủy viên Hội đồng "
                    "Dân tộc của Quốc hội; và ông Lê Văn Cường - Giám đốc Sở Y tế tiếp xúc cử tri.")
    assert ("Đại biểu", "Quốc hội", None) in got["Cầm Thị Mẫn"]
    assert ("Đại biểu", "Quốc hội", None) in got["Lê Văn Cường"]


def test_appointed_as_and_stepping_down_from_a_post():
    got = positions("Bà Hà Thị Lan được bổ nhiệm làm Phó Giám đốc Sở Y tế tỉnh Sơn La. Ông Lê Văn Hai thôi giữ chức "
                    "Bí thư Huyện ủy Mai Sơn để nghỉ hưu.")
    assert got["Hà Thị Lan"] == [("Phó Giám đốc", "Sở Y tế", "tỉnh Sơn La")]
    assert got["Lê Văn Hai"] == [("Bí thư", "Huyện ủy", "huyện Mai Sơn")]


def test_titles_in_parentheses_after_each_name_and_names_in_capitals():
    got = positions("Ban Thường vụ gồm các đồng chí: Lê Văn Bình (Bí thư Đảng ủy), Trần Văn Hải (Phó Bí thư Đảng ủy).")
    assert got["Lê Văn Bình"][0][:2] == ("Bí thư", "Đảng ủy") and got["Trần Văn Hải"][0][:2] == ("Phó Bí thư", "Đảng ủy")
    got = positions("Đồng chí NGUYỄN VĂN TÁM, Bí thư Huyện ủy Mai Sơn phát biểu tại ĐOÀN ĐBQH tỉnh.")
    assert got == {"Nguyễn Văn Tám": [("Bí thư", "Huyện ủy", "huyện Mai Sơn")]}


def test_party_groups_and_an_agencys_party_committee_named_by_the_next_title():
    got = positions("Đồng chí Lê Văn Bình, Bí thư Đảng ủy, Giám đốc Công an tỉnh Sơn La phát biểu. Đồng chí Hà Thị "
                    "Mai, Phó Bí thư Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh Sơn La dự.")
    assert got["Lê Văn Bình"] == [("Bí thư", "Đảng ủy", "tỉnh Sơn La"), ("Giám đốc", "Công an", "tỉnh Sơn La")]
    assert got["Hà Thị Mai"] == [("Phó Bí thư", "Đảng đoàn Ủy ban MTTQ Việt Nam", "tỉnh Sơn La")]


def test_surnames_of_the_hmong_dao_thai_and_khmer_peoples():
    got = positions("Bí thư Huyện ủy Mèo Vạc Vừ Mí Vừ chủ trì. Đồng chí Tẩn Láo Lở, Phó Chủ tịch UBND huyện Phong Thổ "
                    "dự. Phó Chủ tịch UBND tỉnh Lường Văn Tám phát biểu.", url="https://baohagiang.vn/2024/x")
    assert set(got) == {"Vừ Mí Vừ", "Tẩn Láo Lở", "Lường Văn Tám"}


def test_elected_by_the_executive_committee():
    got = positions("Đồng chí Lê Văn Hải được Ban Chấp hành bầu làm Bí thư Huyện ủy Mai Sơn.")
    assert got["Lê Văn Hải"] == [("Bí thư", "Huyện ủy", "huyện Mai Sơn")]


def test_a_bare_level_word_is_the_one_unit_of_that_level_named_even_one_the_gazetteer_cannot_place():
    rec = extract("Ngày 24/6/2020, Đảng bộ xã Suối Ngọc Lâm tổ chức Đại hội đại biểu lần thứ XVI. Đồng chí Nguyễn "
                  "Văn Hòa được bầu giữ chức Bí thư Đảng ủy xã.", id="t")
    assert [(p.role, p.body, p.locality) for p in rec.officials[0].positions] == [("Bí thư", "Đảng ủy", "xã Suối Ngọc Lâm")]
    assert {(c.body, c.locality) for c in rec.committees} == {("Đảng ủy", "xã Suối Ngọc Lâm")}


def test_a_post_someone_else_holds_at_the_head_of_a_chain_addresses_that_person():
    got = positions("Ngày 10/8/2024, Thủ tướng Chính phủ Lê Văn Khang làm việc với tỉnh Cao Bằng. Báo cáo với Thủ tướng, "
                    "Chủ tịch UBND tỉnh Hoàng Văn Ánh cho biết tăng trưởng kinh tế ước đạt 4,06%.")
    assert got["Hoàng Văn Ánh"] == [("Chủ tịch", "UBND", "tỉnh Cao Bằng")]
    assert got["Lê Văn Khang"] == [("Thủ tướng", "Chính phủ", None)]


def test_a_rank_between_a_chain_and_its_name_and_the_city_committee_named_like_its_province():
    got = positions("Trưởng Công an huyện Đại Lộc, Thượng tá Nguyễn Ngọc Ánh cho biết.")
    assert got["Nguyễn Ngọc Ánh"] == [("Trưởng", "Công an", "huyện Đại Lộc")]
    got = positions("Cùng dự có đồng chí Bùi Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Thái Bình.")
    assert got["Bùi Văn Hải"] == [("Ủy viên Ban Thường vụ", "Tỉnh ủy", "tỉnh Thái Bình"),
                                  ("Bí thư", "Huyện ủy", "thành phố Thái Bình")]
    assert positions("Dự có đồng chí Bùi Văn Hải, Bí thư Thành ủy Hà Nội.")["Bùi Văn Hải"] == [
        ("Bí thư", "Tỉnh ủy", "thành phố Hà Nội")]


def test_a_name_after_a_level_word_is_a_person_when_no_unit_of_that_level_has_it():
    got = positions("Ngày 5/3/2024, Phó Chủ tịch UBND tỉnh Hoàng Nam chủ trì cuộc họp với UBND huyện Gio Linh.")
    assert got == {"Hoàng Nam": [("Phó Chủ tịch", "UBND", "tỉnh Quảng Trị")]}
    assert positions("Đồng chí Lê Văn Ba, Bí thư Đảng ủy xã Hoàng Nam phát biểu.") == {
        "Lê Văn Ba": [("Bí thư", "Đảng ủy", "xã Hoàng Nam")]}


def test_surnames_of_the_stieng_thai_and_nung_after_a_title():
    got = positions("Bí thư Huyện ủy Bù Đăng Điểu Văn Huynh dự hội nghị. Chủ tịch UBND huyện Bạc Cầm Khiêm cho biết.")
    assert set(got) == {"Điểu Văn Huynh", "Bạc Cầm Khiêm"}


def test_a_title_after_a_plural_list_of_names_is_everyones():
    got = positions("Các đồng chí Lê Văn Hải và Nguyễn Thị Hà, Phó Chủ tịch UBND huyện Hưng Nguyên đồng chủ trì hội nghị.")
    assert got["Lê Văn Hải"] == got["Nguyễn Thị Hà"] == [("Phó Chủ tịch", "UBND", "huyện Hưng Nguyên")]
    got = positions("Đồng chí Lê Văn Hải và đồng chí Nguyễn Thị Hà, Phó Chủ tịch UBND huyện Hưng Nguyên dự hội nghị.")
    assert "Lê Văn Hải" not in got


def test_a_post_one_holds_now_and_a_project_board_written_in_full():
    assert positions("Ông Nguyễn Văn An hiện là Chủ tịch UBND xã Tân Phú, huyện Đức Thọ.")["Nguyễn Văn An"] == [
        ("Chủ tịch", "UBND", "xã Tân Phú")]
    assert positions("Ông Nguyễn Hữu Mạnh, Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện Hương Sơn cho biết.") == {
        "Nguyễn Hữu Mạnh": [("Giám đốc", "Ban Quản lý dự án đầu tư xây dựng", "huyện Hương Sơn")]}


def test_a_body_ends_before_and_the_leaders_who_came_with_the_person():
    got = positions("Bà Nguyễn Thị Hương, Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam và lãnh đạo các sở, ngành dự hội nghị.")
    assert got == {"Nguyễn Thị Hương": [("Phó Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam", None)]}


def test_a_plural_role_before_a_colon_is_shared_by_the_list():
    got = positions("Dự kỳ họp có các đại biểu HĐND tỉnh Nghệ An: ông Phạm Văn Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy; bà "
                    "Lục Thị Liên, Phó Trưởng Ban Dân tộc HĐND tỉnh.")
    assert ("Đại biểu", "HĐND", "tỉnh Nghệ An") in got["Phạm Văn Hoàng"]
    assert ("Đại biểu", "HĐND", "tỉnh Nghệ An") in got["Lục Thị Liên"]


def test_a_transfer_to_a_body_with_an_appointment_there_and_membership_listed_before_the_post():
    got = positions("Ban Thường vụ Tỉnh ủy Hà Tĩnh quyết định điều động ông Lê Văn Tâm, Phó Giám đốc Sở Tài chính, đến "
                    "nhận công tác tại Ban Tổ chức Tỉnh ủy, bổ nhiệm giữ chức vụ Phó Trưởng ban.")
    assert got["Lê Văn Tâm"] == [("Phó Giám đốc", "Sở Tài chính", "tỉnh Hà Tĩnh"),
                                 ("Phó Trưởng ban", "Ban Tổ chức Tỉnh ủy", "tỉnh Hà Tĩnh")]
    got = positions("Ông Lê Văn Tâm, Phó Giám đốc Sở Tài chính, chỉ định tham gia Ban Chấp hành, Ban Thường vụ, giữ "
                    "chức vụ Phó Bí thư Huyện ủy Can Lộc.")
    assert got["Lê Văn Tâm"][1:] == [("Ủy viên Ban Chấp hành", "Huyện ủy", "huyện Can Lộc"),
                                     ("Ủy viên Ban Thường vụ", "Huyện ủy", "huyện Can Lộc"),
                                     ("Phó Bí thư", "Huyện ủy", "huyện Can Lộc")]


def test_party_groups_and_the_new_agency_committees_are_committees():
    def committees(text):
        return {(c.body, c.locality) for c in extract(text, id="t").committees}
    assert ("Ban cán sự đảng UBND", "tỉnh Lào Cai") in committees("Ngày 5/5/2025, Ban cán sự đảng UBND tỉnh Lào Cai họp.")
    assert ("Đảng đoàn Ủy ban MTTQ Việt Nam", "tỉnh Kon Tum") in committees(
        "Đồng chí Hoàng Văn Thông, Phó Bí thư Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh Kon Tum phát biểu.")
    assert committees("Ngày 5/5/2025, Đảng ủy các cơ quan Đảng tỉnh Thanh Hóa tổ chức hội nghị.") == {
        ("Đảng ủy", "tỉnh Thanh Hóa")}


def test_the_heads_of_state_groups_and_companies():
    assert positions("Ông Phạm Văn Đông, Tổng Giám đốc Tập đoàn Điện lực Việt Nam dự hội nghị.") == {
        "Phạm Văn Đông": [("Tổng Giám đốc", "Tập đoàn Điện lực Việt Nam", None)]}


def test_names_with_an_apostrophe_and_rarer_kinh_surnames():
    got = positions("Bí thư Huyện ủy H'Hen Niê phát biểu. Chủ tịch UBND huyện Điểu K’Ré dự. Phó Bí thư Huyện ủy Phí Văn "
                    "Hùng báo cáo.")
    assert set(got) == {"H'Hen Niê", "Điểu K’Ré", "Phí Văn Hùng"}


def test_a_deputy_named_with_the_delegation_in_brackets_and_a_plural_head_at_the_start():
    assert positions("Đại biểu Lê Thanh Vân (Đoàn ĐBQH tỉnh Cà Mau) chất vấn Bộ trưởng.") == {
        "Lê Thanh Vân": [("Đại biểu", "Quốc hội", None)]}
    assert positions("Đại biểu Nguyễn Văn Hải phát biểu tại hội nghị.") == {}
    got = positions("Các vị đại biểu HĐND tỉnh Nghệ An: Trần Văn Hùng, Lê Thị Mai đã tiếp xúc cử tri.")
    assert got["Trần Văn Hùng"] == got["Lê Thị Mai"] == [("Đại biểu", "HĐND", "tỉnh Nghệ An")]


def test_a_chain_opening_its_clause_then_ong_or_ba_and_the_name():
    assert positions("Chủ tịch UBND xã Tân Lập, ông Nguyễn Văn Bình cho biết, năm nay xã hoàn thành.") == {
        "Nguyễn Văn Bình": [("Chủ tịch", "UBND", "xã Tân Lập")]}
    assert positions("Trao đổi với phóng viên, Phó Chủ tịch UBND huyện Đức Thọ, ông Lê Văn Ba cho biết.") == {
        "Lê Văn Ba": [("Phó Chủ tịch", "UBND", "huyện Đức Thọ")]}
    got = positions("Dự có ông Lê Văn An, Chủ tịch UBND xã Tân Lập, ông Trần Văn Bình, Bí thư Đảng ủy xã.")
    assert got["Trần Văn Bình"] == [("Bí thư", "Đảng ủy", "xã Tân Lập")]


def test_every_member_of_a_deputies_group_joined_by_va_dong_chi_is_a_deputy():
    rec = extract("Ngày 25/4/2025, Tổ đại biểu HĐND tỉnh ứng cử tại huyện Ea Súp gồm đồng chí Y Ngọc Êban, "
                  "Phó Chủ tịch HĐND tỉnh và đồng chí H'Liên Niê, Phó Trưởng Ban Dân tộc HĐND tỉnh đã tiếp xúc "
                  "cử tri.", id="t", url="https://baodaklak.vn/x")
    posts = {o.name: {(p.role, p.body) for p in o.positions} for o in rec.officials}
    assert ("Đại biểu", "HĐND") in posts["Y Ngọc Êban"]
    assert ("Đại biểu", "HĐND") in posts["H'Liên Niê"]
    assert ("Phó Trưởng ban", "Ban Dân tộc HĐND") in posts["H'Liên Niê"]


def test_youth_and_women_officials_written_anh_and_chi():
    rec = extract("Anh Lò Văn Tâm, Bí thư Đoàn xã Mường Phăng, cho biết đoàn viên đã làm 3 km đường. Chị Lường "
                  "Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho hay hội viên rất phấn khởi.", id="t")
    posts = {o.name: {(p.role, p.body) for p in o.positions} for o in rec.officials}
    assert posts == {"Lò Văn Tâm": {("Bí thư", "Đoàn")}, "Lường Thị Hoa": {("Chủ tịch", "Hội Liên hiệp Phụ nữ")}}


def test_a_numbered_village_ends_at_its_number_before_the_secretarys_name():
    rec = extract("Bí thư Chi bộ ấp 4 Trần Thị Mai thông tin, chi bộ có 35 đảng viên.", id="t")
    assert [(o.name, o.positions[0].locality) for o in rec.officials] == [("Trần Thị Mai", "ấp 4")]
    assert [(c.body, c.locality) for c in rec.committees] == [("Chi bộ", "ấp 4")]


def test_a_regional_academy_keeps_its_number():
    rec = extract("PGS.TS Nguyễn Văn Sơn, Giám đốc Học viện Chính trị khu vực III phát biểu.", id="t")
    assert [(p.role, p.body) for p in rec.officials[0].positions] == [("Giám đốc", "Học viện Chính trị khu vực III")]


def test_an_acting_head_and_a_deputy_in_charge():
    rec = extract("Đồng chí Trịnh Văn Hải, Quyền Chủ tịch UBND huyện Cẩm Thủy cho biết. Đồng chí Hoàng Văn Giao, "
                  "Phó Giám đốc phụ trách Sở Nội vụ báo cáo.", id="t")
    posts = {o.name: [(p.role, p.body) for p in o.positions] for o in rec.officials}
    assert posts == {"Trịnh Văn Hải": [("Quyền Chủ tịch", "UBND")], "Hoàng Văn Giao": [("Phó Giám đốc", "Sở Nội vụ")]}


def test_a_chain_before_the_name_after_a_place_ending_like_a_committee_word():
    # "Lệ Thủy" ends in "ủy" like "Huyện ủy": the name after it is still a person's
    rec = extract("Chủ tịch UBND huyện Lệ Thủy Nguyễn Thị Oanh phát biểu.", id="t")
    assert [(o.name, o.positions[0].locality) for o in rec.officials] == [("Nguyễn Thị Oanh", "huyện Lệ Thủy")]


def test_a_board_of_a_committee_written_without_its_unit_takes_the_unit_of_the_chain():
    rec = extract("Huyện Quảng Trạch có nhiều đổi mới. Đồng chí Nguyễn Thị Oanh, Trưởng Ban Dân vận Huyện ủy, "
                  "Chủ tịch Ủy ban MTTQ Việt Nam huyện Lệ Thủy phát biểu. Huyện Quảng Trạch đạt 19 tiêu chí.", id="t")
    assert [(p.body, p.locality) for p in rec.officials[0].positions] == [
        ("Ban Dân vận Huyện ủy", "huyện Lệ Thủy"), ("MTTQ", "huyện Lệ Thủy")]


def test_the_labour_federation_abbreviated():
    rec = extract("Đồng chí Võ Văn Lâm, Chủ tịch LĐLĐ tỉnh Quảng Bình dự.", id="t")
    assert [(p.role, p.body) for p in rec.officials[0].positions] == [("Chủ tịch", "Liên đoàn Lao động")]


def test_a_provinces_usual_abbreviation_after_a_state_body():
    rec = extract("Đồng chí Nguyễn Mạnh Cường, Phó Chủ tịch UBND TPHCM dự. Ông Bùi Thanh Nhân, Chủ tịch LĐLĐ TPHCM "
                  "phát biểu.", id="t")
    assert {(o.name, o.positions[0].locality) for o in rec.officials} == {
        ("Nguyễn Mạnh Cường", "thành phố Hồ Chí Minh"), ("Bùi Thanh Nhân", "thành phố Hồ Chí Minh")}


def test_two_posts_of_one_body_written_once():
    for chain in ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "Bộ trưởng Chủ nhiệm Ủy ban Dân tộc"):
        rec = extract(f"Ông Hầu A Lềnh, Ủy viên Trung ương Đảng, {chain} phát biểu.", id="t")
        assert [(p.role, p.body) for p in rec.officials[0].positions][1:] == [
            ("Bộ trưởng", "Ủy ban Dân tộc"), ("Chủ nhiệm", "Ủy ban Dân tộc")]


def test_a_chain_after_a_plural_before_a_list_of_names_is_everyones():
    rec = extract("Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh Hà Giang Trần Văn Lạc, Nguyễn Thị Lan và Lê "
                  "Văn Hòa; đồng chí Lê Văn Sơn, Bí thư Huyện ủy Bắc Mê.", id="t")
    posts = {o.name: [(p.role, p.body) for p in o.positions] for o in rec.officials}
    assert posts["Nguyễn Thị Lan"] == posts["Lê Văn Hòa"] == [("Phó Chủ tịch", "UBND")]
    assert posts["Lê Văn Sơn"] == [("Bí thư", "Huyện ủy")]
    single = extract("Dự hội nghị có đồng chí Phó Chủ tịch UBND tỉnh Hà Giang Trần Văn Lạc, Nguyễn Thị Lan cùng dự.", id="t")
    assert [o.name for o in single.officials] == ["Trần Văn Lạc"]


def test_the_delegation_abbreviated_inside_a_longer_body_is_written_out():
    rec = extract("Đồng chí Đỗ Văn Hải, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Tuyên Quang dự.", id="t")
    assert [(p.role, p.body) for p in rec.officials[0].positions] == [
        ("Chánh Văn phòng", "Văn phòng Đoàn đại biểu Quốc hội và HĐND")]


def test_a_trade_union_below_the_federation_is_a_body():
    rec = extract("Đồng chí Ngô Văn Nhất, Chủ tịch Công đoàn Viên chức tỉnh Tuyên Quang dự.", id="t")
    assert [(p.role, p.body) for p in rec.officials[0].positions] == [("Chủ tịch", "Công đoàn Viên chức")]


def test_an_age_before_the_title_a_chain_joined_by_dashes_and_shortened_roles():
    rec = extract("Ông Lê Văn Tám, 56 tuổi, Bí thư Chi bộ thôn Khuôn Phầy cho biết. Đồng chí Nông Văn Mười – Ủy viên "
                  "BTV Tỉnh ủy – Trưởng Ban Tổ chức Tỉnh ủy Tuyên Quang dự. Đ/c Ma Văn Một, PBT Huyện ủy, Chủ tịch "
                  "UBND huyện Yên Sơn; đ/c Lục Văn Hai, PCT UBND huyện Yên Sơn dự.", id="t")
    posts = {o.name: [(p.role, p.body) for p in o.positions] for o in rec.officials}
    assert posts == {"Lê Văn Tám": [("Bí thư", "Chi bộ")],
                     "Nông Văn Mười": [("Ủy viên Ban Thường vụ", "Tỉnh ủy"), ("Trưởng ban", "Ban Tổ chức Tỉnh ủy")],
                     "Ma Văn Một": [("Phó Bí thư", "Huyện ủy"), ("Chủ tịch", "UBND")],
                     "Lục Văn Hai": [("Phó Chủ tịch", "UBND")]}


def test_a_title_written_right_after_the_name_without_a_comma():
    rec = extract("Đồng chí Hà Văn Chín Bí thư Huyện ủy Yên Sơn phát biểu.", id="t")
    assert [(o.name, [(p.role, p.body) for p in o.positions]) for o in rec.officials] == [
        ("Hà Văn Chín", [("Bí thư", "Huyện ủy")])]


def test_a_central_agency_party_committee_serves_no_province():
    rec = extract("Dự có đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương. Tỉnh ủy "
                  "Nam Định đã chỉ đạo.", id="t")
    assert [(p.body, p.locality) for p in rec.officials[0].positions] == [("Đảng ủy", None)]
    assert ("Đảng ủy", None) in {(c.body, c.locality) for c in rec.committees}


def test_standing_and_full_time_members_of_a_council():
    rec = extract("Dự có các đồng chí: Vũ Văn Hiếu, Ủy viên Thường trực HĐND tỉnh Hà Giang; Ngô Văn Nhất, Phó Trưởng ban "
                  "chuyên trách Ban Văn hóa - Xã hội HĐND tỉnh.", id="t")
    posts = {o.name: [(p.role, p.body) for p in o.positions] for o in rec.officials}
    assert posts == {"Vũ Văn Hiếu": [("Ủy viên Thường trực", "HĐND")],
                     "Ngô Văn Nhất": [("Phó Trưởng ban chuyên trách", "Ban Văn hóa - Xã hội HĐND")]}


def test_the_supreme_court_and_procuracy_and_a_deputy_commander():
    rec = extract("Dự có các đồng chí: Trần Văn Cao, Chỉ huy phó Ban CHQS huyện Đồng Văn; Đặng Văn Mạnh, Chánh án Tòa án "
                  "nhân dân tối cao; Hà Văn Năm, Viện trưởng VKSND tỉnh Hà Giang.", id="t")
    posts = {o.name: [(p.role, p.body) for p in o.positions] for o in rec.officials}
    assert posts == {"Trần Văn Cao": [("Chỉ huy phó", "Ban Chỉ huy Quân sự")],
                     "Đặng Văn Mạnh": [("Chánh án", "Tòa án nhân dân tối cao")],
                     "Hà Văn Năm": [("Viện trưởng", "Viện Kiểm sát nhân dân")]}


def test_surnames_of_the_raglai_co_tu_and_tay_peoples():
    rec = extract("Dự có các đồng chí: Chamaléa Thị Thủy, Phó Chủ tịch HĐND tỉnh Ninh Thuận; Bhnướch Thị Hoa, Phó Chủ "
                  "tịch UBND huyện Tây Giang; Chẩu Văn Lâm, Bí thư Tỉnh ủy Tuyên Quang.", id="t")
    assert [o.name for o in rec.officials] == ["Chamaléa Thị Thủy", "Bhnướch Thị Hoa", "Chẩu Văn Lâm"]


def test_a_post_given_after_bracketed_titles():
    rec = extract("Ông Võ Hồng Hải (nguyên Bí thư Huyện ủy Can Lộc) giữ chức Phó Chủ tịch HĐND tỉnh Hà Tĩnh với 53/54 "
                  "phiếu.", id="t")
    assert [(p.role, p.body) for p in rec.officials[0].positions] == [("nguyên Bí thư", "Huyện ủy"), ("Phó Chủ tịch", "HĐND")]


def test_elected_to_a_post_named_chuc_danh_of_a_board_of_the_youth_union():
    rec = extract("Phó Bí thư Tỉnh đoàn Phạm Xuân Khánh được bầu chức danh Chủ nhiệm Ủy ban Kiểm tra Tỉnh Đoàn khóa XIII.",
                  id="t")
    assert [(p.role, p.body) for p in rec.officials[0].positions] == [
        ("Phó Bí thư", "Tỉnh đoàn"), ("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh Đoàn")]


def test_a_board_of_the_front_written_with_the_front_after_a_comma():
    rec = extract("Bà Hoàng Thị Thu Hiền, Trưởng Ban Công tác phụ nữ, Ủy ban Mặt trận Tổ quốc Việt Nam phát biểu. Ông Lê "
                  "Văn An, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Hà Giang dự.", id="t")
    posts = {o.name: [(p.role, p.body) for p in o.positions] for o in rec.officials}
    assert posts["Hoàng Thị Thu Hiền"] == [("Trưởng ban", "Ban Công tác phụ nữ, Ủy ban Mặt trận Tổ quốc Việt Nam")]
    assert posts["Lê Văn An"] == [("Trưởng ban", "Ban Dân vận Tỉnh ủy"), ("Chủ tịch", "MTTQ")]


def test_a_second_post_after_comma_kiem():
    rec = extract("Bà Lê Thị Cúc, Chủ tịch Hội LHPN tỉnh Hà Giang, kiêm Phó Chủ tịch Ủy ban MTTQ tỉnh dự.", id="t")
    assert [(p.role, p.body) for p in rec.officials[0].positions] == [("Chủ tịch", "Hội Liên hiệp Phụ nữ"), ("Phó Chủ tịch", "MTTQ")]


def test_the_head_of_a_working_group_named_in_the_predicate():
    rec = extract("Tổ công tác số 3 duyệt văn kiện đại hội\nSáng 17/7/2025, Tổ công tác số 3 của Ban Thường vụ Tỉnh ủy do "
                  "đồng chí Bùi Đức Hinh - Phó Bí thư Tỉnh ủy làm Tổ trưởng đã làm việc.", id="t",
                  url="https://baophutho.vn/x")
    posts = {o.name: [(p.role, p.body) for p in o.positions] for o in rec.officials}
    assert ("Tổ trưởng", "Tổ công tác số 3 của Ban Thường vụ Tỉnh ủy") in posts["Bùi Đức Hinh"]


def test_a_committee_written_before_the_other_bodies_of_its_unit_is_that_units():
    rec = extract("Sáng 12/7/2025, Chủ tịch UBND tỉnh Đồng Nai kiểm tra phường Trấn Biên. Phường Trấn Biên có 9 khu "
                  "phố. Chiều cùng ngày, đồng chí làm việc với Đảng ủy, UBND phường Tam Hiệp.", id="t")
    assert [(c.body, c.locality) for c in rec.committees if c.body == "Đảng ủy"] == [("Đảng ủy", "phường Tam Hiệp")]


def test_a_person_in_a_list_whose_name_is_also_a_district_is_a_person_when_a_title_follows():
    got = positions("Ngày 14/5/2024, đoàn công tác gồm các đồng chí: Lê Ô Pích, Phó Bí thư Thường trực Tỉnh ủy Bắc "
                    "Giang; Mai Sơn, Phó Bí thư Tỉnh ủy đã làm việc với huyện Sơn Động.")
    assert got["Mai Sơn"] == [("Phó Bí thư", "Tỉnh ủy", "tỉnh Bắc Giang")]
