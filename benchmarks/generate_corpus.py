"""Write N realistic articles (JSONL: id, url, text) for benchmarks, with no download.

The articles follow three templates written for kg in the style of provincial Party news (a
working session of a district standing board with a commune, a mid-year conference, a commune
Party congress). Officials get names built from common Vietnamese surnames, middle and given
names; localities are real pre-2025 communes drawn from the gazetteer, with their districts and
provinces; dates fall in 2020-2024; targets and results get plausible numbers. The same N and
seed always give the same corpus.

    python benchmarks/generate_corpus.py 10000 -o /tmp/corpus.jsonl [--seed 1] [--realistic]

``--realistic`` writes articles of the length and shape of real provincial pages (3 to 10 KB):
menu lines and a dateline, a lead with a title chain, a list of attending officials, paragraphs
of results and of targets under a heading, a directing speech, narrative paragraphs without
figures, related links and boilerplate at the end.
"""
from __future__ import annotations

import argparse
import json
import random
import sys

from kg.gazetteer import gazetteer
from kg.normalize import strip_accents

MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Quốc", "Thanh", "Ngọc", "Xuân", "Công", "Đình", "Hoàng"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong", "Quang",
         "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Yến", "Hà", "Khánh", "Lộc", "Thủy"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lò", "Hà"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
BYLINES = ["Minh Khang", "Thanh Tâm", "Hoài Thu", "Bài, ảnh: Quốc Việt", "Đức Anh", "Ngọc Lan"]

WORKING = """BAN THƯỜNG VỤ HUYỆN ỦY {DISTRICT} LÀM VIỆC VỚI ĐẢNG ỦY {COMMUNE}

{hh}:{mm} - {weekday}, {d:02d}/{m:02d}/{y}

Ngày {d}/{m}/{y}, Đoàn công tác của Ban Thường vụ Huyện ủy {district} làm việc với Đảng ủy {commune} về tình hình thực hiện nhiệm vụ chính trị năm {y}. Đồng chí {a}, Tỉnh ủy viên, Bí thư Huyện ủy {district} chủ trì buổi làm việc. Cùng dự có đồng chí {b}, Phó Chủ tịch UBND huyện.

Theo báo cáo, năm {y} thu nhập bình quân đầu người của xã đạt {inc} triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn {pov}%. Năm {y1}, Đảng ủy xã phấn đấu thu ngân sách trên địa bàn đạt {rev} tỷ đồng.

Phát biểu chỉ đạo, đồng chí {a} đề nghị Đảng ủy xã tập trung lãnh đạo hoàn thành các chỉ tiêu nghị quyết đề ra.

{byline}
Bình luận
"""

CONFERENCE = """Huyện ủy {district} tổ chức Hội nghị sơ kết 6 tháng đầu năm {y}

{d:02d}/{m:02d}/{y} - {hh}:{mm}

Sáng ngày {d}/{m}/{y}, Ban Chấp hành Đảng bộ huyện {district} tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm. Đồng chí {a}, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí {b}, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện.

6 tháng đầu năm, tổng thu ngân sách trên địa bàn huyện đạt {rev} tỷ đồng; tỷ lệ hộ nghèo còn {pov}%. Năm {y}, huyện phấn đấu thu nhập bình quân đầu người đạt từ {inc} triệu đồng/người/năm trở lên.

Phát biểu kết luận, đồng chí {a} yêu cầu Đảng ủy {commune} tập trung hoàn thành các chỉ tiêu đề ra.

{byline}
Tin khác
"""

CONGRESS = """Đại hội Đảng bộ {commune} lần thứ XX, nhiệm kỳ 2020 - 2025

Tin đăng lúc {d:02d}-{m:02d}-2020

Ngày {d}/{m}/2020, Đảng bộ {commune}, huyện {district} tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2020 - 2025. Dự Đại hội có đồng chí {a}, Huyện ủy viên, Phó Chủ tịch UBND huyện {district}. Đồng chí {c}, Bí thư Đảng ủy xã chủ trì Đại hội.

Nhiệm kỳ 2020 - 2025, Đảng bộ xã phấn đấu thu nhập bình quân đầu người đạt {inc} triệu đồng/người/năm; tỷ lệ hộ nghèo giảm bình quân {pov}%/năm; xây dựng {n} thôn đạt chuẩn nông thôn mới.

{byline}
"""


MENU = ["Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao", "Chính trị - Xây dựng Đảng",
        "Đăng nhập | Đăng ký", "Tìm kiếm", "Chia sẻ Facebook Zalo In bài"]
TITLES_A = ["Tỉnh ủy viên, Bí thư Huyện ủy {district}", "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy",
            "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh {province}"]
TITLES_OTHER = ["Phó Chủ tịch UBND huyện", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy",
                "Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện", "Giám đốc Sở Kế hoạch và Đầu tư",
                "Trưởng phòng Tài chính - Kế hoạch huyện", "Chủ tịch Ủy ban MTTQ Việt Nam huyện",
                "Phó Trưởng Ban Dân vận Tỉnh ủy", "Bí thư Đảng ủy {commune}", "Chủ tịch UBND {commune}"]
RESULTS = ["tổng giá trị sản xuất đạt {a} tỷ đồng, tăng {p}% so với cùng kỳ", "thu ngân sách trên địa bàn đạt {b} tỷ đồng, bằng {q}% dự toán",
           "tỷ lệ hộ nghèo giảm còn {pov}%", "thu nhập bình quân đầu người đạt {inc} triệu đồng/người/năm",
           "có {n} thôn đạt chuẩn nông thôn mới", "kết nạp {m} đảng viên mới", "tỷ lệ người dân tham gia bảo hiểm y tế đạt {r}%",
           "trồng mới {h} ha rừng tập trung", "giải ngân vốn đầu tư công đạt {r}%"]
PLANS = ["Tốc độ tăng trưởng giá trị sản xuất: {p}%", "Thu nhập bình quân đầu người: {inc} triệu đồng/người/năm",
         "Tỷ lệ hộ nghèo giảm: {q2}%", "Thu ngân sách trên địa bàn: {b} tỷ đồng", "Xây dựng thêm {n} thôn đạt chuẩn nông thôn mới",
         "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: {r}%", "Kết nạp {m} đảng viên mới"]
NARRATIVE = ["Công tác xây dựng Đảng, xây dựng hệ thống chính trị được quan tâm, chú trọng; công tác tư tưởng được "
             "triển khai kịp thời, tạo sự thống nhất cao trong cán bộ, đảng viên và Nhân dân.",
             "Công tác cải cách hành chính tiếp tục được đẩy mạnh; chất lượng phục vụ người dân, doanh nghiệp được "
             "nâng lên; các chính sách an sinh xã hội được thực hiện đầy đủ, đúng đối tượng.",
             "Quốc phòng, an ninh được giữ vững; trật tự, an toàn xã hội được bảo đảm; công tác tuyển quân hoàn thành "
             "chỉ tiêu giao; các hoạt động văn hóa, văn nghệ, thể dục, thể thao diễn ra sôi nổi.",
             "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế như: sản xuất nông nghiệp còn nhỏ lẻ, chưa gắn với thị "
             "trường; hạ tầng giao thông nông thôn ở một số nơi còn khó khăn; nguồn lực đầu tư còn hạn chế.",
             "Thời gian tới, cấp ủy, chính quyền tiếp tục tập trung lãnh đạo chuyển đổi cơ cấu cây trồng, vật nuôi, "
             "phát triển kinh tế tập thể, thu hút đầu tư, nâng cao chất lượng giáo dục và y tế."]
FOOTER = ["Bình luận", "Tin khác", "Xem thêm", "Bản quyền thuộc Báo {province}. Ghi rõ nguồn khi phát hành lại thông tin từ website này."]


def _realistic(rng: random.Random, unit, district, province, i: int) -> str:
    y = rng.randint(2020, 2024)
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    names = [_name(rng) for _ in range(8)]
    fill = dict(district=district.name, province=province.name, commune=unit.label)
    vals = lambda: dict(a=rng.randint(500, 9000), p=_vn(rng.uniform(5, 15)), b=rng.randint(20, 900),
                        q=_vn(rng.uniform(95, 180)), pov=_vn(rng.uniform(0.5, 20)), inc=rng.randint(30, 90),
                        n=rng.randint(2, 9), m=rng.randint(20, 300), r=rng.randint(80, 99), h=rng.randint(50, 900),
                        q2=_vn(rng.uniform(0.5, 3)))
    out = rng.sample(MENU, 3)
    out.append(f"Huyện ủy {district.name} làm việc với Đảng ủy {unit.label} về kết quả năm {y}")
    out.append(f"{rng.choice(WEEKDAYS)}, {d:02d}/{m:02d}/{y} {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}")
    out.append(f"Ngày {d}/{m}/{y}, đồng chí {names[0]}, {rng.choice(TITLES_A).format(**fill)} chủ trì buổi làm việc "
               f"với Ban Thường vụ Đảng ủy {unit.label} về tình hình thực hiện nhiệm vụ chính trị năm {y}.")
    people = "; ".join(f"{n}, {rng.choice(TITLES_OTHER).format(**fill)}" for n in names[1:rng.randint(3, 7)])
    out.append(f"Dự buổi làm việc có các đồng chí: {people}.")
    target_len = rng.randint(3000, 10000)
    while len("\n\n".join(out).encode("utf-8")) < target_len - 700:
        # figures about as dense as in real reports (the dev gold has 1.4 targets per KB)
        kind = rng.random()
        if kind < 0.12:
            v = vals()
            out.append(f"Năm {y}, " + "; ".join(r.format(**v) for r in rng.sample(RESULTS, rng.randint(2, 4))) + ".")
        elif kind < 0.18:
            v = vals()
            out.append(f"CÁC CHỈ TIÊU CHỦ YẾU NĂM {y + 1}")
            out += [f"({k + 1}) {t.format(**v)}." for k, t in enumerate(rng.sample(PLANS, rng.randint(2, 4)))]
        elif kind < 0.3:
            out.append(f"Phát biểu chỉ đạo, đồng chí {names[0]} đề nghị Đảng ủy {unit.label} tập trung lãnh đạo "
                       f"hoàn thành các chỉ tiêu nghị quyết; đồng chí {names[1]} yêu cầu các phòng, ban phối hợp chặt chẽ.")
        else:
            out.append(" ".join(rng.sample(NARRATIVE, 2)))
    out.append(rng.choice(BYLINES))
    out += [f.format(**fill) for f in rng.sample(FOOTER, 3)]
    out += [f"- {rng.choice(NARRATIVE)[:70]}" for _ in range(3)]
    return "\n\n".join(out)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _vn(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def articles(n: int, seed: int = 1, realistic: bool = False):
    """Yield ``n`` articles as dicts (``id``, ``url``, ``text``); ``realistic``: 3 to 10 KB pages."""
    rng = random.Random(seed)
    gz = gazetteer()
    communes = sorted((u for u in gz.units["old"].values() if u.level == "commune" and u.type_word == "xã"
                       and u.parent and gz.get("old", u.parent) and gz.get("old", u.parent).type_word == "huyện"),
                      key=lambda u: u.code)
    templates = [WORKING, CONFERENCE, CONGRESS]
    for i in range(n):
        unit = rng.choice(communes)
        district = gz.get("old", unit.parent)
        province = gz.get("old", unit.province)
        y = rng.randint(2020, 2024)
        tpl = templates[i % 3]
        fields = dict(
            district=district.name, DISTRICT=district.name.upper(), commune=unit.label,
            COMMUNE=unit.label.upper(), a=_name(rng), b=_name(rng), c=_name(rng),
            d=rng.randint(1, 28), m=rng.randint(1, 12), y=y, y1=y + 1,
            hh=rng.randint(6, 21), mm=rng.randint(0, 59), weekday=rng.choice(WEEKDAYS),
            inc=rng.randint(25, 90), pov=_vn(rng.uniform(0.5, 25)), rev=_vn(rng.uniform(1, 80)),
            n=rng.randint(2, 9), byline=rng.choice(BYLINES),
        )
        host = "".join(strip_accents(province.name).split())
        text = _realistic(rng, unit, district, province, i) if realistic else tpl.format(**fields)
        yield {"id": f"gen{i:07d}", "url": f"https://bao{host}.example.vn/tin-tuc/{i}.html", "text": text}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--realistic", action="store_true", help="3-10 KB pages shaped like real ones")
    args = ap.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    for art in articles(args.n, args.seed, args.realistic):
        out.write(json.dumps(art, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
