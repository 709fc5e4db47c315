"""Vietnamese numerals: ``8.848`` → 8848, ``9,94`` → 9.94, ``từ 3 - 4`` → [3, 4].

Vietnamese writes ``.`` between thousands and ``,`` before decimals.

>>> parse_number("8.848"), parse_number("9,94"), parse_number("1.000"), parse_number("05")
(8848, 9.94, 1000, 5)
>>> parse_number("100.000")
100000
"""
from __future__ import annotations

import re

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER_RE = re.compile(NUMBER)
_WORD_MULTIPLIERS = {"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000}


def parse_number(s: str) -> int | float:
    """Value of one Vietnamese-written number (thousands ``.``, decimals ``,``)."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    elif re.fullmatch(r"\d+\.\d{1,2}", s):  # an English decimal point ("12.5")
        pass
    s = s.replace(",", ".")
    v = float(s)
    return int(v) if v.is_integer() and "." not in s else (int(v) if v.is_integer() else round(v, 6))


def value_json(v: int | float | list) -> int | float | list:
    """Normalise a value for JSON: integral floats become ints."""
    if isinstance(v, list):
        return [value_json(x) for x in v]
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v
