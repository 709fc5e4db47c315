"""Officials: named people with posts, found through the title grammar (:mod:`kg.titles`).

Patterns (all general, none per article):

* ``[Đồng chí|Ông|Bà|Đ/c] [rank] NAME, TITLES`` / ``NAME - TITLES`` (also in ``các đồng chí:`` lists);
* ``TITLES NAME`` (``Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình``);
* ``NAME ... được bầu giữ chức TITLE`` / ``tái đắc cử TITLE`` / ``làm TITLE`` / ``là TITLE``;
* ``chức danh TITLE ... đối với ông NAME``.

A name needs a post: bylines, photo credits and historical figures (``phong cách Hồ Chí Minh``)
have none and are not officials.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import honorifics, surnames
from .localities import LOWER, UPPER, Context
from .record import Official, Position
from .titles import ParsedTitle, TitleParser, _role_match

_NAME_WORD = rf"[{UPPER}][{LOWER}]*(?:'[{LOWER}]+)?"
_NAME_RUN = re.compile(rf"(?<![{LOWER}{UPPER}\w])({_NAME_WORD}(?: {_NAME_WORD}){{1,5}})(?![{LOWER}{UPPER}\w])")
_NOT_NAME_START = {"Phó", "Văn", "Mặt", "Ban", "Chủ", "Bí", "Tỉnh", "Huyện", "Thành", "Đảng", "Hội", "Ủy", "Uỷ",
                   "Trưởng", "Giám", "Bộ", "Sở", "Phòng", "Trung", "Thường", "Nhân", "Quốc", "Chính", "Tổ",
                   "Đoàn", "Đại", "Kỳ", "Nghị", "Chi", "Xã", "Thị", "Phường", "Quận", "Tổng", "Thủ", "Tân",
                   "Nguyên", "Đồng", "Ông", "Bà", "Các", "Cùng", "Tham", "Dự", "Về", "Theo", "Tại", "Ngày",
                   "Sáng", "Chiều"}
_HONORIFIC_BEFORE = None
_SEP = re.compile(r"^\s*(?:[,:]|[-–—]|\()\s*")
_PREDICATE = re.compile(
    r"\s*(?:(?:đã|tiếp tục|cũng|được)\s+)*(?:(?:được\s+)?(?:tín nhiệm\s+)?(?:bầu\s+)?giữ\s+chức(?:\s+danh)?|tái\s+đắc\s+cử(?:\s+chức\s+danh)?|tái\s+cử\s+giữ\s+chức|được\s+bầu\s+làm|được\s+bầu|làm|là|được\s+bổ\s+nhiệm(?:\s+giữ\s+chức)?|được\s+điều\s+động[^,.;]{0,40}?giữ\s+chức)\s+",
    re.I,
)
_TOWARD = re.compile(r"(?:chức\s+danh|bầu\s+bổ\s+sung|miễn\s+nhiệm|bổ\s+nhiệm)\s+", re.I)
_DOI_VOI = re.compile(r"\bđối\s+với\s+(?:ông|bà|đồng\s+chí|đ/c)?\s*", re.I)


def _honorific_re() -> re.Pattern[str]:
    global _HONORIFIC_BEFORE
    if _HONORIFIC_BEFORE is None:
        alts = "|".join(re.escape(h) for h in sorted(honorifics(), key=len, reverse=True))
        _HONORIFIC_BEFORE = re.compile(rf"(?:^|[\s(:;,])(?:{alts})\s*:?\s*(?:(?:{alts})\s+)?$")
    return _HONORIFIC_BEFORE


@dataclass
class PersonMention:
    name: str
    start: int
    end: int
    titles: list[ParsedTitle] = field(default_factory=list)


class OfficialFinder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.doc.text
        self.parser = TitleParser(ctx)
        self.mentions: list[PersonMention] = []

    def _candidate_names(self):
        text = self.text
        for m in _NAME_RUN.finditer(text):
            words = m.group(1).split()
            start = m.start(1)
            # a place name before the person ("tỉnh Nghệ An Nguyễn Đức Trung"): cut at a surname
            for k in range(0, len(words) - 1):
                tail = words[k:]
                if len(tail) < 2 or len(tail) > 4:
                    continue
                head = " ".join(words[:k])
                if k and not (self.ctx.gz.lookup(head) or words[k - 1] in _NOT_NAME_START):
                    continue
                first = tail[0]
                offset = start + (len(head) + 1 if k else 0)
                before = text[max(0, offset - 40): offset]
                honor = bool(_honorific_re().search(before))
                if first in _NOT_NAME_START and not honor and first not in ("Đồng", "Hà", "Tôn"):
                    continue
                if not honor and self.ctx.gz.lookup(" ".join(tail)):
                    continue
                if first in ("Đồng", "Hà") and not honor and not self._title_after(offset + len(" ".join(tail))):
                    if not self._title_before(offset):
                        continue
                if first not in surnames() and not honor:
                    continue
                # a place, not a person: "Huyện ủy Lâm Bình", "tỉnh Hà Tĩnh"
                prev = text[max(0, offset - 12): offset].rstrip()
                if re.search(r"(?:ủy|Ủy|tỉnh|huyện|xã|phường|thị trấn|quận|phố|thị xã|thôn|ấp|bản|TP\.?|P\.)$", prev) and not honor:
                    continue
                yield " ".join(tail), offset, offset + len(" ".join(tail))
                break

    def _title_after(self, end: int) -> bool:
        m = _SEP.match(self.text[end:end + 6])
        return bool(m and _role_match(self.text, end + m.end()))

    def _title_before(self, start: int) -> bool:
        return bool(self._titles_before(start))

    def _titles_before(self, start: int) -> list[ParsedTitle]:
        text = self.text
        window_start = max(0, start - 220)
        seg_start = max(text.rfind(";", window_start, start), text.rfind(".", window_start, start - 2),
                        text.rfind("\n", window_start, start), text.rfind(":", window_start, start))
        lo = seg_start + 1 if seg_start >= 0 else window_start
        region = text[lo:start]
        best: list[ParsedTitle] = []
        for rm in re.finditer(rf"(?:(?<=[\s,(])|^)(?:nguyên |tân |Tân )?[{UPPER}{LOWER}]", region):
            p = lo + rm.start()
            if not _role_match(text, p):
                continue
            titles = self.parser.parse_list(text, p)
            if titles and text[titles[-1].end:start].strip(" \t-–") == "":
                best = titles
                break
        return best

    def find(self) -> list[Official]:
        text = self.text
        people: dict[str, Official] = {}
        order: list[str] = []
        for name, s, e in self._candidate_names():
            titles: list[ParsedTitle] = []
            sm = _SEP.match(text[e:e + 8])
            if sm and _role_match(text, e + sm.end()):
                titles = self.parser.parse_list(text, e + sm.end())
            if not titles:
                titles = self._titles_before(s)
            after = titles[-1].end if titles and titles[-1].start > s else e
            pm = _PREDICATE.match(text[after:after + 80])
            if pm and _role_match(text, after + pm.end()):
                titles = titles + self.parser.parse_list(text, after + pm.end())
            titles += self._toward(s)
            mention = PersonMention(name, s, e, titles)
            self.mentions.append(mention)
            if not titles:
                continue
            off = people.get(name)
            if off is None:
                off = people[name] = Official(name, [], (s, e))
                order.append(name)
            for t in titles:
                if not t.role or (t.body is None and t.role in ("Trưởng", "Phó Trưởng", "Ủy viên", "Chủ tịch", "Phó Chủ tịch")):
                    continue
                pos = Position(t.role, t.body, t.locality, self.ctx.doc.sentence_of(t.start))
                if all(p.key() != pos.key() for p in off.positions):
                    off.positions.append(pos)
        return [people[n] for n in order if people[n].positions]

    def _toward(self, start: int) -> list[ParsedTitle]:
        """``(bầu chức danh) Trưởng Ban Pháp chế đối với ông NAME``: the post named just before
        ``đối với``."""
        text = self.text
        lo = max(0, start - 200)
        dm = None
        for dm in _DOI_VOI.finditer(text, lo, start):
            pass
        if dm is None or text[dm.end():start].strip():
            return []
        return self._titles_before(dm.start())


def find_officials(ctx: Context) -> tuple[list[Official], list[PersonMention]]:
    finder = OfficialFinder(ctx)
    officials = finder.find()
    return officials, finder.mentions
