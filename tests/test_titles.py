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
