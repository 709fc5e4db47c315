"""One person, one node: officials resolved across articles.

The mapping (:mod:`kg.rdf`) already gives a person one IRI per name and scope: ``national`` when
an article shows a central post (Politburo, Secretariat, Central Committee, the State, the
Government and its ministries, the National Assembly, central boards and organisations), else
the province of the person's post in the article's era, else the article. This module is the
step over the whole graph that then decides, from what the articles say, which of the remaining
nodes of one name are one person, and records each decision:

* **same post** — two nodes of one name that hold the same post (role, body and locality;
  ``nguyên Bí thư Tỉnh ủy X`` and ``Bí thư Tỉnh ủy X`` are the same post, held before and now);
* **national career** — a national node and a provincial node of one name when the national node
  holds (or held) a post located in a unit where the provincial node holds one (``nguyên Bí thư
  Tỉnh ủy X`` beside ``Bí thư Tỉnh ủy X``'s other posts): a provincial leader later in a central post;
* **same province across the reform** — two provincial nodes of one name whose posts lie in a
  province of one name before and after the 2025 reform, which gave it another code
  (``tỉnh Gia Lai`` 64 → 52).

Against a merge: two provincial nodes of one name in different provinces are never merged by the
career rule (two namesakes of two provinces the 2025 reform merged stay two people).

Each merge keeps one IRI, the smallest of the group (so adding an unrelated article changes no
IRI), and writes ``other owl:sameAs kept`` with ``kg:sameAsReason`` into the graph
``id/graph/identity``, which is made again after every build, load and removal. Queries follow
``owl:sameAs`` to the kept node (``official-profile`` lists one career).

>>> from kg import Graph, extract
>>> g = Graph(memory=True)
>>> _ = g.add_record(extract("Đồng chí Lê Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Nam dự.", id="a"))
>>> _ = g.add_record(extract("Đồng chí Lê Văn An, Bí thư Tỉnh ủy Hà Nam chủ trì.", id="b"))
>>> [(m.reason, m.name) for m in resolve(g)]
[('same post: Bí thư, Tỉnh ủy, tỉnh Hà Nam', 'Lê Văn An')]
"""
from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Any

from pyoxigraph import Literal, NamedNode, Quad

from .rdf import ID_NS, KG

if TYPE_CHECKING:  # pragma: no cover
    from .store import Graph

IDENTITY_GRAPH = ID_NS + "graph/identity"
OWL_SAME_AS = NamedNode("http://www.w3.org/2002/07/owl#sameAs")

_Q_POSTS = """
SELECT ?p ?name ?role ?body ?l WHERE {
  ?p a kg:Official ; foaf:name ?name .
  OPTIONAL { ?p org:holds ?post . ?post org:role/skos:prefLabel ?role ; org:postIn ?b .
             ?b kg:bodyName ?body . OPTIONAL { ?b kg:locality ?l } }
}"""
# every locality once: its label, level and parent (the province of a post is found in Python:
# a property path per row took most of a build at 10,000 articles)
_Q_PLACES = """
SELECT ?l ?label ?level ?parent WHERE {
  ?l a kg:Locality ; rdfs:label ?label .
  OPTIONAL { ?l kg:level ?level } OPTIONAL { ?l kg:parent ?parent }
}"""
_Q_MENTIONS = """
SELECT DISTINCT ?p ?name ?id WHERE {
  ?p a kg:Official ; foaf:name ?name ; prov:wasDerivedFrom ?a . ?a kg:articleId ?id .
}"""


@dataclass(frozen=True)
class Merge:
    name: str
    kept: str
    other: str
    reason: str


def _scope(iri: str) -> str:
    return iri.rsplit(".", 1)[-1]


def _post_key(role: str, body: str, locality: str | None) -> tuple[str, str, str]:
    role = role[len("nguyên "):] if role.startswith("nguyên ") else role
    return role, body, locality or ""


class _Groups:
    """Union-find over person IRIs; the kept IRI of a group is its smallest."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        keep, drop = sorted((ra, rb))
        self.parent[drop] = keep
        return True


def plan(graph: "Graph") -> list[Merge]:
    """The merges the evidence in ``graph`` supports (nothing is written)."""
    posts: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    provinces: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    places: dict[str, tuple[str, str | None, str | None]] = {}
    for r in graph.sparql(_Q_PLACES).rows:
        places.setdefault(r["l"], (r["label"], r.get("level"), r.get("parent")))

    def province_of(loc: str | None) -> str | None:
        for _ in range(5):
            if loc not in places:
                return None
            label, level, parent = places[loc]
            if level and level.endswith("#province"):
                return label
            loc = parent
        return None

    for r in graph.sparql(_Q_POSTS).rows:
        names[r["p"]] = r["name"]
        loc = r.get("l")
        if r.get("role") and r.get("body"):
            posts[r["p"]].add(_post_key(r["role"], r["body"], places[loc][0] if loc in places else None))
        prov = province_of(loc)
        if prov:
            provinces[r["p"]].add(prov)
    by_name: dict[str, list[str]] = defaultdict(list)
    for p, n in names.items():
        by_name[n].append(p)
    groups = _Groups()
    merges: list[Merge] = []
    for name, nodes in sorted(by_name.items()):
        if len(nodes) < 2:
            continue
        for a, b in combinations(sorted(nodes), 2):
            reason = _evidence(a, b, posts, provinces)
            if reason and groups.union(a, b):
                merges.append(Merge(name, a, b, reason))
    # express every merge against the kept IRI of its final group
    out, done = [], set()
    for m in merges:
        kept = groups.find(m.kept)
        for other in (m.kept, m.other):
            if other != kept and other not in done:
                done.add(other)
                out.append(Merge(m.name, kept, other, m.reason))
    return out


def _evidence(a: str, b: str, posts: dict[str, set[tuple[str, str, str]]],
              provinces: dict[str, set[str]]) -> str | None:
    shared = posts[a] & posts[b]
    if shared:
        role, body, loc = sorted(shared)[0]
        return f"same post: {role}, {body}{', ' + loc if loc else ''}"
    sa, sb = _scope(a), _scope(b)
    if (sa == "national") != (sb == "national"):
        national, local = (a, b) if sa == "national" else (b, a)
        # the units of the provincial node's posts (not their provinces: a stricter test)
        local_places = {loc for _r, _b, loc in posts[local] if loc}
        for role, body, loc in sorted(posts[national]):
            if loc and loc in local_places:
                return f"national career: {role}, {body}, {loc}"
    if sa.startswith("p") and sb.startswith("p") and sa != sb:
        # posts in one province that kept its name through the 2025 reform but not its code
        # (tỉnh Gia Lai 64 → 52): the same province, before and after
        common = provinces[a] & provinces[b]
        if common:
            return f"same province across the 2025 reform: {sorted(common)[0]}"
    return None


def resolve(graph: "Graph") -> list[Merge]:
    """Decide the merges over the whole graph and write them (``owl:sameAs`` with a reason) into
    the identity graph, replacing what an earlier run wrote."""
    merges = plan(graph)
    g = NamedNode(IDENTITY_GRAPH)
    graph.store.remove_graph(g) if graph.store.contains_named_graph(g) else None
    quads = []
    for m in merges:
        other, kept = NamedNode(m.other), NamedNode(m.kept)
        quads.append(Quad(other, OWL_SAME_AS, kept, g))
        quads.append(Quad(other, KG.sameAsReason, Literal(m.reason), g))
    if quads:
        graph.store.extend(quads)
    return merges


# -- scoring against gold/identity.jsonl -----------------------------------------------------------
def mention_nodes(graph: "Graph") -> dict[tuple[str, str], str]:
    """(article id, name) → the kept node of the person that mention is in the graph."""
    same = {r["o"]: r["k"] for r in graph.sparql(
        "SELECT ?o ?k WHERE { ?o <http://www.w3.org/2002/07/owl#sameAs> ?k }").rows}
    out = {}
    for r in graph.sparql(_Q_MENTIONS).rows:
        node = r["p"]
        while node in same:
            node = same[node]
        out[(r["id"], r["name"])] = node
    return out


def score_identity(graph: "Graph", gold_path: str | os.PathLike) -> dict[str, Any]:
    """Pairwise precision, recall and F1 of "these two mentions are one person" over the gold
    mentions the graph contains (``gold/identity.jsonl``: one line per person, its mentions)."""
    from .normalize import compare_key as K

    nodes = {(aid, K(name)): n for (aid, name), n in mention_nodes(graph).items()}
    gold: list[tuple[str, tuple[str, str]]] = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                for m in d["mentions"]:
                    gold.append((d["person"], (m["id"], K(m["name"]))))
    found = [(person, key) for person, key in gold if key in nodes]
    tp = fp = fn = 0
    for (pa, ka), (pb, kb) in combinations(found, 2):
        same_gold, same_graph = pa == pb, nodes[ka] == nodes[kb]
        tp += same_gold and same_graph
        fp += same_graph and not same_gold
        fn += same_gold and not same_graph
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"mentions": len(gold), "found": len(found), "tp": tp, "fp": fp, "fn": fn,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def format_identity(result: dict[str, Any]) -> str:
    return (f"identity: {result['found']}/{result['mentions']} gold mentions in the graph\n"
            f"pairs     P {result['precision']:.3f}   R {result['recall']:.3f}   F1 {result['f1']:.3f}"
            f"   (tp {result['tp']}, fp {result['fp']}, fn {result['fn']})")


__all__ = ["resolve", "plan", "Merge", "score_identity", "mention_nodes", "format_identity", "IDENTITY_GRAPH"]
