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
from dataclasses import dataclass, field, replace

from .lexicon import bodies, honorifics, levels, long_name_starts, surnames
from .localities import LOWER, UPPER, Context
from .record import Official, Position
from .titles import ParsedTitle, TitleParser, _role_match

_NAME_WORD = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?"  # "K'ré", "H'Hen" (Jrai, Ê Đê, K'Ho)
_NAME_RUN = re.compile(rf"(?<![{LOWER}{UPPER}\w])({_NAME_WORD}(?: {_NAME_WORD}){{1,5}})(?![{LOWER}{UPPER}\w])")
_NOT_NAME_START = {"Phó", "Văn", "Mặt", "Ban", "Chủ", "Bí", "Tỉnh", "Huyện", "Thành", "Đảng", "Hội", "Ủy", "Uỷ",
                   "Trưởng", "Giám", "Bộ", "Sở", "Phòng", "Trung", "Thường", "Nhân", "Quốc", "Chính", "Tổ",
                   "Đoàn", "Đại", "Kỳ", "Nghị", "Chi", "Xã", "Thị", "Phường", "Quận", "Tổng", "Thủ", "Tân",
                   "Nguyên", "Đồng", "Ông", "Bà", "Các", "Cùng", "Tham", "Dự", "Về", "Theo", "Tại", "Ngày",
                   "Sáng", "Chiều", "Anh", "Chị"}
_HONORIFIC_BEFORE = None
# between a name and its appositive titles; a parenthetical (year of birth) or the age may come first
_SEP = re.compile(r"^\s*(?:\((?=[^()]*\d)[^()]{1,20}\)\s*)?(?:,\s*\d{2,3}\s+tuổi\s*(?=,))?(?:[,:]|[-–—]|\()\s*")
# A predicate that gives the name before it a post: "được bầu giữ chức", "tái đắc cử",
# "được chỉ định tiếp tục đảm nhiệm chức danh", "làm", "là" (elections, designations and
# appointments; FORMAT.md settled cases). Not "giới thiệu để bầu" (only nominated).
_ADVERBS = r"(?:,\s*)?(?:(?:đã|tiếp tục|cũng|được|đều|lần lượt|vừa|chính thức|đồng thời|hiện nay|hiện|nay)\s+)*"
_APPOINT = r"(?:tín\s+nhiệm\s+)?(?:bầu|bầu\s+bổ\s+sung|chỉ\s+định|bổ\s+nhiệm|tái\s+bổ\s+nhiệm|phân\s+công|điều\s+động|luân\s+chuyển|giao|cử)"
_HOLD = r"(?:tái\s+)?(?:(?:giữ|đảm\s+nhiệm|đảm\s+nhận|làm|vào)\s+(?:các\s+)?chức(?:\s+(?:danh|vụ))?|chức\s+(?:danh|vụ))"
# who elected: "được các đại biểu HĐND thành phố tín nhiệm bầu giữ chức …", "được Ban Chấp hành bầu làm …"
_AGENT = r"(?:(?:các\s+)?(?:đại\s+biểu|cử\s+tri|Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ|Hội\s+nghị|Đại\s+hội|HĐND)[^,.;]{0,40}?\s+(?=(?:tín\s+nhiệm\s+)?bầu))?"
_PREDICATE = re.compile(
    rf"\s*{_ADVERBS}{_AGENT}(?:(?:{_APPOINT}(?:[ ,]+(?:và\s+)?{_APPOINT})*\s+{_ADVERBS})?{_HOLD}"
    rf"|tái\s+đắc\s+cử(?:\s+chức(?:\s+(?:danh|vụ))?)?|trúng\s+cử|tái\s+cử(?:\s+giữ)?(?:\s+chức(?:\s+(?:danh|vụ))?)?|được\s+bầu\s+làm|được\s+bầu"
    rf"|(?:được\s+)?{_APPOINT}(?:[ ,]+(?:và\s+)?{_APPOINT})*\s+làm|được\s+bổ\s+nhiệm|thôi\s+(?:giữ|đảm\s+nhiệm)\s+chức(?:\s+(?:danh|vụ))?|làm|là)\s+",
    re.I,
)
# "(chỉ định ...) tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy": a member of each organ
_JOIN = re.compile(r"\s*,?\s*(?:được\s+)?(?:chỉ\s+định\s+)?tham\s+gia\s+(?P<organs>(?:(?:Ban\s+Chấp\s+hành|BCH|Ban\s+Thường\s+vụ|BTV)(?:\s*,\s*|\s+và\s+)?)+)", re.I)
# how the name of a body may end right before a person's name ("Chủ tịch Ủy ban Trung ương MTTQ
# Việt Nam Bùi Thị Minh Hoài")
_BODY_NAME_ENDS = ("Việt Nam", "Trung ương", "Quốc hội", "Chính phủ")
# roles that are no post without their body
# (a working delegation's "Trưởng đoàn" is no post: FORMAT.md counts the heads of National Assembly
# delegations only, whose body is written)
_NEEDS_BODY = ("Trưởng", "Phó Trưởng", "Ủy viên", "Chủ tịch", "Phó Chủ tịch", "Đại biểu", "Trưởng đoàn", "Phó Trưởng đoàn")
# between the names of a list: "A, B và C", "các ông, bà A, bà B" ("đ/c" is "đồng chí" written short)
_LIST_SEP = re.compile(r"\s*(?:,|và|, và|;)\s*(?:(?:ông|bà|đồng chí|đ/c|Ông|Bà|Đồng chí|Đ/c)\s+)?")
# a plural that opens a list with shared titles: "các đồng chí", "các ông, bà", "gồm các đồng chí là"
_PLURAL_HEAD = re.compile(r"(?:các|những)\s+(?:đồng chí|đ/c|ông,? bà|ông|bà|vị)\s*(?:là\s+)?(?=\S)(?!.*(?:các|những)\s+(?:đồng chí|đ/c|ông|bà|vị))", re.I)
_ORGAN_MEMBERSHIP = re.compile(r"(?P<prep>(?:trong|thuộc)\s+)(?=(?:Ban Thường vụ|BTV|Thường trực|Ban Chấp hành|BCH)\s)", re.I)
# the deputies of a delegation listed after "gồm": "đại biểu Quốc hội khóa XV đoàn Nghệ An gồm bà A"
_DELEGATES = re.compile(r"(?<!\w)(?:đại biểu|Đại biểu|ĐBQH)\s+(?P<body>Quốc hội|HĐND(?:\s+(?:tỉnh|huyện|xã|thành phố))?)"
                        r"[^.;:]{0,60}?\s(?:gồm|là)(?:\s+có)?(?:\s+các)?(?:\s+(?:ông,?\s*bà|đồng chí))?\s*:?\s*")
# the next member of a list whose items are written "ông A, <posts> và ông B": honorific after "," or "và"
_NEXT_MEMBER = re.compile(r"(?:,|\svà)\s+(?:ông|bà|đồng chí|đ/c)\s*$")
# the heads of a working group (a "Tổ" is a body of posts in the gold; heading a visiting "đoàn" is no
# post, tests/test_titles.py), and the group opening the sentence before "do NAME"
_TEAM_HEADS = ("Tổ trưởng", "Tổ phó")
_TEAM_DO = re.compile(r"(?P<team>Tổ\s+(?:công tác|kiểm tra|giám sát|khảo sát|giúp việc)[^.;:\n]{0,100}?)\s+do\s+"
                      r"(?:(?:các\s+)?(?:đồng chí|đ/c|ông|bà)\s+)?$")
_DOI_VOI = None  # "đối với [ông|bà|Trung tá ...] NAME" (honorifics and ranks: data/honorifics.tsv)
# "(miễn nhiệm chức danh Ủy viên UBND huyện, nhiệm kỳ 2021-2026,) đối với các ông: A, ...; B, ..."
_DOI_VOI_LIST = re.compile(r"\bđối\s+với\s+(?:các|những)\s+(?:ông,?\s*bà|ông|bà|đồng\s+chí)\s*:\s*", re.I)
# "Trưởng Công an huyện A, Thượng tá Nguyễn B": a rank between a chain and its name (an honorific
# there, ", đồng chí B", more often opens the next person of a list)
_RANK_BETWEEN = re.compile(rf"\s*,\s*(?:{'|'.join(re.escape(h) for h, k in honorifics().items() if k == 'rank' and h[0].isupper() and h[-1] != '.')})\s+")
_LIST_REACH = 3000  # how far back in a sentence the head of a list of people is looked for
# the delegation written after a deputy's name: "(Đoàn ĐBQH tỉnh Cà Mau)", "(đoàn Hà Nam)"
_DEPUTY_OF = re.compile(r"\s*\(\s*(?:[Đđ]oàn\s+(?:ĐBQH|đại biểu Quốc hội|Đại biểu Quốc hội)|[Đđ]oàn\s+[A-ZĐ])")
# a plural right before the first name of a list: "Các đồng chí A và B, ..."
_PLURAL_BEFORE = re.compile(r"(?:các|những)\s+(?:đồng chí|đ/c|ông,?\s*bà|ông|bà)\s*:?\s*$", re.I)
# moving to another body and being appointed there: "đến nhận công tác tại Sở Nội vụ, bổ nhiệm giữ chức
# vụ Phó Giám đốc Sở" (Ban Thường vụ's decisions on cadres)
_TRANSFER = re.compile(r"\s*,?\s*(?:đến\s+)?nhận\s+công\s+tác\s+tại\s+(?P<body>[^,.;]{3,80}?)\s*,\s*(?:được\s+)?"
                       r"(?:bổ\s+nhiệm|chỉ\s+định|điều\s+động)\s+(?:giữ\s+|làm\s+)?(?:chức\s+(?:vụ|danh)\s+)?(?P<role>[^,.;()]{3,40})")
# a committee or level word right before a name
_PLACE_WORD_BEFORE = re.compile(rf"(?<![{LOWER}{UPPER}\w])(?:ủy|Ủy|tỉnh|huyện|xã|phường|thị trấn|quận|phố|thị xã|thôn|ấp|bản|TP\.?|P\.)$")


def _unit_level(word: str) -> str | None:
    """The level a level word written in full asks for (``data/levels.tsv``): ``tỉnh`` a province,
    ``thị xã`` a district, ``xã`` a commune; none for committee words, villages or abbreviations."""
    canon, level = levels().get(word.casefold(), (None, None))
    return level if canon == word.casefold() and level in ("province", "district", "commune") else None
# "Chủ tịch UBND xã A, ông Nguyễn Văn B cho biết": a chain opening its clause, then "ông/bà" and the
# name (a chain in the middle of a clause is more often the end of someone else's titles)
_HONORIFIC_BETWEEN = re.compile(r"\s*,\s*(?:ông|bà|Ông|Bà)\s+")
_CLAUSE_LEAD = re.compile(rf"\s*(?:Theo\s+|[{UPPER}]?[^,;:{UPPER}]{{0,40}},\s*)?")  # (no name in the lead)
_TERM_AFTER_TITLE = re.compile(r",?\s*nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}\s*,?\s*$", re.I)


def one_holder(role: str) -> bool:
    """A post one person holds at a time (``Bí thư``, ``Chủ tịch``, ``Thủ tướng``), not one of
    several deputies or members (``Phó Bí thư``, ``Ủy viên``, ``Đại biểu``)."""
    return not role.startswith(("Phó", "Ủy viên", "Đại biểu", "Thành viên", "nguyên", "Thứ trưởng"))


def _is_committee(body: str) -> bool:
    """``Tỉnh ủy``, ``Đảng ủy Khối ...``: a Party committee (``data/bodies.tsv`` kind committee)."""
    first = bodies().get(body.casefold()) or next(
        (b for k, b in bodies().items() if body.casefold().startswith(k + " ")), None)
    return bool(first and first.kind == "committee")


def _doi_voi_re() -> re.Pattern[str]:
    global _DOI_VOI
    if _DOI_VOI is None:
        alts = "|".join(re.escape(h) for h in sorted(honorifics(), key=len, reverse=True))
        _DOI_VOI = re.compile(rf"\bđối\s+với\s+(?:(?:{alts})\s+)?", re.I)
    return _DOI_VOI


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


# the start of an item of a list of people: after "; " or ": "
_ITEM_BEFORE = re.compile(r"[;:]\s*$")


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
            # "Đồng chí Hà Văn Chín Bí thư Huyện ủy": the run ends where a title begins
            at = start
            for j, w in enumerate(words):
                if j >= 2 and w in _NOT_NAME_START and _role_match(text, at):
                    words = words[:j]
                    break
                at += len(w) + 1
            # a place name before the person ("tỉnh Nghệ An Nguyễn Đức Trung"): cut at a surname
            for k in range(0, len(words) - 1):
                tail = words[k:]
                # Kinh names have 2 to 4 syllables; names of the Central Highlands peoples (Ê Đê,
                # Jrai: "Y Thanh Hà Niê Kđăm", "Ksor Phước Hà") and others up to 6
                if len(tail) < 2 or len(tail) > (6 if tail[0] in long_name_starts() else 4):
                    continue
                head = " ".join(words[:k])
                if k and not (self.ctx.gz.lookup(head) or words[k - 1] in _NOT_NAME_START
                              or head.endswith(_BODY_NAME_ENDS)):
                    continue
                first = tail[0]
                offset = start + (len(head) + 1 if k else 0)
                before = text[max(0, offset - 40): offset]
                honor = bool(_honorific_re().search(before))
                # "Văn Thị Bạch Tuyết": a surname that also opens bodies, with the female middle name
                if first in _NOT_NAME_START and not honor and first not in ("Đồng", "Hà", "Tôn") \
                        and not (first in surnames() and tail[1] == "Thị"):
                    continue
                prev = text[max(0, offset - 12): offset].rstrip()
                lw = _PLACE_WORD_BEFORE.search(prev)
                level = _unit_level(lw.group(0)) if lw else None  # "tỉnh Hoàng Nam" would be a province
                if not honor and level is None and self.ctx.gz.lookup(" ".join(tail)) \
                        and not (k == 0 and _ITEM_BEFORE.search(before) and self._title_after(offset + len(" ".join(tail)))):
                    continue  # a unit's name, not a person's (after a level word: that level decides, below),
                    # unless an item of a list of people with a title after it ("; Mai Sơn, Phó Bí thư Tỉnh ủy")
                if first in ("Đồng", "Hà") and not honor and not self._title_after(offset + len(" ".join(tail))):
                    if not self._title_before(offset):
                        continue
                if first not in surnames() and re.split("['’]", first)[0] not in surnames() and not honor:
                    continue
                # a place, not a person: "Huyện ủy Lâm Bình", "tỉnh Hà Tĩnh"
                if lw and not honor:
                    # "Chủ tịch UBND tỉnh Phạm Văn C": a name that is no unit of that level, after a
                    # whole title (also "Bí thư Tỉnh ủy Nguyễn Văn D" when the name is no unit the
                    # gazetteer knows; "UBND tỉnh Hoàng Nam" is a person though a commune has that name)
                    if k or not self._title_before(offset) or self.ctx.gz.lookup(" ".join(tail), level) \
                            or self.ctx.gz.lookup(" ".join(tail), level, "new"):
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
        seg_start = max(text.rfind(";", window_start, start), self.ctx.doc.sentence_of(max(0, start - 1))[0] - 1,
                        text.rfind("\n", window_start, start), text.rfind(":", window_start, start))
        lo = seg_start + 1 if seg_start >= 0 else window_start
        region = text[lo:start]
        best: list[ParsedTitle] = []
        for rm in re.finditer(rf"(?:(?<=[\s,(])|^)(?:nguyên |tân |Tân )?[{UPPER}{LOWER}]", region):
            p = lo + rm.start()
            if not _role_match(text, p):
                continue
            titles = self.parser.parse_list(text, p)
            if titles and (text[titles[-1].end:start].strip(" \t-–") == ""
                           or _RANK_BETWEEN.fullmatch(text, titles[-1].end, start)
                           or _HONORIFIC_BETWEEN.fullmatch(text, titles[-1].end, start)
                           and _CLAUSE_LEAD.fullmatch(text, lo, p)):
                best = titles
                break
        return best

    def _after(self, e: int) -> list[ParsedTitle]:
        """The appositive title list after a name: ``NAME, TITLES`` / ``NAME - TITLES``."""
        sm = _SEP.match(self.text[e:e + 30])
        if sm and _role_match(self.text, e + sm.end()):
            return self.parser.parse_list(self.text, e + sm.end())
        if self.text[e:e + 1] == " " and self.text[e + 1:e + 2].isupper() and _role_match(self.text, e + 1):
            return self.parser.parse_list(self.text, e + 1)  # "Đồng chí A Bí thư Huyện ủy": no comma
        return []

    def find(self) -> list[Official]:
        """Find person mentions first, then bind title chains over the whole sentence:

        * a chain written right before a name is that name's (``Bộ trưởng Bộ Tài chính Lê A``);
        * a chain after ``NAME,`` is NAME's unless it runs straight into the next name, which it
          then introduces (``…: Bộ trưởng Bộ Tài chính Lê A, Trưởng Ban Tuyên giáo Trung ương Trần B``);
        * a chain before a colon after a plural (``các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A; B``)
          is shared by everyone in the list;
        * a predicate after a list of names (``A, B và C được chỉ định giữ chức …``) gives its
          post to each of them.
        """
        text = self.text
        cands = list(self._candidate_names())
        starts = {s: i for i, (_n, s, _e) in enumerate(cands)}
        after: list[list[ParsedTitle]] = [self._after(e) for _n, _s, e in cands]
        # a chain that runs into the next name introduces it
        for i in range(len(cands) - 1):
            if after[i] and self._runs_into(after[i][-1].end, cands[i + 1][1]):
                after[i] = []
        before = [self._titles_before(s) for _n, s, _e in cands]
        # a chain that opens with a one-holder post someone else named in the article holds
        # ("Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh A cho biết"): that first title addresses the
        # other holder, the rest of the chain is A's
        held: dict[tuple, set[str]] = {}
        for (name, _s, _e), chain, aft in zip(cands, before, after):
            for t in chain + aft:
                held.setdefault((t.role, t.body, t.locality), set()).add(name)
        for i, (name, _s, _e) in enumerate(cands):
            chain = before[i]
            if len(chain) >= 2 and one_holder(chain[0].role) and \
                    held.get((chain[0].role, chain[0].body, chain[0].locality), set()) - {name}:
                before[i] = chain[1:]
        for i, (_name, s, e) in enumerate(cands):
            if not before[i] and re.search(r"(?:^|\s)[Đđ]ại biểu\s+$", text[max(0, s - 12):s]) and _DEPUTY_OF.match(text, e):
                # "Đại biểu Lê Thanh Vân (Đoàn ĐBQH tỉnh Cà Mau)": a National Assembly deputy
                deputy = self.parser.parse_one("Đại biểu Quốc hội", 0)
                if deputy is not None:
                    before[i] = [replace(deputy, start=s - len(text[max(0, s - 12):s].lstrip()), end=s)]
        bound: list[list[ParsedTitle]] = []
        for i, (name, s, e) in enumerate(cands):
            titles = before[i] + after[i]
            end = after[i][-1].end if after[i] else e
            titles += self._predicate(end)
            titles += self._toward(s)
            titles += self._shared(s)
            titles += self._delegation(s)
            bound.append(self._team_of_subject(titles, s))
        # a predicate after a list of names: every name of the list takes its post (each list is
        # walked once, from its first name)
        linked: set[int] = set()
        for j in range(len(cands)):
            lm = _LIST_SEP.match(text, after[j][-1].end if after[j] else cands[j][2])
            if lm and lm.end() in starts:
                linked.add(starts[lm.end()])
        for i in range(len(cands)):
            if i in linked:
                continue
            group = [i]
            j = i
            end = after[j][-1].end if after[j] else cands[j][2]
            while True:
                lm = _LIST_SEP.match(text, end)
                if not lm or lm.end() not in starts:
                    break
                j = starts[lm.end()]
                group.append(j)
                end = after[j][-1].end if after[j] else cands[j][2]
            if len(group) < 2:
                continue
            chain = before[i]
            if chain and not after[i] and _PLURAL_BEFORE.search(text, max(0, chain[0].start - 25), chain[0].start):
                # "các đồng chí Phó Chủ tịch UBND tỉnh A, B và C": the chain after the plural is everyone's
                for k in group[1:]:
                    if not before[k] and not after[k]:
                        bound[k] = bound[k] + chain
            shared = self._predicate(end)
            if shared:
                for k in group[:-1]:
                    bound[k] = bound[k] + shared
            last = group[-1]
            if after[last] and not any(bound[k] for k in group[:-1]) \
                    and _PLURAL_BEFORE.search(text, max(0, cands[i][1] - 25), cands[i][1]):
                # "Các đồng chí A và B, Phó Chủ tịch UBND huyện đồng chủ trì": the title after a
                # plural list with no title of its own in between is everyone's
                for k in group[:-1]:
                    bound[k] = bound[k] + after[last]
        people: dict[str, Official] = {}
        order: list[str] = []
        for (name, s, e), titles in zip(cands, bound):
            self.mentions.append(PersonMention(name, s, e, titles))
            if not titles:
                continue
            off = people.get(name)
            if off is None:
                off = people[name] = Official(name, [], (s, e))
                order.append(name)
            for t in titles:
                if not t.role or (t.body is None and t.role in _NEEDS_BODY):
                    continue
                pos = Position(t.role, t.body, t.locality, self.ctx.doc.sentence_of(t.start))
                if all(p.key() != pos.key() for p in off.positions):
                    off.positions.append(pos)
        return [people[n] for n in order if people[n].positions]

    def _predicate(self, end: int) -> list[ParsedTitle]:
        """Posts given by a predicate after a name (or after its appositive titles)."""
        text = self.text
        out: list[ParsedTitle] = []
        close = re.match(r"\s*\)", text[end:end + 4])
        if close:
            end += close.end()  # "ông A (nguyên Bí thư Huyện ủy B) giữ chức …": past the bracketed titles
        jm = _JOIN.match(text, end)
        if jm:
            organs = [o for o in re.split(r"\s*,\s*|\s+và\s+", jm.group("organs").strip()) if o]
            rest = text[jm.end(): jm.end() + 60]
            if re.search(r"(?:\s+và|\s*,)\s*$", jm.group("organs")):
                # "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy X": the organs
                # are those of the committee the post that follows names
                given = self._given_post(jm.end())
                committee = next((t for t in given if t.body and _is_committee(t.body)), None)
                if committee is not None:
                    for organ in organs:
                        full = "Ban Chấp hành" if organ.upper() in ("BCH", "BAN CHẤP HÀNH") else "Ban Thường vụ"
                        out.append(replace(committee, role=f"Ủy viên {full}", start=end, end=jm.end()))
                return out + given
            for organ in organs:
                synthetic = f"Ủy viên {organ} {rest}"
                t = self.parser.parse_one(synthetic, 0)
                if t is not None and t.body is not None:
                    t.start, t.end = end, jm.end()
                    out.append(t)
            # "... Huyện ủy và giữ chức Phó Bí thư": the predicate goes on after the committee
            window = text[jm.end(): jm.end() + 80]
            cut = re.search(r"[.;:\n]", window)
            vm = re.search(r"\s+và(?=\s)", window[: cut.start() if cut else len(window)])
            if vm is None:
                return out
            end = jm.end() + vm.end()
        return out + (self._given_post(end) or self._transfer(end))

    def _transfer(self, end: int) -> list[ParsedTitle]:
        """``(điều động ông A, TITLE,) đến nhận công tác tại Ban Tổ chức Tỉnh ủy, bổ nhiệm giữ chức vụ
        Phó Trưởng ban``: the post is the role at the body the person moves to."""
        tm = _TRANSFER.match(self.text, end)
        if not tm:
            return []
        body = tm.group("body").strip()
        role = re.sub(r"\s+(?:Sở|Ban|ban|Phòng|phòng)$", "", tm.group("role").strip())
        t = self.parser.parse_one(f"{role} {body}", 0)
        if t is None or not t.body:
            return []
        t.start, t.end = end, tm.end()
        return [t]

    def _given_post(self, end: int) -> list[ParsedTitle]:
        pm = _PREDICATE.match(self.text[end:end + 120])
        if pm and _role_match(self.text, end + pm.end()):
            return self.parser.parse_list(self.text, end + pm.end())
        return []

    def _runs_into(self, end: int, next_start: int) -> bool:
        gap = self.text[end:next_start]
        return end <= next_start and gap.strip(" \t-–") == "" and len(gap) < 4

    def _shared(self, start: int) -> list[ParsedTitle]:
        """Titles before a colon shared by a list of names (``các đồng chí Ủy viên Ban Thường vụ
        Tỉnh ủy: A, …; B, …``, ``các đồng chí trong Ban Thường vụ Tỉnh ủy: …``)."""
        text = self.text
        lo = max(0, start - 600)
        sent = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
        colon = text.rfind(":", max(lo, sent), start)
        if colon < 0:
            return []
        sep = max(sent, text.rfind(";", lo, colon), text.rfind(":", lo, colon))
        head_lo = sep if sep >= lo else lo - 1  # (the head starts after a separator, or at the window's start)
        head = text[head_lo + 1: colon]
        pm = _PLURAL_HEAD.search(head)
        if not pm:
            # "các đại biểu HĐND tỉnh: A, …; B, …", "các Phó Chủ tịch UBND tỉnh: A, B": the plural
            # is the role itself
            pm = next((m for m in re.finditer(r"(?<!\w)(?:các|những)\s+", head)
                       if _role_match(text, head_lo + 1 + m.end())), None)
            if not pm:
                return []
        p = head_lo + 1 + pm.end()
        om = _ORGAN_MEMBERSHIP.match(text, p)
        if om:
            # "trong Ban Thường vụ Tỉnh ủy": its members
            synthetic = "Ủy viên " + text[om.end("prep"):colon].strip()
            titles = self.parser.parse_list(synthetic, 0)
            for t in titles:
                t.start, t.end = p, colon
            return titles
        if not _role_match(text, p):
            return []
        titles = self.parser.parse_list(text, p)
        if titles and text[titles[-1].end:colon].strip() == "":
            return titles
        return []

    def _team_of_subject(self, titles: list[ParsedTitle], start: int) -> list[ParsedTitle]:
        """``Tổ công tác số 3 của Ban Thường vụ Tỉnh ủy do đồng chí A … làm Tổ trưởng``: the head's
        role given by the predicate belongs to the team the sentence opens with."""
        if not any(t.body is None and t.role in _TEAM_HEADS for t in titles):
            return titles
        tm = _TEAM_DO.search(self.text, max(0, start - 200), start)
        if tm is None:
            return titles
        out = []
        for t in titles:
            if t.body is None and t.role in _TEAM_HEADS:
                full = self.parser.parse_one(f"{t.role} {tm.group('team')}", 0)
                if full is not None and full.body:
                    t = replace(t, body=full.body, locality=full.locality, level=full.level)
            out.append(t)
        return out

    def _delegation(self, start: int) -> list[ParsedTitle]:
        """``đại biểu Quốc hội khóa XV đoàn Nghệ An gồm bà A - …; và bà B - …``: each member of the
        list is a deputy (FORMAT.md settled cases)."""
        text = self.text
        sent = self.ctx.doc.sentence_of(start)
        head = None
        for head in _DELEGATES.finditer(text, max(sent[0], start - _LIST_REACH), start):
            pass
        if head is None:
            return []
        item = text[max(head.end(), text.rfind(";", head.end(), start) + 1):start]
        if item.strip(" ,:") not in ("", "và") and not re.fullmatch(r"\s*(?:và\s+)?(?:ông|bà|đồng chí)\s*", item) \
                and not (start - head.end() < 300 and _NEXT_MEMBER.search(item)):
            return []
        t = self.parser.parse_one(text[head.start():head.end("body")], 0)
        if t is None or t.body is None:
            return []
        t.start, t.end = head.start(), head.end("body")
        return [t]

    def _toward(self, start: int) -> list[ParsedTitle]:
        """``(bầu chức danh) Trưởng Ban Pháp chế đối với ông NAME``: the post named just before
        ``đối với``."""
        text = self.text
        lo = max(0, start - 200)
        dm = None
        for dm in _doi_voi_re().finditer(text, lo, start):
            pass
        if dm is None or text[dm.end():start].strip():
            # an item of a list after "đối với các ông:" (items separated by ";")
            sent = self.ctx.doc.sentence_of(start)
            for dm in _DOI_VOI_LIST.finditer(text, max(sent[0], start - _LIST_REACH), start):
                pass
            if dm is None or not _DOI_VOI_LIST.match(text, dm.start()):
                return []
            item = text[max(dm.end(), text.rfind(";", dm.end(), start) + 1):start]
            if item.strip(" ,và"):
                return []
        pos = dm.start()
        tm = _TERM_AFTER_TITLE.search(text, max(0, pos - 40), pos)
        if tm:
            pos = tm.start()  # "chức danh Ủy viên UBND huyện, nhiệm kỳ 2021-2026, đối với"
        while pos > 0 and text[pos - 1] in " ,":
            pos -= 1
        return self._titles_before(pos)


def find_officials(ctx: Context) -> tuple[list[Official], list[PersonMention]]:
    finder = OfficialFinder(ctx)
    officials = finder.find()
    return officials, finder.mentions
