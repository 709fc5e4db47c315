"""Normalising Vietnamese text.

One function, :func:`normalize_text`, turns whatever a reader produced into the text every
extractor works on: Unicode NFC, the Icelandic ``Ð``/``ð`` that some Vietnamese sites use for
``Đ``/``đ``, zero-width and bidi controls removed, non-breaking spaces made plain, and one tone
placement (the "new" one, ``ủy``, ``hòa``, ``khỏe``). Offsets of evidence sentences refer to
this normalised text.

:func:`compare_key` is the stricter form used when records are scored (FORMAT.md: abbreviations
expanded, case-folded, white space folded, outer punctuation stripped).

>>> normalize_text("Ðảng uỷ xã Hoà Bình")
'Đảng ủy xã Hòa Bình'
>>> compare_key("Chủ tịch UBND")
'chủ tịch ủy ban nhân dân'
"""
from __future__ import annotations

import re
import unicodedata

from .lexicon import abbreviations

# The letters of Vietnamese (with a-z, for names and acronyms), as character-class ranges for
# patterns: upper case and lower case
UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
LOWER = "a-zđâăêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"

# Tone marks on the vowels a, e, y (the second vowel of oa, oe, uy) and their untoned bases.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
_CONTROL = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD,
     0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
)
_SPACES = {0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x200A: " ", 0x3000: " ",
           0x00D0: "Đ", 0x00F0: "đ", 0x0110: "Đ", 0x2028: "\n", 0x2029: "\n"}
_TRANSLATE = {**_CONTROL, **_SPACES}


def _split_tone(ch: str) -> tuple[str, str]:
    d = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in d if c in _TONES)
    base = "".join(c for c in d if c not in _TONES)
    return unicodedata.normalize("NFC", base), tone


def _build_tone_pattern() -> re.Pattern[str]:
    toned = []
    for base in "aeyAEY":
        for t in _TONES:
            toned.append(unicodedata.normalize("NFC", base + t))
    # o/u (untoned) + toned a/e/y at the end of a syllable; "qu" + y keeps its tone on y.
    return re.compile(r"(?<![qQ\w])([^\W\d_]*?)(?<![qQ])([oOuU])([" + "".join(toned) + r"])(?![^\W\d_])")


def _build_pair_pattern() -> re.Pattern[str]:
    """The end of a syllable the old placement writes (``uỷ``, ``oà``): a cheap test before the
    full pattern, which most texts (already in the new placement) never need."""
    toned = [unicodedata.normalize("NFC", base + t) for base in "aeyAEY" for t in _TONES]
    return re.compile(r"[oOuU][" + "".join(toned) + r"](?![^\W\d_])")


_OLD_TONE = _build_tone_pattern()
_OLD_PAIR = _build_pair_pattern()
_VALID_PAIRS = {"oa", "oe", "uy"}


def _move_tone(m: re.Match[str]) -> str:
    head, first, second = m.group(1), m.group(2), m.group(3)
    base2, tone = _split_tone(second)
    if (first.lower() + base2.lower()) not in _VALID_PAIRS:
        return m.group(0)
    return head + unicodedata.normalize("NFC", first + tone) + base2


def fix_tone_placement(text: str) -> str:
    """Move the tone of ``oa``, ``oe``, ``uy`` syllables to the first vowel (``uỷ`` → ``ủy``)."""
    if not _OLD_PAIR.search(text):
        return text
    return _OLD_TONE.sub(_move_tone, text)


# UTF-8 read as Windows-1252 or Latin-1 by a site that copied the page ("Ä‘áº£ng á»§y" for "đảng
# ủy"): runs of such characters are turned back into their bytes and read as UTF-8.
_CP1252_BYTE = {bytes([b]).decode("cp1252", errors="ignore"): b for b in range(0x80, 0xA0)}
_CP1252_BYTE.pop("", None)
_MOJIBAKE_RUN = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\ufffd" + "".join(_CP1252_BYTE) + "]{1,3}")
# bytes Windows-1252 leaves undefined come out as U+FFFD; one is put back when only one of them
# makes a Vietnamese letter ("Ä�" is "Đ", C4 90)
_UNDEFINED_1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_VOWELS = "aăâeêioôơuưy"
_VIETNAMESE = set("bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX") | {
    unicodedata.normalize("NFC", v + t) for v in _VOWELS + _VOWELS.upper() for t in ("",) + tuple(_TONES)}
_MOJIBAKE_SIGN = re.compile("Ã.|Ä[\u0080-\u00bf‘’“”]|áº|á»|Æ°|Æ¡")


def repair_mojibake(text: str) -> str:
    """``Ä‘áº£ng`` → ``đảng`` where a text carries UTF-8 decoded as Windows-1252 or Latin-1;
    text that does not (three signs at least) is returned as it is."""
    if len(_MOJIBAKE_SIGN.findall(text, 0, 20000)) < 3:
        return text

    def decode(run: str) -> str | None:
        try:
            return bytes(ord(c) if ord(c) < 0x100 else _CP1252_BYTE[c] for c in run).decode("utf-8")
        except (KeyError, UnicodeDecodeError, ValueError):
            return None

    def fix(m: re.Match[str]) -> str:
        run = m.group(0)
        if run.count("\ufffd") == 1:
            found = {d for b in _UNDEFINED_1252 for d in [decode(run.replace("\ufffd", chr(b)))]
                     if d and d[0] in _VIETNAMESE}
            return found.pop() if len(found) == 1 else run
        return decode(run) or run
    return _MOJIBAKE_RUN.sub(fix, text)


def normalize_text(text: str) -> str:
    """Return the normalised form of ``text`` (NFC, Đ, controls, spaces, tone placement)."""
    text = repair_mojibake(text)
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_TRANSLATE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _SPACE_RUN.sub(" ", text)  # "Ủy viên  Trung ương Đảng": one space between words
    return fix_tone_placement(text)


_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
_APOS = str.maketrans({"\u2019": "'", "\u2018": "'"})
_WS = re.compile(r"\s+")
_SLASH = re.compile(r"\s*/\s*")
_OUTER_PUNCT = " \t\n.,;:!?\"'()[]{}«»“”-–—…*"


def _abbrev_pattern() -> re.Pattern[str]:
    keys = sorted(abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(" + "|".join(map(re.escape, keys)) + r")(?![^\W\d_])")


_ABBREV = None


def compare_key(value: object) -> str:
    """The comparison form of a string (FORMAT.md, in its order); ``None`` stays ``''``."""
    global _ABBREV
    if value is None:
        return ""
    text = str(value)
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "Đ").replace("\u00f0", "đ")
    text = text.translate(_APOS)
    text = fix_tone_placement(text)
    if _ABBREV is None:
        _ABBREV = _abbrev_pattern()
    table = abbreviations()
    text = _ABBREV.sub(lambda m: table[m.group(1)], text)
    text = text.casefold()
    text = _WS.sub(" ", text)
    text = _SLASH.sub("/", text)
    return text.strip(_OUTER_PUNCT)


def strip_accents(text: str) -> str:
    """ASCII slug form: ``Hướng Hóa`` → ``huong hoa`` (for web addresses and keys)."""
    d = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if not unicodedata.combining(c)).lower()


def slug_key(text: str) -> str:
    """Accent-free, space-free key: ``Hướng Hóa`` → ``huonghoa``."""
    return re.sub(r"[^a-z0-9]", "", strip_accents(text))
