"""Property-based tests (hypothesis): whatever text comes in, the extractor returns a valid
record, in bounded time, and never raises."""
from __future__ import annotations

import os
import time

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg import extract  # noqa: E402
from kg.rdf import record_quads  # noqa: E402

# seed-like sentences written for the tests, in the style of provincial Party news
SENTENCES = [
    "Đồng chí Nguyễn Văn An, Tỉnh ủy viên, Bí thư Huyện ủy Chợ Lách chủ trì buổi làm việc với Đảng ủy xã Phú Phụng.",
    "Ngày 12/3/2023, Ban Thường vụ Huyện ủy Hướng Hóa tổ chức Hội nghị sơ kết 6 tháng đầu năm.",
    "Năm 2023, thu nhập bình quân đầu người của xã đạt 45 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 3,2%.",
    "Dự hội nghị có đồng chí Lò Văn Hải, Phó Chủ tịch UBND huyện Mường Tè.",
    "Đảng bộ xã phấn đấu đến năm 2025 thu ngân sách trên địa bàn đạt từ 12 tỷ đồng trở lên.",
    "Đại hội Đảng bộ xã Thuận lần thứ XX, nhiệm kỳ 2020 - 2025 bầu Ban Chấp hành gồm 15 đồng chí.",
    "Bình luận", "Tin khác", "Thứ Hai, 10/11/2022 - 09:30",
]
EXAMPLES = int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "300"))  # per test; the note's run used more
NOISE = st.sampled_from(["", " ", "\n", "\n\n", "\u200b", "\u202e", "\ufeff", "Ð", "%", "/", "(", ")", ",", ":",
                         "1.000", "2.5", "0", "-", "–", "...", "\t", "xã", "huyện", "tỉnh", "ủy", "uỷ"])


@st.composite
def mutated_articles(draw):
    parts = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8))
    text = "\n".join(parts)
    for _ in range(draw(st.integers(0, 12))):  # cut, insert noise, duplicate a slice
        op = draw(st.integers(0, 2))
        i = draw(st.integers(0, len(text)))
        if op == 0:
            j = draw(st.integers(i, min(len(text), i + 40)))
            text = text[:i] + text[j:]
        elif op == 1:
            text = text[:i] + draw(NOISE) + text[i:]
        else:
            text = text[:i] + text[max(0, i - 30):i] + text[i:]
    return text


def _check(text: str) -> None:
    t = time.perf_counter()
    rec = extract(text, id="p")
    data = rec.to_json(evidence=True, include_text=True)
    assert time.perf_counter() - t < 5, "one article took more than 5 s"
    for key in ("officials", "committees", "localities", "meetings", "targets", "directed"):
        assert isinstance(data[key], list)
    for off in data["officials"]:
        assert off["name"].strip() and isinstance(off["positions"], list)
    for t_ in data["targets"]:
        assert t_["status"] in ("target", "achieved") and t_["indicator"]
    for span in [o["evidence"] for o in data["officials"] if o.get("evidence")]:
        assert 0 <= span[0] <= span[1] <= len(data["text"])
    assert data["published"] is None or len(data["published"]) == 10
    record_quads(data)  # the record maps to RDF


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text_gives_a_valid_record(text):
    _check(text)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_articles())
def test_mutated_seed_like_articles_give_a_valid_record(text):
    _check(text)
