import codecs
import json
import unicodedata

from click.testing import CliRunner

from kg.cli import cli
from kg.reading import Article, InputProblem, read_paths

TEXT = "Huyện ủy Chợ Lách họp\n\n25/01/2021 - 06:54\n\nĐồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì.\n"


def to_cp1258(text):
    """Windows-1258 stores base letters precomposed and tones as combining marks."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out.append(base + "".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")


def read_one(path):
    items = list(read_paths([path]))
    assert len(items) == 1
    return items[0]


def test_encodings_read_to_the_same_text(tmp_path):
    variants = {
        "utf8.txt": TEXT.encode("utf-8"),
        "bom.txt": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        "utf16.txt": TEXT.encode("utf-16"),
        "nfd.txt": unicodedata.normalize("NFD", TEXT).encode("utf-8"),
        "cp1258.txt": to_cp1258(TEXT),
    }
    from kg.normalize import normalize_text
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
        art = read_one(tmp_path / name)
        assert isinstance(art, Article), name
        assert normalize_text(art.text) == TEXT, name


def test_html_page_drops_scripts_menus_and_related_news(tmp_path):
    page = """<html><head><title>Trang</title><meta property="article:published_time" content="2021-01-25T06:54"></head>
    <body><nav>Trang chủ | Thời sự</nav><script>var x=1;</script>
    <article><h1>Huyện ủy Chợ Lách họp</h1><p>Đồng chí Nguyễn Văn An, Bí thư Huyện ủy Chợ Lách chủ trì hội nghị.</p>
    <p>Nội dung dài hơn để đủ một bài viết thật sự, với nhiều câu chữ về tình hình kinh tế xã hội của huyện.</p>
    <div class="tin-lien-quan">Tin liên quan: Bài khác</div></article></body></html>"""
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    art = read_one(tmp_path / "a.html")
    assert "Nguyễn Văn An" in art.text and "var x" not in art.text and "Trang chủ" not in art.text
    assert "Bài khác" not in art.text and art.title == "Huyện ủy Chợ Lách họp"


def test_empty_binary_and_broken_inputs_are_reported_and_others_processed(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "bad.txt").write_bytes(b"abc \xc3\x28 \xa0\xa1\x81\x8d" * 4)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        json.dumps({"id": "ok", "text": TEXT}, ensure_ascii=False) + "\n{broken\n" + json.dumps({"text": "x"}) + "\n",
        encoding="utf-8")
    items = list(read_paths([tmp_path]))
    problems = {str(p) for p in items if isinstance(p, InputProblem)}
    articles = {a.id for a in items if isinstance(a, Article)}
    assert articles == {"good", "ok"}
    assert any("empty.txt: empty file" in p for p in problems)
    assert any("binary.txt" in p and "binary" in p for p in problems)
    assert any("bad.txt" in p for p in problems)
    assert any("lines.jsonl:2: broken JSON line" in p for p in problems)
    assert any("lines.jsonl:3" in p and "'id'" in p for p in problems)


def test_cli_reports_bad_input_without_traceback_and_fails(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    assert "Traceback" not in result.output
    records = [json.loads(l) for l in result.output.splitlines() if l.startswith("{")]
    assert [r["id"] for r in records] == ["good"]
    assert records[0]["published"] == "2021-01-25"


def test_missing_path_is_reported(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "no such file or directory" in result.output


def test_other_articles_listed_with_their_dates_at_the_foot_of_a_page_are_not_read():
    from kg.extract import extract
    page = ("Bí thư Huyện ủy làm việc với xã Phú Lộc\n14/11/2023 16:05\n"
            "Chiều 14/11/2023, đồng chí Lê Văn Hòa, Bí thư Huyện ủy Krông Năng làm việc với Đảng ủy xã Phú Lộc.\n"
            "Minh Thuận\n"
            "Phó Chủ tịch UBND tỉnh kiểm tra công tác phòng chống dịch tại huyện Krông Búk\n13/11/2023\n"
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14 (12/11/2023)\n")
    rec = extract(page, id="t")
    assert [(m.kind, m.locality) for m in rec.meetings] == [("làm việc", "xã Phú Lộc")]
    assert "huyện Krông Búk" not in {l.name for l in rec.localities}


def test_tag_boxes_section_labels_and_menus_are_not_read_as_meetings():
    from kg.extract import extract
    page = ("Trang chủ | Tin tức | Hội nghị - Hội thảo | Đại hội Đảng các cấp | Kỳ họp HĐND\n"
            "Bí thư Tỉnh ủy làm việc với huyện Yên Thế\n13:15 | 05-03-2024 | Chính trị\n"
            "Ngày 5/3/2024, đồng chí Dương Văn Thái, Bí thư Tỉnh ủy Bắc Giang làm việc với Ban Thường vụ "
            "Huyện ủy Yên Thế.\nTừ khóa: Hội nghị, Kỳ họp HĐND, Đại hội Đảng bộ, Bắc Giang\n"
            "Tags: kiểm tra, lễ kỷ niệm\nChuyên mục: Hội nghị - Hội thảo\n"
            "Xem thêm: Khai mạc kỳ họp thứ 18 HĐND tỉnh khóa XIX\n")
    rec = extract(page, id="t")
    assert [(m.kind, m.date, m.locality) for m in rec.meetings] == [("làm việc", "2024-03-05", "huyện Yên Thế")]
    assert rec.published == "2024-03-05"


def test_a_run_on_page_keeps_names_and_units_apart_from_the_next_sentences_day():
    from kg.extract import extract
    page = ("Miễn nhiệm Chủ tịch UBND tỉnh Phú Yên Trần Hữu Thế Ngày 1/11/2023, HĐND tỉnh Phú Yên tổ chức kỳ họp "
            "chuyên đề. Tổ công tác duyệt văn kiện Đại hội Đảng bộ các xã Sáng 17/7/2025, Tổ công tác số 3 làm việc. "
            "HĐND các xã, thị trấn Thực hiện chương trình công tác năm 2018, đoàn đã kiểm tra.")
    rec = extract(page, id="t")
    assert "Trần Hữu Thế" in {o.name for o in rec.officials}
    assert not any(l.name.startswith(("xã Sáng", "thị trấn Thực")) for l in rec.localities)
    assert {m.date for m in rec.meetings if m.kind == "kỳ họp"} == {"2023-11-01"}


def test_a_headline_in_capitals_reads_as_running_text():
    from kg.extract import extract
    rec = extract("ĐỒNG CHÍ LÊ VĂN TÂM, PHÓ TRƯỞNG BAN TỔ CHỨC TỈNH ỦY LÀM BÍ THƯ HUYỆN ỦY LÂM BÌNH\n"
                  "Chiều 2/12/2023, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị công bố quyết định.", id="t")
    tam = next(o for o in rec.officials if o.name == "Lê Văn Tâm")
    assert ("Bí thư", "Huyện ủy", "huyện Lâm Bình") in {(p.role, p.body, p.locality) for p in tam.positions}
    # "NÔNG THÔN MỚI" opens with the surname Nông but is no name; a date line stays as written
    rec = extract("UBND TỈNH HỌP ĐÁNH GIÁ KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI\nTHỨ BA, 04/10/2022 15:03:00\n"
                  "Sáng 4/10, UBND tỉnh Tuyên Quang họp.", id="t")
    assert "thôn Mới" not in {l.name for l in rec.localities} and rec.published == "2022-10-04"
