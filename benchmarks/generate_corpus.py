"""Write N realistic articles (JSONL: id, url, text) for benchmarks, with no download.

The articles follow three templates written for kg in the style of provincial Party news (a
working session of a district standing board with a commune, a mid-year conference, a commune
Party congress). Officials get names built from common Vietnamese surnames, middle and given
names; localities are real pre-2025 communes drawn from the gazetteer, with their districts and
provinces; dates fall in 2020-2024; targets and results get plausible numbers. The same N and
seed always give the same corpus.

    python benchmarks/generate_corpus.py 10000 -o /tmp/corpus.jsonl [--seed 1]
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


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _vn(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def articles(n: int, seed: int = 1):
    """Yield ``n`` articles as dicts (``id``, ``url``, ``text``)."""
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
        yield {"id": f"gen{i:07d}", "url": f"https://bao{host}.example.vn/tin-tuc/{i}.html",
               "text": tpl.format(**fields)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    for art in articles(args.n, args.seed):
        out.write(json.dumps(art, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
