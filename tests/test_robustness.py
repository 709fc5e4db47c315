"""Issue 7: broken and hostile input. Each case is built beside a good article: kg names the bad
input and says what is wrong, the good article is stored, and the summary counts both."""
from __future__ import annotations

import json
import os
import time
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import Graph, extract
from kg.cli import cli
from kg.reading import read_paths

GOOD = ("Huyện ủy Chợ Lách tổ chức Hội nghị\n\n12/03/2023 - 08:15\n\n"
        "Ngày 12/3/2023, Huyện ủy Chợ Lách tổ chức Hội nghị sơ kết. Đồng chí Nguyễn Văn An, "
        "Bí thư Huyện ủy Chợ Lách chủ trì hội nghị.\n")


def _build(folder: Path, store: Path, *paths: Path):
    r = CliRunner().invoke(cli, ["build", "-q", *(map(str, paths or [folder])), "--store", str(store)])
    assert "Traceback" not in r.output
    return r


def _stored(store: Path) -> list[str]:
    with Graph(store, read_only=True) as g:
        return g.articles()


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


# (file name, bytes, what kg must say); each is built beside good.txt
BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \t\n", "empty file"),
    ("binary.txt", bytes(range(256)) * 64, "binary file"),
    ("page.html", b"<html><head><title>Tin</title></head></html>", "no article text"),
    ("broken.jsonl", b'{"id": "j1", "text": "' + GOOD.encode().replace(b"\n", b"\\n") + b'"}\n{"id": "j2", "te\n[1, 2]\n'
     b'{"id": "j3"}\n', "broken JSON line"),
]


@pytest.mark.parametrize("name,data,message", BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_file_is_named_and_the_good_one_is_stored(folder, tmp_path, name, data, message):
    (folder / name).write_bytes(data)
    r = _build(folder, tmp_path / "store")
    assert r.exit_code == 1
    assert str(folder / name) in r.output and message in r.output
    assert "good" in _stored(tmp_path / "store")
    assert "failed" in r.output.splitlines()[-1]


def test_malformed_jsonl_lines_are_counted_and_the_good_lines_kept(folder, tmp_path):
    (folder / "broken.jsonl").write_bytes(BAD_FILES[-1][1])
    r = _build(folder, tmp_path / "store")
    assert f"{folder / 'broken.jsonl'}:2: broken JSON line" in r.output
    assert f"{folder / 'broken.jsonl'}:3: JSON line is not an object" in r.output
    assert f"{folder / 'broken.jsonl'}:4: JSON line has no 'text' field" in r.output
    assert r.output.splitlines()[-1].endswith("2 articles into " + str(tmp_path / "store") +
                                              ": 2 added, 0 replaced, 0 unchanged; 3 failed")
    assert sorted(_stored(tmp_path / "store")) == ["good", "j1"]


def test_a_50_mb_text_file_is_refused_before_it_is_read(folder, tmp_path):
    big = folder / "dump.txt"
    with open(big, "wb") as f:
        f.write(GOOD.encode("utf-8") * (50 * 1024 * 1024 // len(GOOD.encode("utf-8")) + 1))
    import resource

    r = _build(folder, tmp_path / "store")
    assert "file too large for one article (50 MiB > 8 MiB)" in r.output and str(big) in r.output
    assert _stored(tmp_path / "store") == ["good"]
    # the refusal reads nothing: this process never held the 50 MB
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1024 * 1024  # KiB: < 1 GiB in any case


def test_truncated_utf8_keeps_the_text_before_the_cut(folder, tmp_path):
    (folder / "cut.txt").write_bytes(GOOD.encode("utf-8") + "Đồng chí Lê Văn Bình dự".encode("utf-8")[:-1])
    r = _build(folder, tmp_path / "store")
    assert r.exit_code == 0, r.output
    assert sorted(_stored(tmp_path / "store")) == ["cut", "good"]


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: letters with hats precomposed, tones apart."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in tones)))
        out.append("".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")


def test_mixed_encodings_in_one_directory_all_read_the_same(folder, tmp_path):
    (folder / "u16.txt").write_bytes(GOOD.replace("Nguyễn Văn An", "Trần Văn Bảo").encode("utf-16"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.replace("Nguyễn Văn An", "Lê Thị Cúc").encode("utf-8"))
    (folder / "win.txt").write_bytes(_cp1258(GOOD.replace("Nguyễn Văn An", "Phạm Văn Dũng")))
    r = _build(folder, tmp_path / "store")
    assert r.exit_code == 0, r.output
    with Graph(tmp_path / "store", read_only=True) as g:
        names = {row["official"] for row in g.query("official-posts")}
    assert names == {"Nguyễn Văn An", "Trần Văn Bảo", "Lê Thị Cúc", "Phạm Văn Dũng"}


def test_nfd_text_and_invisible_characters_inside_names_give_the_clean_record():
    clean = extract(GOOD, id="x").to_json(evidence=False)
    nfd = extract(unicodedata.normalize("NFD", GOOD), id="x").to_json(evidence=False)
    hidden = GOOD.replace("Nguyễn Văn An", "Nguyễn\u200b Văn\u202e An\u2069").replace("Chợ Lách", "Ch\u200bợ \u200dLách")
    dirty = extract(hidden, id="x").to_json(evidence=False)
    assert clean["officials"][0]["name"] == "Nguyễn Văn An"
    assert nfd == clean
    assert dirty["officials"] == clean["officials"]


def test_a_one_megabyte_line_without_punctuation_is_read_in_bounded_time():
    text = "Đồng chí Nguyễn Văn An Bí thư Huyện ủy " + "xã Thuận huyện Hướng Hóa phát triển kinh tế đạt 5 tỷ đồng " * 17000
    assert len(text.encode("utf-8")) > 1024 * 1024
    t = time.perf_counter()
    rec = extract(text, id="long")
    assert time.perf_counter() - t < 20
    assert rec.id == "long"


def test_deeply_nested_html_and_html_without_body(folder, tmp_path):
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + "<p>" + GOOD + "</p>"
                                        + "</div>" * 100_000 + "</body></html>", encoding="utf-8")
    (folder / "nobody.html").write_text("<!doctype html><html><head><meta charset=utf-8></head></html>", encoding="utf-8")
    r = _build(folder, tmp_path / "store")
    assert f"{folder / 'nobody.html'}: HTML page has no article text" in r.output
    assert sorted(_stored(tmp_path / "store")) == ["good", "nested"]


def test_a_file_that_disappears_during_the_run_is_reported(folder):
    (folder / "later.txt").write_text(GOOD, encoding="utf-8")
    items = read_paths([folder])
    first = next(items)  # good.txt is read; later.txt was listed and now goes away
    (folder / "later.txt").unlink()
    rest = list(items)
    assert first.id == "good"
    assert [str(p) for p in rest] == [f"{folder / 'later.txt'}: file not found (it may have been removed during the run)"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_reported(folder, tmp_path):
    locked = folder / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    r = _build(folder, tmp_path / "store")
    assert f"{locked}: permission denied" in r.output and _stored(tmp_path / "store") == ["good"]


def test_a_directory_named_like_an_article_and_a_symlink_loop(folder, tmp_path):
    (folder / "sub").mkdir()
    (folder / "sub" / "loop").symlink_to(folder)  # folder/sub/loop/sub/loop/... forever
    (folder / "sub" / "other.txt").write_text(GOOD, encoding="utf-8")
    r = _build(folder, tmp_path / "store")
    assert r.exit_code == 0, r.output
    assert sorted(_stored(tmp_path / "store")) == ["good", "other"]


def test_a_missing_input_path_is_named(folder, tmp_path):
    r = _build(folder, tmp_path / "store", folder, tmp_path / "nope")
    assert f"{tmp_path / 'nope'}: no such file or directory" in r.output and r.exit_code == 1
    assert _stored(tmp_path / "store") == ["good"]


def test_jsonl_line_that_is_not_utf8_is_named_by_line(folder, tmp_path):
    good = json.dumps({"id": "ok", "text": GOOD}, ensure_ascii=False).encode("utf-8")
    (folder / "c.jsonl").write_bytes(good + b"\n" + json.dumps({"id": "bad", "text": "x"}).encode()[:-3] + b"\xff\xfe\"}\n")
    r = _build(folder, tmp_path / "store")
    assert f"{folder / 'c.jsonl'}:2: JSON line is not UTF-8" in r.output
    assert sorted(_stored(tmp_path / "store")) == ["good", "ok"]


def test_headlines_of_other_articles_after_a_related_news_heading_are_not_read():
    from kg.extract import extract
    page = ("Bí thư Huyện ủy làm việc với xã Tân Hợp\n"
            "Ngày 5/9/2022, đồng chí Hồ Minh Đức, Bí thư Huyện ủy Hướng Hóa làm việc với Đảng ủy xã Tân Hợp.\n"
            "Tin liên quan\n"
            "Chủ tịch UBND tỉnh Võ Văn Hưng kiểm tra tại huyện Đakrông\n"
            "Bí thư Tỉnh ủy Lê Quang Tùng làm việc với Huyện ủy Vĩnh Linh\n")
    rec = extract(page, id="t", url="https://baoquangtri.vn/x")
    assert [o.name for o in rec.officials] == ["Hồ Minh Đức"]
    assert [(d.official, d.locality) for d in rec.directed] == [("Hồ Minh Đức", "xã Tân Hợp")]
