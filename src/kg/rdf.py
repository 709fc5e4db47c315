"""Mapping extraction records to RDF quads (ontology/kg.ttl).

Each article's facts go into a named graph whose name is the article's IRI, so an article can be
replaced or removed as a unit. Shared entities get IRIs from normalised keys, so the same unit,
committee or post read from two articles is one node, and their descriptions (labels, codes,
levels, parents, a person's name, a post's role and body) are written once, to the shared graph
``id/graph/shared``: repeating them in every article graph would make every join through the
union default graph return one row per article. Removing an article keeps them:

* a locality with a GSO code: ``id/unit/{era}-{code}`` (``old`` before 1 July 2025, ``new``
  after: a code can name different units in the two eras); a village or group without a code is
  scoped to its article (``id/place/...``);
* a body: ``id/body/{body}.{locality key}`` (``Huyện ủy`` + ``huyện Hướng Hóa``); a central organ
  (Bộ Chính trị, Chính phủ) has no locality; an organ adds ``.{organ}`` to its committee;
* a post: ``id/post/{role}.{body key}``;
* an official: ``id/person/{name}.p{province}``. **Officials are merged across articles only
  when name and province agree**. The province is the new-era (2025) province of the
  official's first post with a locality, or else of the article's main locality; an old
  province is mapped to its 2025 successor so that articles of both eras agree. Limits: two
  namesakes in one province become one node (Vietnamese full names are often shared), and one
  person reported in two provinces (after a transfer) becomes two nodes. Without any province
  the person is scoped to the article.

Memberships, meetings, targets and directives are per article (``id/{kind}/{article}.{n}``) and
carry ``prov:wasDerivedFrom`` the article and ``kg:evidence`` the sentence that states them.
Party committees are linked into a hierarchy through the gazetteer: the committee of a commune
is ``org:subOrganizationOf`` the committee of its district, which is under the province's.

>>> rec = {"id": "a1", "published": "2022-11-10", "text": "Đồng chí Nguyễn Văn A.",
...        "officials": [{"name": "Nguyễn Văn A", "positions": [], "evidence": [0, 21]}]}
>>> quads = record_quads(rec)
>>> sum(1 for q in quads if q.predicate == FOAF.name)
1
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache
from typing import Any, Iterable

from pyoxigraph import Literal, NamedNode, Quad

from .gazetteer import gazetteer
from .lexicon import bodies, levels
from .normalize import strip_accents
from .titles import LOCALITY_FREE_BODIES

ONTOLOGY_IRI = "https://w3id.org/kg-vn/ontology"
KG_NS = ONTOLOGY_IRI + "#"
ID_NS = "https://w3id.org/kg-vn/id/"
MAPPING_VERSION = "6"  # 2: kg:searchKey; 3: the hash of the input article; 4: only links to known units, no half-made directives; 5: units resolved nationally, abolished provinces in new articles; 6: national and era-province scopes of people

PREFIXES = {
    "kg": KG_NS,
    "article": ID_NS + "article/",
    "unit": ID_NS + "unit/",
    "place": ID_NS + "place/",
    "body": ID_NS + "body/",
    "person": ID_NS + "person/",
    "post": ID_NS + "post/",
    "role": ID_NS + "role/",
    "membership": ID_NS + "membership/",
    "meeting": ID_NS + "meeting/",
    "target": ID_NS + "target/",
    "directive": ID_NS + "directive/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


SHARED_GRAPH = ID_NS + "graph/shared"
SHARED = NamedNode(SHARED_GRAPH)
#: subjects whose every triple belongs to the article that states it
_ARTICLE_KINDS = tuple(ID_NS + k for k in ("article/", "membership/", "meeting/", "target/", "directive/"))
#: predicates that state something an article says about shared things
_ARTICLE_PREDICATES = {"http://www.w3.org/ns/prov#wasDerivedFrom", "http://www.w3.org/ns/org#holds",
                       KG_NS + "officeholder"}
_ARTICLE_PREDICATE_NODES = frozenset(NamedNode(p) for p in _ARTICLE_PREDICATES)


class _NS:
    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        node = NamedNode(self._base + name)
        setattr(self, name, node)  # made once
        return node


KG = _NS(KG_NS)
ORG = _NS(PREFIXES["org"])
FOAF = _NS(PREFIXES["foaf"])
PROV = _NS(PREFIXES["prov"])
SKOS = _NS(PREFIXES["skos"])
DCT = _NS(PREFIXES["dcterms"])
RDFS = _NS(PREFIXES["rdfs"])
RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
XSD = _NS(PREFIXES["xsd"])

#: body kind (``data/bodies.tsv``) → class
_STATE_CLASS = {"UBND": KG.PeoplesCommittee, "HĐND": KG.PeoplesCouncil, "MTTQ": KG.FatherlandFront}
#: the committee of a unit, by the unit's type word (Điều lệ Đảng: a committee per unit)
_COMMITTEE_OF_TYPE = {
    ("province", "tỉnh"): "Tỉnh ủy", ("province", "thành phố"): "Thành ủy",
    ("district", "thành phố"): "Thành ủy", ("district", "huyện"): "Huyện ủy",
    ("district", "quận"): "Huyện ủy", ("district", "thị xã"): "Huyện ủy",
}
_COMMUNE_COMMITTEE = "Đảng ủy"


@lru_cache(maxsize=65536)
def iri_slug(text: str) -> str:
    """``Huyện ủy Hướng Hóa`` → ``huyen-uy-huong-hoa`` (ASCII, for readable IRIs).

    >>> iri_slug("Phó Bí thư Thường trực")
    'pho-bi-thu-thuong-truc'
    """
    s = re.sub(r"[^a-z0-9]+", "-", strip_accents(text or "")).strip("-")
    return s or "x"


PHRASE_WORDS = 3  # the longest run of words stored as one kg:searchKey


def search_chunks(text: str, phrases: bool = True) -> list[str]:
    """The keys a stored query looks up for a search text: its words in runs of up to
    PHRASE_WORDS (``nguyễn văn an bình`` → ``nguyen van an``, ``binh``); all must match.

    >>> search_chunks("Hà Thị Mai"), search_chunks("hộ nghèo", phrases=False)
    (['ha thi mai'], ['ho', 'ngheo'])
    """
    words = search_keys(text)
    n = PHRASE_WORDS if phrases else 1
    return [" ".join(words[i:i + n]) for i in range(0, len(words), n)]


@lru_cache(maxsize=65536)
def _search_keys(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", strip_accents(text)))


def search_keys(text: str) -> list[str]:
    """The words of ``text`` as ``kg:searchKey`` values: lower case, no accents, ``đ`` → ``d``.

    >>> search_keys("Đảng ủy xã Thuận (19471)")
    ['dang', 'uy', 'xa', 'thuan', '19471']
    """
    return list(_search_keys(text or ""))


def article_iri(article_id: str) -> NamedNode:
    """The IRI of an article, which is also the name of its graph."""
    return NamedNode(ID_NS + "article/" + iri_slug(article_id) + "-" + _short_hash(article_id))


def _short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def source_hash(text: str) -> str:
    """What decides whether an article must be read again: its text and the mapping version."""
    from . import __version__

    return hashlib.sha256(f"{__version__}/{MAPPING_VERSION}\n{text}".encode("utf-8")).hexdigest()


def input_hash(article) -> str:
    """What decides whether an input article must be read again: everything the extractor sees
    of it (id, text, url, title, publication date) and the kg and mapping versions. kg computes
    it before extracting, so an unchanged article costs a look-up, not an extraction."""
    from . import __version__

    parts = [f"{__version__}/{MAPPING_VERSION}", article.id, article.url or "", article.title or "",
             article.published or "", article.text]
    return hashlib.sha256("\n\x00".join(parts).encode("utf-8")).hexdigest()


def _date(value: str | None) -> Literal | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    return None


def _decimal(value: Any) -> Literal:
    return Literal(repr(float(value)) if isinstance(value, float) else str(value), datatype=XSD.decimal)


_UNIT_QUADS: dict[tuple[str, str], tuple[list[Quad], str | None, str | None, bool]] = {}


class _Mapper:
    def __init__(self, rec: dict[str, Any]) -> None:
        self.rec = rec
        self.gz = gazetteer()
        self.aid = rec["id"]
        self.article = article_iri(self.aid)
        self.akey = self.article.value.rsplit("/", 1)[1]
        self.own_marker = "article-" + self.akey
        self.text = rec.get("text") or ""
        self.era = rec.get("era") or "old"
        self.quads: list[Quad] = []
        self._own: dict[NamedNode, bool] = {}  # subject → its facts belong to the article graph
        self.loc_by_name = {loc["name"]: loc for loc in rec.get("localities", [])}
        self._provinces = self._record_provinces()
        self.loc_iris: dict[str, NamedNode] = {}
        self.person_iris: dict[str, NamedNode] = {}
        self.org_done: set[str] = set()
        self.province = self._article_province()

    # -- helpers ----------------------------------------------------------------------------
    def add(self, s, p, o) -> None:
        """Facts of the article go to its graph; descriptions of shared things (units, bodies,
        roles, posts, people's names) to the shared graph, once for all articles."""
        if o is None:
            return
        own = self._own.get(s)
        if own is None:
            iri = s.value
            own = self._own[s] = (iri == self.article.value or self.own_marker in iri
                                  or iri.startswith(_ARTICLE_KINDS))
        if own or p in _ARTICLE_PREDICATE_NODES:
            self.quads.append(Quad(s, p, o, self.article))
        else:
            self.quads.append(Quad(s, p, o, SHARED))

    def label(self, s, text: str | None, lang: str = "vi") -> None:
        if text:
            self.add(s, RDFS.label, Literal(text, language=lang))

    def keys(self, node, *texts: str | None, phrases: bool = True) -> None:
        """``kg:searchKey``: the words of a name, lower case without accents, and (``phrases``)
        each run of up to three words (``Hà Thị Mai`` → ``ha``, ``ha thi``, ``ha thi mai`` ...),
        so that stored queries find things by name through an index (:func:`search_chunks`)."""
        found: set[str] = set()
        for t in texts:
            words = search_keys(t or "")
            for n in range(1, (PHRASE_WORDS if phrases else 1) + 1):
                found.update(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))
        for key in sorted(found):
            self.add(node, KG.searchKey, Literal(key))

    def derived(self, node) -> None:
        """``node`` is read from this article."""
        self.add(node, PROV.wasDerivedFrom, self.article)

    def provenance(self, node, evidence: Any) -> None:
        """``node`` is read from this article, in the sentence ``evidence`` points at."""
        self.derived(node)
        if evidence and self.text:
            start, end = int(evidence[0]), int(evidence[1])
            self.add(node, KG.evidence, Literal(self.text[start:end].strip()))
            self.add(node, KG.evidenceStart, Literal(start))
            self.add(node, KG.evidenceEnd, Literal(end))

    # -- localities -------------------------------------------------------------------------
    def _unit_key(self, era: str, code: str) -> str:
        return f"{era}-{code}"

    def unit_iri(self, era: str, code: str) -> NamedNode:
        return NamedNode(f"{ID_NS}unit/{era}-{code}")

    def _describe_unit(self, era: str, code: str) -> NamedNode | None:
        """The gazetteer's unit, with its parents and successor (idempotent per article; a
        unit's own triples are made once per process, they are the same in every article)."""
        node = self.unit_iri(era, code)
        key = f"unit {era} {code}"
        if key in self.org_done:
            cached = _UNIT_QUADS.get((era, code))
            return node if cached is None or cached[3] else None
        self.org_done.add(key)
        cached = _UNIT_QUADS.get((era, code))
        if cached is None:
            unit = self.gz.get(era, code)
            if unit is None:
                _UNIT_QUADS[(era, code)] = cached = ([], None, None, False)
            else:
                start = len(self.quads)
                self.add(node, RDF_TYPE, KG.Locality)
                self.label(node, unit.label)
                self.keys(node, unit.label, unit.code)
                self.add(node, KG.gsoCode, Literal(unit.code))
                self.add(node, KG.level, getattr(KG, unit.level))
                self.add(node, KG.era, Literal(era))
                # only links to units the gazetteer has: nothing is written half-made
                parent_code = unit.parent if unit.parent and self.gz.get(era, unit.parent) is not None else None
                if parent_code:
                    self.add(node, KG.parent, self.unit_iri(era, parent_code))
                successor = unit.successor if era == "old" else None
                if successor and self.gz.get("new", successor) is None:
                    successor = None
                if successor:
                    self.add(node, KG.successor, self.unit_iri("new", successor))
                cached = (self.quads[start:], parent_code, successor, True)
                _UNIT_QUADS[(era, code)] = cached
                del self.quads[start:]
        own, parent, successor, known = cached
        if not known:
            return None
        self.quads.extend(own)
        if parent:
            self._describe_unit(era, parent)
        if successor:
            self._describe_unit("new", successor)
        return node

    def locality(self, name: str | None) -> NamedNode | None:
        """The node of a locality the record names (None for names that are not units)."""
        if not name:
            return None
        if name in self.loc_iris:
            return self.loc_iris[name]
        loc = self._known(name)
        if loc is None:
            type_word, _bare = _split_label(name)
            if not type_word:
                return None
            # a unit the gazetteer cannot place (or no longer has): a place of its own, so that
            # what points to it is still whole
            levels = sorted(_LEVELS_OF_WORD[type_word])
            loc = {"name": name, "level": levels[0] if len(levels) == 1 else None, "code": None, "parents": []}
        node = None
        if loc.get("code") and loc.get("level") in ("province", "district", "commune"):
            node = self._describe_unit(loc.get("era") or self.era, loc["code"])
        if node is None:
            anchor = self._anchor_key(loc)
            node = NamedNode(f"{ID_NS}place/{anchor}.{iri_slug(name)}")
            self.add(node, RDF_TYPE, KG.Locality)
            self.label(node, name)
            self.keys(node, name)
            level = loc.get("level")
            if level in ("province", "district", "commune", "village"):
                self.add(node, KG.level, getattr(KG, level))
            parents = [p for p in loc.get("parents") or [] if p.get("code")]
            if parents:
                self.add(node, KG.parent, self._describe_unit(self._era_of(parents[0]["code"]), parents[0]["code"]))
        self.derived(node)
        self.loc_iris[name] = node
        return node

    def _record_provinces(self) -> set[str]:
        """Province codes (this era) of the units the record lists: the scope for look-ups."""
        out = set()
        for loc in self.loc_by_name.values():
            for item in [loc] + list(loc.get("parents") or []):
                if item.get("level") == "province" and item.get("code"):
                    out.add(item["code"])
        return out

    def _known(self, name: str | None) -> dict | None:
        """The record's locality called ``name``; failing that the gazetteer's unit of that name
        in a province the record names (posts often name units the record does not list)."""
        if not name:
            return None
        loc = self.loc_by_name.get(name)
        type_word, bare = _split_label(name)
        if loc is not None:
            if loc.get("code") or self.era != "new" or loc.get("level") not in ("province", "district"):
                return loc
            # a unit the reform abolished, named in an article after it: the old unit, if only one
            olds = [u for u in self.gz.lookup(bare, loc["level"], "old") if u.type_word == type_word]
            if loc["level"] == "district" and self._provinces:
                olds = [u for u in olds if (self.gz.get("new", u.province) is None and
                                            (self.gz.get("old", u.province).successor in self._provinces))
                        or u.province in self._provinces] or olds
            if len(olds) == 1:
                u = olds[0]
                loc = dict(loc, code=u.code, era="old",
                           parents=[{"name": a.label, "level": a.level, "code": a.code} for a in self.gz.ancestors(u)])
                self.loc_by_name[name] = loc
            return loc
        if not type_word:
            return None
        found = [u for lvl in sorted(_LEVELS_OF_WORD[type_word] - {"village"})
                 for u in self.gz.lookup(bare, lvl, self.era) if u.type_word == type_word]
        # within the provinces the record names; a province, or a unit the whole country has
        # only one of when the record names no province, stands on its own
        hits = [u for u in found if u.province in self._provinces or u.code in self._provinces]
        if not hits:
            hits = [u for u in found if u.level == "province" or not self._provinces]
        if not hits and self.era == "new":
            # a unit the reform abolished, named in an article after it ("tỉnh Đắk Nông"): the old unit
            hits = [u for lvl in sorted(_LEVELS_OF_WORD[type_word] - {"village", "commune"})
                    for u in self.gz.lookup(bare, lvl, "old") if u.type_word == type_word and u.level == "province"]
        if len(hits) != 1:
            return None
        unit = hits[0]
        loc = {"name": name, "level": unit.level, "code": unit.code, "era": unit.era,
               "parents": [{"name": a.label, "level": a.level, "code": a.code} for a in self.gz.ancestors(unit)]}
        self.loc_by_name[name] = loc
        return loc

    def _anchor_key(self, loc: dict) -> str:
        parents = [p for p in loc.get("parents") or [] if p.get("code")]
        if parents:
            return f"{self._era_of(parents[0]['code'])}-{parents[0]['code']}"
        return "article-" + self.akey

    def _era_of(self, code: str) -> str:
        """The era a parent's code belongs to: the article's, else the old one (a district named
        in an article after the 2025 reform lies in a province of the old era)."""
        if self.gz.get(self.era, code) is not None or self.gz.get("old", code) is None:
            return self.era
        return "old"

    def _loc_key(self, name: str | None) -> str | None:
        loc = self._known(name)
        if loc is None:
            return None
        era = loc.get("era") or self.era
        if loc.get("code") and self.gz.get(era, loc["code"]):
            return self._unit_key(era, loc["code"])
        return self._anchor_key(loc) + "-" + iri_slug(name)

    def _province_of_loc(self, name: str | None) -> str | None:
        """The code of the province of a locality the record names, in the article's era (an old
        province named in an article after the reform: its successor). Not the 2025 province for
        old articles: two namesakes of two provinces merged in 2025 stay two people."""
        loc = self._known(name)
        if not loc:
            return None
        chain = [loc] + list(loc.get("parents") or [])
        for item in chain:
            if item.get("level") == "province" and item.get("code"):
                unit = self.gz.get(loc.get("era") or self.era, item["code"])
                if unit is None:
                    return None
                if unit.era == "old" and self.era == "new":
                    return unit.successor or unit.code
                return unit.code
        return None

    def _article_province(self) -> str | None:
        counts = Counter(p for p in (self._province_of_loc(loc["name"]) for loc in self.rec.get("localities", []))
                         if p)
        return counts.most_common(1)[0][0] if counts else None

    # -- organisations ----------------------------------------------------------------------
    def org(self, body: str, locality: str | None, organ: str | None = None) -> NamedNode:
        """The node of a body (``Huyện ủy`` of ``huyện Hướng Hóa``), its organ if given."""
        kind = _body_kind(body)
        loc_key = self._loc_key(locality)
        if kind == "central" or (loc_key is None and not locality and kind not in ("committee", "state")):
            key = iri_slug(body)
        elif loc_key is None:
            key = f"{iri_slug(body)}.article-{self.akey}.{iri_slug(locality or '')}"
        else:
            key = f"{iri_slug(body)}.{loc_key}"
        node = NamedNode(f"{ID_NS}body/{key}")
        if key not in self.org_done:
            self.org_done.add(key)
            cls = {"committee": KG.PartyCommittee, "central": KG.CentralPartyOrgan}.get(
                kind, _STATE_CLASS.get(body, KG.StateBody))
            self.add(node, RDF_TYPE, cls)
            self.add(node, RDF_TYPE, ORG.FormalOrganization)
            loc_node = self.locality(locality)
            loc = self._known(locality)
            self.label(node, self._label_of(body, locality))
            self.keys(node, self._label_of(body, locality))
            self.add(node, KG.bodyName, Literal(body))
            self.add(node, KG.locality, loc_node)
            lvl = self._org_level(body, kind, loc)
            if lvl:
                self.add(node, KG.level, getattr(KG, lvl))
            if kind == "committee" and loc_node is not None and loc and loc.get("code"):
                self._link_parent_committee(node, loc)
        if not organ:
            return node
        organ_node = NamedNode(f"{node.value}.{iri_slug(organ)}")
        okey = organ_node.value
        if okey not in self.org_done:
            self.org_done.add(okey)
            self.add(organ_node, RDF_TYPE, KG.PartyOrgan if kind == "committee" else ORG.OrganizationalUnit)
            self.label(organ_node, f"{organ} {self._label_of(body, locality)}")
            self.keys(organ_node, f"{organ} {self._label_of(body, locality)}")
            self.add(organ_node, KG.bodyName, Literal(organ))
            self.add(organ_node, ORG.unitOf, node)
            self.add(node, ORG.hasUnit, organ_node)
        return organ_node

    def _label_of(self, body: str, locality: str | None) -> str:
        loc = self._known(locality)
        if loc is None and locality and locality.startswith(body):
            return locality
        if not locality:
            return body
        if body.endswith("ủy") and body != _COMMUNE_COMMITTEE:  # Huyện ủy Hướng Hóa, Tỉnh ủy Quảng Trị
            if locality.startswith("thành phố "):
                return f"Thành ủy {_bare(locality)}"  # the committee of a city is called Thành ủy
            return f"{body} {_bare(locality)}"
        return f"{body} {locality}"  # Đảng ủy xã Thuận, UBND huyện Lâm Bình

    def _org_level(self, body: str, kind: str, loc: dict | None) -> str | None:
        if kind == "central":
            return "central"
        entry = bodies().get(body.casefold())
        if kind == "committee" and entry and entry.level in ("province", "district", "commune", "cell"):
            return entry.level
        if loc and loc.get("level") in ("province", "district", "commune", "village"):
            return loc["level"]
        return None

    def _link_parent_committee(self, node: NamedNode, loc: dict) -> None:
        """Commune committee → district committee → province committee, from the gazetteer."""
        unit = self.gz.get(self.era, loc["code"])
        child = node
        while unit is not None and unit.parent:
            parent = self.gz.get(unit.era, unit.parent)
            if parent is None:
                return
            body = _COMMITTEE_OF_TYPE.get((parent.level, parent.type_word))
            if body is None:
                return
            pnode = NamedNode(f"{ID_NS}body/{iri_slug(body)}.{self._unit_key(parent.era, parent.code)}")
            self.add(child, ORG.subOrganizationOf, pnode)
            self.add(pnode, ORG.hasSubOrganization, child)
            if pnode.value in self.org_done:
                return
            self.org_done.add(pnode.value)
            self.add(pnode, RDF_TYPE, KG.PartyCommittee)
            self.add(pnode, RDF_TYPE, ORG.FormalOrganization)
            self.label(pnode, self._label_of(body, parent.label))
            self.add(pnode, KG.bodyName, Literal(body))
            self.add(pnode, KG.level, getattr(KG, parent.level))
            self.add(pnode, KG.locality, self._describe_unit(parent.era, parent.code))
            child, unit = pnode, parent

    def role(self, role: str) -> NamedNode:
        node = NamedNode(f"{ID_NS}role/{iri_slug(role)}")
        if ("role", role) not in self.org_done:
            self.org_done.add(("role", role))
            self.add(node, RDF_TYPE, KG.Role)
            self.add(node, SKOS.prefLabel, Literal(role, language="vi"))
            self.label(node, role)
            self.add(node, SKOS.inScheme, KG.Roles)
        return node

    # -- people -----------------------------------------------------------------------------
    def person(self, name: str, positions: Iterable[dict] = ()) -> NamedNode:
        if name in self.person_iris:
            return self.person_iris[name]
        positions = list(positions)
        if any(is_national_post(p.get("role"), p.get("body")) for p in positions):
            scope = "national"  # a central post: one person in the whole country (README, identity)
        else:
            province = None
            for pos in positions:
                province = self._province_of_loc(pos.get("locality"))
                if province:
                    break
            province = province or self.province
            scope = f"p{province}" if province else "article-" + self.akey
        node = NamedNode(f"{ID_NS}person/{iri_slug(name)}.{scope}")
        self.add(node, RDF_TYPE, KG.Official)
        self.add(node, RDF_TYPE, FOAF.Person)
        self.add(node, FOAF.name, Literal(name))
        self.label(node, name)
        self.keys(node, name)
        self.person_iris[name] = node
        return node

    # -- the record -------------------------------------------------------------------------
    def map(self) -> list[Quad]:
        rec, art = self.rec, self.article
        self.add(art, RDF_TYPE, KG.Article)
        self.add(art, KG.articleId, Literal(self.aid))
        if rec.get("url"):
            self.add(art, KG.url, Literal(rec["url"], datatype=XSD.anyURI))
        if rec.get("title"):
            self.add(art, DCT.title, Literal(rec["title"], language="vi"))
        self.add(art, DCT.issued, _date(rec.get("published")))
        self.add(art, KG.era, Literal(self.era))
        digest = rec.get("source_hash") or (source_hash(self.text) if self.text else None)
        if digest:
            self.add(art, KG.sourceHash, Literal(digest))
        for loc in rec.get("localities", []):
            self.locality(loc["name"])  # marks the locality as read from this article
        for c in rec.get("committees", []):
            self.derived(self.org(c["body"], c.get("locality"), c.get("organ")))
        cells = self._cells_parent(rec)
        for off in rec.get("officials", []):
            person = self.person(off["name"], off.get("positions") or [])
            self.derived(person)
            for pos in off.get("positions") or []:
                self._membership(person, pos, cells)
        meetings = []
        for i, m in enumerate(rec.get("meetings", [])):
            node = NamedNode(f"{ID_NS}meeting/{self.akey}.{i + 1}")
            meetings.append((node, m))
            self.add(node, RDF_TYPE, KG.Meeting)
            self.add(node, KG.meetingKind, Literal(m["kind"]))
            self.label(node, " ".join(x for x in (m["kind"], m.get("locality") or "", m.get("date") or "") if x))
            self.add(node, KG.date, _date(m.get("date")))
            loc = self.locality(m.get("locality"))
            self.add(node, KG.locality, loc)
            for name in m.get("chair") or []:
                self.add(node, KG.chair, self.person(name))
            for name in m.get("attendees") or []:
                self.add(node, KG.attendee, self.person(name))
            host = self._committee_of(m.get("locality"))
            self.add(node, KG.hostBody, host)
            self.provenance(node, m.get("evidence"))
        for i, t in enumerate(rec.get("targets", [])):
            node = NamedNode(f"{ID_NS}target/{self.akey}.{i + 1}")
            self.add(node, RDF_TYPE, KG.Target)
            self.add(node, KG.indicator, Literal(t["indicator"]))
            self.label(node, t["indicator"])
            self.keys(node, t["indicator"], phrases=False)
            value = t.get("value")
            if isinstance(value, list) and len(value) == 2:
                self.add(node, KG.minValue, _decimal(value[0]))
                self.add(node, KG.maxValue, _decimal(value[1]))
            elif isinstance(value, (int, float)):
                self.add(node, KG.value, _decimal(value))
            for prop, key in ((KG.unit, "unit"), (KG.comparator, "comparator"), (KG.period, "period"),
                              (KG.status, "status")):
                if t.get(key):
                    self.add(node, prop, Literal(str(t[key])))
            self.add(node, KG.locality, self.locality(t.get("locality")))
            self.add(node, KG.setBy, self._committee_of(t.get("locality")))
            self.provenance(node, t.get("evidence"))
        for i, d in enumerate(rec.get("directed", [])):
            place = self.locality(d["locality"])
            if place is None:
                continue  # a directive needs its locality (ontology/shapes.ttl): none is written half-made
            node = NamedNode(f"{ID_NS}directive/{self.akey}.{i + 1}")
            self.add(node, RDF_TYPE, KG.Directive)
            person = self.person(d["official"])
            self.add(node, KG.official, person)
            self.add(node, KG.locality, place)
            self.label(node, f"{d['official']} → {d['locality']}")
            meeting = next((mn for mn, m in meetings
                            if d["official"] in (m.get("chair") or []) + (m.get("attendees") or [])), None)
            if meeting is None and len(meetings) == 1:
                meeting = meetings[0][0]
            self.add(node, KG.meeting, meeting)
            date = next((m.get("date") for mn, m in meetings if mn == meeting and m.get("date")), None)
            self.add(node, KG.date, _date(date or rec.get("published")))
            self.provenance(node, d.get("evidence"))
        return self.quads

    def _committee_of(self, locality: str | None) -> NamedNode | None:
        """The Party committee of a locality, when the record names it."""
        for c in self.rec.get("committees", []):
            if c.get("locality") == locality and not c.get("organ") and locality:
                return self.org(c["body"], locality)
        return None

    def _cells_parent(self, rec: dict) -> str | None:
        """A cell (Chi bộ) hangs under the article's commune committee when there is just one."""
        communes = {c.get("locality") for c in rec.get("committees", [])
                    if c.get("body") == _COMMUNE_COMMITTEE and c.get("locality") in self.loc_by_name}
        return communes.pop() if len(communes) == 1 else None

    def _membership(self, person: NamedNode, pos: dict, cells: str | None) -> None:
        role = pos["role"]
        body = pos.get("body")
        locality = pos.get("locality")
        organ = None
        if body in ("Ban Thường vụ", "Thường trực") and locality:
            # 'Ủy viên Ban Thường vụ Huyện ủy': the organ of the committee of that locality
            organ, body = body, self._committee_body(locality)
        org_node = self.org(body, locality, organ) if body else None
        if org_node is not None and body == "Chi bộ" and cells:
            commune = self.org(_COMMUNE_COMMITTEE, cells)
            self.add(org_node, ORG.subOrganizationOf, commune)
            self.add(commune, ORG.hasSubOrganization, org_node)
        role_node = self.role(role)
        post_key = org_node.value[len(ID_NS) + 5:] if org_node is not None else "none"
        post = NamedNode(f"{ID_NS}post/{iri_slug(role)}.{post_key}")
        self.add(post, RDF_TYPE, ORG.Post)
        self.add(post, ORG.role, role_node)
        self.add(post, ORG.postIn, org_node)
        self.label(post, " ".join(x for x in (role, self._label_of(body, locality) if body else "") if x))
        self.add(post, KG.officeholder, person)
        self.add(person, ORG.holds, post)
        mem = NamedNode(f"{ID_NS}membership/{self.akey}."
                        f"{_short_hash(person.value + post.value, 12)}")
        self.add(mem, RDF_TYPE, ORG.Membership)
        self.add(mem, ORG.member, person)
        self.add(mem, ORG.organization, org_node)
        self.add(mem, ORG.role, role_node)
        self.add(mem, KG.post, post)
        self.add(mem, KG.locality, self.locality(locality))
        self.provenance(mem, pos.get("evidence"))

    def _committee_body(self, locality: str) -> str:
        for c in self.rec.get("committees", []):
            if c.get("locality") == locality and _body_kind(c["body"]) == "committee":
                return c["body"]
        loc = self._known(locality)
        if loc and loc.get("code"):
            unit = self.gz.get(self.era, loc["code"])
            if unit is not None:
                return _COMMITTEE_OF_TYPE.get((unit.level, unit.type_word), _COMMUNE_COMMITTEE)
        return _COMMUNE_COMMITTEE


def _level_words() -> dict[str, set[str]]:
    """Canonical level words of ``data/levels.tsv`` and the levels each can name."""
    out: dict[str, set[str]] = {}
    for word, level in levels().values():
        out.setdefault(word, set()).update(level.split("_or_"))
    return out


_LEVELS_OF_WORD = _level_words()
_LEVEL_WORDS = sorted(_LEVELS_OF_WORD, key=len, reverse=True)


#: bodies whose posts are national: the Party's central organs, the State, the Government and its
#: ministries, the National Assembly and its organs, the central Front and mass organisations
_NATIONAL_BODIES = LOCALITY_FREE_BODIES | {"Ủy ban Thường vụ Quốc hội", "Văn phòng Chính phủ", "Hội đồng Dân tộc",
                                           "Học viện Chính trị quốc gia Hồ Chí Minh", "Kiểm toán Nhà nước"}


def is_national_post(role: str | None, body: str | None) -> bool:
    """Whether a post scopes its holder to the whole country (``Ủy viên Bộ Chính trị``,
    ``Bộ trưởng Bộ Tài chính``, ``Trưởng ban Ban Tổ chức Trung ương``); a deputy is not."""
    if not body or (role or "").endswith("Đại biểu"):
        return False
    if body in _NATIONAL_BODIES:
        return True
    if body.startswith("Bộ ") and not body.startswith("Bộ Chỉ huy"):
        return True  # a ministry
    return body.endswith((" Trung ương", " Trung ương Đảng", " của Quốc hội", " Việt Nam"))


def _split_label(label: str) -> tuple[str, str]:
    """``huyện Hướng Hóa`` → (``huyện``, ``Hướng Hóa``); a label with no level word → ('', label)."""
    for word in _LEVEL_WORDS:
        if label.startswith(word + " "):
            return word, label[len(word) + 1:]
    return "", label


def _body_kind(body: str) -> str:
    entry = bodies().get((body or "").casefold())
    return entry.kind if entry else "other"


def _bare(locality: str | None) -> str:
    """``huyện Hướng Hóa`` → ``Hướng Hóa`` for labels such as ``Huyện ủy Hướng Hóa``."""
    return _split_label(locality)[1] if locality else ""


def record_quads(rec: dict[str, Any]) -> list[Quad]:
    """The quads of one record (a ``Record.to_json(include_text=True)`` dict), in its graph."""
    quads = _Mapper(rec).map()
    seen: set[Quad] = set()
    out = []
    for q in quads:
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out


def ontology_quads() -> list[Quad]:
    """The ontology (``ontology/kg.ttl``) as quads in its own graph."""
    from pyoxigraph import RdfFormat, parse

    from .resources import ontology_path

    graph = NamedNode(ONTOLOGY_IRI)
    with open(ontology_path(), "rb") as f:
        return [Quad(t.subject, t.predicate, t.object, graph)
                for t in parse(f, format=RdfFormat.TURTLE, base_iri=ONTOLOGY_IRI)]


__all__ = ["record_quads", "article_iri", "ontology_quads", "SHARED_GRAPH", "source_hash", "input_hash", "PREFIXES", "ID_NS",
           "KG_NS", "ONTOLOGY_IRI", "iri_slug", "search_keys", "search_chunks"]
