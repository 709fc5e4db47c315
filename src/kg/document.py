"""The prepared article: normalised text, sentences, and where it was published.

:func:`prepare` drops page furniture (whole lines from ``data/boilerplate.txt``, the crawler's
date prefix is kept aside), normalises the text (:mod:`kg.normalize`) and splits it into
sentences. All offsets in a record refer to ``Doc.text``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from .dates import crawl_prefix, published_date, strip_crawl_prefix
from .lexicon import boilerplate, caps_words, furniture_labels, related_headings, surnames
from .normalize import LOWER, UPPER, normalize_text
from .reading import Article

_SENT_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“(]?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ0-9])|\n+")
# abbreviations written with a dot before a name (TP. Hồ Chí Minh, P. Tân Định, Q. 1, TX., TT., ThS., TS.)
_ABBREV_BEFORE = re.compile(r"(?<![\w.])(?:TP|Tp|P|Q|TX|TT|H|X|ThS|TS|PGS|GS|BS|KS|Th\.S)\.$")
_COUNTER = re.compile(r"[\s:|.]*(\(\d+\))?$")
# a short line with a full date is a byline ("admin 14/03/2024 0 Comments"), not a wrapped headline
_BYLINE_DATE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d{2}")
# a line broken inside a sentence (hard-wrapped pages: "Bí thư Tỉnh\nủy", "các đồng\nchí:"): after a
# word or a comma, the next line starting in lower case continues it
_SOFT_WRAP = re.compile(rf"\n(?=[ \t]*[{LOWER}])")


# a run-on page (its lines joined with spaces): a capitalised time of day or day opening the next
# sentence with no full stop before it ("… Chủ tịch tỉnh Phú Yên Trần Hữu Thế Ngày 1/11, HĐND tỉnh …",
# "… Đại hội Đảng bộ các xã Sáng 17/7, Tổ công tác …"), or "Thực hiện", the commonest opening of a
# sentence ("… HĐND các xã, thị trấn Thực hiện chương trình …"), starts a new line, so no name runs into it
_RUN_ON_OPENER = re.compile(r"(?<=[ \t])(?=[SCTNĐH])(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Đêm|Hôm qua|Hôm nay)(?=\s+(?:\d|nay\b|qua\b|\())|Thực hiện(?=\s))")


def _break_run_on(text: str) -> str:
    """The same length, so offsets hold."""
    chars = None
    for m in _RUN_ON_OPENER.finditer(text):
        i = m.start()
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == i or j == 0:
            continue  # at a line's start already, or glued to the word before
        prev = text[j - 1]
        if not (prev.isalpha() or prev in ")]\"”"):
            continue  # after a full stop, a comma, a digit: the text's own punctuation
        if chars is None:
            chars = list(text)
        chars[i - 1] = "\n"
    return text if chars is None else "".join(chars)


_LEVEL_BEFORE_NAME = re.compile(r"(?<!\w)(?:tỉnh ủy|huyện ủy|thành ủy|quận ủy|thị ủy|đảng ủy xã|đảng ủy phường|tỉnh|huyện|quận|"
                                r"thị xã|thành phố|xã|phường|thị trấn)\s+")
# words no person's name holds: level words ("NÔNG THÔN MỚI" opens with the surname Nông)
_NOT_IN_NAME = re.compile(r"(?<!\w)(?:thôn|xã|huyện|tỉnh|phường|ấp|bản|làng|quận|thị|phố|tổ|đảng|ủy|ban)(?!\w)")
_BOARD_WORD = re.compile(r"(?<!\w)(?:ban|sở|phòng|ủy ban|văn phòng)\s+([^\W\d_])")
_ROMAN = re.compile(r"(?<!\w)[ivxlc]+(?!\w)")
_HONORIFIC_BEFORE_NAME = re.compile(r"(?:đồng chí|đ/c|ông|bà)\s+$")


def _decap_line(line: str) -> str:
    """A headline written in capitals (``ĐỒNG CHÍ ÂU THẾ THÁI, PHÓ TRƯỞNG BAN … BÍ THƯ HUYỆN ỦY LÂM
    BÌNH``) in the case running text uses, so that names, places and committees read as they do
    there: lower case, then a capital for the first letter, the words of data/caps_words.txt, a
    unit the gazetteer knows after its level word, and a name opening with a surname after an
    honorific or before a comma or the line's end. The same length, so offsets hold."""
    from .gazetteer import gazetteer

    low = line.lower()
    chars = list(low)

    def cap(start: int, end: int, word: str | None = None) -> None:
        if word is not None:
            chars[start:end] = list(word)
            return
        at = start
        for w in low[start:end].split(" "):
            if w:
                chars[at] = w[0].upper()
            at += len(w) + 1

    forms, pattern = _written_forms()
    for m in pattern.finditer(low):
        cap(m.start(), m.end(), forms[m.group(0)])
    for m in _BOARD_WORD.finditer(low):
        cap(m.start(1), m.start(1) + 1)  # "BAN TỔ CHỨC": the board's name word ("Ban Tổ chức")
    gz = gazetteer()
    for m in _LEVEL_BEFORE_NAME.finditer(low):
        words = low[m.end():].split(" ")[:4]
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(",.:;")
            if name and gz.knows(name):
                cap(m.end(), m.end() + len(name))
                break
    names = surnames()
    for w in re.finditer(r"[^\W\d_]+", low):
        if w.group(0).capitalize() not in names:
            continue
        # the name runs to a comma, a dash or the line's end, two to four words long
        honoured = _HONORIFIC_BEFORE_NAME.search(low, 0, w.start())
        run = re.match(r"[^\W\d_]+(?:\s+[^\W\d_]+){1,%d}?(?=\s*(?:[,;:(]|\s[-–]\s|$))" % (3 if honoured else 2), low[w.start():])
        if run is None and honoured:
            run = re.match(r"[^\W\d_]+(?:\s+[^\W\d_]+){2}", low[w.start():])  # "ĐỒNG CHÍ LÊ VĂN HÒA TÁI ĐẮC CỬ …"
        if run and not _NOT_IN_NAME.search(run.group(0)):
            cap(w.start(), w.start() + run.end())
    for m in _ROMAN.finditer(low):
        if re.search(r"(?:khóa|khoá|lần thứ|thứ)\s+$", low[:m.start()]):
            cap(m.start(), m.end(), m.group(0).upper())  # "khóa XVIII"
    if chars:
        chars[0] = chars[0].upper()
    return "".join(chars)


@lru_cache(maxsize=1)
def _written_forms() -> tuple[dict[str, str], re.Pattern[str]]:
    """The words of data/caps_words.txt and the role and body words of data/roles.tsv,
    data/bodies.tsv and data/body_names.tsv as running text writes them: lower case → written form,
    and one pattern that finds the longest of them at each place of a lower-cased line."""
    from .lexicon import read_table
    forms = set(caps_words())
    for table in ("roles.tsv", "bodies.tsv", "body_names.tsv"):
        forms.update(row[0] for row in read_table(table) if row and row[0] and not row[0].isupper())
    written = {f.lower(): f for f in sorted(forms, key=len)}
    alts = "|".join(re.escape(f) for f in sorted(written, key=len, reverse=True))
    return written, re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def _decap_caps_lines(text: str) -> str:
    """Lines written wholly in capitals (headlines of some sites) in running text's case; a date line
    (``THỨ BA, 04/10/2022 15:03``, ``05:06 GMT+7``) stays as it is."""
    if not _CAPS_LINE.search(text):
        return text

    def fix(m: re.Match[str]) -> str:
        words = re.findall(rf"[{UPPER}]{{2,}}", m.group(0))
        return _decap_line(m.group(0)) if len(words) >= 4 else m.group(0)
    return _CAPS_LINE.sub(fix, text)


# a line of at least four words in capitals and no lower-case letter (a headline some sites write so)
_CAPS_LINE = re.compile(rf"^(?=[^\n{LOWER}]*[{UPPER}]{{2,}}[^\n{LOWER}]*\s[^\n{LOWER}]*\s[^\n{LOWER}]*\s)[^\n{LOWER}]{{15,300}}$", re.M)


def _join_soft_wraps(text: str) -> str:
    if "\n" not in text:
        return text

    def join(m: re.Match[str]) -> str:
        i = m.start() - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        end = text.find("\n", m.end())
        if _BYLINE_DATE.search(text, m.end(), len(text) if end < 0 else min(end, m.end() + 60)) \
                and (end < 0 or end - m.end() <= 60):
            return "\n"  # "admin 14/03/2024 0 Comments": a short line with a date is a byline, no wrap
        return " " if i >= 0 and (text[i].isalnum() or text[i] in ",_") else "\n"
    return _SOFT_WRAP.sub(join, text)


@dataclass
class Doc:
    id: str
    text: str
    url: str | None
    title: str | None
    published: str | None
    crawl: tuple[int, int | None, int | None] | None
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = self.sentences[mid]
            if pos < s:
                hi = mid - 1
            elif pos >= e:
                lo = mid + 1
            else:
                return (s, e)
        return (pos, pos)


@lru_cache(maxsize=1)
def _longest_furniture() -> int:
    return max((len(b) for b in boilerplate()), default=0)


def _line_key(stripped: str) -> str:
    """A short line as the lexicons list it: counters and trailing punctuation off, case-folded."""
    return _COUNTER.sub("", stripped).casefold().strip()


# a breadcrumb or a menu: three or more short labels between "|", "»", "›", ">" or "•"
_MENU_SEP = re.compile(r"\s+[|»›>•]\s+|\s*\|\s*")
_MENU_ITEM_MAX = 40


def _is_label_line(stripped: str) -> bool:
    """``Từ khóa: Hội nghị, Tỉnh ủy``, ``Chuyên mục: Hội nghị - Hội thảo`` (data/furniture_labels.txt),
    or a menu ``Trang chủ | Tin tức | Hội nghị - Hội thảo``."""
    colon = stripped.find(":", 0, 26)
    if colon > 0 and stripped[:colon].strip().casefold() in furniture_labels():
        return True
    if not ("|" in stripped or "»" in stripped or "›" in stripped or " > " in stripped or "•" in stripped):
        return False
    parts = _MENU_SEP.split(stripped)
    if _BYLINE_DATE.search(stripped) or re.search(r"\d{1,2}:\d{2}", stripped):
        return False  # "13:15 | 01-11-2022 | Xã hội": the article's date line
    return len(parts) >= 3 and all(0 < len(p.strip()) <= _MENU_ITEM_MAX and not p.strip().endswith((".", ",")) for p in parts)


def _is_furniture(line: str) -> bool:
    stripped = line.strip()
    if _is_label_line(stripped):
        return True
    if not stripped or len(stripped) > _longest_furniture() + 12:
        return False  # a line longer than any boilerplate line and its counter is text
    s = _line_key(stripped)
    return bool(s) and (s in boilerplate() or stripped.casefold() in boilerplate())


# a headline is short and ends without a full stop; a paragraph of text is long or ends with one
HEADLINE_MAX = 180


def _drop_related_headlines(kept: list[str], lines: list[str]) -> list[str]:
    """After a heading of other articles (``Tin liên quan``, ``Tin khác``: data/related_headings.txt)
    the headlines that follow are blanked, until a paragraph of text comes back; offsets hold."""
    headings = related_headings()
    out = list(kept)
    skipping = False
    for i, line in enumerate(lines):
        s = line.strip()
        if not skipping and (not s or len(s) > 40):
            continue  # headings are short
        key = _line_key(s).rstrip(":").strip() if len(s) <= 40 else ""
        if key in headings:
            skipping = True
            out[i] = ""
            continue
        if not skipping or not s:
            continue
        if len(s) > HEADLINE_MAX or (s.endswith((".", "…", "...")) and len(s) > 80):
            skipping = False  # the article's text goes on
            continue
        out[i] = ""
    return out


# a line that only dates something: "14/11/2023", "14/11/2023 16:05", "16:05 14/11/2023", "(14/11)"
_DATE_LINE = re.compile(r"\s*[(\[]?\s*(?:\d{1,2}:\d{2}\s*[-|,]?\s*)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*(?:19|20)\d{2})?"
                        r"(?:\s*[-|,]?\s*\d{1,2}:\d{2})?\s*[)\]]?\s*")
# a headline with its date at the end of the line: "Bí thư Tỉnh ủy làm việc với … (14/11/2023)", "… - 14/11/2023"
_DATED_HEADLINE = re.compile(r".{15,180}?[\s(\[|–-]\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d{2}(?:\s*[-|,]?\s*\d{1,2}:\d{2})?\s*[)\]]?\s*")


def _drop_dated_headline_tail(kept: list[str]) -> list[str]:
    """Other articles listed at the foot of a page with no heading: headlines each with its date (on
    the next line or at the end of its own), two or more of them after the article's last paragraph.
    They are blanked; offsets hold."""
    idx = [i for i, line in enumerate(kept) if line.strip()]
    pairs, block_start, k = 0, None, len(idx) - 1
    while k >= 0:
        line = kept[idx[k]].strip()
        if _DATE_LINE.fullmatch(line) and k > 0:
            head = kept[idx[k - 1]].strip()
            if len(head) <= HEADLINE_MAX and not head.endswith((".", "…")) and not _DATE_LINE.fullmatch(head):
                pairs, block_start, k = pairs + 1, k - 1, k - 2
                continue
        if _DATED_HEADLINE.fullmatch(line) and not line.rstrip(" )]").endswith((".", "…")):
            pairs, block_start, k = pairs + 1, k, k - 1
            continue
        break
    if pairs < 2 or block_start is None or block_start == 0:
        return kept
    out = list(kept)
    for i in idx[block_start:]:
        out[i] = ""
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in _SENT_END.finditer(text):
        if text[m.start():m.end()].find("\n") < 0 and _ABBREV_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "UBND TP. Hà Nội", "PGS.TS. Lê A": an abbreviation's dot ends no sentence
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


_UPPER_WORD = f"[{UPPER}]{{1,7}}"
_VOWEL = re.compile("[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]")
_CAPS_RUN = re.compile(rf"(?<![\w])({_UPPER_WORD})((?: {_UPPER_WORD}){{1,4}})(?![\w])")


def _title_case_names(text: str) -> str:
    """``Đồng chí NGUYỄN VĂN TÁM, Bí thư …`` (captions write names in capitals): a run of capital
    words that starts with a surname and stands in mixed-case text is written as a name. The same
    length, so offsets hold."""
    names = surnames()

    def fix(m: re.Match[str]) -> str:
        words = m.group(0).split(" ")
        if m.group(1).capitalize() not in names or not all(_VOWEL.search(w) for w in words):
            return m.group(0)  # not a name, or an acronym in it ("ĐOÀN ĐBQH")
        return " ".join(w.capitalize() for w in words)
    if not _CAPS_RUN.search(text):
        return text
    return _CAPS_RUN.sub(fix, text)


def prepare(article: Article) -> Doc:
    """Normalise an article and find its title, publication date and sentences."""
    raw = normalize_text(article.text)
    crawl = crawl_prefix(raw)
    lines = raw.split("\n")
    kept = _drop_dated_headline_tail(_drop_related_headlines(["" if _is_furniture(line) else line for line in lines], lines))
    if crawl and lines:
        first = strip_crawl_prefix(lines[0])
        if not kept[0] or _is_furniture(first):
            kept[0] = lines[0][: len(lines[0]) - len(first)]  # the crawl's date stays, the menu after it goes
    joined = _join_soft_wraps("\n".join(kept))
    published = published_date(joined)  # (read before headlines in capitals are recased: a banner stays one)
    text = _title_case_names(_break_run_on(_decap_caps_lines(joined)))
    if published is None and article.published:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", article.published)
        if m:
            published = m.group(0)
    title = article.title
    if not title:
        for line in kept:
            cand = re.sub(r"^\s*date\s+\d{4}(-\d{2}){0,2}\s*", "", line).strip()
            if len(cand) > 15 and not re.fullmatch(r"[\d/:\-|,\s\w]{0,40}\d{4}.*", cand):
                title = cand[:300]
                break
    doc = Doc(article.id, text, article.url, title, published, crawl)
    doc.sentences = split_sentences(text)
    return doc
