"""Dates: the publication date an article states, event dates, and the article's year.

Publication dates are datelines (``09:45 - Thứ Hai, 22/02/2021``, ``25/01/2021 - 06:54``,
``Tin đăng lúc 25-10-2020``, a line holding only ``Chủ nhật, 27/09/2020``) or a crawler's
`` date 2026-01-26`` prefix. Dates inside sentences (``Ngày 10 tháng 11 năm 2022, Đoàn công
tác...``) are events, not publication dates.

>>> published_date("Tiêu đề\\n\\n09:45 - Thứ Hai, 22/02/2021 Lượt xem: 1570\\n\\nNội dung.")
'2021-02-22'
>>> published_date("Ngày 10 tháng 11 năm 2022, Đoàn công tác làm việc với Đảng ủy xã.") is None
True
"""
from __future__ import annotations

import re
from datetime import date, timedelta

_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
_Y = r"(?P<y>(?:19|20)\d{2})"
DMY = re.compile(rf"(?<!\d){_D}\s*[/.\-]\s*{_M}\s*[/.\-]\s*{_Y}(?!\d)")
DMY_WORDS = re.compile(rf"(?i)ngày\s+{_D}\s+tháng\s+{_M}\s+năm\s+{_Y}")
ISO = re.compile(rf"(?<!\d){_Y}-{_M}-{_D}(?!\d)")
DMY_TEXT = re.compile(rf"(?i)(?<!\d){_D}\s+tháng\s+{_M}\s*[,/]?\s*(?:năm\s+)?{_Y}(?!\d)")
TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
WEEKDAY = re.compile(r"(?i)(thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)")
PUB_MARKERS = re.compile(r"(?i)(tin\s+đăng\s+lúc|đăng\s+lúc|ngày\s+đăng|đăng\s+ngày|cập\s+nhật|ngày\s+xuất\s+bản|xuất\s+bản|published|posted)\s*:?\s*")
# a byline with the author before the date ("Tác giả: Thu Hà | 12/02/2024"), read in the head lines
_AUTHOR_BEFORE = re.compile(r"(?i)tác\s+giả\s*:[^|\n]{0,30}\|?\s*$")
CRAWL_PREFIX = re.compile(r"^\s*date\s+(?P<y>\d{4})(?:-(?P<m>\d{2}))?(?:-(?P<d>\d{2}))?\b")
_FILLER = re.compile(r"(?i)gmt\s*[+-]\s*\d+|lượt\s+xem\s*:?\s*\d+|in\s+bài\s+viết|cập\s+nhật|\d+\s*(?:comments?|bình\s+luận)\b|"
                     r"^\s*(?:admin|by\s+\w+)\b|[|\-–—,:()\s]+")


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def crawl_prefix(text: str) -> tuple[int, int | None, int | None] | None:
    """The `` date YYYY[-MM[-DD]]`` prefix some crawls put before the text."""
    m = CRAWL_PREFIX.match(text)
    if not m:
        return None
    return int(m["y"]), (int(m["m"]) if m["m"] else None), (int(m["d"]) if m["d"] else None)


def strip_crawl_prefix(text: str) -> str:
    m = CRAWL_PREFIX.match(text)
    return text[m.end():] if m else text


def _date_matches(line: str) -> list[re.Match[str]]:
    """The dates a dateline may write: ``12/03/2024``, ``2024-03-12``, ``12 tháng 3, 2024``."""
    found = list(DMY.finditer(line))
    if len(line) <= 200 and ("-" in line or "tháng" in line):  # a dateline is short; most lines are neither
        taken = [(m.start(), m.end()) for m in found]
        for rx in (ISO, DMY_TEXT):
            found += [m for m in rx.finditer(line) if not any(a < m.end() and m.start() < b for a, b in taken)]
        found.sort(key=lambda m: m.start())
    return found


def published_date(text: str, head_lines: int = 12) -> str | None:
    """The publication date the text states, ISO, or ``None``."""
    pre = crawl_prefix(text)
    if pre and pre[1] and pre[2]:
        return _iso(*pre)
    lines = [ln for ln in strip_crawl_prefix(text).split("\n") if ln.strip()]
    if not lines:
        return None
    candidates: list[tuple[int, int, str]] = []  # (priority, position, iso)
    dated_lines: set[int] = set()  # the lines that write a date (the title, below, writes none)
    for idx, line in enumerate(lines):
        near_top = idx < head_lines
        near_end = idx >= len(lines) - 4
        if not (near_top or near_end or PUB_MARKERS.search(line)):
            continue  # a date in the body is an event's unless a marker says it is the publication's
        matches = _date_matches(line)
        if matches:
            dated_lines.add(idx)
        for m in matches:
            iso = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
            if not iso:
                continue
            before = line[: m.start()]
            after = line[m.end():]
            if PUB_MARKERS.search(before[-30:]) or near_top and _AUTHOR_BEFORE.search(before):
                candidates.append((0, idx, iso))
                continue
            if not (near_top or near_end):
                continue
            time_near = TIME.search(before[-12:]) or TIME.search(after[:14])
            rest = _FILLER.sub(" ", WEEKDAY.sub(" ", TIME.sub(" ", before + " " + after))).strip()
            if time_near:
                candidates.append((1, idx, iso))
            elif len(rest.split()) <= 2 and (WEEKDAY.search(before) or not rest or len(line) < 40):
                candidates.append((2, idx, iso))
    if not candidates:
        return None
    candidates.sort()
    best = candidates[0]
    # a site's clock printed above the headline ("Chủ nhật, 10/12/2023, 15:38 [GMT+7]", then the
    # title, then "Thứ 2, 13/11/2023 | 10:01"): the date written right under the headline is the
    # article's
    title_idx = next((i for i, ln in enumerate(lines[:head_lines]) if len(ln.strip()) > 15 and i not in dated_lines
                      and not (ln.isupper() and len(ln.strip()) <= 40)), None)  # (not a banner "BÁO ĐIỆN TỬ TỈNH")
    if title_idx is not None and best[1] < title_idx:
        under = [c for c in candidates if c[0] == best[0] and title_idx < c[1] <= title_idx + 3]
        if under:
            best = min(under, key=lambda c: c[1])
    return best[2]


# -- event dates ----------------------------------------------------------------------------
EVENT_DAY = re.compile(
    r"(?i)(?:(?:sáng|chiều|tối|trưa)\s+)?(?:nay\s*\(\s*)?(?:ngày\s+|từ\s+(?:ngày\s+)?|trong\s+(?:\d+\s+)?(?:hai\s+)?ngày\s+)?"
    r"(?P<d>\d{1,2})(?:\s*(?:-|–|đến|và)\s*(?P<d2>\d{1,2}))?\s*[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>(?:19|20)\d{2}))?(?![\d/])"
)
EVENT_WORDS = re.compile(rf"(?i)(?:ngày|sáng|chiều|tối|trưa)\s+{_D}\s+tháng\s+{_M}(?:\s+năm\s+{_Y})?")
# what may stand before a day/month with no year: a time of day, "ngày", "hôm qua (6/10)",
# a weekday ("Sáng thứ Hai (6/10)", "Chủ nhật, 6/10")
_EVENT_LEAD = re.compile(r"(?i)(sáng|chiều|tối|trưa|ngày|nay|qua|từ|trong|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)\s*[(,]?\s*$")


def event_dates(sentence: str, year: int | None, published: str | None = None) -> list[tuple[int, str]]:
    """Dates in a sentence (offset, ISO); a date without a year takes ``year`` (or is skipped), or
    the year before when that would put it weeks after ``published`` (``Sáng 30/12`` in an article of
    6 January reports last December)."""
    out = []
    digits = _DIGIT.search(sentence) is not None  # (every date pattern below has a digit)

    def dated(d: int, mo: int, y: int, explicit: bool) -> str | None:
        iso = _iso(y, mo, d)
        if iso and not explicit and published and iso > _plus_days(published, 14):
            iso = _iso(y - 1, mo, d)
        return iso

    for m in EVENT_WORDS.finditer(sentence) if digits else ():
        if _DEADLINE.search(sentence, max(0, m.start() - 20), m.start()):
            continue
        y = int(m["y"]) if m["y"] else year
        if y:
            iso = dated(int(m["d"]), int(m["m"]), y, bool(m["y"]))
            if iso:
                out.append((m.start(), iso))
    for m in EVENT_DAY.finditer(sentence) if digits else ():
        if re.search(r"(?i)(số\s+\S+|[A-ZĐ]{2,}(?:-[A-ZĐ]+)*/[A-ZĐ]+)[^.;]{0,30}$", sentence[max(0, m.start() - 45): m.start()]):
            continue  # the date of a document ("Quyết định số 1083-QĐ/HU, ngày 21/10/2022")
        if _DEADLINE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # a deadline ("hoàn thành trước ngày 30/9/2024"), not the day of an event
        d, mo = int(m["d"]), int(m["m"])
        y = int(m["y"]) if m["y"] else None
        lead = sentence[max(0, m.start() - 12): m.start()] + m.group(0)[: m.group(0).find(m["d"])]
        if y is None:
            # "6 tháng", "19/19 tiêu chí", "80/80 phiếu": a bare d/m needs an event word before it
            if not _EVENT_LEAD.search(lead) and not re.search(r"(?i)(sáng|chiều|tối|trưa|ngày|nay|từ)", m.group(0)):
                continue
            y = year
        if not y or not (1 <= mo <= 12):
            continue
        iso = dated(d, mo, y, bool(m["y"]))
        if iso:
            out.append((m.start(), iso))
    if published and not out and (" nay" in sentence or " qua" in sentence):
        # "Sáng nay, …", "Chiều qua, …" under a date line: the day of the date line, or the day before
        rel = _RELATIVE_DAY.search(sentence)
        if rel:
            out.append((rel.start(), _plus_days(published, -1 if rel.group(1).lower() == "qua" else 0)))
    out.sort()
    return out


_DIGIT = re.compile(r"\d")
# before a day that is a deadline, not an event's: "trước ngày 30/9", "chậm nhất ngày 15/10",
# "hạn chót là ngày 1/7", "đến hết ngày 31/12"
_DEADLINE = re.compile(r"(?i)(?<!\w)(?:trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?|đến hết|hết)\s+$")
_RELATIVE_DAY = re.compile(r"(?i)(?<!\w)(?:sáng|chiều|tối|trưa|hôm|đêm)\s+(nay|qua)(?!\w)(?!\s*\()")


def _plus_days(iso: str, days: int) -> str:
    try:
        return (date.fromisoformat(iso[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return "9999-12-31"


_LEAD_FULL_DATE = re.compile(r"(?i)(?:ngày|sáng|chiều|tối|trưa)\s+\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)")
_YEAR_OF = re.compile(r"(?i)(?<!đến )(?<!vào )(?<!tới )năm\s+((?:19|20)\d{2})")
# the congress (or first council session) of a term the headline or lead reports: held in its first year
_CONGRESS_TERM = re.compile(r"(?i)(?:Đại hội|kỳ họp thứ nhất)[^.\n]{0,120}?nhiệm\s+kỳ\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}")
_TERM = re.compile(r"(?i)(?:nhiệm\s+kỳ|giai\s+đoạn|khóa\s+\w+,?\s*nhiệm\s+kỳ)\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})")


def article_year(text: str, published: str | None, hint: int | None = None) -> int | None:
    """The year the article reports on: its publication year, a crawl or address hint, the
    year of the first event its lead dates in full, else the earliest ``năm YYYY`` (not a target
    year ``đến năm``), else a term's first year."""
    if published:
        return int(published[:4])
    if hint:
        return hint
    lead = _LEAD_FULL_DATE.search(text, 0, 600)
    if lead:
        return int(lead.group(1))  # the lead's event, dated in full ("Ngày 15/1/2024, ...")
    congress = _CONGRESS_TERM.search(text, 0, 600)
    if congress:
        return int(congress.group(1))  # a congress of the 2020-2025 term is held in 2020 (FORMAT.md)
    years = [int(y) for y in _YEAR_OF.findall(text)]
    if years:
        return min(years)
    terms = [int(a) for a, _ in _TERM.findall(text)]
    if terms:
        return max(terms)
    return None

# Words that only an article written after the July 2025 reorganisation uses.
REFORM_MARKERS_RE = re.compile(
    r"(?i)chính\s+quyền\s+(?:địa\s+phương\s+)?(?:2|hai)\s+cấp|\((?:cũ)\)|sau\s+(?:sáp\s+nhập|hợp\s+nhất|sắp\s+xếp)|"
    r"trước\s+khi\s+(?:sáp\s+nhập|hợp\s+nhất)|nhiệm\s+kỳ\s+20(?:2[6-9]|3\d)\s*[-–]"
)
