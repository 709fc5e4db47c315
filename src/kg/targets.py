"""Numeric targets and results: indicator, value, unit, comparator, period, status, locality.

Every number in a sentence is a candidate unless it is a date, a year, an ordinal (``lần thứ``,
``số``, ``khóa``), a list number or a count of something that is no indicator
(``data/exclude_units.txt``: delegates, votes, days). The unit is the longest unit of
``data/units.txt`` after the number, or the counted noun phrase (``4 hộ nghèo``). The indicator is
the noun phrase before the number back to the clause boundary. Status: ``achieved`` for what is
reported as reached (``đã``, ``hiện``, ``giảm còn``, ``đến nay``), else ``target`` where the
sentence or its heading speaks of a plan (``phấn đấu``, ``chỉ tiêu``, ``mục tiêu``, ``đến năm``).
"""
from __future__ import annotations

import re
from collections import Counter

from .lexicon import indicator_heads, comparators, excluded_units, units
from .localities import LOWER, UPPER, Context
from .numerals import NUMBER, parse_number, value_json
from .record import Target

_A = rf"(?<![{LOWER}{UPPER}\w.,/])"
_NUM_RANGE = re.compile(
    rf"{_A}(?:từ\s+)?(?P<a>{NUMBER})(?:(?P<pct>\s*%)?\s*(?:-|–|đến)\s*(?P<b>{NUMBER})(?(pct)(?=\s*%)))?(?!\d)(?!/(?!\d+\s+[{LOWER}]))"
)
_ACHIEVED = re.compile(r"(?i)(?<!\w)(đã|hiện nay|hiện có|hiện|đến nay|giảm còn|chỉ còn|còn(?!\s+(?:lại|nhiều|hạn chế|khó khăn))|đạt được|năm qua|vừa qua|kết quả|thực hiện đến|ước đạt|ước thực hiện|ước tính|ước tăng|ước giảm|ước năm \d{4}|ước cả năm|tăng hơn|thực hiện đạt|nhiệm kỳ qua|giai đoạn qua|thời gian qua)(?!\w)")
# a report of the term that ends ("nhiệm kỳ qua", "5 năm qua"): its figures are for the previous term
_LAST_TERM = re.compile(r"(?i)(?<!\w)(?:(?:nhiệm kỳ|giai đoạn|5 năm|năm năm)\s+(?:vừa\s+)?qua|(?:trong|sau)\s+(?:5|năm)\s+năm(?!\s+(?:tới|đến|sau)))(?!\w)")
# a directive to complete: "bảo đảm hoàn thành 5 xã đạt chuẩn", "quyết tâm hoàn thành"
_MUST_COMPLETE = r"(?:bảo đảm|đảm bảo|quyết tâm|phải|sớm)\s+hoàn thành"
_TARGET = re.compile(r"(?i)(?<!\w)(phấn đấu|chỉ tiêu|mục tiêu|đề ra|kế hoạch|đến năm|vào năm|năm 20\d\d đạt|nhiệm kỳ 20\d\d\s*[-–]\s*20\d\d|giai đoạn 20\d\d|thời kỳ|tốc độ tăng|xây dựng \d|duy trì|đặt mục tiêu|" + _MUST_COMPLETE + r")(?!\w)")
_ACHIEVED_MAIN = re.compile(r"(?i)(?<!\w)(?:đã\s+(?:\w+\s+){0,2}(?:thực hiện|đạt|hoàn thành|kết nạp|xây dựng|giảm|tăng)|đến nay|kết quả|sau hơn \w+ năm|qua \d+ năm)(?!\w)")
_TARGET_STRONG = re.compile(r"(?i)(?<!\w)(?:phấn đấu|mục tiêu|dự kiến|đặt ra|đến năm 20\d\d|vào năm 20\d\d)(?!\w)")
_PERIOD_RANGE = re.compile(r"(?i)(?=[ngt05])(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|từ\s+năm|năm\s+học|(?:5|năm|05)\s+năm)\s+((?:19|20)\d{2})\s*(?:[-–]|đến(?:\s+tháng\s+\d+)?(?:\s+năm)?)\s*((?:19|20)\d{2})")
_PERIOD_YEAR = re.compile(r"(?i)(?:(?:năm|đến năm|vào năm)\s+|quý\s+(?:I{1,3}|IV|[1-4])\s*/\s*)((?:19|20)\d{2})(?!\s*[-–]\s*\d)")
_CLAUSE_BOUND = re.compile(r"[;:()\n]|,\s|\.\s|\bnhư\b|\bgồm\b|\btrong đó\b|\bđó là\b")
_QUANTITY = re.compile(rf"(?<![\w.,]){NUMBER}\s*(?:%(?:\s*/\s*năm)?|tỷ đồng|triệu đồng|tấn|ha|km|người|đại biểu|đảng viên|hộ|chi bộ(?:\s+trực thuộc)?|(?:tổ chức cơ sở|tổ chức|chi,)\s*đảng(?:\s+bộ)?(?:\s+trực thuộc)?|đảng bộ(?:\s+trực thuộc)?)(?![\w])")
#: context after an indicator that is not part of it: whose it is, up to which day
_TAIL_CONTEXT = re.compile(
    rf"\s+(?:(?i:của|trên địa bàn)\s+(?i:toàn\s+)?(?i:tỉnh|huyện|xã|thị trấn|phường|thành phố|thị xã)(?:\s+[{UPPER}][{LOWER}]*)*"
    rf"|(?i:(?:thực hiện\s+)?(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày|tháng))\s+[\d/\-]+)\s*$")
# a goal verb inside an indicator's clause: the indicator is what follows it
_GOAL_VERB = re.compile(r"(?i)(?<!\w)(?:phấn đấu|đặt mục tiêu|(?:đề ra\s+)?mục tiêu|quyết tâm|thông qua kế hoạch(?:\s+năm\s+\d{4})?\s+với)(?:\s+(?:đến|tới)\s+năm\s+\d{4},?)?\s+")
_UNTIL_NOW = re.compile(r"(?i)(?<!\w)(?:đến|tới)\s+nay(?!\w)")
# the year the article is written in: "ước cả năm", "năm nay", "trong năm", "6 tháng đầu năm",
# "so với cùng kỳ" (no year after it)
_THIS_YEAR = re.compile(r"(?i)(?<!\w)(?:cả năm|năm nay|trong năm|(?:\d+|sáu|chín|ba) tháng đầu năm|so với cùng kỳ|quý\s+(?:I{1,3}|IV|[1-4]))(?!\s*/?\s*\d)(?!\w)")
# who lives in a unit is a description, not a target: "hơn 56% là đồng bào DTTS", "gần 100% dân
# số là đồng bào dân tộc Mông", "19.284 hộ với 78.254 nhân khẩu"
_POPULATION = re.compile(r"(?i)^\s*(?:dân số\s+)?là\s+(?:đồng bào|người dân tộc)(?!\w)"
                         r"|^\s*dân số(?=\s*(?:[,.;)]|$|của|toàn|cả|trên địa bàn|(?:xã|huyện|tỉnh|phường)(?!\w)))")
_HOUSEHOLDS_WITH = re.compile(r"(?i)^\s*(?:với|,)\s*[\d.,]+\s*(?:nhân khẩu|khẩu)(?!\w)")
_CUT_OFF_DAY = re.compile(r"(?i)\s(?:thực hiện\s+)?(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày|tháng)\s+\d{1,2}(?:\s*[/\-]\s*\d{1,4}){1,2}(?=\s)")
_ACRONYM_PAREN = re.compile(rf"\(([{UPPER}][{UPPER}0-9\-]{{1,9}})\)")
_STRONG_BOUND = re.compile(r"[;:()\n]|\.\s")
_LEAD_STRIP = re.compile(r"(?i)^(?:(?:cuối|đầu|giữa) năm \d{4}|(?:trong\s+)?(?:\d+|năm)\s+năm\s+(?:qua|vừa qua)|nhiệm kỳ (?:vừa\s+)?qua|đã|\(?\d+\)|\d+\.|[-–•]|\s|và|như|trong đó|đặc biệt|đáng chú ý|hiện nay|hiện|phấn đấu|riêng|cụ thể|tiếp tục|duy trì|đến năm \d{4}|năm \d{4}|các chỉ tiêu về [^,]*)+\s*")
_TAIL_STRIP = re.compile(r"(?i)(?:\s+(?:đạt|là|chiếm|khoảng|trên|hơn|dưới|gần|từ|ít nhất|còn|giảm còn|chỉ còn|có|được|với|đến năm \d{4}|năm \d{4}|đến|bằng|tối thiểu|vượt|ước|ước đạt|ước cả năm|cả năm|đều đạt|lên|xuống|của|thực hiện))+\s*$")
_SKIP_BEFORE = re.compile(r"(?i)(lần thứ|lần|thứ|số|khóa|khoá|nghị quyết|chỉ thị|quyết định|kế hoạch số|điều|khoản|mục|trang|top|nhóm|đợt|kỳ|ngày|tháng|năm|quý|lúc|giờ|Covid|quận|phường|tổ dân phố|chi bộ|Đề án số|cấp độ|tiêu chí thứ)\s*[-–]?\s*$")
_PERIOD_TAIL = re.compile(r"(?i)\s*(?:(?:đến|vào|trong)\s+)?(?:năm|nhiệm kỳ|giai đoạn|thời kỳ)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*$")
_BASE_YEAR = re.compile(r"(?i)(?:so sánh|so với|giá cố định|chuẩn nghèo)(?:\s+\S+){0,3}\s*$")
_YEARLY = re.compile(r"(?i)hàng năm|hằng năm|mỗi năm|/\s*năm|bình quân năm")
_HEADING_WINDOW = 3000  # characters back to look for the term of a list of targets
_FRACTION = re.compile(r"^\s*/\s*\d")
# "17/19 chỉ tiêu": a count out of a total, followed by the counted noun (not a date: no second slash)
_COUNT_OF = re.compile(rf"^\s*/\s*\d+(?![\d/.,])(?=\s+[{LOWER}])")
_NOUN_AFTER = re.compile(rf"^\s*(?P<np>[{LOWER}]+(?:[ ,]+[{LOWER}]+){{0,5}})")
_NOUN_STOP = re.compile(r"(?i)\s(?:trở lên|trở xuống|chủ yếu|trực thuộc|đạt|được|trong|của|với|trên|tại|theo|so|và|vượt|đến|từ|là|thuộc|chiếm|cho|để|mới được|sinh hoạt|hoàn thành|tổ chức(?!\s+(?:cơ sở|đảng))|tham gia|đại diện|có|bằng|tăng|giảm)(?:\s|$)")


_COMPARATOR_OF: dict[str, str] = {}
_COMPARATOR_RE: re.Pattern[str] | None = None


def _comparator_before() -> re.Pattern[str]:
    """One pattern for every comparator written before a number (``data/comparators.tsv``),
    longest first, at the end of the text before the number."""
    global _COMPARATOR_RE
    if _COMPARATOR_RE is None:
        words = [w for w, c, pos in comparators() if pos == "before"]
        for w, c, pos in comparators():
            if pos == "before":
                _COMPARATOR_OF.setdefault(w, c)
        alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        _COMPARATOR_RE = re.compile(rf"(?<!\w)({alts})\s*$")
    return _COMPARATOR_RE


def _unit_regex():
    alts = "|".join(re.escape(u) for u in units())
    return re.compile(rf"^\s*(?P<u>{alts})(?![{LOWER}{UPPER}\w])")


_UNIT = None
_EXCL = None


class TargetFinder:
    def __init__(self, ctx: Context, main_locality: str | None, village_mentions: list[tuple[int, str]]):
        global _UNIT, _EXCL
        if _UNIT is None:
            _UNIT = _unit_regex()
            _EXCL = re.compile(rf"^\s*(?:{'|'.join(re.escape(u) for u in excluded_units())})(?![{LOWER}\w])")
        self.ctx = ctx
        self.text = ctx.doc.text
        self.main_locality = main_locality
        self.villages = village_mentions
        self._last_indicator: str | None = None
        self._last_sentence = -1
        self._terms: list[tuple[int, str, bool]] | None = None
        self._cache: dict[tuple, object] = {}

    def find(self) -> list[Target]:
        out: list[Target] = []
        seen: set[tuple] = set()
        for s0, s1 in self.ctx.doc.sentences:
            stext = self.text[s0:s1]
            if len(stext) > 5000 or not re.search(r"\d", stext):
                continue
            for m in _NUM_RANGE.finditer(stext):
                t = self._target(stext, s0, m)
                if t is None:
                    continue
                key = (t.indicator, str(t.value), t.unit, t.status)
                if key in seen or any(_restated(o, t) for o in out):
                    continue
                seen.add(key)
                out.append(t)
        return out

    def _target(self, stext: str, s0: int, m: re.Match[str]) -> Target | None:
        a, b = m.group("a"), m.group("b")
        base_of_sentence = None  # the indicator a "so với kế hoạch" share is of, for what follows it
        if re.fullmatch(r"(19|20)\d{2}", a) and not b:
            after = stext[m.end(): m.end() + 6]
            if not re.match(r"\s*(tỷ|tỉ|triệu|tấn|ha|người|lao động|đảng viên|hộ|con)", after):
                return None
        before = stext[: m.start()]
        after = stext[m.end():]
        tail = before[-80:]  # patterns anchored at the end of ``before`` look at its tail only
        skip = _SKIP_BEFORE.search(before[-25:])
        if skip and re.fullmatch(r"(?i)năm|tháng|quý|kỳ", skip.group(1)) and re.match(r"\s*%", after):
            skip = None  # "giảm bình quân hàng năm 1,5%": a share after a time word, not a date
        fraction = _COUNT_OF.match(after) if not skip and not b else None
        if fraction and not re.search(r"(?i)(?:ngày|tháng|phiếu|số)\s*$", before[-12:]):
            # "17/19 chỉ tiêu đạt và vượt", "12/14 xã đạt chuẩn": the count achieved, of the noun after
            after = after[fraction.end():]
        elif skip or _FRACTION.match(after) or re.search(r"/\s*$", tail):
            return None
        if re.match(r"\s*[/.\-]\s*\d", after) and not b:
            return None
        if re.match(r"\s*[)]", after) and re.search(r"\(\s*$", tail):
            return None
        if re.match(r"^\s*\.\s", after) and re.search(r"(^|\s)$", before[-1:] or " ") and len(a) <= 2 and not b:
            # "2. Thu nhập ...": a list number
            return None
        times = _TIMES.match(after)
        multiplier = times if times and _MULTIPLIER_BEFORE.search(tail) else None
        if _EXCL.match(after) and not multiplier:
            return None
        # (cheap substring tests first, in either case: "trao/Trao", "tặng", "giá", "mỗi")
        if ("rao" in tail or "ặng" in tail or "iá" in tail or "ỗi" in tail) and _GIFT_BEFORE.search(tail):
            return None  # "trao 20 căn nhà tình nghĩa", "tặng 150 suất quà, mỗi suất trị giá 500.000 đồng": gifts
        if _NAMED_PROGRAMME.search(tail) or _NONE_LEFT_BELOW.search(tail):
            return None  # "Đề án trồng 1 tỷ cây xanh", "không còn xã dưới 15 tiêu chí": no figure of a result
        um = _UNIT.match(after) or multiplier
        if um:
            unit = um.group("u")
            uend = um.end()
            # "300 ha rừng tập trung", "1.000 con lợn đen/ năm": a counted noun after the unit word
            if unit in ("ha", "con") and _NOUN_AFTER.match(after[uend:]) and not re.match(r"\s*(?:đất|diện)", after[uend:]):
                extra = _cut_noun(_NOUN_AFTER.match(after[uend:]).group("np"))
                if extra and len(extra.split()) <= 3 and unit == "con":
                    unit = f"{unit} {extra}"
                    uend += len(after[uend:]) - len(after[uend:].lstrip()) + len(extra)
            per = re.match(r"\s*/\s*(năm|người|ha|tháng)", after[uend:])
            if per and "/" not in unit:
                unit += "/" + per.group(1)
                uend += per.end()
        else:
            nm = _NOUN_AFTER.match(after)
            if not nm:
                return None
            unit = _cut_noun(nm.group("np"))
            if len(unit) < 2 or unit.split()[0] in ("năm", "tháng", "ngày", "lần", "giờ"):
                return None
            uend = len(after) - len(after.lstrip()) + len(unit)
        counted = not _MEASURE_UNIT.search(unit)
        if um and counted and "/" not in unit:
            # "4 hộ nghèo", "8 chi bộ ấp, khu phố đạt ...": the counted noun phrase is the unit
            nm = _NOUN_AFTER.match(after)
            phrase = _cut_noun(nm.group("np")) if nm else ""
            if phrase.startswith(unit) and len(phrase.split()) <= len(unit.split()) + 3:
                unit = phrase
                uend = len(after) - len(after.lstrip()) + len(unit)
        if _POPULATION.match(after[uend:]) or (unit in ("hộ", "hộ dân") and _HOUSEHOLDS_WITH.match(after[uend:])):
            return None  # "56% là đồng bào DTTS", "19.284 hộ với 78.254 nhân khẩu": who lives there
        value = parse_number(a)
        if b:
            value = [parse_number(a), parse_number(b)]
        comparator = self._comparator(before, after[uend:], m.group(0))
        indicator = self._indicator(before, unit, bool(um))
        rest = after[uend:]
        cont = ""  # what a counted noun is said to be or do (below)
        if counted:
            # "kết nạp 120 đảng viên", "xây dựng 1 xã đạt chuẩn nông thôn mới", "hơn 5.500 đảng
            # viên": what is done, the counted noun, and what is said of it
            pre = _trim_subject(indicator[: -len(unit)] if indicator and indicator.endswith(unit) else indicator or "")
            if re.search(r"\d\D*\svà$", pre):
                pre = ""  # "30 xã nông thôn mới nâng cao và 8 xã nông thôn mới kiểu mẫu": a second item
            cont = _continuation(rest)
            goals = unit.startswith(("chỉ tiêu", "mục tiêu"))  # "hoàn thành 11/14 mục tiêu về ..."
            if goals and pre:
                both = re.search(r"(đạt|hoàn thành)(?: và|,)\s*vượt\s*$", tail)
                if both:
                    pre = f"{both.group(1)} và vượt"  # the comparator word belongs to the verb here
                else:
                    pre = " ".join(re.split(r"(?<!\w)đã(?!\w)", pre)[-1].split()[-3:])
            parts = [pre if pre not in _WEAK_VERBS or (goals and pre) else "", unit, cont]
            indicator = " ".join(p for p in parts if p)
            if unit.startswith(("chỉ tiêu", "mục tiêu")) and not cont and not re.search(r"(?i)hoàn thành|đạt|vượt", pre):
                return None  # "đề ra 15 chỉ tiêu chủ yếu", "(11 chỉ tiêu)": a count of targets
            if not parts[0] and not cont:
                if self._last_sentence == s0 and self._last_indicator and re.search(r"[(,]\s*$", tail):
                    indicator = self._last_indicator  # "đạt 50% (8 xã)": the same indicator, counted
            if _NOT_A_TARGET.search(before[-60:]) and unit.split()[0] in ("người", "đồng chí", "ủy viên"):
                return None  # "Ban Chấp hành gồm 55 người", "bầu 14 người": the size of a body
            if re.search(r"(?i)đại diện cho\s*(?:hơn|trên|gần|khoảng|gần)?\s*$", tail):
                indicator = unit  # "250 đại biểu đại diện cho 7.300 đảng viên": the Party members
            if (unit in _UNIT_NOUNS or unit.split()[0] in _UNIT_NOUNS) and not cont and not _UNIT_RESULT.search(f"{before[-60:]} {rest[:40]}"):
                return None  # "cấp ủy 2 xã", "hợp nhất 9 xã, phường": units counted, no result
            if unit in _RESIDENTS and not cont and _HAS_BEFORE.search(tail) \
                    and not _UNIT_RESULT.search(rest[:40]) and not _plan_word(before[-60:]):
                return None  # "Huyện có 25 xã với 120.000 người", "Xã có 3 thôn với 450 hộ": a unit's size
        else:
            trimmed = _trim_subject(indicator or "")
            after_np = _after_phrase(rest)
            if after_np:
                after_np += _shared_predicate(rest, after_np)
            if _VOTES.search(f"{indicator} {after_np}"):
                return None  # "100% phiếu đồng ý", "với tỷ lệ phiếu tán thành 100%": a vote
            verb = trimmed.rsplit(" và ", 1)[-1]
            against = _AGAINST_PHRASE.match(rest)
            share_head = _share_head(before)
            if against and (trimmed and trimmed not in _WEAK_VERBS or self._last_sentence == s0 and self._last_indicator):
                # "thu ngân sách đạt 105% so với kế hoạch", "..., bằng 239,4% dự toán tỉnh giao"
                base = trimmed if trimmed and trimmed not in _WEAK_VERBS and not trimmed.endswith("bằng") else self._last_indicator
                link = "vượt" if re.search(r"(?<!\w)vượt\s*$", tail) else "so với"  # FORMAT: "vượt 12% kế hoạch"
                indicator = f"{_TAIL_STRIP.sub('', ' ' + base).strip()} {link} {against.group('what').strip()}"
                base_of_sentence = _TAIL_STRIP.sub('', ' ' + base).strip()
            elif share_head and trimmed and len(trimmed.split()) <= 6:
                # "tỷ trọng các ngành trong cơ cấu kinh tế là: nông - lâm - thủy sản chiếm 42%, ..."
                indicator = f"tỷ trọng {trimmed} {share_head}"
            elif after_np and (not trimmed or trimmed in _WEAK_VERBS):
                # "Đảng bộ thị trấn đã thực hiện đạt trên 70% các chỉ tiêu của Nghị quyết"
                indicator = after_np
            elif after_np and len(verb.split()) <= 2:
                # "trồng 300 ha rừng tập trung", "kéo giảm 5% đảng viên vi phạm": verb + what
                indicator = f"{verb} {after_np}"
            elif re.fullmatch(r"(?:đạt\s+|với\s+)?tỷ lệ", trimmed):
                # "... tổ chức thành công Đại hội chi bộ, đạt tỷ lệ 100%": the share of the same thing
                if self._last_sentence == s0 and self._last_indicator:
                    indicator = f"tỷ lệ {self._last_indicator}"
                else:
                    prev = _previous_clause(before)
                    indicator = f"tỷ lệ {prev}" if prev else None
            elif trimmed:
                indicator = trimmed
        if indicator in _MODIFIER_ONLY:
            prev = _previous_clause(before)
            indicator = f"{prev} {indicator}" if prev else indicator
        # "giảm từ A xuống còn B": the value reached (cheap substring test first: "xuống/Xuống", "lên/Lên")
        from_to = _FROM_TO.search(tail) if ("uống" in tail or "ên" in tail) else None
        change = re.search(r"[(,]\s*((?:tăng|giảm|gấp)(?:\s+bình quân)?(?:\s+(?:hằng|hàng) năm)?)\s*(?:hơn|gần|khoảng|trên|dưới)?\s*$", tail)
        if change and self._last_sentence == s0 and self._last_indicator and (not indicator or indicator == change.group(1)):
            # "Thu nhập bình quân ... ước đạt 50,1 triệu đồng, tăng 2,6 lần so với đầu nhiệm kỳ": the
            # change of the same indicator, against what it names
            base = re.match(r"\s*(so với [^,;.()]{1,40}?)(?=\s*[,;.()]|$)", rest)
            indicator = f"{self._last_indicator} {change.group(1)}" + (f" {base.group(1)}" if base else "")
        elif not indicator or indicator.split()[-1] in _FUNCTION_WORDS and len(indicator.split()) == 1:
            same = self._last_sentence == s0 and (re.search(r"[(,]\s*(?:chiếm|còn|đến năm \d{4} còn)?\s*$", tail)
                                                  or from_to)
            indicator = self._last_indicator if same else None
        if not indicator and unit.startswith("con ") and re.search(r"[,;]\s*(?:hơn|trên|gần|khoảng|đạt)?\s*$", tail):
            indicator = unit[4:].split("/")[0]  # "..., hơn 1.000 con lợn đen/ năm": the animals counted
        if not indicator:
            return None
        if indicator in _PLAN_WORDS and self._last_sentence == s0 and self._last_indicator:
            # "đạt 72 triệu đồng (kế hoạch 70 triệu đồng)": the plan of the same indicator
            indicator, planned = self._last_indicator, True
        else:
            planned = False
        self._last_indicator, self._last_sentence = base_of_sentence or indicator, s0
        status = "target" if planned else self._status(stext, s0, m.start())
        if _MEASURED_AGAINST.match(rest) or re.search(r"(?i)(?<!\w)bằng\s*$", tail):
            status = "achieved"  # "đạt 105% so với kế hoạch", "bằng 239,4% dự toán": measured against a plan
        if counted and unit.startswith(("chỉ tiêu", "mục tiêu")) and re.search(r"(?<!\w)(?:đạt|vượt|hoàn thành)(?!\w)", indicator):
            status = "achieved"  # "14/14 chỉ tiêu đạt và vượt", "02 chỉ tiêu đạt thấp": counts of what was reached
        membership = counted and _MEMBERSHIP.match(unit) and not _ADMISSION.search(before[-40:]) and not cont
        if membership:
            status = "achieved"  # "với 1.676 đảng viên", "73 đảng bộ trực thuộc": the size of the Party
        baseline = re.search(r"(?i)(?<!\w)từ(?!\w)(?!.*(?<!\w)từ(?!\w))", stext[:m.start()]) if from_to else None
        if baseline and m.start() - baseline.start() < 120:
            # "giảm từ 18,6% năm 2020 xuống còn 6,2%": the year of the starting value is not this one's
            masked = stext[:baseline.start()] + " " * (m.start() - baseline.start()) + stext[m.start():]
            period = self._period(masked, s0, m.start(), yearly=bool(_YEARLY.search(f"{indicator} {unit}")),
                                  status=status)
            if re.search(r"(?i)đầu nhiệm kỳ", stext[baseline.start():m.start()]):
                period = self._previous_term() or period  # from the start of the term: the term's result
        else:
            period = self._period(stext, s0, m.start(), yearly=bool(_YEARLY.search(f"{indicator} {unit}")),
                                  status=status)
        own_year = _YEAR_AFTER.match(rest)
        if own_year:
            period = own_year.group(1)  # "xuống còn 6,2% năm 2024": the year written with the value
        if membership:  # the size of the Party at the time: no period (FORMAT.md, dev gold)
            period = None
        clause = stext[stext.rfind(";", 0, m.start()) + 1: m.start()]
        if status == "achieved" and _UNTIL_NOW.search(clause) and not _PERIOD_RANGE.search(clause):
            period = None  # FORMAT.md: "đến nay" takes null
        semi = stext.find(";", m.end())
        clause_after = stext[m.end(): semi if semi >= 0 else len(stext)]
        if self.ctx.year and (_THIS_YEAR.search(clause[-80:]) or _THIS_YEAR.search(clause_after[:80])) \
                and not _PERIOD_RANGE.search(clause + clause_after) and not _PERIOD_YEAR.search(clause + clause_after):
            period = str(self.ctx.year)  # "ước cả năm đạt 3.689 tỷ đồng", "năm nay": the article's year
        elif status == "achieved" and period is None and self.ctx.year and not _UNTIL_NOW.search(clause) \
                and _THIS_YEAR.search(self.text, max(0, s0 - _HEADING_WINDOW // 2), s0):
            period = str(self.ctx.year)  # results of a report on "6 tháng đầu năm", "năm nay"
        if status == "achieved" and period is None and not membership and not _UNTIL_NOW.search(clause):
            if ("reviewed",) not in self._cache:  # every review of a year the text names, found once
                self._cache[("reviewed",)] = [(r.start(), r.end(), r.group(1)) for r in _REVIEWED_YEAR.finditer(self.text)]
            lo, hi = max(0, s0 - _HEADING_WINDOW), s0 + m.start()
            reviewed = [y for a, b, y in self._cache[("reviewed",)] if a >= lo and b <= hi]
            if reviewed:
                period = reviewed[-1]  # "Hội nghị tổng kết công tác năm 2025": its results are 2025's
        if status == "achieved" and "so với đầu nhiệm kỳ" in indicator:
            # a result measured from the start of the term is the term's: the one that just ended
            # when the article names a newer one (FORMAT.md Period), else the term stated
            period = self._previous_term() or period
        year = self.ctx.year
        if status == "target" and period is None:
            terms = [t for _e, t, party in self._all_terms() if party]
            if terms:
                period = max(terms)  # FORMAT.md: a plan with no year of its own is for the (new) term named
        # a term ending in the year the article is dated (not a year guessed from the text) is reported on
        ends_now = len(period or "") == 9 and int(period[-4:]) == year and bool(self.ctx.doc.published or self.ctx.doc.crawl)
        if status == "target" and period and year and (int(period[-4:]) < year or ends_now) and \
                not _TARGET_STRONG.search(stext[max(0, m.start() - 120): m.start()]):
            status = "achieved"  # "tổng thu ngân sách giai đoạn 2020-2024 đạt ..." written in 2025: a result
        if status == "achieved" and _FIVE_YEARS.search(clause) and not _PERIOD_YEAR.search(clause) \
                and not _PERIOD_RANGE.search(clause):
            period = self._previous_term() or period  # "tổng thu ngân sách 5 năm đạt": the term's
        locality = self._locality(s0 + m.start())
        if comparator is None and status == "achieved":
            comparator = "="
        return Target(indicator, value_json(value), unit, comparator, period, status, locality,
                      (s0, s0 + len(stext)))

    @staticmethod
    def _comparator(before: str, after: str, numtext: str) -> str | None:
        tail = before[-20:].casefold()
        if re.match(r"\s*(?:/\s*\w+\s*)?trở lên", after) or re.match(r"\s*trở lên", after):
            return ">="
        if re.match(r"\s*trở xuống", after):
            return "<="
        if numtext.startswith("từ") and re.search(r"trở lên", after[:40]):
            return ">="
        m = _comparator_before().search(tail)
        if m and m.group(1) == "vượt" and (re.search(r"(?:đạt và|đạt,|và)\s*vượt\s*$", tail)
                                           or _AGAINST_PHRASE.match(after)):
            # "đạt và vượt 15/17 chỉ tiêu": the count reached; "vượt 12% kế hoạch": by how much
            # a plan was passed (FORMAT.md: ``vượt`` stays in the indicator, comparator ``=``)
            return "="
        return _COMPARATOR_OF[m.group(1)] if m else None

    @staticmethod
    def _indicator(before: str, unit: str, has_unit: bool) -> str | None:
        # an indicator is at most a few words after its clause boundary: look at the last 400
        # characters, not the whole sentence again for every number in it
        off = max(0, len(before) - 400)
        # "tổng sản phẩm trên địa bàn (GRDP) tăng 9,8%": an acronym in brackets names the same
        # indicator; its brackets are no clause boundary (same length, so offsets hold)
        seg = before[off:]
        if "(" in seg:
            seg = _ACRONYM_PAREN.sub(lambda a: f" {a.group(1)} ", seg)
        cuts = list(_CLAUSE_BOUND.finditer(seg))
        quantity = None
        for quantity in _QUANTITY.finditer(seg):
            pass
        if quantity and (not cuts or quantity.end() > cuts[-1].end()):
            # "250 đại biểu đại diện cho hơn 5.500 đảng viên": the clause starts after "250 đại biểu"
            cuts.append(quantity)
        if cuts:
            item = _item_across_commas(seg, cuts)
            seg = item if item is not None else seg[cuts[-1].end():]
        goal = None
        for goal in _GOAL_VERB.finditer(seg):
            pass
        if goal and re.search(rf"[{LOWER}]", seg[goal.end():]):
            # "Phường Hòa Bình phấn đấu giảm tỷ lệ hộ nghèo xuống 0,2%": what is aimed at, not who aims
            seg = seg[goal.end():]
        # "thu ngân sách thực hiện đến ngày 31/5 đạt": the cut-off day is no part of the indicator
        seg = _TAIL_STRIP.sub("", _TAIL_CONTEXT.sub("", " " + _CUT_OFF_DAY.sub(" ", seg).strip()))
        seg = _LEAD_STRIP.sub("", seg.strip()).strip(" ,.-–:")
        if not seg and cuts and cuts[-1].group(0) == ":":
            # "Tổng sản lượng lương thực bình quân hàng năm: 25.000 tấn": the indicator is the
            # phrase before the colon (list items of resolutions are written this way)
            head = re.sub(r"\([^()]{4,}\)", " ", before[max(0, off + cuts[-1].start() - 400): off + cuts[-1].start()])
            prev = list(_STRONG_BOUND.finditer(head))
            if prev:
                head = head[prev[-1].end():]
            head = _TAIL_STRIP.sub("", _PERIOD_TAIL.sub("", head.strip()))
            seg = _LEAD_STRIP.sub("", head).strip(" ,.-–:")
            if len(seg.split()) > 14:
                seg = ""
        seg = re.sub(r"\s+", " ", seg)
        words = seg.split()
        if not has_unit:
            words = _trim_subject(" ".join(words)).split()  # "Đảng bộ phường có 75 tổ chức cơ sở đảng": who has them
            cut = [i for i, w in enumerate(words) if w.lower() in _CUT_WORDS or not w[:1].islower()]
            if cut:
                words = words[cut[-1] + 1:]
            words = _trim_subject(" ".join(words)).split()
            pre = " ".join(words[-3:])
            pre = _TAIL_STRIP.sub("", " " + pre).strip()
            return (pre + " " + unit).strip() if pre else unit
        if len(words) > 14:
            words = words[-14:]
        ind = " ".join(words)
        if not ind or not re.search(rf"[{LOWER}]", ind):
            return None
        return ind[0].lower() + ind[1:] if ind[:1].isupper() and not ind[:2].isupper() else ind

    def _status(self, stext: str, s0: int, pos: int) -> str:
        local = stext[max(0, pos - 120): pos]
        clause_end = min([i for i in (stext.find(";", pos), stext.find(",", pos)) if i >= 0] or [len(stext)])
        if "ã" in stext[pos:pos + 80] and _DONE_AFTER.search(stext, pos, min(clause_end, pos + 80)) \
                and not _TARGET_STRONG.search(local):
            return "achieved"  # "234 chi bộ trực thuộc đã tổ chức thành công Đại hội": what was done
        if self._under_plan_heading(s0) and not re.search(r"(?i)(?<!\w)(?:đã|đạt được|giảm còn|chỉ còn)(?!\w)", local):
            return "target"  # an item of a list of targets ("(3) Tỷ lệ tăng thu thực hiện so năm trước: 10%")
        item_start = max(stext.rfind(";", 0, pos), stext.rfind(",", 0, pos))
        skey = ("strong", s0)
        if skey not in self._cache:  # where the sentence first states a plan, found once per sentence
            first = _TARGET_STRONG.search(stext)
            self._cache[skey] = first.end() if first else None
        first_plan = self._cache[skey]
        if item_start > 0 and first_plan is not None and first_plan <= item_start \
                and not re.search(r"(?i)(?<!\w)(?:đã|hiện có|hiện nay|đến nay|đạt được)(?!\w)", stext[item_start:pos]):
            # "Năm 2025, huyện phấn đấu ...; tỷ lệ hộ nghèo giảm còn 2%": an item of a plan stated
            # before it in the sentence ("giảm còn" is the plan's wording here, not a result)
            return "target"
        if _ACHIEVED.search(local) and not re.search(r"(?i)phấn đấu|mục tiêu|chỉ tiêu|" + _MUST_COMPLETE, local[-60:]):
            return "achieved"
        main = _ACHIEVED_MAIN.search(stext[:pos])
        if main and not _TARGET_STRONG.search(stext[main.end():pos]):
            # "Đảng bộ thị trấn đã cơ bản thực hiện đạt ..., trong đó: ...; trồng 300 ha ...": the
            # whole sentence reports results
            return "achieved"
        past = self._last_term_in_line(s0)
        if past is not None and past <= s0 + pos and not _TARGET_STRONG.search(local):
            return "achieved"  # a paragraph on "nhiệm kỳ qua", "5 năm qua": results
        opening = _PAST_YEAR_LEAD.match(stext)
        if opening and self.ctx.year and int(opening.group(1)) < self.ctx.year and not _TARGET_STRONG.search(stext[:pos]):
            return "achieved"  # "Năm 2023, tốc độ tăng trưởng đạt 6,8%" in an article of 2024: a year gone by
        key = ("plan", s0)
        if key not in self._cache:  # one look per sentence, not one per number
            # "đạt 58% kế hoạch", "so với kế hoạch": a result measured against a plan names no plan
            # (also in the sentences just before: "19/22 chỉ tiêu đạt và vượt kế hoạch" is a result)
            year = self.ctx.year
            self._cache[key] = bool(_plan_word(stext, year) or _plan_word(self.text[max(0, s0 - 400): s0], year)
                                    or self._under_plan_heading(s0))
        return "target" if self._cache[key] else "achieved"

    def _under_plan_heading(self, s0: int) -> bool:
        """Whether the sentence is an item of a list whose heading speaks of a plan (``Các chỉ
        tiêu chủ yếu (nhiệm kỳ 2020-2025)`` over ``(1) ...``, ``- Về kinh tế:``, ``(2) ...``)."""
        line_start = self.text.rfind("\n", 0, s0) + 1
        if not _LIST_ITEM.match(self.text, line_start):
            return False
        key = ("plan-heading", line_start)
        if key not in self._cache:
            found = False
            end = line_start - 1
            for _ in range(40):  # the items above, up to the heading
                if end <= 0:
                    break
                start = self.text.rfind("\n", 0, end) + 1
                line = self.text[start:end].strip()
                end = start - 1
                if not line or _LIST_ITEM.match(line):
                    continue
                found = len(line) <= 160 and bool(_PLAN_HEADING.search(line))
                break
            self._cache[key] = found
        return self._cache[key]

    def _last_term_in_line(self, s0: int) -> int | None:
        """Where the first "nhiệm kỳ qua" of the paragraph holding ``s0`` ends (None: none)."""
        line_start = self.text.rfind("\n", 0, s0) + 1
        key = ("last-term", line_start)
        if key not in self._cache:
            line_end = self.text.find("\n", line_start)
            m = _LAST_TERM.search(self.text, line_start, len(self.text) if line_end < 0 else line_end)
            # "Nhiệm kỳ 2020-2025, Đảng bộ xã đã lãnh đạo …" opening a paragraph of a text of 2025
            lead = _ENDED_TERM_LEAD.match(self.text, line_start)
            if lead is not None and self.ctx.year and int(lead.group(1)) <= self.ctx.year and (m is None or lead.end() < m.end()):
                m = lead
            self._cache[key] = m.end() if m else None
        return self._cache[key]

    def _mentions_of(self, stext: str) -> list:
        key = ("periods", stext)
        if key not in self._cache:
            self._cache[key] = list(_period_mentions(stext))
        return self._cache[key]

    def _period(self, stext: str, s0: int, pos: int, yearly: bool = False, status: str = "target") -> str | None:
        """The year or term of the value: the nearest in the sentence; a yearly indicator
        (``bình quân hàng năm``, ``%/năm``) prefers a term; failing the sentence, the term of the
        list or heading above (``CÁC CHỈ TIÊU CHỦ YẾU (nhiệm kỳ 2020-2025)``)."""
        def distance(m: tuple[int, str, bool]) -> tuple[int, int]:
            start, _value, is_range = m
            return (0 if yearly and is_range else 1, abs(start - pos) + (0 if start < pos else 30))

        in_sentence = self._mentions_of(stext)
        # a period stated in another item of a list ("A đến năm 2025 đạt X; B Y; C Z") is that
        # item's: keep those of the number's own clause and of the sentence's lead
        lead_end = min([i for i in (stext.find(";"), stext.find(":")) if i >= 0] or [len(stext)])
        clause_lo = stext.rfind(";", 0, pos) + 1
        clause_hi = stext.find(";", pos)
        clause_hi = len(stext) if clause_hi < 0 else clause_hi
        in_sentence = [m for m in in_sentence if m[0] < lead_end or clause_lo <= m[0] < clause_hi]
        if status == "achieved" and not in_sentence:
            past = self._last_term_in_line(s0)
            if past is not None and past <= s0 + pos:
                last = self._previous_term()
                if last:
                    return last
        if status == "achieved" and self.ctx.year:
            # a result is never a future year's ("trồng 300 ha rừng, hoàn thành Đề án ... trước năm 2025")
            in_sentence = [m for m in in_sentence if m[2] or int(m[1]) <= self.ctx.year]
        best = min(in_sentence, key=distance) if in_sentence else None
        if status == "achieved" and yearly and best and not best[2] and best[0] > pos:
            # "giảm bình quân 4%/năm, đến năm 2020 còn 20,49%": a yearly average over the term, the
            # year after it is the next figure's
            last = self._previous_term()
            if last:
                return last
        if best and not best[2] and re.match(r"(?i)(?:đến|vào)\s+năm", stext[best[0]:best[0] + 8]):
            return best[1]  # FORMAT.md: a plan takes the year it names ("đến năm 2030" → 2030)
        term_for_yearly = best is not None and yearly and best[2]
        if best and (term_for_yearly or not yearly or status != "target"):
            return best[1]
        heading = self._heading_range(s0) if status == "target" else None
        if best and not heading:
            return best[1]
        if yearly and heading:
            return heading
        # the paragraph (line) before the sentence: its last period
        line_start = self.text.rfind("\n", 0, s0) + 1
        key = ("para-periods", line_start, s0)
        if key not in self._cache:  # once per sentence, not once per number
            self._cache[key] = list(_period_mentions(self.text[line_start:s0]))
        in_para = self._cache[key]
        if status == "achieved" and self.ctx.year:
            # a result is never a future year's or a term's that has not ended
            in_para = [m for m in in_para if int(m[1][-4:]) <= self.ctx.year]
        if in_para:
            return max(in_para, key=lambda m: m[0])[1]
        return heading

    def _previous_term(self) -> str | None:
        """The term before the latest term the article names (``nhiệm kỳ 2020-2025`` → ``2015-2020``)."""
        starts = [int(term[:4]) for _end, term, _party in self._all_terms() if int(term[5:]) - int(term[:4]) == 5]
        if not starts:
            return None
        a = max(starts)
        if self.ctx.year and a + 5 <= self.ctx.year:
            return f"{a}-{a + 5}"  # written as that term ends ("Nhiệm kỳ 2020-2025, ..." in 2025): that one
        return f"{a - 5}-{a}"

    def _all_terms(self) -> list[tuple[int, str, bool]]:
        """Every term of the text once: (end, ``YYYY-YYYY``, whether it is a Party term)."""
        if self._terms is None:
            self._terms = [(m.end(), f"{m.group(1)}-{m.group(2)}", m.group(0).casefold().startswith("nhiệm"))
                           for m in _PERIOD_RANGE.finditer(self.text)]
        return self._terms

    def _heading_range(self, s0: int) -> str | None:
        """The last term stated in the text before this sentence: a Party term (``nhiệm kỳ
        2020-2025``) before any other range (``thời kỳ 2021-2025`` is often one item's)."""
        found = found_term = None
        lo = max(0, s0 - _HEADING_WINDOW)
        for end, term, party_term in self._all_terms():
            if end > s0:
                break
            if end > lo:
                found = term
                if party_term:
                    found_term = term
        return found_term or found

    def _locality(self, pos: int) -> str | None:
        line_start = self.text.rfind("\n", 0, pos) + 1
        for vpos, label in reversed(self.villages):
            if line_start <= vpos < pos:
                return label
        return self.main_locality


#: a share measured against a plan or an earlier figure: the figure is a result
#: a list item: "(3) ...", "3. ...", "a) ...", "- ...", "+ ...", "• ..."
_LIST_ITEM = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)]\s|[a-zđ]\)\s|[-–+•*]\s?)")
#: the words of a heading over a list of targets ("Các chỉ tiêu chủ yếu", "Phương hướng, nhiệm vụ")
_PLAN_HEADING = re.compile(r"(?i)(?<!\w)(?:chỉ tiêu|mục tiêu|phương hướng|nhiệm vụ trọng tâm|phấn đấu|kế hoạch)(?!\w)")
#: a result measured against a plan or a count of targets reached names no plan of its own:
#: "đạt 58% kế hoạch", "vượt kế hoạch", "19/22 chỉ tiêu đạt và vượt", "các chỉ tiêu đều đạt"
_AGAINST_PLAN = re.compile(r"(?i)(?:(?:so(?:\s+với)?|bằng|vượt|\()\s*|%\s*(?:so\s+với\s+)?|\d+\s*/\s*\d+\s+)(?:các\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:đề ra|được giao|giao|năm))?(?!\w)"
                           r"|(?<!\w)(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:chủ yếu|đề ra|cơ bản|đều))?\s+(?:đạt|vượt|hoàn thành|không đạt)(?!\w)")
_MEASURED_AGAINST = re.compile(r"(?i)^\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu\s+(?:kế\s+hoạch|được\s+giao|giao)|nghị\s+quyết\s+(?:HĐND|giao)|cùng\s+kỳ)")
#: counts of Party members and organisations (the size of the Party, not a plan)
_MEMBERSHIP = re.compile(r"(?i)^(?:(?:nghìn\s+|ngàn\s+|vạn\s+)?đảng viên|chi bộ|đảng bộ|chi, đảng bộ|tổ chức cơ sở đảng|tổ chức đảng)")
_ADMISSION = re.compile(r"(?i)kết nạp|phát triển|phấn đấu|mục tiêu")
#: residents counted after "có/với/gồm": a unit's size ("Xã có 3 thôn với 450 hộ"), unless reached
#: (a qualified count is a measure: "có 1.250 hộ nghèo", "có 300 người có việc làm mới")
_RESIDENTS = {"người", "hộ", "nhân khẩu", "khẩu", "dân", "hộ dân", "người dân", "hộ gia đình", "đồng bào"}
_HAS_BEFORE = re.compile(r"(?i)(?<!\w)(?:có|với|gồm)\s*(?:hơn|gần|trên|khoảng|trên\s+dưới)?\s*$")
#: administrative units counted: a target only with a result (đạt chuẩn, công nhận, nông thôn mới)
_UNIT_NOUNS = {"xã", "phường", "thị trấn", "huyện", "thôn", "xã, thị trấn", "xã, phường", "thôn, bản", "bản"}
_UNIT_RESULT = re.compile(r"(?i)đạt|công nhận|nông thôn mới|NTM|hoàn thành|về đích|xây dựng|kiểu mẫu|văn minh|thoát")
#: what a share is measured against: "so với kế hoạch", "dự toán tỉnh giao", "Nghị quyết HĐND huyện giao"
_AGAINST_PHRASE = re.compile(r"(?i)^\s*(?:so\s+với\s+)?(?P<what>(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|nghị\s+quyết)[^,;.()]{0,40}?)(?=\s*[,;.()]|\s+(?:và|năm|tăng|đạt)\s|$)")


def _share_head(before: str) -> str | None:
    """``tỷ trọng ... trong cơ cấu kinh tế (của huyện) là: A chiếm x%``: ``trong cơ cấu kinh tế``."""
    colon = before.rfind(":")
    if colon < 0 or re.search(r"[.;]", before[colon:]):
        return None
    head = before[max(0, colon - 160): colon]
    if "tỷ trọng" not in head.casefold():
        return None
    m = re.search(r"(?i)(trong cơ cấu [^,;:]*?)(?:\s+(?:của|là|đến|năm|đạt)(?!\w)|\s*$)", head)
    return m.group(1).strip() if m else None


#: units that measure (money, area, weight, length, shares); any other unit is a counted noun
_MEASURE_UNIT = re.compile(r"%|đồng|USD|tấn|(?<!\w)ha(?!\w)|(?<!\w)km(?!\w)|/|^lần$")
# "tăng 2,6 lần so với đầu nhiệm kỳ", "gấp 2 lần": a multiplier (FORMAT.md ranges and comparators)
_TIMES = re.compile(r"^\s*(?P<u>lần)(?!\w)")
_MULTIPLIER_BEFORE = re.compile(r"(?i)(?<!\w)(?:tăng|gấp|tăng gấp|bằng)\s*(?:hơn|gần|khoảng|trên)?\s*$")
#: what a clause may start with before its indicator: the body or unit that acts, time adverbs
_SUBJECT = re.compile(
    rf"^(?:(?i:(?:trong|sau)\s+\d+\s+năm(?:\s+qua)?|đến nay|năm qua|hàng năm|hằng năm|hiện nay|hiện|đã|đều|"
    rf"cơ bản|chỉ còn|còn|có|toàn bộ|tất cả|cả|qua|phấn đấu|tiếp tục|quyết tâm)|"
    rf"(?i:đảng bộ|đảng ủy|huyện ủy|tỉnh ủy|thành ủy|chi bộ|ubnd|hđnd|toàn)(?:\s+(?i:tỉnh|huyện|xã|thị trấn|phường|thành phố|thị xã|quận))?(?:\s+[{UPPER}][{LOWER}]*)*|"
    rf"(?i:tỉnh|huyện|xã|thị trấn|phường|thành phố|thị xã|thôn|bản|tổ dân phố)(?:\s+[{UPPER}0-9][{LOWER}0-9]*)*)"
    rf"(?=\s|$)\s*")
_NOT_A_TARGET = re.compile(r"(?i)bầu|gồm|Ban Chấp hành|Ban Thường vụ|đại biểu|tham dự|có mặt")
_VOTES = re.compile(r"(?i)(?<!\w)(?:phiếu|biểu quyết|tán thành)(?!\w)")
_WEAK_VERBS = {"", "thực hiện", "có", "đạt", "là", "chiếm", "được", "với", "đại diện cho", "cho", "đón", "hoàn thành"}
_CONT_START = re.compile(r"^(?:\s+trở lên)?\s+(?=(?:đạt|được|tổ chức|hoàn thành|tham gia|là|còn lại|trực thuộc|thoát nghèo|làm|đều|từ \d+ sao|về|nông thôn mới|NTM)(?:\s|$))")
_LOCATIVE = re.compile(rf"\s(?:ở|tại)\s+(?:(?:tỉnh|huyện|xã|thị trấn|phường|thành phố|thị xã)\s+)?[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*)*(?:\s+đã)?(?=\s)|\sđã(?=\s)")
_CONT_END = re.compile(r"[;,.():]|\s(?:ở|tại|nhiệm kỳ|năm \d|đến năm|so với|trong đó|đạt tỷ lệ|với tỷ lệ|là)(?=\s|$)|\s(?:với|và)\s+(?:hơn\s+|gần\s+|trên\s+)?(?=\d)|(?<=trở lên)")


def _period_mentions(text: str):
    """``(start, period, is_range)`` for every term, then every year, ``text`` states; base years
    (``giá so sánh năm 2010``, ``so với năm 2020``) are not periods."""
    ranges: list[tuple[int, int]] = []
    for rx, is_range in ((_PERIOD_RANGE, True), (_PERIOD_YEAR, False)):
        for m in rx.finditer(text):
            if _BASE_YEAR.search(text[max(0, m.start() - 25): m.start() + 1]):
                continue
            if is_range:
                ranges.append(m.span())
            elif any(a <= m.start() < b for a, b in ranges):
                continue  # the end of "từ năm 2020 đến tháng 5 năm 2023" is no year of its own
            yield m.start(), (f"{m.group(1)}-{m.group(2)}" if is_range else m.group(1)), is_range


def _plan_word(text: str, year: int | None = None) -> bool:
    """A plan word in ``text`` that is no part of a result measured against a plan, nor a year
    gone by that reached something (``Kinh tế - xã hội năm 2024 đạt nhiều kết quả`` in 2024)."""
    hit = _TARGET.search(text)
    if hit and _AGAINST_PLAN.search(text):
        text = _AGAINST_PLAN.sub(" ", text)
        hit = _TARGET.search(text)
    while hit and year and hit.group(1).lower().startswith("năm 20") and hit.group(1).endswith("đạt") \
            and int(hit.group(1)[4:8]) <= year:
        hit = _TARGET.search(text, hit.end())
    return bool(hit)


def _restated(first: Target, later: Target) -> bool:
    """A plan recalled later without its year ("Năm 2021, phấn đấu xây dựng 5 xã đạt chuẩn xã NTMNC" ...
    "bảo đảm hoàn thành 5 xã đạt chuẩn xã NTMNC"): the same value and unit, both plans, the later one
    with no other period, saying what the first says but its verb."""
    if first.status != "target" or later.status != "target" or (first.value, first.unit) != (later.value, later.unit) \
            or later.period not in (None, first.period):
        return False
    a, b = first.indicator.casefold().split(), later.indicator.casefold().split()
    return len(a) >= 3 and len(b) >= 3 and (a[-3:] == b[-3:])


_RESULT_IN_NAME = re.compile(r"\d|(?<!\w)(?:đạt|tăng|giảm|còn|là|chiếm|vượt|bằng(?!\s+(?:cấp|chứng|khen))|ước|cao|thấp)(?!\w)")
_ITEM_BOUND = re.compile(r"[;:()\n]|\.\s|(?:^|\s)[-–•+]\s")


def _item_across_commas(seg: str, cuts: list[re.Match[str]]) -> str | None:
    """The clause before a number cut at commas inside an indicator's name: from the item's start when
    it opens with an indicator noun (data/indicator_heads.txt) and runs on with no verb of its own
    (``Tỷ lệ lao động qua đào tạo, có bằng cấp, chứng chỉ``)."""
    if cuts[-1].group(0).strip() != ",":
        return None
    strong = [m for m in _ITEM_BOUND.finditer(seg, 0, cuts[-1].start())]
    start = strong[-1].end() if strong else 0
    item = seg[start:]
    low = item.lstrip().casefold()
    if len(item.split()) > 30 or not any(low.startswith(h + " ") for h in indicator_heads()):
        return None
    if any(_ITEM_BOUND.match(m.group(0)) or m.group(0).strip() not in (",",) for m in cuts if m.start() >= start):
        return None  # another kind of boundary ("trong đó", "như") inside: a clause of its own
    if _RESULT_IN_NAME.search(seg, start, cuts[-1].start()):
        return None  # "thu nhập … đạt 50,1 triệu đồng, tăng 2,6 lần": the comma ends a result, not a name
    return item


def _previous_clause(before: str) -> str:
    """``phân loại chất thải rắn tại nguồn, đạt tỷ lệ`` → ``phân loại chất thải rắn tại nguồn``."""
    parts = re.split(r"[;:()\n]|,\s|\.\s", before)
    if len(parts) < 2:
        return ""
    clause = _trim_subject(_LEAD_STRIP.sub("", parts[-2].strip()))
    return clause if 0 < len(clause.split()) <= 12 else ""


def _trim_subject(phrase: str) -> str:
    """``Đảng bộ huyện đã kết nạp`` → ``kết nạp``: drop the actor and the time adverbs."""
    phrase = phrase.strip()
    while True:
        m = _SUBJECT.match(phrase)
        if not m or not m.group(0):
            break
        phrase = phrase[m.end():]
    return _TAIL_STRIP.sub("", " " + phrase).strip(" ,")


def _bounded(text: str, max_words: int = 16) -> str:
    m = _CONT_END.search(text)
    text = text[: m.start()] if m else text
    words = text.split()
    return " ".join(words) if 0 < len(words) <= max_words else ""


def _continuation(rest: str) -> str:
    """What follows a counted noun and is said of it: ``đạt chuẩn nông thôn mới``."""
    rest = _LOCATIVE.sub(" ", rest)
    m = _CONT_START.match(rest)
    return _bounded(rest[m.end():]) if m else ""


# gifts handed over at visits and ceremonies are no targets (issue 14: "gifts and visits, ceremonial counts")
_GIFT_BEFORE = re.compile(r"(?i)(?<!\w)(?:trao tặng|trao|tặng|tặng quà(?: cho)?|trao quà(?: cho)?|trị giá|mỗi suất|mỗi phần quà)\s*(?:hơn|gần|khoảng|trên)?\s*$")
# a number inside the name of a programme ("Đề án trồng 1 tỷ cây xanh", "Chương trình 135")
_NAMED_PROGRAMME = re.compile(r"(?<!\w)(?:Đề án|Chương trình|Phong trào|Cuộc vận động)\s+(?:[^\s,.;:]+\s+){0,3}$")
# a threshold no unit is left under: "không còn xã dưới 15 tiêu chí"
_NONE_LEFT_BELOW = re.compile(r"(?i)không còn\s+(?:[^\s,.;:]+\s+){1,3}(?:dưới|trên)\s*$")
_NEXT_SHARE = re.compile(r"^,\s*(?:và\s+)?(?:trên|hơn|gần|khoảng)?\s*\d[\d.,]*\s*%\s+")
_PREDICATE_START = re.compile(r"\s(?=(?:hoàn thành|đạt|được|có|là|xếp loại)\s)")
_ABOUT = re.compile(r"^,\s*((?:[a-zđà-ỹ]+\s+){1,3}(?:về|của)\s+[^,;.()]{1,30}?)(?=\s*[,;.()]|\s*$|\.\.\.)")


def _shared_predicate(rest: str, phrase: str) -> str:
    """What follows a share's noun and is said of it too: ``75% tổ chức cơ sở đảng, 90% đảng viên
    hoàn thành tốt nhiệm vụ trở lên`` (one predicate for both shares); ``100% các mục tiêu, kế
    hoạch về QP - AN`` (nouns coordinated before what they are about)."""
    i = rest.find(phrase)
    if i < 0:
        return ""
    after = rest[i + len(phrase):]
    am = _ABOUT.match(after)
    if am:
        return ", " + am.group(1).strip()
    nm = _NEXT_SHARE.match(after)
    if not nm:
        return ""
    second = _bounded(after[nm.end():], 14)
    pm = _PREDICATE_START.search(" " + second)
    return " " + second[pm.start():].strip() if pm and pm.start() > 0 else ""


def _after_phrase(rest: str) -> str:
    """The noun phrase after a share: ``70% các chỉ tiêu của Nghị quyết`` → ``chỉ tiêu của Nghị quyết``."""
    m = re.match(rf"^\s+(?:các\s+|những\s+)?(?=[{LOWER}])", rest)
    if not m or re.match(r"\s*(?:so|của|trên|trong|tại|năm|trở|và|với|đến|xuống|lên|kế hoạch|chỉ tiêu\s*$|/)", rest[m.end():]):
        return ""
    return _bounded(rest[m.end():], 14)
_CUT_WORDS = {"hiện", "có", "đã", "còn", "với", "là", "gồm", "tại", "của", "cho", "và", "như", "hơn", "trên", "khoảng", "gần", "được"}
# "giảm từ 18,6% năm 2020 xuống còn 6,2%", "tăng từ 30 lên 48 triệu đồng": the value reached, of the
# indicator the change started from
_FROM_TO = re.compile(r"(?i)(?<!\w)(?:xuống|lên)(?:\s+(?:còn|mức|đến))?\s*$")
_YEAR_AFTER = re.compile(r"\s*\(?\s*(?:vào\s+|trong\s+|đến\s+|hết\s+|cuối\s+|đến\s+cuối\s+)?năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)(?!\d)")
_FIVE_YEARS = re.compile(r"(?i)(?<!\w)(?:5|năm) năm(?!\s+(?:tới|đến|sau|\d))(?!\w)")
# a review of a year: "tổng kết công tác xây dựng Đảng năm 2025", "báo cáo kết quả thực hiện nhiệm vụ năm 2024"
_REVIEWED_YEAR = re.compile(r"(?i)(?=[tkđ])(?<!\w)(?:tổng kết|kết quả|đánh giá)(?!\w)[^.;\n]{0,60}?năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)")
# a paragraph opening with a term and what was done in it: "Nhiệm kỳ 2020-2025, Đảng bộ xã đã …"
_ENDED_TERM_LEAD = re.compile(r"(?i)\s*(?:trong\s+|qua\s+)?(?:nhiệm\s+kỳ|giai\s+đoạn)\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})\s*,[^.;\n]{0,80}?(?<!\w)(?:đã|đạt được)(?!\w)")
# a sentence opening with its year: "Năm 2023, …"
_PAST_YEAR_LEAD = re.compile(r"(?i)\s*(?:trong\s+|cả\s+)?năm\s+((?:19|20)\d{2})\s*,")
# a past verb after the figure in its clause: "234 chi bộ ... đã tổ chức thành công"
_DONE_AFTER = re.compile(r"(?i)(?<!\w)đã\s+(?!được\s+(?:giao|đề ra))(?=\w)")
_PLAN_WORDS = {"kế hoạch", "chỉ tiêu", "mục tiêu", "KH"}
# a modifier standing for its clause: "duy trì tốc độ tăng trưởng khá, bình quân đạt 7,8%/năm"
_MODIFIER_ONLY = {"bình quân", "trung bình", "bình quân hằng năm", "bình quân hàng năm", "bình quân mỗi năm", "bình quân năm"}
_FUNCTION_WORDS = {"chiếm", "đến", "còn", "là", "đạt", "có", "với", "và", "bằng", "tăng", "giảm"}


def _cut_noun(np: str) -> str:
    m = _NOUN_STOP.search(" " + np + " ")
    if m:
        np = (" " + np)[: m.start()].strip()
    np = np.strip(" ,")
    return np


def main_locality(ctx: Context) -> str | None:
    """The unit the article is about: most named directly, ties to the more specific level."""
    counts: Counter[str] = Counter()
    level_of: dict[str, int] = {}
    for m in ctx.mentions:
        if m.level in ("village", "cell") or m.foreign:
            continue
        if m.unit is None and m.unit_new is None and m.level != "commune":
            continue  # (a commune the gazetteer cannot place is still the one the article is about)
        counts[m.label] += 1
        level_of[m.label] = {"commune": 0, "district": 1, "province": 2}.get(m.level, 3)
    if counts:
        return sorted(counts, key=lambda k: (-counts[k], level_of[k]))[0]
    for u in ctx.url_units[::-1]:
        if u.level in ("commune", "district"):
            return u.label
    return ctx.focus_label("province")


def find_targets(ctx: Context) -> list[Target]:
    villages = [(m.start, m.label) for m in ctx.mentions if m.level == "village"]
    return TargetFinder(ctx, main_locality(ctx), villages).find()
