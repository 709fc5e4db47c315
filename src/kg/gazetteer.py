"""The administrative gazetteer: Vietnamese units with GSO codes, before and after July 2025.

Data comes from the ``vietnamadminunits`` package (its SQLite data set holds the 63-province,
three-level units as they stood on 30 June 2025 and the 34-province, two-level units from
1 July 2025, with the conversion between them), plus ``data/gazetteer_extra.tsv`` for district
units dissolved between 2019 and 2025 that older articles still name.

Two *eras*: ``"old"`` (province → district → commune) and ``"new"`` (province → commune).

>>> gz = gazetteer()
>>> [u.label for u in gz.lookup("Thuận", "commune", "old") if u.province == "45"]
['xã Thuận']
>>> gz.get("old", "19471").parent
'465'
"""
from __future__ import annotations

import importlib.util
import json
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .lexicon import central_cities, read_table
from .normalize import normalize_text, slug_key

REFORM_DATE = "2025-07-01"

_TYPE_WORD = {
    "Tỉnh": "tỉnh", "Thành phố": "thành phố", "Huyện": "huyện", "Quận": "quận",
    "Thị xã": "thị xã", "Xã": "xã", "Phường": "phường", "Thị trấn": "thị trấn", "Đặc khu": "đặc khu",
}


@dataclass
class Unit:
    """One administrative unit of one era."""

    code: str
    level: str  # province | district | commune
    type_word: str  # tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu
    name: str  # short name, "Hướng Hóa"
    era: str  # old | new
    parent: str | None = None
    province: str = ""
    successor: str | None = None  # code of the new-era unit (old units only)
    predecessors: list[str] = field(default_factory=list)
    dissolved: str | None = None
    former: dict[str, str] = field(default_factory=dict)  # key of an earlier name → its level word then

    @property
    def label(self) -> str:
        return f"{self.type_word} {self.name}"

    @property
    def key(self) -> str:
        return name_key(self.name)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Comparison key for unit names: tone placement, case, spacing and hyphen spacing folded."""
    n = normalize_text(name).casefold()
    n = n.replace("–", "-").replace(" - ", "-").replace("- ", "-").replace(" -", "-")
    return " ".join(n.split())


def split_type(full: str) -> tuple[str, str]:
    """``Thành phố Bắc Kạn`` → (``thành phố``, ``Bắc Kạn``); the data set also writes ``Thành Phố``."""
    low = full.casefold()
    for prefix in sorted(_TYPE_WORD, key=len, reverse=True):
        if low.startswith(prefix.casefold() + " "):
            return _TYPE_WORD[prefix], full[len(prefix) + 1:]
    return "", full


def _data_dir() -> Path:
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the vietnamadminunits package is not installed (pip install vietnamadminunits)")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


class Gazetteer:
    """Look-ups over the units of both eras."""

    def __init__(self) -> None:
        self.units: dict[str, dict[str, Unit]] = {"old": {}, "new": {}}
        self._by_name: dict[tuple[str, str, str], list[Unit]] = {}
        self._by_slug: dict[tuple[str, str, str], list[Unit]] = {}
        self._load()

    # -- loading ---------------------------------------------------------------------------
    def _add(self, u: Unit) -> None:
        store = self.units[u.era]
        key = u.code
        if key in store and store[key].name != u.name:
            key = f"{u.code}:{u.name}"
        store.setdefault(key, u)
        self._by_name.setdefault((u.era, u.level, u.key), []).append(u)
        self._by_slug.setdefault((u.era, u.level, slug_key(u.name)), []).append(u)

    def _load(self) -> None:
        data = _data_dir()
        con = sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)
        old_keys: dict[tuple[str, str, str], str] = {}
        seen: set[tuple[str, str]] = set()
        rows = con.execute(
            "SELECT province, district, ward, provinceCode, districtCode, wardCode,"
            " provinceKey, districtKey, wardKey FROM admin_units_legacy"
        ).fetchall()
        for prov, dist, ward, pc, dc, wc, pk, dk, wk in rows:
            if ("p", pc) not in seen:
                seen.add(("p", pc))
                t, n = split_type(prov)
                self._add(Unit(pc, "province", t, n, "old", None, pc))
            if dc and ("d", dc + dist) not in seen:
                seen.add(("d", dc + dist))
                t, n = split_type(dist)
                self._add(Unit(dc, "district", t, n, "old", pc, pc))
            if wc and ward and ("w", wc) not in seen:
                seen.add(("w", wc))
                t, n = split_type(ward)
                self._add(Unit(wc, "commune", t, n, "old", dc, pc))
                old_keys[(pk, dk, wk)] = wc
        new_keys: dict[tuple[str, str], str] = {}
        prov_keys: dict[str, str] = {}
        for prov, ward, pc, wc, pk, wk in con.execute(
            "SELECT province, ward, provinceCode, wardCode, provinceKey, wardKey FROM admin_units"
        ):
            if ("np", pc) not in seen:
                seen.add(("np", pc))
                t, n = split_type(prov)
                self._add(Unit(pc, "province", t, n, "new", None, pc))
                prov_keys[pk] = pc
            if wc and ("nw", wc) not in seen:
                seen.add(("nw", wc))
                t, n = split_type(ward)
                self._add(Unit(wc, "commune", t, n, "new", pc, pc))
                new_keys[(pk, wk)] = wc
        old_prov_keys = {pk: pc for pk, pc in con.execute(
            "SELECT DISTINCT provinceKey, provinceCode FROM admin_units_legacy")}
        con.close()
        self._link_successors(data, old_keys, new_keys, prov_keys, old_prov_keys)
        for code, level, tword, name, parent, dissolved, merged in read_table("gazetteer_extra.tsv"):
            u = Unit(code, level, tword, name, "old", parent, parent[:2], dissolved=dissolved)
            self._add(u)
        for code, level, tword, name, _renamed in read_table("gazetteer_former_names.tsv"):
            u = self.units["old"].get(code)
            if u is not None and u.level == level:
                u.former[name_key(name)] = tword
                self._by_name.setdefault(("old", level, name_key(name)), []).append(u)
                self._by_slug.setdefault(("old", level, slug_key(name)), []).append(u)

    def _link_successors(self, data, old_keys, new_keys, prov_keys, old_prov_keys) -> None:
        conv = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
        old = self.units["old"]
        new = self.units["new"]
        for new_pk, olds in conv["DICT_PROVINCE"].items():
            npc = prov_keys.get(new_pk)
            for opk in olds:
                opc = old_prov_keys.get(opk)
                if opc and npc and opc in old:
                    old[opc].successor = npc
                    new[npc].predecessors.append(opc)
        for new_pk, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
            for new_wk, old_list in wards.items():
                nwc = new_keys.get((new_pk, new_wk))
                for okey in old_list:
                    parts = okey.split("_")
                    if len(parts) != 3:
                        continue
                    owc = old_keys.get(tuple(parts))
                    if owc and nwc and owc in old:
                        old[owc].successor = nwc
                        new[nwc].predecessors.append(owc)
        for new_pk, divided in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
            for okey, options in divided.items():
                parts = okey.split("_")
                owc = old_keys.get(tuple(parts)) if len(parts) == 3 else None
                if not owc or owc not in old:
                    continue
                for opt in options:
                    nwc = new_keys.get((new_pk, opt["newWardKey"]))
                    if nwc:
                        new[nwc].predecessors.append(owc)
                        if opt.get("isDefaultNewWard") or old[owc].successor is None:
                            old[owc].successor = nwc

    # -- look-ups --------------------------------------------------------------------------
    def get(self, era: str, code: str) -> Unit | None:
        return self.units[era].get(code)

    def lookup(self, name: str, level: str | None = None, era: str = "old") -> list[Unit]:
        """Units of ``era`` called ``name`` (any spelling of tone placement and case)."""
        key = name_key(name)
        levels = [level] if level else ["province", "district", "commune"]
        out: list[Unit] = []
        for lvl in levels:
            out.extend(self._by_name.get((era, lvl, key), ()))
        return out

    def provinces(self, era: str = "old") -> list[Unit]:
        """The provinces of an era (computed once)."""
        cache = self.__dict__.setdefault("_provinces", {})
        if era not in cache:
            cache[era] = [u for u in self.units[era].values() if u.level == "province"]
        return cache[era]

    def knows(self, name: str) -> bool:
        """Some unit of any level, before or after the 2025 reform, is called ``name``."""
        return bool(self.lookup(name) or self.lookup(name, None, "new"))

    def lookup_slug(self, slug: str, level: str, era: str = "old") -> list[Unit]:
        return list(self._by_slug.get((era, level, slug), ()))

    def ancestors(self, unit: Unit) -> list[Unit]:
        """Parent, grandparent ... of ``unit`` in its own era."""
        out = []
        cur = unit
        while cur.parent:
            parent = self.units[cur.era].get(cur.parent)
            if parent is None:
                break
            out.append(parent)
            cur = parent
        return out

    def province_of(self, unit: Unit) -> Unit | None:
        return self.units[unit.era].get(unit.province)

    def is_central_city(self, unit: Unit) -> bool:
        return unit.level == "province" and unit.name in central_cities()

    def canonical_label(self, unit: Unit) -> str:
        """``tỉnh Lai Châu``, ``thành phố Hà Nội``, ``huyện Phong Thổ``, ``xã Thuận``."""
        return unit.label


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded once, about 0.2 s)."""
    return Gazetteer()
