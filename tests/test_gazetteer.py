from kg.extract import extract
from kg.gazetteer import gazetteer


def locs(text, url=None):
    return {l.name: l.code for l in extract(text, id="t", url=url).localities}


def test_namesakes_resolved_by_the_district_named_in_the_article():
    got = locs("Huyện ủy Chợ Lách đề ra chỉ tiêu: xã Sơn Định hoàn thành xây dựng nông thôn mới nâng cao.")
    assert got["xã Sơn Định"] == "28876" and got["huyện Chợ Lách"] == "832"


def test_names_listed_without_level_word_found_through_the_gazetteer():
    got = locs("Huyện Chợ Lách xây dựng 3 xã đạt chuẩn, gồm: Phú Phụng, Tân Thiềng, Phú Sơn.")
    assert got["xã Phú Phụng"] == "28873" and got["xã Tân Thiềng"] == "28891"


def test_foreign_places_are_not_units():
    got = locs("Quan hệ hữu nghị với huyện Kim Bình (tỉnh Vân Nam, Trung Quốc) của huyện Phong Thổ.")
    assert "huyện Kim Bình" not in got and "tỉnh Vân Nam" not in got and got["huyện Phong Thổ"] == "109"


def test_after_the_reform_codes_are_the_new_units():
    got = locs("15/08/2025 19:47 GMT+7\n\nĐảng bộ phường Cao Lãnh (tỉnh Đồng Tháp) tổ chức Đại hội. "
               "Phường được thành lập từ thành phố Cao Lãnh và tỉnh Tiền Giang.")
    assert got["phường Cao Lãnh"] == "29869" and got["tỉnh Đồng Tháp"] == "82"
    assert got["tỉnh Tiền Giang"] is None and got["thành phố Cao Lãnh"] is None


def test_publisher_site_names_the_province():
    got = locs("Chiều 2-3, tại xã Sơn Thủy diễn ra hội nghị tiếp xúc cử tri nhiệm kỳ 2026-2031.",
               url="https://hdndtuyenquang.gov.vn/tin-tuc/trang-9.html")
    assert got["xã Sơn Thủy"] == "02620"


def test_successor_links_old_commune_to_new():
    gz = gazetteer()
    old = gz.get("old", "19471")
    assert old.label == "xã Thuận" and gz.get("new", old.successor) is not None


def test_an_undated_article_naming_units_only_the_reform_made_is_of_the_new_era():
    from kg.extract import extract
    rec = extract("Sáng 20/11, trong chương trình công tác tại tỉnh An Giang, đoàn công tác đã dâng hương tại Nghĩa "
                  "trang Liệt sĩ đặc khu Phú Quốc.", id="t")
    codes = {loc.name: loc.code for loc in rec.localities}
    assert codes["tỉnh An Giang"] == "91"  # An Giang and Kiên Giang merged: the new code


def test_a_newspaper_dateline_is_no_city_and_units_dissolved_before_2025_are_known():
    from kg.extract import extract
    rec = extract("TPO - Sáng 5/10/2022, cử tri 7 phường thuộc thị xã Cửa Lò, tỉnh Nghệ An gặp đại biểu.", id="t")
    codes = {loc.name: loc.code for loc in rec.localities}
    assert "thành phố O" not in codes
    assert codes["thị xã Cửa Lò"] == "413"


def test_a_web_address_names_the_district_after_a_commune_the_gazetteer_no_longer_has():
    from kg.extract import extract
    rec = extract("Dự đại hội có đồng chí Hoàng Văn Phi, Bí thư Huyện ủy.", id="t",
                  url="https://baonghean.vn/dai-hoi-dang-bo-xa-hung-tam-hung-nguyen-nhiem-ky-20202025-1234.html")
    assert [(p.role, p.locality) for p in rec.officials[0].positions] == [("Bí thư", "huyện Hưng Nguyên")]


def test_an_undated_article_on_the_2025_term_of_a_merged_unit_is_read_after_the_reform():
    from kg.extract import extract
    rec = extract("Dự Đại hội có đồng chí Nguyễn Văn Bình, Phó Bí thư Thường trực Tỉnh ủy. Phường Đức Xuân được thành "
                  "lập trên cơ sở sáp nhập các phường: Đức Xuân, Nguyễn Thị Minh Khai và Huyền Tụng. Đại hội nhiệm kỳ "
                  "2025 - 2030 thành công tốt đẹp.", id="t")
    assert [(p.role, p.locality) for p in rec.officials[0].positions] == [("Phó Bí thư Thường trực", "tỉnh Thái Nguyên")]


def test_a_bare_level_word_is_written_as_the_text_names_the_unit():
    from kg.extract import extract
    rec = extract("Ngày 14/3/2024, đoàn công tác của tỉnh Bình Định làm việc tại huyện Hoài Nhơn. Đồng chí Lê Văn Hải, "
                  "Bí thư Huyện ủy chủ trì. Đồng chí Trần Văn Nam, Chủ tịch UBND huyện dự.", id="t")
    labels = {p.locality for o in rec.officials for p in o.positions} | {c.locality for c in rec.committees
                                                                         if c.body == "Huyện ủy"}
    assert labels == {"huyện Hoài Nhơn"}  # (the gazetteer has it as a thị xã since 2020)


def test_a_unit_named_with_a_word_that_also_opens_bodies_is_found_when_the_gazetteer_has_it():
    rec = extract("Ngày 2/4/2024, Ban Thường vụ Tỉnh Đoàn làm việc với Đảng ủy phường Tân Phong và phường "
                  "Đoàn Kết, thành phố Lai Châu.", id="t")
    names = [loc.name for loc in rec.localities]
    assert "phường Đoàn Kết" in names
    assert not any(n.endswith(" Đoàn") for n in names)  # "Tỉnh Đoàn" is the Youth Union, no province


def test_thua_thien_hue_before_2025_and_the_city_of_hue_inside_it():
    rec = extract("Ngày 20/8/2023, đồng chí Lê Trường Lưu, Bí thư Tỉnh ủy Thừa Thiên Huế làm việc với Thành ủy Huế.", id="t")
    assert [(p.body, p.locality) for p in rec.officials[0].positions] == [("Tỉnh ủy", "tỉnh Thừa Thiên Huế")]
    assert {(c.body, c.locality) for c in rec.committees} == {("Tỉnh ủy", "tỉnh Thừa Thiên Huế"), ("Huyện ủy", "thành phố Huế")}
    assert {(loc.name, loc.code) for loc in rec.localities} == {("tỉnh Thừa Thiên Huế", "46"), ("thành phố Huế", "474")}
    later = extract("Ngày 20/8/2025, đồng chí Nguyễn Đình Đức, Bí thư Thành ủy Huế làm việc với Đảng ủy phường Phú Xuân.", id="t")
    assert [(p.body, p.locality) for p in later.officials[0].positions] == [("Tỉnh ủy", "thành phố Huế")]


def test_a_unit_named_after_a_committee_word_in_lower_case_is_a_locality():
    rec = extract("Ông Võ Hồng Hải (nguyên Bí thư huyện ủy Can Lộc) giữ chức Phó Chủ tịch HĐND tỉnh Hà Tĩnh.", id="t")
    assert [loc.name for loc in rec.localities] == ["huyện Can Lộc", "tỉnh Hà Tĩnh"]


def test_a_residents_group_of_a_ward_and_a_province_after_the_youth_union():
    rec = extract("Nơi ở hiện nay: tổ 8, phường Quyết Thắng, thành phố Sơn La. Mỗi tổ 3 người. Báo cáo kiểm điểm Ban "
                  "Chấp hành Tỉnh đoàn Quảng Trị khóa XII.", id="t")
    assert [loc.name for loc in rec.localities] == ["tổ 8", "phường Quyết Thắng", "thành phố Sơn La", "tỉnh Quảng Trị"]


def test_a_name_after_a_committee_word_takes_the_level_word_of_the_unit_it_resolves_to():
    # "Phước Long" is a district of Bạc Liêu and a town (thị xã) of Bình Phước
    assert "huyện Phước Long" in locs("Ngày 5/3/2024, Trưởng Ban Tổ chức Tỉnh ủy Bạc Liêu làm việc với "
                                      "Ban Thường vụ Huyện ủy Phước Long.")
    assert "thị xã Phước Long" in locs("Ngày 5/3/2024, Bí thư Tỉnh ủy Bình Phước làm việc với Ban Thường vụ "
                                       "Thị ủy Phước Long.")


def test_a_district_named_as_often_as_a_commune_of_another_district_stays_the_articles_district():
    # the only "xã Hải Hà" of the gazetteer lies in another province's town; the article names
    # "Huyện ủy Hải Hậu" as often as it names that commune
    rec = extract("Huyện ủy Hải Hậu tổ chức hội nghị\nNgày 25/7/2024, Huyện ủy Hải Hậu tổ chức hội nghị. Đồng chí "
                  "Trần Văn Long, Bí thư Huyện ủy chủ trì. Hội nghị bàn về các xã Hải Phúc, Hải Hà. Đồng chí yêu "
                  "cầu các xã Hải Phúc, Hải Hà làm tốt.", id="t")
    (off,) = [o for o in rec.officials if o.name == "Trần Văn Long"]
    assert [p.locality for p in off.positions] == ["huyện Hải Hậu"]


def test_a_unit_dissolved_before_the_gazetteers_date_is_still_a_locality_with_no_code():
    # huyện Yên Dũng (Bắc Giang) was merged away in 2025; its name lives on in a new ward, and "Yên"
    # is also a surname: the district named in 2024 is a place, not a person
    got = locs("Sáng 5/4/2024, huyện Yên Dũng tổ chức hội nghị.")
    assert got == {"huyện Yên Dũng": None}
    got = locs("Sáng 5/4/2024, Huyện ủy Yên Dũng tổ chức hội nghị. Đồng chí Lê Văn Hùng, Bí thư Huyện ủy chủ trì.")
    assert got == {"huyện Yên Dũng": None}


def test_a_person_after_a_level_word_is_no_unit():
    assert "tỉnh Trần Lạc" not in locs("Dự hội nghị có Phó Chủ tịch Ủy ban MTTQ tỉnh Trần Lạc, Nguyễn Thị Lan.")


def test_a_district_committees_name_gives_the_level_word_the_unit_had_when_written():
    # Kim Bảng (Hà Nam) became a thị xã in 2025; "Huyện ủy Kim Bảng" in 2024 is of the huyện
    assert "huyện Kim Bảng" in locs("Sáng 13/6/2024, Huyện ủy Kim Bảng tổ chức hội nghị.")
    assert "thị xã Kim Bảng" in locs("Sáng 13/6/2025, Thị ủy Kim Bảng tổ chức hội nghị.")


def test_a_copy_on_another_site_takes_the_province_of_the_site_its_text_credits():
    text = "(Baohatinh.vn) - Sáng 5/3/2024, Ban Thường vụ Tỉnh ủy họp. Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy chủ trì."
    rec = extract(text, id="t", url="https://tintuc24h.example.com/bai-viet-123")
    assert {(c.body, c.locality) for c in rec.committees} == {("Tỉnh ủy", "tỉnh Hà Tĩnh")}
    assert "tỉnh Hà Tĩnh" not in {l.name for l in rec.localities}  # (known only from the credit, like a URL)
