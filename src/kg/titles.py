"""The grammar of Vietnamese official titles.

A title list is one or more titles separated by commas (``Tỉnh ủy viên, Bí thư Huyện ủy``,
``Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện``). A title is::

    [nguyên|tân] ROLE [BODY] [LOCALITY] [khóa X] [nhiệm kỳ YYYY-YYYY]

ROLE comes from ``data/roles.tsv``, BODY from ``data/bodies.tsv`` or is written in full from a
head word of ``data/body_heads.txt`` (``Ban Tổ chức Tỉnh ủy``, ``Phòng Nội vụ``), LOCALITY is a
level word with or without a name (``huyện``, ``tỉnh Nghệ An``) or, after a committee, a bare name
(``Huyện ủy Lâm Bình``). A Party role without a body (``Phó Bí thư, Chủ tịch UBND huyện``) takes
the committee of its neighbour's level.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (RoleEntry, bodies, body_abbreviations, body_heads, body_levels, body_names, is_central_city,
                      levels, place_aliases, roles)
from .gazetteer import split_type
from .localities import CAP_WORD, LOWER, UPPER, Context, Mention

PARTY_BODY_OF_LEVEL = {"province": "Tỉnh ủy", "district": "Huyện ủy", "commune": "Đảng ủy"}
LEVEL_OF_PARTY_BODY = {"Tỉnh ủy": "province", "Huyện ủy": "district", "Đảng ủy": "commune"}
_AGENCY_NAME = re.compile(r"\s*(?:UBND|Ủy ban nhân dân|Khối các cơ quan|Khối doanh nghiệp|Khối cơ quan|Khối|Quân sự"
                          r"|Công an|Bộ đội Biên phòng|cơ quan)?(?:\s+và\s+doanh nghiệp)?\s*(?P<lw>tỉnh|huyện|thành phố|thị xã|quận)?")
_CENTRAL_AFTER = re.compile(r"\s*Trung\s+ương")
AGENCY_AFTER_DANG_UY = re.compile(r"^\s*(UBND|Ủy ban nhân dân|cơ quan|Khối|Quân sự|Công an|Bộ đội|Biên phòng|các cơ quan|doanh nghiệp|Mặt trận)", re.I)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ROLE_RE = None
_BODY_RE = None
_LEVEL_RE = None
_HEAD_RE = None
_KNOWN_RE: dict[str, re.Pattern[str]] = {}
# "Phó Giám đốc phụ trách Sở Nội vụ": the deputy in charge, of the body that follows
_IN_CHARGE = re.compile(rf"(?:\s+(?:phụ\s+trách|Phụ\s+trách)(?=\s+[{UPPER}]))?")
# the name of a Party cell or its village: a number stands alone ("Chi bộ ấp 4 Trần Thị Mai": the
# secretary's name follows), else up to four capitalised words
CELL_NAME = rf"(?:\d+[A-Z]?(?![{LOWER}{UPPER}\w])|{CAP_WORD}(?: {CAP_WORD}){{0,3}})"
# bodies that have no locality of their own (central Party organs, the State, the Government,
# the National Assembly as a whole)
LOCALITY_FREE_BODIES = frozenset({"Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư", "Nhà nước", "Chính phủ", "Quốc hội"})
# what may follow a body's own name as its parent body (kept in the body, FORMAT.md: "Ban Tổ chức
# Tỉnh ủy", "Ban Pháp chế HĐND", "Ủy ban Kinh tế của Quốc hội", "Ủy ban Kiểm tra Trung ương")
_PARENT = re.compile(
    r",? (?:Ủy ban )?(?:MTTQ|Mặt trận Tổ quốc)(?: Việt Nam)?(?![\w])|"  # "Ban Công tác phụ nữ, Ủy ban MTTQ Việt Nam"
    r" (?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|"
    r"Trung ương(?: Đảng)?|của Quốc hội|Quốc hội|Việt Nam|(?:Ủy ban )?(?:MTTQ|Mặt trận Tổ quốc)(?: Việt Nam)?|"
    r"Tỉnh [đĐ]oàn|Huyện [đĐ]oàn|Thành [đĐ]oàn|Chính phủ)(?![\w])")
# where a body written in full ends when it is not a known name: punctuation, a level word, a
# verb or conjunction that opens the rest of the clause, a person's name
_BODY_STOP = None


def _body_stop() -> re.Pattern[str]:
    global _BODY_STOP
    if _BODY_STOP is None:
        verbs = ("chủ trì", "đồng chủ trì", "dự", "tham dự", "phát biểu", "cho biết", "tặng", "kiểm tra", "làm việc",
                 "làm", "được", "đã", "đang", "sẽ", "cùng", "nhấn mạnh", "khẳng định", "báo cáo", "trao", "thay mặt",
                 "đối với", "tham gia", "giữ chức", "nhận", "trình bày", "phụ trách", "với số phiếu", "với", "tại",
                 "về", "thăm", "đến", "chúc mừng", "yêu cầu", "đề nghị", "chỉ đạo", "có", "là", "gồm", "trong",
                 "và ông", "và bà", "và đồng chí", "và các", "và lãnh đạo", "và đại diện", "và những", "cũng", "tiếp tục", "vừa", "mới", "nay", "từ")
        # "dự" attends, but "dự án", "dự toán", "dự bị" are nouns inside a body's name
        alts = "|".join(re.escape(v) + (r"(?! (?:án|toán|báo|thảo|trữ|phòng|bị))" if v == "dự" else "")
                        for v in sorted(verbs, key=len, reverse=True))
        _BODY_STOP = re.compile(
            rf"[,;.()\n:]| [-–] (?=[{UPPER}][{LOWER}]+ [{UPPER}])| (?:tỉnh|huyện|xã|phường|thị trấn|quận|thị xã|thành phố)(?![{LOWER}\w])"
            rf"| (?:{alts})(?![{LOWER}\w])| [{UPPER}][{LOWER}]+ [{UPPER}][{LOWER}]+ [{UPPER}]")
    return _BODY_STOP


def _known_body(text: str, pos: int, prefix: str = "") -> re.Match[str] | None:
    """The longest known body name (``data/body_names.tsv``) at ``pos``; with ``prefix`` (``Ban ``),
    the names of that head word with the head word already consumed by the role."""
    pat = _KNOWN_RE.get(prefix)
    if pat is None:
        names = [n[len(prefix):] for n in body_names() if not prefix or n.startswith(prefix)]
        # a name ending in "khu vực" is followed by its number ("Học viện Chính trị khu vực IV")
        alts = "|".join(r"\s+".join(re.escape(w) for w in n.split()) + (r"(?:\s+(?:[IVX]+|\d+))?" if n.endswith("khu vực") else "")
                        for n in sorted(names, key=len, reverse=True))
        pat = _KNOWN_RE[prefix] = re.compile(rf"(?:{alts})(?![{LOWER}{UPPER}\w])", re.I)
    return pat.match(text, pos)


def _board_key(name: str) -> str:
    return name.casefold().replace(" - ", " ").replace("-", " ")


@lru_cache(maxsize=None)
def _implied_parents() -> dict[str, str]:
    """Board name key → the parent only one kind of body has (``data/body_names.tsv``)."""
    return {_board_key(name): parent for name, parent in body_names().items() if parent}


def _implied_parent(body: str) -> str | None:
    """``Ban Pháp chế`` → ``HĐND``: the parent of a board that only one kind of body has."""
    return _implied_parents().get(_board_key(body))


@lru_cache(maxsize=1)
def _abbreviation_re() -> re.Pattern[str]:
    # "VH-XH", "VH- XH", "VH -XH": spaces around a hyphen or an ampersand vary in print
    keys = sorted({_tight(a) for a in body_abbreviations()}, key=len, reverse=True)
    alts = (re.sub(r"\\([-&])", r"\\s*\\\1\\s*", re.escape(a)) for a in keys)
    return re.compile(r"(?<![\w])(" + "|".join(alts) + r")(?![\w])")


def _tight(abbreviation: str) -> str:
    return re.sub(r"\s*([-&])\s*", r"\1", abbreviation)


@lru_cache(maxsize=1)
def _abbreviation_table() -> dict[str, str]:
    return {_tight(a): full for a, full in body_abbreviations().items()}


def _expand_abbreviations(body: str) -> str:
    """``Hội LHPN`` → ``Hội Liên hiệp Phụ nữ`` (``data/body_abbreviations.tsv``)."""
    table = _abbreviation_table()
    return _abbreviation_re().sub(lambda m: table[_tight(m.group(1))], body)


def _compile() -> None:
    global _ROLE_RE, _BODY_RE, _LEVEL_RE, _HEAD_RE
    if _ROLE_RE is not None:
        return
    b = rf"(?![{LOWER}{UPPER}\w])"
    _ROLE_RE = re.compile(rf"(?:(?P<pre>nguyên|tân|quyền|Nguyên|Tân|Quyền)\s+)?(?P<role>{_alt(r.surface for r in roles().values())}){b}", re.I)
    _BODY_RE = re.compile(rf"(?P<body>{_alt(x.surface for x in bodies().values())}){b}", re.I)
    _LEVEL_RE = re.compile(rf"(?P<lw>{_alt(levels())}){b}|(?P<lw2>{_alt(w for w in levels() if w.endswith('.'))})", re.I)
    _HEAD_RE = re.compile(rf"(?P<head>{_alt(body_heads())}){b}")


# agencies with a Party committee of their own ("Đảng ủy Công an tỉnh", "Đảng ủy Quân sự tỉnh")
_AGENCY_BODIES = ("Công an", "Bộ Chỉ huy Quân sự", "Ban Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng", "Sở ",
                  "Bệnh viện", "Trường")


@dataclass
class ParsedTitle:
    role: str
    body: str | None
    locality: str | None
    level: str | None  # level of the body's locality, for neighbours
    start: int
    end: int
    party_bare: bool = False  # a Party role whose body was not written
    implied: bool = False  # the locality was not written but taken from the article's context


_SKIP_TAIL = re.compile(r"^,?\s*(?:(?:khóa|khoá)\s+[\wĐđ]+|nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}|\(\s*khóa\s+[\w]+\s*\))", re.I)
_NAME_AFTER = re.compile(rf"^ ?(?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,4}})")


def _role_match(text: str, pos: int):
    _compile()
    return _ROLE_RE.match(text, pos)


class TitleParser:
    """Parses title lists against one article's context (for bare level words)."""

    def __init__(self, ctx: Context) -> None:
        _compile()
        self.ctx = ctx

    # -- locality after a body ----------------------------------------------------------------
    def _locality(self, text: str, pos: int, body_level: str | None, committee: bool) -> tuple[str | None, str | None, int, bool]:
        """(label, level, end, explicit) of a locality starting at ``pos``."""
        m = re.match(r" *", text[pos:])
        p = pos + (m.end() if m else 0)
        lm = _LEVEL_RE.match(text, p)
        if lm:
            word = (lm.group("lw") or lm.group("lw2"))
            canon, lvl = levels().get(word) or levels().get(word.lower()) or (None, None)
            if canon and lvl != "village":
                after = lm.end()
                nm = _NAME_AFTER.match(text[after:after + 300]) if text[after:after + 1] in " ." or word.endswith(".") else None
                if word.endswith(".") and not nm:
                    nm = re.match(rf"^(?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,4}})", text[after:after + 300])
                if nm:
                    name = nm.group("name")
                    mention = self.ctx._make_mention(p, after + nm.start("name"), name, canon, lvl)
                    if mention is not None and (mention.candidates or mention.level == "village"):
                        self._resolve(mention)
                        return mention.label, mention.level, mention.end, True
                level = {"province_or_district": body_level or "province"}.get(lvl, lvl)
                if canon == "thành phố" and body_level in ("province", "district"):
                    level = body_level
                elif canon == "thành phố" and body_level is None and lvl == "province_or_district":
                    # a bare "thành phố" is the province only where the province is a city
                    level = "province" if self._central_city_context() else "district"
                return self.ctx.focus_label(level, at=lm.start()), level, lm.end(), False
        # a province's usual abbreviation after any body: "Thành ủy TPHCM", "UBND TPHCM"
        if text[p:p + 1].isupper():
            for alias, (word, name) in place_aliases().items():
                if text.startswith(alias, p) and not re.match(r"\w", text[p + len(alias): p + len(alias) + 1]):
                    cands = self.ctx.gz.lookup(name, "province", "old") + self.ctx.gz.lookup(name, "province", "new")
                    mention = Mention(p, p + len(alias), word, name, "province", candidates=cands)
                    self._resolve(mention)
                    return mention.label, "province", p + len(alias), True
        # a bare name after a committee word: "Huyện ủy Lâm Bình"
        if committee:
            nm = re.match(rf"(?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,4}})", text[p:])
            if nm and body_level in ("province", "district", "commune"):
                level = body_level
                mention = self.ctx.mention_for_name(p, nm.group("name"), level)
                if mention is None and level == "district":
                    mention = self.ctx.mention_for_name(p, nm.group("name"), "province")
                if mention is not None:
                    self._resolve(mention)
                    return mention.label, mention.level, mention.end, True
        return None, None, pos, False

    def _resolve(self, mention: Mention) -> None:
        mention.unit = self.ctx.choose(mention.candidates)
        mention.unit_new = self.ctx.choose_new(mention)

    # -- one title --------------------------------------------------------------------------------
    def parse_one(self, text: str, pos: int) -> ParsedTitle | None:
        m = _role_match(text, pos)
        if not m:
            return None
        entry: RoleEntry = roles()[m.group("role").casefold()]
        role = entry.role
        if m.group("pre") and m.group("pre").lower() == "nguyên":
            role = "nguyên " + role
        elif m.group("pre") and m.group("pre").lower() == "quyền":
            role = "Quyền " + role  # an acting head ("Quyền Chủ tịch UBND huyện"): a post as written
        end = m.end()
        end = _IN_CHARGE.match(text, end).end()
        body: str | None = entry.body
        level: str | None = None
        locality: str | None = None
        if body is not None:
            # "Tỉnh ủy viên", "Ủy viên Bộ Chính trị": the body is implied by the role
            if body in ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy"):
                if body == "Thành ủy":
                    body = "Tỉnh ủy" if self._central_city_context() else "Huyện ủy"
                level = LEVEL_OF_PARTY_BODY[body]
                locality = self.ctx.focus_label(level, at=pos)
            elif body not in LOCALITY_FREE_BODIES:
                # "Trưởng đoàn ĐBQH tỉnh", "đại biểu HĐND huyện X": the locality follows
                lab, lvl, lend, explicit = self._locality(text, end, None, False)
                if lab is not None or lend > end:
                    locality, level, end = lab, lvl, lend
                elif body == "Đoàn đại biểu Quốc hội":
                    locality, level = self._default_locality(body, pos)
            return ParsedTitle(role, body, locality, level, pos, self._tail(text, end))
        sp = re.match(r" *", text[end:end + 300]).end()
        bm = _BODY_RE.match(text, end + sp)
        hm = _HEAD_RE.match(text, end + sp) if not bm else None
        if role.endswith("Chánh Văn phòng") and re.match(rf" *[{UPPER}]", text[end:end + 300]) and not (hm and hm.group("head") == "Văn phòng"):
            # "Chánh Văn phòng Tỉnh ủy": the office of that committee
            return self._written_body(role, text, pos, end + sp, prefix="Văn phòng ")
        if bm:
            b = bodies()[bm.group("body").casefold()]
            body = b.body
            bend = bm.end()
            if b.kind == "committee":
                if body == "Thành ủy":
                    body, lab, lvl, lend, _explicit = self.city_committee(text, bend)
                    return ParsedTitle(role, body, lab, lvl, pos, self._tail(text, lend))
                if body == "Chi bộ":
                    cm = re.match(rf" *(?P<name>(?:(?:thôn|ấp|bản|khu phố|tổ dân phố) )?{CELL_NAME})", text[bend:])
                    if cm:
                        name = cm.group("name")
                        loc = name if re.match(r"(thôn|ấp|bản|khu phố|tổ dân phố) ", name) else f"Chi bộ {name}"
                        return ParsedTitle(role, "Chi bộ", loc, "cell", pos, self._tail(text, bend + cm.end()))
                    return ParsedTitle(role, "Chi bộ", None, "cell", pos, self._tail(text, bend))
                if body == "Đảng ủy" and AGENCY_AFTER_DANG_UY.match(text[bend:bend + 300]):
                    # an agency Party committee ("Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Quân sự
                    # tỉnh"): the locality of the province or district it serves (FORMAT.md)
                    lab, level, aend = self.agency_locality(text, bend)
                    return ParsedTitle(role, "Đảng ủy", lab, level, pos, self._tail(text, aend))
                lvl0 = b.level
                lab, lvl, lend, explicit = self._locality(text, bend, lvl0, True)
                if body == "Đảng bộ":
                    # "Ủy viên BCH Đảng bộ tỉnh": a Party organisation is its committee (FORMAT.md)
                    body = PARTY_BODY_OF_LEVEL.get(lvl or "")
                    if body is None:
                        return ParsedTitle(role, None, None, None, pos, self._tail(text, lend), party_bare=entry.kind == "party")
                    return ParsedTitle(role, body, lab, lvl, pos, self._tail(text, lend))
                if lab is None:
                    lvl = lvl0
                    lab = self.ctx.focus_label(lvl0, at=pos) if lvl0 in ("province", "district", "commune") else None
                    return ParsedTitle(role, body, lab, lvl, pos, self._tail(text, lend), implied=True)
                return ParsedTitle(role, body, lab, lvl, pos, self._tail(text, lend))
            if b.kind == "central":
                return ParsedTitle(role, body, None, None, pos, self._tail(text, bend))
            # state and other bodies: locality follows
            lab, lvl, lend, explicit = self._locality(text, bend, None, False)
            if body in ("Chính phủ", "Quốc hội"):
                lab, lvl = None, None
            role, body = self._fuse(role, body)
            return ParsedTitle(role, body, lab, lvl, pos, self._tail(text, lend))
        # "Trưởng ban Tuyên giáo ...", "Trưởng phòng Nội vụ ...": the head word is in the role
        if role.endswith("Trưởng ban") or role.endswith("Trưởng ban Thường trực"):
            if re.match(rf" *[{UPPER}]", text[end:end + 300]) and not (hm and hm.group("head") == "Ban"):
                return self._written_body(role, text, pos, end + sp, prefix="Ban ")
        if hm:
            return self._written_body(role, text, pos, hm.start())
        if m.group("role").lower().endswith("phòng") and re.match(rf" *[{UPPER}{LOWER}]", text[end:end + 300]):
            return self._written_body(role, text, pos, end + sp, prefix="Phòng ")
        # a bare level word: "Chủ tịch tỉnh Phú Yên" is the chair of the People's Committee
        lab, lvl, lend, explicit = self._locality(text, end, None, False)
        if lab is not None or lend > end:
            if entry.kind == "party":
                body = PARTY_BODY_OF_LEVEL.get(lvl or "", None)
                return ParsedTitle(role, body, lab, lvl, pos, self._tail(text, lend))
            if role in ("Chủ tịch", "Phó Chủ tịch"):
                return ParsedTitle(role, "UBND", lab, lvl, pos, self._tail(text, lend))
        return ParsedTitle(role, None, None, None, pos, self._tail(text, end), party_bare=entry.kind == "party")

    def city_committee(self, text: str, pos: int) -> tuple[str, str | None, str | None, int, bool]:
        """(body, locality, level, end, explicit) of the ``Thành ủy`` whose name starts at ``pos``: the
        committee of a centrally-run city is a ``Tỉnh ủy`` (FORMAT.md), that of a city inside a
        province a ``Huyện ủy`` (``Thành ủy Thái Bình``, the city, whose province is no city;
        ``Thành ủy Huế`` before Huế was centrally run)."""
        lab, lvl, lend, explicit = self._locality(text, pos, "province", True)
        if lvl == "province" and explicit and lab:
            word, name = split_type(lab)
            if word == "tỉnh" or not is_central_city(name, self.ctx.year):
                city = self.ctx.mention_for_name(lend - len(name), name, "district")
                if city is not None and city.candidates:
                    self._resolve(city)
                    lab, lvl = city.label, "district"
        if lvl == "district" or (lab is None and not self._central_city_context()):
            if lab is None:
                lab, lvl = self.ctx.focus_label("district"), "district"
            return "Huyện ủy", lab, lvl, lend, explicit
        if lab is None:
            lab, lvl = self.ctx.focus_label("province"), "province"
        return "Tỉnh ủy", lab, lvl, lend, explicit

    def agency_locality(self, text: str, pos: int) -> tuple[str | None, str | None, int]:
        """(locality, level, end) of an agency Party committee whose name starts at ``pos``
        (``Đảng ủy Khối các cơ quan tỉnh``, ``Đảng ủy Quân sự huyện``): the province or district
        it serves, the province when the name says no level (FORMAT.md settled cases)."""
        am = _AGENCY_NAME.match(text, pos)
        central = _CENTRAL_AFTER.match(text, am.end()) if am and not am.group("lw") else None
        if central:
            # "Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Công an Trung ương": serves no unit
            return None, None, central.end()
        word = am.group("lw") if am else None
        level = {"tỉnh": "province", "huyện": "district", "thị xã": "district", "quận": "district",
                 "thành phố": "province" if self._central_city_context() else "district"}.get(word or "", "province")
        return self.ctx.focus_label(level), level, am.end() if am else pos

    def _written_body(self, role: str, text: str, pos: int, hstart: int, prefix: str = "") -> ParsedTitle:
        """A body written in full: a known name (``data/body_names.tsv``) and the parent body after
        it, else up to a level word, a comma, a verb or a name (:func:`_body_stop`)."""
        km = _known_body(text, hstart, prefix)
        parent_written = False
        if km:
            bend = km.end()
            pm = _PARENT.match(text, bend)
            if pm:
                bend = pm.end()
                parent_written = True
        else:
            sm = _body_stop().search(text, hstart)
            bend = sm.start() if sm else len(text)
        raw = text[hstart:bend].strip()
        # "Ban Tổ chức Tỉnh ủy Hà Tĩnh": keep the committee word, its name is the locality
        lab, lvl = None, None
        cm = re.search(r"(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Trung ương(?: Đảng)?)(?P<rest>.*)$", raw)
        if cm and cm.group(1).startswith("Trung ương") and cm.group("rest").strip():
            cm = None  # "Ủy ban Trung ương MTTQ Việt Nam": "Trung ương" inside the body's own name
        body_text = raw
        implied_unit = False  # "Ban Dân vận Huyện ủy" written without its unit
        if cm:
            body_text = raw[: cm.end(1)]
            word = cm.group(1)
            if word.startswith("Trung ương"):
                lab, lvl = None, None
            else:
                lvl0 = {"Tỉnh ủy": "province", "Thành ủy": "province", "Huyện ủy": "district", "Quận ủy": "district",
                        "Thị ủy": "district", "Đảng ủy": "commune"}[word]
                if word == "Thành ủy" and not self._central_city_context():
                    lvl0 = "district"
                rest = cm.group("rest").strip()
                lab, lvl = self.ctx.focus_label(lvl0), lvl0
                implied_unit = not rest
                if rest:
                    mention = self.ctx.mention_for_name(0, rest, lvl0)
                    if mention is not None:
                        self._resolve(mention)
                        lab = mention.label
        body = (prefix + body_text) if prefix and not body_text.startswith(prefix.strip()) else body_text
        body = _expand_abbreviations(re.sub(r"\s+(?:của|tại|về|với)$", "", re.sub(r"\s+", " ", body).strip(" -–")))
        if not parent_written and cm is None:
            implied = _implied_parent(body)
            if implied:
                body = f"{body} {implied}"
        end = hstart + len(text[hstart:bend].rstrip())
        if cm is None:
            lab2, lvl2, lend, explicit = self._locality(text, end, None, False)
            if lab2 is not None or lend > end:
                lab, lvl, end = lab2, lvl2, lend
        role, body = self._fuse(role, body)
        if lab is None and body:
            lab, lvl = self._default_locality(body, pos)
        return ParsedTitle(role, body or None, lab, lvl, pos, self._tail(text, end), implied=implied_unit)

    def _default_locality(self, body: str, at: int | None = None) -> tuple[str | None, str | None]:
        """``Giám đốc Sở Xây dựng`` with no place: the article's province (``data/body_levels.tsv``)."""
        for start, level in body_levels():
            if body.startswith(start):
                return self.ctx.focus_label(level, at=at), level
        if body.endswith(" HĐND") or body.endswith(" Hội đồng nhân dân"):
            return self.ctx.focus_label("province", at=at), "province"
        return None, None

    @staticmethod
    def _fuse(role: str, body: str | None) -> tuple[str, str | None]:
        if body and body.startswith("Ban ") and role in ("Trưởng", "Phó Trưởng", "nguyên Trưởng", "nguyên Phó Trưởng"):
            role = role + " ban"
        if body == "Đoàn đại biểu Quốc hội" and role.endswith("Trưởng ban"):
            role = role[: -len(" ban")]
        return role, body

    def _central_city_context(self) -> bool:
        prov = self.ctx.focus.get("province") if self.ctx.era == "old" else self.ctx.focus_new.get("province")
        return bool(prov and is_central_city(prov.name, self.ctx.year))

    @staticmethod
    def _tail(text: str, end: int) -> int:
        while True:
            m = _SKIP_TAIL.match(text[end:end + 300])
            if not m:
                return end
            end += m.end()

    # -- title lists -----------------------------------------------------------------------------
    def parse_list(self, text: str, pos: int) -> list[ParsedTitle]:
        """Titles from ``pos`` on, separated by commas or ``kiêm``; stops at the first non-title."""
        out: list[ParsedTitle] = []
        p = pos
        while True:
            t = self.parse_one(text, p)
            if t is None:
                break
            out.append(t)
            sm = re.match(r"\s*(?:,? kiêm|;? kiêm|kiêm|,|\s*và| [-–—](?= ))\s*", text[t.end:])
            if not sm and t.body is None and not t.party_bare:
                sm = re.match(r" +", text[t.end:])  # "Bộ trưởng Chủ nhiệm Văn phòng Chính phủ": no comma
            if not sm:
                break
            nxt = t.end + sm.end()
            if not _role_match(text, nxt):
                break
            p = nxt
        self._fill_bare(out)
        self._fill_implied(out)
        for t, n in zip(out, out[1:]):
            if t.body is None and not t.party_bare and n.body is not None:
                # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": two posts of the body written once
                t.body, t.locality, t.level = n.body, n.locality, n.level
        return out

    @staticmethod
    def _fill_implied(titles: list[ParsedTitle]) -> None:
        """``Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Thanh Oai``: a committee written
        without its unit is the one a later title of the chain names at its level."""
        for i, t in enumerate(titles):
            if not t.implied or t.level not in ("province", "district", "commune"):
                continue
            nxt = titles[i + 1] if i + 1 < len(titles) else None
            if t.body == "Đảng ủy" and nxt is not None and nxt.body and nxt.locality and not nxt.implied \
                    and nxt.body.startswith(_AGENCY_BODIES):
                # "Bí thư Đảng ủy, Giám đốc Công an tỉnh": the agency's Party committee, with the
                # locality of the unit the agency serves (FORMAT.md settled cases)
                t.locality, t.level = nxt.locality, nxt.level
                continue
            for n in titles[i + 1:]:
                if n.level == t.level and n.locality and not n.implied:
                    t.locality = n.locality
                    break

    @staticmethod
    def _fill_bare(titles: list[ParsedTitle]) -> None:
        for i, t in enumerate(titles):
            if not t.party_bare:
                continue
            neighbours = titles[i + 1:] + titles[:i][::-1]
            for n in neighbours:
                if n.level in PARTY_BODY_OF_LEVEL:
                    t.body = PARTY_BODY_OF_LEVEL[n.level]
                    t.locality = n.locality
                    t.level = n.level
                    break
