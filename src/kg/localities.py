"""Localities: units named in the text, resolved against the gazetteer in the article's context.

A mention is a level word and a name (``xã Thuận``, ``TP.Cao Lãnh``, ``tổ dân phố 2``), a name
after a committee word (``Huyện ủy Chợ Lách``), or a name in a list introduced by a level word
(``5 xã ..., gồm: Hưng Khánh Trung B, Phú Phụng``). Resolution picks, among namesakes, the unit
whose parents the article names or whose province the publisher covers (:class:`Context`).
Units followed by a foreign country in brackets are not Vietnamese units.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import unquote, urlparse

from .dates import REFORM_MARKERS_RE, article_year
from .document import Doc
from .gazetteer import REFORM_DATE, Gazetteer, Unit, gazetteer, name_key
from .lexicon import is_central_city, levels, place_aliases, publishers, surnames
from .normalize import LOWER, UPPER, slug_key

CAP_WORD = rf"(?:[{UPPER}][{LOWER}{UPPER}']*|\d+[A-Z]?)"
NAME_RUN = rf"{CAP_WORD}(?:(?: +| *[-–] *){CAP_WORD}){{0,5}}"
FOREIGN = re.compile(r"^\s*[(,]\s*(?:[^()]*,\s*)?(Trung Quốc|Lào|Campuchia|Thái Lan|Hàn Quốc|Nhật Bản|Hoa Kỳ|Mỹ|Pháp|Nga|Cuba|CHDCND Lào)\s*\)")
LEVEL_OF_WORD = {"tỉnh": "province", "huyện": "district", "quận": "district", "thị xã": "district",
                 "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune"}
_NOT_NAMES = {"Ủy", "Uỷ", "Ngày", "Đảng", "Nhân", "Chủ", "Phó", "Bí", "Trung", "Đoàn", "Khóa", "Nhiệm"}
# first words of _NOT_NAMES that also begin unit names the gazetteer has ("xã Đoàn Kết", "phường
# Trung Hòa"), read as names then, and not in "Tỉnh Đoàn", "huyện Trung ương"
_NAME_IF_KNOWN = {"Đoàn", "Trung", "Nhân", "Phó"}
_NUMBERED = {"quận", "phường", "thôn", "bản", "ấp", "tổ dân phố", "khu phố", "xóm", "tổ"}
_LOWER_ONLY = {"làng", "xóm", "buôn", "plei"}
_URL_STOP = {("dia", "phuong"), ("xa", "hoi")}
_COMMITTEE_NAME = re.compile(rf"(?P<word>Tỉnh ủy|Tỉnh Ủy|Thành ủy|Thành Ủy|Huyện ủy|Huyện Ủy|Quận ủy|Thị ủy|"
                             rf"Tỉnh [đĐ]oàn|Huyện [đĐ]oàn|Thành [đĐ]oàn) (?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,3}})")
# the same words in lower case ("Bí thư huyện ủy Can Lộc"), read only when the text writes them so
# (a pattern that may start at any "t" or "h" would cost more than all the others)
_LOWER_COMMITTEE_WORDS = ("tỉnh ủy ", "thành ủy ", "huyện ủy ", "quận ủy ", "thị ủy ")
_COMMITTEE_NAME_LOWER = re.compile(rf"(?<!\w)(?P<word>tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy) (?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,3}})")
_WITHIN_WARD = re.compile(r"\s*(?:,|thuộc|-)\s*(?:phường|xã|thị trấn|khu phố|thôn)\s")
_COMMITTEE_LEVEL = {"tỉnh ủy": "province", "thành ủy": "district", "huyện ủy": "district", "quận ủy": "district", "thị ủy": "district",
                    "tỉnh đoàn": "province", "huyện đoàn": "district", "thành đoàn": "district"}  # (and the Youth Union's)
# the level word a unit of a level takes when the text writes none
_WORD_OF_LEVEL = {"province": "tỉnh", "district": "huyện", "commune": "xã"}
# the level word a district committee's name implies, as the unit stood when the text was written
# ("Huyện ủy Kim Bảng" of 2024 is of huyện Kim Bảng, though the gazetteer lists the thị xã it became)
_WORD_OF_COMMITTEE = {"huyện ủy": "huyện", "quận ủy": "quận", "thị ủy": "thị xã", "huyện đoàn": "huyện"}
# the site a text credits: "(Baohatinh.vn) - …", "Nguồn: baobacgiang.vn", "Theo Báo Hà Tĩnh điện tử
# (baohatinh.vn)"
_CREDIT = re.compile(r"(?i)(?:\(|nguồn\s*:\s*|theo\s+)\s*(?:www\.)?((?:[a-z0-9-]+\.)+(?:vn|com|net|org))\b")
_ACRONYM = re.compile(rf"^[{UPPER}]{{2,}}$")


def _level_words_regex() -> str:
    words = sorted(levels(), key=len, reverse=True)
    alts = []
    for w in words:
        esc = re.escape(w)
        if w[0].islower():
            esc = f"[{w[0]}{w[0].upper()}]" + re.escape(w[1:])
        alts.append(esc)
    return "|".join(alts)


_MENTION = None


@lru_cache(maxsize=1)
def _alias_re() -> re.Pattern[str]:
    """Every place alias (``TPHCM``, ``TP.HCM``) in one pattern, longest first; the character
    before a match is tested by the caller (a pattern that starts with a look-behind is slow)."""
    keys = sorted(place_aliases(), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(a) for a in keys) + r")(?![\w])")


def _mention_re() -> re.Pattern[str]:
    global _MENTION
    if _MENTION is None:
        lw = _level_words_regex()
        # a level word and its name are apart by spaces, or by nothing after a dot ("TP.Vinh"): never
        # glued ("TPO - Trong ...", the Tiền Phong dateline, is no "TP O")
        _MENTION = re.compile(rf"(?<![{LOWER}{UPPER}\w])(?P<lw>{lw})(?: +|(?<=\.) *)(?P<name>{NAME_RUN})")
    return _MENTION


_NEW_TERM = re.compile(r"(?i)nhiệm\s+kỳ\s+2025\s*[-–]\s*2030")
_MERGED = re.compile(r"(?i)thành\s+lập\s+trên\s+cơ\s+sở\s+(?:sáp\s+nhập|hợp\s+nhất|nhập)")


@dataclass
class Mention:
    start: int
    end: int
    word: str  # canonical level word (lower case)
    name: str  # as written (trimmed to the gazetteer's unit when one matches)
    level: str  # province | district | commune | village | cell
    unit: Unit | None = None
    unit_new: Unit | None = None
    candidates: list[Unit] = field(default_factory=list)
    foreign: bool = False
    implied: bool = False  # the level word is not written (a name after a committee word, in a list)

    @property
    def label(self) -> str:
        unit = self.unit or self.unit_new
        if unit is None:
            return f"{self.word} {self.name}"
        former = unit.former and unit.former.get(name_key(self.name))
        if former:
            return f"{former} {self.name}"  # "tỉnh Thừa Thiên Huế" in an article written before the rename
        word = self.word
        if unit.level == "province" or self.implied or word not in LEVEL_OF_WORD and word != "thành phố":
            word = unit.type_word or word
        # the name as the text spells it when it is the gazetteer's name ("Bà Rịa-Vũng Tàu")
        name = self.name if name_key(self.name) == unit.key else unit.name
        return f"{word} {name}"


# how far back (characters) a bare "tỉnh"/"huyện" of an article about several units looks for
# the unit last named: its paragraph and the one before
_ANAPHORA_REACH = 500


def _trim_name(name: str) -> list[str]:
    """Prefixes of a capitalised run, longest first, cut before a person's surname."""
    toks = re.split(r"(\s*[-–]\s*|\s+)", name)
    words = toks[0::2]
    seps = toks[1::2]
    out = []
    for n in range(len(words), 0, -1):
        s = words[0]
        for i in range(1, n):
            s += seps[i - 1] + words[i]
        out.append(s)
    return out


class Context:
    """What the article says about where it is: era, named units, publisher, focus units."""

    def __init__(self, doc: Doc, gz: Gazetteer | None = None) -> None:
        self.doc = doc
        self.gz = gz or gazetteer()
        self.era = self._era()
        hint = None
        if doc.crawl:
            hint = doc.crawl[0]
        self.year = article_year(doc.text, doc.published, hint or self._url_year())
        self.url_units = self._url_units()
        self.mentions: list[Mention] = []
        self.anchor_codes: Counter[str] = Counter()
        self.focus: dict[str, Unit | None] = {}
        self.focus_new: dict[str, Unit | None] = {}
        self._several_units: dict[str, bool] = {}  # level → the article names two units of it or more

    # -- era --------------------------------------------------------------------------------
    def _url_year(self) -> int | None:
        if not self.doc.url:
            return None
        m = re.search(r"/(20\d{2})(\d{2})(?:\d{2})?/", self.doc.url)
        return int(m.group(1)) if m else None

    def _era(self) -> str:
        doc = self.doc
        if doc.published:
            return "new" if doc.published >= REFORM_DATE else "old"
        if doc.crawl:
            y, m, d = doc.crawl
            iso = f"{y:04d}-{(m or 1):02d}-{(d or 1):02d}"
            return "new" if iso >= REFORM_DATE else "old"
        if doc.url:
            m = re.search(r"/(20\d{2})(\d{2})/", doc.url)
            if m:
                return "new" if f"{m.group(1)}-{m.group(2)}-01" >= REFORM_DATE else "old"
        if REFORM_MARKERS_RE.search(doc.text):
            return "new"
        if _NEW_TERM.search(doc.text) and _MERGED.search(doc.text):
            # undated, about the 2025-2030 term of a unit formed by merging others: the 2025 reform
            return "new"
        self._era_guessed = True
        return "old"

    _era_guessed = False

    def _new_only_units(self) -> bool:
        """More units named that exist only after the 2025 reform (``đặc khu Phú Quốc``) than units
        that exist only before it (a district, a province it abolished)."""
        new_only = old_only = 0
        for m in self.mentions:
            eras = {c.era for c in m.candidates if c.type_word == m.word or m.level == "province"}
            if eras == {"new"}:
                new_only += 1
            elif eras == {"old"}:
                old_only += 1
        return new_only > old_only

    # -- publisher -------------------------------------------------------------------------
    def _url_units(self) -> list[Unit]:
        """The units the article's web address names (its publisher's province, units in its path),
        else those of the site the text credits (``(Baohatinh.vn) - Sáng nay …``, ``Nguồn: baobacgiang.vn``:
        a copy on another site, or a text read with no address)."""
        units = self._units_of_url(self.doc.url) if self.doc.url else []
        if units:
            return units
        credit = _CREDIT.search(self.doc.text[:400]) or _CREDIT.search(self.doc.text, max(0, len(self.doc.text) - 400))
        if credit is None or (self.doc.url and credit.group(1).lower() in self.doc.url.lower()):
            return units
        return [u for u in self._units_of_url("http://" + credit.group(1).lower()) if u.level == "province"]

    def _units_of_url(self, url: str) -> list[Unit]:
        if not url:
            return []
        try:
            parsed = urlparse(url if "//" in url else "http://" + url)
        except ValueError:
            return []
        host = (parsed.hostname or "").lower()
        gz = self.gz
        for frag, prov in publishers().items():
            if frag in host:
                if prov is None:
                    return []
                return gz.lookup(prov, "province", "old")[:1]
        labels = [lb for lb in host.split(".") if lb not in ("www", "m", "amp", "gov", "vn", "com", "org", "net", "edu", "info")]
        found: list[Unit] = []
        province: Unit | None = None
        for lb in labels:
            for p in gz.provinces("old"):
                s = slug_key(p.name)
                if (len(s) >= 5 and s in lb) or s == lb:
                    province = p
                    break
            if province:
                break
        if province:
            found.append(province)
        district: Unit | None = None
        for lb in labels:
            base = re.sub(r"\d+$", "", lb)
            if province and slug_key(province.name) in base:
                continue
            for lvl, prefix in (("district", ""), ("commune", "xa"), ("commune", "phuong"), ("commune", "thitran")):
                if prefix and not base.startswith(prefix):
                    continue
                cands = gz.lookup_slug(base[len(prefix):], lvl, "old")
                if province:
                    cands = [c for c in cands if c.province == province.code]
                if district and lvl == "commune":
                    cands = [c for c in cands if c.parent == district.code] or cands
                if len(cands) == 1:
                    found.append(cands[0])
                    if lvl == "district":
                        district = cands[0]
                    if province is None:
                        province = gz.get("old", cands[0].province)
                        if province:
                            found.append(province)
                    break
        if province:
            path = unquote(parsed.path + "/" + (parsed.query or "")).lower()
            tokens = [slug_key(t) for t in re.split(r"[^0-9a-zA-Z\u00c0-\u1ef9]+", path) if t]
            for i, tok in enumerate(tokens):
                lvl = {"xa": "commune", "phuong": "commune", "huyen": "district"}.get(tok)
                if i and (tokens[i - 1], tok) in _URL_STOP or (i + 1 < len(tokens) and (tok, tokens[i + 1]) in _URL_STOP):
                    continue
                if not lvl:
                    continue
                for n in (4, 3, 2, 1):
                    parts = tokens[i + 1: i + 1 + n]
                    slug = "".join(parts)
                    if len(parts) < n or slug == "hoi":
                        continue
                    cands = [c for c in gz.lookup_slug(slug, lvl, "old") if c.province == province.code]
                    if district and lvl == "commune":
                        cands = [c for c in cands if c.parent == district.code] or cands
                    if len(cands) > 1 and lvl == "commune":
                        # "xa-hung-thinh-hung-nguyen": a slug names the commune, then its district
                        rest = tokens[i + 1 + n: i + 1 + n + 4]
                        for k in (3, 2, 1):
                            dslug = "".join(rest[:k])
                            narrowed = [c for c in cands if (d := gz.get("old", c.parent)) is not None
                                        and slug_key(d.name).replace(" ", "") == dslug]
                            if len(narrowed) == 1:
                                cands = narrowed
                                break
                    if len(cands) == 1:
                        if cands[0] not in found:
                            found.append(cands[0])
                        break
                else:
                    if lvl != "commune" or district:
                        continue
                    # "xa-hung-thinh-hung-nguyen" where the commune is gone (merged before the
                    # gazetteer's date): the district written after its two or three syllables
                    for n in (2, 3):
                        rest = tokens[i + 1 + n: i + 1 + n + 3]
                        for k in (3, 2, 1):
                            dc = [c for c in gz.lookup_slug("".join(rest[:k]), "district", "old")
                                  if c.province == province.code] if len(rest) >= k else []
                            if len(dc) == 1:
                                district = dc[0]
                                if district not in found:
                                    found.append(district)
                                break
                        if district:
                            break
        return found

    # -- mentions ---------------------------------------------------------------------------
    def find_mentions(self) -> list[Mention]:
        text = self.doc.text
        out: list[Mention] = []
        for m in _mention_re().finditer(text):
            word_raw = m["lw"]
            canon, lvl = levels().get(word_raw) or levels().get(word_raw.lower()) or levels().get(
                word_raw[0].lower() + word_raw[1:], (None, None))
            if canon is None:
                continue
            name = m["name"]
            first = name.split()[0]
            if first in _NOT_NAMES and not (first in _NAME_IF_KNOWN and " " in name and self._known(name, lvl)):
                continue
            if first[0].isdigit() and canon not in _NUMBERED:
                continue
            if canon == "tổ" and not (first[0].isdigit() and _WITHIN_WARD.match(text, m.start("name") + len(first))):
                continue  # "tổ 8, phường A" is a residents' group; "tổ Công tác", "mỗi tổ 3 người" are no units
            if first[0].isdigit():
                name = first  # "Chi bộ ấp 4 Trần Thị Mai": a numbered unit's name is its number
            if lvl == "village" and canon in _LOWER_ONLY and word_raw[0].isupper():
                continue
            if _ACRONYM.match(first) and not first.isdigit():
                alias = place_aliases().get(first)
                if not alias:
                    continue
                word, aname = alias
                cands = self.gz.lookup(aname, "province", "old") + self.gz.lookup(aname, "province", "new")
                out.append(Mention(m.start(), m.start("name") + len(first), word, aname, "province", candidates=cands))
                continue
            if lvl == "village" and not (name[0].isupper() or name[0].isdigit()):
                continue
            mention = self._make_mention(m.start(), m.start("name"), name, canon, lvl)
            if mention is not None:
                out.append(mention)
        aliases = place_aliases()
        for m in _alias_re().finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_."):
                continue  # inside a word or right after a dot
            if any(x.start <= m.start() < x.end for x in out):
                continue
            word, name = aliases[m.group(0)]
            cands = self.gz.lookup(name, "province", "old") + self.gz.lookup(name, "province", "new")
            out.append(Mention(m.start(), m.end(), word, name, "province", candidates=cands))
        # a bare name after a committee word: "Huyện ủy Chợ Lách", "Đảng bộ ... Thành ủy Đà Lạt"
        named = list(_COMMITTEE_NAME.finditer(text))
        if any(w in text for w in _LOWER_COMMITTEE_WORDS):
            named += _COMMITTEE_NAME_LOWER.finditer(text)
        for m in named:
            if any(x.start <= m.start("name") < x.end for x in out):
                continue
            level = _COMMITTEE_LEVEL[m.group("word").lower()]
            mention = None
            for lv in ([level, "province"] if level == "district" else [level]):
                mention = self.mention_for_name(m.start("name"), m.group("name"), lv)
                if mention is not None:
                    break
            implied_word = _WORD_OF_COMMITTEE.get(m.group("word").lower())
            if mention is not None and mention.level == "district" and implied_word:
                mention.word, mention.implied = implied_word, False
            if mention is None and level in ("district", "commune"):
                # "Huyện ủy Yên Dũng" of 2024: a unit dissolved before the gazetteer's date whose name
                # the gazetteer still knows elsewhere (FORMAT.md: a unit missing from it keeps a null code)
                nm = next((p for p in _trim_name(m.group("name")) if self._place_name(p)), None)
                if nm is not None:
                    mention = Mention(m.start("name"), m.start("name") + len(nm), _WORD_OF_LEVEL[level], nm, level)
            if mention is not None:
                out.append(mention)
        out.sort(key=lambda x: x.start)
        return out

    def _known(self, name: str, level: str) -> bool:
        return bool(self.gz.lookup(name, level, "old") or self.gz.lookup(name, level, "new"))

    def _make_mention(self, start: int, name_start: int, name: str, canon: str, lvl: str) -> Mention | None:
        text = self.doc.text
        if lvl == "village":
            nm = _cut_at_surname(name)
            return Mention(start, name_start + len(nm), canon, nm, "village")
        levels_to_try = {"province": ["province"], "district": ["district"], "commune": ["commune"],
                         "province_or_district": ["province", "district"]}[lvl]
        for prefix in _trim_name(name):
            cands: list[Unit] = []
            for lv in levels_to_try:
                cands = self.gz.lookup(prefix, lv, "old") + self.gz.lookup(prefix, lv, "new")
                if canon == "thành phố" and lv == "province" and not is_central_city(prefix, self.year):
                    cands = []
                if cands:
                    break
            if cands:
                same = [c for c in cands if c.type_word == canon]
                if same:
                    cands = same + [c for c in cands if c.era == "new" and c not in same]
                end = name_start + len(prefix)
                mention = Mention(start, end, canon, prefix, cands[0].level, candidates=cands)
                mention.foreign = bool(FOREIGN.match(text[end:end + 60]))
                return mention
        nm = _cut_at_surname(name)
        if nm.split()[0] in surnames() and lvl != "village" and not self._place_name(nm):
            return None  # "UBND tỉnh Trần Lạc, …": a person after the level word, not a unit
        first_level = levels_to_try[-1] if canon == "thành phố" else levels_to_try[0]
        mention = Mention(start, name_start + len(nm), canon, nm, first_level)
        mention.foreign = bool(FOREIGN.match(text[mention.end:mention.end + 60]))
        return mention

    def _place_name(self, name: str) -> bool:
        """The gazetteer names some unit so, at any level or era: a unit missing at this level
        (``huyện Yên Dũng``, dissolved before the gazetteer's date, lives on in ``phường Yên Dũng``)
        is still a place, not a person whose surname opens it."""
        return self.gz.knows(name)

    def mention_for_name(self, start: int, name: str, level: str) -> Mention | None:
        """A mention of ``name`` known to be of ``level`` (after a committee word, in a list)."""
        word = _WORD_OF_LEVEL[level]
        for prefix in _trim_name(name):
            cands = self.gz.lookup(prefix, level, "old") + self.gz.lookup(prefix, level, "new")
            if cands:
                return Mention(start, start + len(prefix), cands[0].type_word or word, prefix, level, candidates=cands,
                               implied=True)
        return None

    # -- resolution -------------------------------------------------------------------------
    def resolve_all(self, extra: list[Mention] = ()) -> None:
        self.mentions = [m for m in self.find_mentions() if not m.foreign] + list(extra)
        self.mentions.sort(key=lambda x: x.start)
        if self._era_guessed and self._new_only_units():
            self.era = "new"  # nothing dates the article, but it names units only the reform made
        anchors: Counter[str] = Counter()
        for u in self.url_units:
            anchors[u.code] += 2
        for m in self.mentions:
            old = [c for c in m.candidates if c.era == "old"]
            if len(old) == 1:
                anchors[old[0].code] += 3
                for a in self.gz.ancestors(old[0]):
                    anchors[a.code] += 1
        self.anchor_codes = anchors
        for m in self.mentions:
            m.unit = self.choose(m.candidates)
        self._focus()
        for m in self.mentions:
            m.unit_new = self.choose_new(m)
        self._focus_new()

    def _focus_new(self) -> None:
        counts: Counter[str] = Counter()
        units: dict[str, Unit] = {}
        for m in self.mentions:
            if m.unit_new is not None:
                counts[m.unit_new.code] += 3
                units[m.unit_new.code] = m.unit_new
                if m.unit_new.level == "commune":
                    p = self.gz.get("new", m.unit_new.province)
                    if p:
                        counts[p.code] += 1
                        units[p.code] = p
        for u in self.url_units:
            if u.level == "province" and u.successor:
                p = self.gz.get("new", u.successor)
                if p:
                    counts[p.code] += 2
                    units[p.code] = p
        self.focus_new = {}
        for lvl in ("province", "commune"):
            best = [c for c, _ in counts.most_common() if units[c].level == lvl]
            self.focus_new[lvl] = units[best[0]] if best else None

    def focus_label(self, level: str, at: int | None = None) -> str | None:
        """Canonical label of the unit a bare level word (``huyện``, ``Tỉnh ủy``) refers to; ``at``:
        where the word is written, so that in an article about several provinces or districts
        (``HĐND các tỉnh A, B, C ...``) it is the one last named, in its paragraph or the one before."""
        if at is not None and level in ("province", "district") and self._several(level):
            named = self._last_named(level, at)
            if named is not None:
                return named
        if level == "commune":
            most = self._most_named(level)
            if most is not None:
                return most  # the commune the article is about: named most often, resolved or not
        if self.era == "new" and level in ("province", "commune"):
            u = self.focus_new.get(level)
            if u is not None:
                return self._spelled(u)
            if level == "commune":
                return self._only_named(level)
        u = self.focus.get(level)
        return self._spelled(u) if u is not None else self._only_named(level)

    def _most_named(self, level: str) -> str | None:
        """The unit of ``level`` the article names more often than any other (twice at least)."""
        counts = Counter(m.label for m in self.mentions if m.level == level and not m.foreign)
        top = counts.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
        return None

    def _only_named(self, level: str) -> str | None:
        """The one unit of ``level`` the article names, also when the gazetteer cannot place it
        (a commune renamed, or spelled otherwise): a bare ``xã`` is that one."""
        labels = {m.label for m in self.mentions if m.level == level and not m.foreign}
        return labels.pop() if len(labels) == 1 else None

    def _several(self, level: str) -> bool:
        """The article names two units of ``level`` or more (computed once, after the mentions)."""
        if level not in self._several_units:
            self._several_units[level] = len({m.label for m in self.mentions if m.level == level and not m.foreign
                                              and (m.unit or m.unit_new)}) >= 2
        return self._several_units[level]

    def _last_named(self, level: str, at: int) -> str | None:
        lo = max(0, at - _ANAPHORA_REACH)
        best = None
        for m in self.mentions:
            if lo <= m.start < at and m.level == level and not m.foreign and (m.unit or m.unit_new):
                if best is None or m.start > best.start:
                    best = m
        return best.label if best is not None else None

    def listed_after(self, pos: int, *, level: str | None = None, end: int | None = None,
                     foreign: bool = True) -> list[Mention]:
        """The units a list names from ``pos`` on (``các tỉnh A, B và C``, ``6 xã: A, B``): mentions
        one after the other, apart only by commas, ``và`` or a colon, all of one level (``level``,
        else the first one's), before ``end``; ``foreign=False`` passes over foreign places."""
        text = self.doc.text
        out: list[Mention] = []
        for men in sorted(self.mentions, key=lambda m: m.start):
            if men.start < pos or (not foreign and men.foreign):
                continue
            if end is not None and men.start >= end:
                break
            if text[pos:men.start].strip(" ,:") not in ("", "và") or (level and men.level != level):
                break
            level = men.level
            out.append(men)
            pos = men.end
        return out

    def _spelled(self, u: Unit) -> str:
        """The unit's label with its name spelled as the article spells it, if it names it."""
        for m in self.mentions:
            if (m.unit is u or m.unit_new is u) and (name_key(m.name) == u.key or u.former and name_key(m.name) in u.former):
                return m.label  # as the locality list writes it (the text's level word below a province)
        return u.label

    def new_provinces(self) -> set[str]:
        """New-era province codes the article's context points to."""
        out = set()
        for code in self.anchor_codes:
            u = self.gz.get("old", code)
            if u is not None and u.level == "province" and u.successor:
                out.add(u.successor)
        prov = self.focus.get("province")
        if prov is not None and prov.successor:
            out.add(prov.successor)
        return out

    def choose_new(self, m: Mention) -> Unit | None:
        """The new-era unit a mention names (provinces and communes only)."""
        if m.level == "province":
            for c in m.candidates:
                if c.era == "new":
                    return c
            return None
        if m.level != "commune":
            return None
        new = [c for c in m.candidates if c.era == "new"]
        if m.unit is not None and m.unit.successor:
            succ = self.gz.get("new", m.unit.successor)
            if succ is not None and any(c.code == succ.code for c in new):
                return succ
        if len(new) == 1:
            return new[0]
        provs = self.new_provinces()
        inside = [c for c in new if c.province in provs]
        return inside[0] if len(inside) == 1 else None

    def choose(self, candidates: list[Unit]) -> Unit | None:
        """The old-era unit among namesakes that the article's context supports."""
        old = [c for c in candidates if c.era == "old"]
        if not old:
            return None
        if len(old) == 1:
            return old[0]
        scored = []
        for c in old:
            score = 0
            for a in self.gz.ancestors(c):
                score += self.anchor_codes.get(a.code, 0) * (2 if a.level == "district" else 1)
            for u in self.url_units:
                if u.code == c.code:
                    score += 5
            scored.append((score, c))
        scored.sort(key=lambda x: -x[0])
        if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return scored[0][1]
        return None

    def _focus(self) -> None:
        counts: dict[str, Counter[str]] = {"province": Counter(), "district": Counter(), "commune": Counter()}
        units: dict[str, Unit] = {}
        for m in self.mentions:
            if m.unit is None:
                continue
            counts[m.unit.level][m.unit.code] += 3
            units[m.unit.code] = m.unit
            for a in self.gz.ancestors(m.unit):
                counts[a.level][a.code] += 1
                units[a.code] = a
        for u in self.url_units:
            counts[u.level][u.code] += 2
            units[u.code] = u
            for a in self.gz.ancestors(u):
                counts[a.level][a.code] += 1
                units[a.code] = a
        for lvl in ("province", "district", "commune"):
            best = counts[lvl].most_common(1)
            self.focus[lvl] = units[best[0][0]] if best else None
        # keep the hierarchy consistent: the focus district lies in the focus province
        prov, dist, comm = self.focus["province"], self.focus["district"], self.focus["commune"]
        if comm and dist and comm.parent != dist.code:
            if counts["district"][dist.code] < counts["commune"][comm.code]:
                self.focus["district"] = self.gz.get("old", comm.parent)
        dist = self.focus["district"]
        if self.era == "new":
            return
        if dist and prov and dist.province != prov.code and counts["province"][prov.code] <= counts["district"][dist.code]:
            self.focus["province"] = self.gz.get("old", dist.province)

    # -- labels in the article's era ------------------------------------------------------------
    def code_of(self, m: Mention) -> str | None:
        """The GSO code of the unit a mention names, as it stood at the article's date."""
        if self.era == "old":
            return m.unit.code if m.unit is not None else None
        if m.unit_new is not None:
            return m.unit_new.code
        return None


def _cut_at_surname(name: str) -> str:
    words = name.split()
    for i in range(1, len(words)):
        if words[i] in surnames() and i + 1 < len(words):
            return " ".join(words[:i])
    return name


LIST_INTRO = re.compile(
    rf"(?P<lw>xã|phường|thị trấn|huyện|thôn|ấp|bản)[^.:;\n]{{0,80}}?(?:gồm|là|tại)\s*(?:các\s+(?:xã|phường|thị trấn|huyện)\s*)?:?\s*"
    rf"(?P<list>{NAME_RUN}(?:\s*(?:,|và)\s*{NAME_RUN})+)"
    # a plural or a count before the level word: "các tỉnh A, B và C", "6 xã: A, B, C", "các phường: A, B"
    rf"|(?:các|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:(?:Tỉnh ủy|Huyện ủy|Đảng ủy)\s+)?(?P<lw2>tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)\s*:?\s*"
    rf"(?P<list2>{NAME_RUN}(?:\s*(?:,|và)\s*{NAME_RUN})+)"
    rf"|(?:các|\d+)\s+(?P<cw>Tỉnh ủy|Huyện ủy)\s*:?\s*(?P<list3>{NAME_RUN}(?:\s*(?:,|và)\s*{NAME_RUN})+)"
)


def listed_names(ctx: Context) -> list[Mention]:
    """Units named in a list without their level word (``5 xã ..., gồm: Phú Phụng, Tân Thiềng``)."""
    out = []
    text = ctx.doc.text
    for m in LIST_INTRO.finditer(text):
        group = "list" if m["list"] else ("list2" if m["list2"] else "list3")
        lw = m["lw"] or m["lw2"] or {"Tỉnh ủy": "tỉnh", "Huyện ủy": "huyện"}.get(m["cw"] or "")
        lvl = LEVEL_OF_WORD.get(lw or "")
        if not lvl or lvl == "province_or_district":
            continue
        pos = m.start(group)
        for part in re.split(r"(\s*,\s*|\s+và\s+)", m[group]):
            if not part.strip() or part.strip() in (",", "và"):
                pos += len(part)
                continue
            mention = ctx.mention_for_name(pos, part.strip(), lvl)
            if mention:
                mention.word = lw if lvl != "village" else m["lw"]
                mention.implied = not (m["lw"] or m["lw2"])  # ("các Huyện ủy: A, B" writes no level word)
                out.append(mention)
            pos += len(part)
    return out
