"""Party committees and their organs.

Mentions: a committee word (``Tỉnh ủy``, ``Thành ủy``, ``Huyện ủy``, ``Quận ủy``, ``Thị ủy``,
``Đảng ủy``), a Party organisation (``Đảng bộ huyện Phong Thổ``, ``Ban Chấp hành Đảng bộ tỉnh``:
the organisation and its executive committee are one body), a cell (``Chi bộ 2``,
``Chi bộ thôn Hoàng Tường``) or a central organ, optionally after an organ (``Ban Thường vụ``,
``BTV``, ``Thường trực``). Committees named inside officials' titles are added from the positions.
Plural or generic mentions (``các chi bộ``, ``Đảng bộ các cấp``) are skipped.
"""
from __future__ import annotations

import re

from .localities import CAP_WORD, LOWER, UPPER, Context, Mention
from .record import Committee, Official
from .titles import AGENCY_AFTER_DANG_UY as _AGENCY, CELL_NAME, LEVEL_OF_PARTY_BODY, TitleParser

_B = rf"(?![{LOWER}{UPPER}\w])"
_ORGAN = r"(?P<organ>Ban Thường vụ|Ban thường vụ|BTV|Thường trực|Thường vụ)\s+"
_COMMITTEE = re.compile(
    rf"(?<![{LOWER}{UPPER}\w])(?:{_ORGAN})?(?:(?:Ban Chấp hành|BCH|Ban chấp hành)\s+)?"
    rf"(?P<word>Tỉnh ủy|Tỉnh Ủy|Thành ủy|Thành Ủy|Huyện ủy|Huyện Ủy|Quận ủy|Thị ủy|Đảng ủy|Đảng Ủy|đảng ủy|Đảng bộ|đảng bộ|Chi bộ|chi bộ)(?!\s*viên){_B}"
)
_CENTRAL = re.compile(
    rf"(?<![{LOWER}{UPPER}\w])(?P<c>Ban Chấp hành Trung ương(?: Đảng)?|Bộ Chính trị|Ban Bí thư(?: Trung ương(?: Đảng)?)?|Bí thư Trung ương Đảng|Ủy viên Trung ương Đảng|UVT\.Ư|Trung ương Đảng){_B}"
)
# Party groups in state bodies and mass organisations (FORMAT.md: committees written as the text names them)
_PARTY_GROUP = re.compile(rf"(?=[BĐ])(?<![{LOWER}{UPPER}\w])(?:Ban cán sự đảng|Ban Cán sự đảng|Đảng đoàn)\s+(?=[{UPPER}])")
# bodies of one unit written together, the unit named once after the last: "Đảng ủy, UBND phường A",
# "Huyện ủy, HĐND, UBND huyện B"
SHARED_UNIT_BODIES = re.compile(r" *(?:(?:,|và) *(?:HĐND|UBND|Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban MTTQ|MTTQ|chính quyền) *)+(?=\S)")
_DB_LEVEL = re.compile(rf"^ *(?P<lw>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP\.|P\.)(?: *(?P<name>{CAP_WORD}(?:(?: +| *[-–] *){CAP_WORD}){{0,4}}))?")
_GENERIC_AFTER = re.compile(r"^ *(?:các cấp|cơ sở|trực thuộc|và|,|các|bộ phận|cấp)", re.I)
_LEVEL_OF_LW = {"tỉnh": "province", "thành phố": "province", "TP.": "province", "huyện": "district", "quận": "district",
                "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune", "P.": "commune"}
_BODY_OF_WORD = {"tỉnh ủy": "Tỉnh ủy", "huyện ủy": "Huyện ủy", "quận ủy": "Huyện ủy", "thị ủy": "Huyện ủy",
                 "đảng ủy": "Đảng ủy"}
_PARTY_OF_LEVEL = {"province": "Tỉnh ủy", "district": "Huyện ủy", "commune": "Đảng ủy"}
# several committees in one phrase: "Đảng bộ các tỉnh A, B và C", "Ban Thường vụ các Tỉnh ủy A, B",
# "Đảng ủy các xã: A, B", "Ban Thường vụ Đảng ủy 6 xã: A, B ..."
_LISTED = re.compile(
    rf"(?<![{LOWER}{UPPER}\w])(?:{_ORGAN})?(?:(?:Ban Chấp hành|BCH)\s+)?(?:(?:Đảng bộ|Đảng ủy|đảng bộ|đảng ủy)\s+)?"
    r"(?:các|\d+)\s+(?:(?P<cw>Tỉnh ủy|Huyện ủy|Đảng ủy|Thành ủy)\s*)?(?P<lw>tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)?\s*:?\s*"
)


def _organ(raw: str | None) -> str | None:
    if not raw:
        return None
    return "Thường trực" if raw.startswith("Thường trực") else "Ban Thường vụ"


class CommitteeFinder:
    def __init__(self, ctx: Context, parser: TitleParser) -> None:
        self.ctx = ctx
        self.parser = parser
        self.text = ctx.doc.text
        self.found: dict[tuple, Committee] = {}
        self.named: list[Mention] = []  # localities named after committee words
        self.last_cell: str | None = None

    def add(self, body: str, organ: str | None, locality: str | None, pos: int, level: str | None = None) -> None:
        key = (body, organ, locality)
        if key not in self.found:
            self.found[key] = Committee(body, organ, locality, level, None, self.ctx.doc.sentence_of(pos))
        if organ is not None:
            # an organ named with its committee is a mention of both (FORMAT.md settled cases)
            self.add(body, None, locality, pos, level)

    def find(self, officials: list[Official]) -> list[Committee]:
        text = self.text
        for m in _COMMITTEE.finditer(text):
            word = m.group("word")
            wl = word.lower()
            organ = _organ(m.group("organ"))
            after = m.end()
            lead = text[max(0, m.start() - 60): m.start()]
            if organ and re.search(r"(Bí thư|Chủ tịch|Trưởng ban|Phó Trưởng ban) $", lead):
                organ = None  # "Phó Bí thư Thường trực Huyện ủy": a role, not the standing office
            if not organ and re.search(rf"(?:(?<![{LOWER}])Ban|Ủy ban|Văn phòng|Trường Chính trị)(?: [{UPPER}{LOWER}]+){{1,5}} $", lead) \
                    and not re.search(r"(Ban Thường vụ|Ban Chấp hành|Ban thường vụ|BCH|BTV) $", lead):
                continue  # an advisory agency of the committee ("Ban Tổ chức Tỉnh ủy")
            if wl == "đảng bộ":
                self._party_org(m, organ)
                continue
            if wl == "chi bộ":
                self._cell(m)
                continue
            if wl == "đảng ủy" and word == "đảng ủy" and not organ:
                # lowercase "đảng ủy" is a common noun unless a unit follows
                if not _DB_LEVEL.match(text[after:after + 300]):
                    continue
            if wl == "đảng ủy" and re.match(r" *(?:cơ sở|các cấp|trực thuộc)", text[after:after + 300]):
                continue
            if wl == "đảng ủy" and _AGENCY.match(text[after:after + 300]):
                lab, lvl, _end = self.parser.agency_locality(text, after)
                self.add("Đảng ủy", organ, lab, m.start())
                continue
            body_level = {"tỉnh ủy": "province", "thành ủy": "province", "huyện ủy": "district", "quận ủy": "district",
                          "thị ủy": "district", "đảng ủy": "commune"}[wl]
            if wl == "thành ủy":
                body, lab, lvl, lend, explicit = self.parser.city_committee(text, after)
                body_level = LEVEL_OF_PARTY_BODY[body]
            else:
                lab, lvl, lend, explicit = self.parser._locality(text, after, body_level, True)
                body = _BODY_OF_WORD.get(wl)
                shared = SHARED_UNIT_BODIES.match(text, after) if lab is None else None
                if shared is not None:
                    lab, lvl, lend, explicit = self.parser._locality(text, shared.end(), body_level, True)
                    if lvl is not None and lvl != body_level:
                        lab, explicit = None, False
            if lab is None:
                lab = self.ctx.focus_label(body_level)
            if explicit:
                mention = self._explicit_mention(after, lend, body_level)
                if mention is not None:
                    self.named.append(mention)
            self.add(body, organ, lab, m.start(), body_level)
        self._listed()
        for m in (_PARTY_GROUP.finditer(text) if ("cán sự" in text or "Đảng đoàn" in text) else ()):
            # "Ban cán sự đảng UBND tỉnh Lào Cai họp": the group, parsed as the body of a post would be
            probe = "Bí thư " + text[m.start(): m.start() + 160]
            t = self.parser.parse_one(probe, 0)
            if t is not None and t.body and t.body.startswith(("Đảng đoàn", "Ban cán sự đảng")) and len(t.body.split()) > 2:
                self.add(t.body, None, t.locality, m.start())
        for m in _CENTRAL.finditer(text):
            c = m.group("c")
            if c.startswith("Ban Chấp hành") or c.startswith("Ủy viên Trung ương") or c.startswith("UVT") or c == "Trung ương Đảng":
                if c == "Trung ương Đảng" and not re.search(r"(Ủy viên|UV)\s*$", text[max(0, m.start() - 12):m.start()]):
                    continue
                self.add("Ban Chấp hành Trung ương", None, None, m.start())
            elif c.startswith("Bộ Chính trị"):
                self.add("Bộ Chính trị", None, None, m.start())
            else:
                self.add("Ban Bí thư", None, None, m.start())
        for off in officials:
            for p in off.positions:
                if p.body in ("Tỉnh ủy", "Huyện ủy", "Đảng ủy", "Chi bộ", "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"):
                    organ = "Ban Thường vụ" if p.role.endswith("Ủy viên Ban Thường vụ") else None
                    self.add(p.body, organ, p.locality, p.evidence[0] if p.evidence else 0)
                elif p.body and p.body.startswith(("Đảng đoàn", "Ban cán sự đảng")):
                    # FORMAT.md: Party groups in state and mass bodies are committees as the text names them
                    self.add(p.body, None, p.locality, p.evidence[0] if p.evidence else 0)
        return list(self.found.values())

    def _listed(self) -> None:
        """One committee for every unit of a list after a plural committee phrase."""
        text = self.text
        for m in _LISTED.finditer(text):
            head = m.group(0)
            if not (m.group("cw") or re.search(r"Đảng bộ|Đảng ủy|đảng bộ|đảng ủy", head)):
                continue
            if not (m.group("cw") or m.group("lw")):
                continue
            level = {"Tỉnh ủy": "province", "Huyện ủy": "district", "Thành ủy": "district", "Đảng ủy": "commune"}.get(
                m.group("cw") or "") or _LEVEL_OF_LW.get(m.group("lw") or "")
            organ = _organ(m.group("organ"))
            if not level:
                continue
            for men in self.ctx.listed_after(m.end(), level=level):
                self.add(_PARTY_OF_LEVEL[level], organ, men.label, m.start(), level)

    def _explicit_mention(self, start: int, end: int, level: str) -> Mention | None:
        name = self.text[start:end].strip()
        m = re.match(r"(tỉnh|huyện|xã|phường|thị trấn|quận|thị xã|thành phố|TP\.?|P\.)\s*", name)
        if m:
            return None  # a level word: already a locality mention
        mention = self.ctx.mention_for_name(start + (len(self.text[start:end]) - len(self.text[start:end].lstrip())), name, level)
        if mention is None and level == "district":
            mention = self.ctx.mention_for_name(start, name, "province")
        if mention is not None:
            self.parser._resolve(mention)
        return mention

    def _party_org(self, m: re.Match[str], organ: str | None) -> None:
        text = self.text
        after = m.end()
        if _GENERIC_AFTER.match(text[after:after + 300]):
            return
        if _AGENCY.match(text[after:after + 300]):
            lab, lvl, _end = self.parser.agency_locality(text, after)
            self.add("Đảng ủy", organ, lab, m.start())
            return
        lm = _DB_LEVEL.match(text[after:after + 300])
        if lm:
            level = _LEVEL_OF_LW[lm.group("lw")]
            if lm.group("name"):
                lab, lvl, lend, explicit = self.parser._locality(text, after, level, False)
                if lab is None:
                    return
                level = lvl or level
            else:
                lab = self.ctx.focus_label(level)
                if lm.group("lw") == "thành phố":
                    level = "province" if self.parser._central_city_context() else "district"
                    lab = self.ctx.focus_label(level)
            body = _PARTY_OF_LEVEL.get(level)
            if body:
                self.add(body, organ, lab, m.start(), level)
            return
        # "Đảng bộ, chính quyền huyện X" / bare "Đảng bộ" (the article's own committee)
        return

    def _cell(self, m: re.Match[str]) -> None:
        text = self.text
        after = m.end()
        cm = re.match(rf"^ *(?P<vw>thôn|ấp|bản|khu phố|tổ dân phố|khu dân cư)? *(?P<name>{CELL_NAME})(?: (?P<low>[{LOWER}]+ [{LOWER}]+))?", text[after:after + 300])
        lowercase_word = m.group("word") == "chi bộ"
        if cm:
            name = cm.group("name")
            vw = cm.group("vw")
            if vw:
                loc = f"{vw} {name}"
            elif name.isdigit():
                loc = f"Chi bộ {name}"
            else:
                # a cell named after an organisation ("Chi bộ Công an xã"): keep its words
                lm = re.match(rf"^ *({CAP_WORD}(?: {CAP_WORD}){{0,3}}(?: (?:xã|phường|huyện|tỉnh|thị trấn))?)", text[after:after + 300])
                cand = lm.group(1) if lm else name
                village = self._known_village(cand)
                loc = village or f"Chi bộ {cand}"
            self.last_cell = loc
            self.add("Chi bộ", None, loc, m.start(), "cell")
            return
        if not lowercase_word and not re.match(r"^ *(?:trực thuộc|cơ sở)", text[after:after + 300]) and \
                not re.search(r"(các|những|\d+)\s*$", text[max(0, m.start() - 8):m.start()]):
            self.add("Chi bộ", None, self.last_cell, m.start(), "cell")

    def _known_village(self, name: str) -> str | None:
        for men in self.ctx.mentions:
            if men.level == "village" and men.name == name.split(" xã")[0]:
                return men.label
        return None


def find_committees(ctx: Context, parser: TitleParser, officials: list[Official]) -> tuple[list[Committee], list[Mention]]:
    finder = CommitteeFinder(ctx, parser)
    committees = finder.find(officials)
    return committees, finder.named
