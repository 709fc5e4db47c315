"""Lexicons: the data files under ``kg/data`` that the extractors read.

Every file is plain text, one entry a line, ``#`` starts a comment (each file says where its
entries come from). Loaders are cached: a file is read once per process. Entries are normalised
with the same tone placement as the text they are matched against.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _normalise_entry(s: str) -> str:
    # local import: normalize imports this module
    from .normalize import fix_tone_placement

    s = unicodedata.normalize("NFC", s).replace("\u00d0", "Đ").replace("\u00f0", "đ")
    return fix_tone_placement(s)


def read_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of data file ``name``."""
    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(_normalise_entry(line.rstrip("\n")))
    return out


def read_table(name: str) -> list[list[str]]:
    return [[c.strip() for c in line.split("\t")] for line in read_lines(name)]


@dataclass(frozen=True)
class RoleEntry:
    surface: str
    role: str
    body: str | None
    kind: str


@dataclass(frozen=True)
class BodyEntry:
    surface: str
    body: str
    kind: str
    level: str | None


@lru_cache(maxsize=None)
def roles() -> dict[str, RoleEntry]:
    out = {}
    for surface, role, body, kind in read_table("roles.tsv"):
        out[surface.casefold()] = RoleEntry(surface, role, None if body == "-" else body, kind)
    return out


@lru_cache(maxsize=None)
def bodies() -> dict[str, BodyEntry]:
    out = {}
    for surface, body, kind, level in read_table("bodies.tsv"):
        out[surface.casefold()] = BodyEntry(surface, body, kind, None if level == "-" else level)
    return out


@lru_cache(maxsize=None)
def body_heads() -> tuple[str, ...]:
    return tuple(sorted(read_lines("body_heads.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def levels() -> dict[str, tuple[str, str]]:
    """surface → (canonical level word, level)."""
    return {s: (w, lvl) for s, w, lvl in read_table("levels.tsv")}


@lru_cache(maxsize=None)
def central_cities() -> frozenset[str]:
    return frozenset(row[0] for row in read_table("central_cities.txt"))


@lru_cache(maxsize=None)
def central_since() -> dict[str, int]:
    """Centrally-run city → the year it became one, for the recent ones (``data/central_cities.txt``)."""
    return {row[0]: int(row[1]) for row in read_table("central_cities.txt") if len(row) > 1 and row[1]}


def is_central_city(name: str, year: int | None = None) -> bool:
    """Whether the city ``name`` is centrally run in ``year`` (now, when the year is unknown)."""
    return name in central_cities() and not (year and year < central_since().get(name, 0))


@lru_cache(maxsize=None)
def place_aliases() -> dict[str, tuple[str, str]]:
    return {s: (w, n) for s, w, n in read_table("place_aliases.tsv")}


@lru_cache(maxsize=None)
def meeting_words() -> dict[str, str]:
    return {t.casefold(): k for t, k in read_table("meetings.tsv")}


@lru_cache(maxsize=None)
def meeting_negations() -> tuple[str, ...]:
    return tuple(s.casefold() for s in read_lines("meeting_negations.txt"))


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    return frozenset(read_lines("surnames.txt"))


@lru_cache(maxsize=None)
def honorifics() -> dict[str, str]:
    return {s: k for s, k in read_table("honorifics.tsv")}


@lru_cache(maxsize=None)
def publishers() -> dict[str, str | None]:
    return {h: (None if p == "-" else p) for h, p in read_table("publishers.tsv")}


@lru_cache(maxsize=None)
def related_headings() -> frozenset[str]:
    return frozenset(s.casefold().strip() for s in read_lines("related_headings.txt"))


@lru_cache(maxsize=None)
def boilerplate() -> frozenset[str]:
    return frozenset(s.casefold().strip() for s in read_lines("boilerplate.txt"))


@lru_cache(maxsize=None)
def indicator_heads() -> tuple[str, ...]:
    return tuple(sorted((s.casefold().strip() for s in read_lines("indicator_heads.txt")), key=len, reverse=True))


@lru_cache(maxsize=None)
def caps_words() -> tuple[str, ...]:
    return tuple(sorted(read_lines("caps_words.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def furniture_labels() -> tuple[str, ...]:
    return tuple(s.casefold().strip() for s in read_lines("furniture_labels.txt"))


@lru_cache(maxsize=None)
def abbreviations() -> dict[str, str]:
    return {a: e for a, e in read_table("abbreviations.tsv")}


@lru_cache(maxsize=None)
def units() -> tuple[str, ...]:
    return tuple(sorted(read_lines("units.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def excluded_units() -> tuple[str, ...]:
    return tuple(sorted(read_lines("exclude_units.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def comparators() -> list[tuple[str, str, str]]:
    rows = [(w, c, p) for w, c, p in read_table("comparators.tsv")]
    return sorted(rows, key=lambda r: len(r[0]), reverse=True)


@lru_cache(maxsize=None)
def body_names() -> dict[str, str | None]:
    """Full names of bodies (``data/body_names.tsv``) → implied parent body or None."""
    return {n: (None if p == "-" else p) for n, p in read_table("body_names.tsv")}


@lru_cache(maxsize=None)
def body_abbreviations() -> dict[str, str]:
    return {a: e for a, e in read_table("body_abbreviations.tsv")}


@lru_cache(maxsize=None)
def long_name_starts() -> frozenset[str]:
    """First words of names that may run to 6 syllables (``data/long_name_starts.txt``)."""
    return frozenset(read_lines("long_name_starts.txt"))


@lru_cache(maxsize=None)
def body_levels() -> tuple[tuple[str, str], ...]:
    """(start of a body's name, level of its unit), longest first (``data/body_levels.tsv``)."""
    return tuple(sorted(((b, lvl) for b, lvl in read_table("body_levels.tsv")), key=lambda r: -len(r[0])))
