"""The SHACL shapes of ``ontology/shapes.ttl`` checked as SPARQL queries on the Oxigraph store.

pyshacl (:mod:`kg.validate`) copies the whole graph into rdflib first, which takes minutes at
a few thousand articles. Here every constraint of the shapes becomes one SPARQL query that
Oxigraph answers from its indexes, so a 10,000-article store is checked in seconds. The subset
of SHACL Core the shapes use is implemented: ``sh:targetClass`` (with RDFS inference, as pyshacl
runs it: subclasses, and ``rdfs:domain``/``rdfs:range`` of the properties used), property shapes
with a predicate path and ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``, ``sh:class``,
``sh:in``, ``sh:pattern``, and ``sh:xone`` of such shapes. A shape using anything else is refused
with an error rather than checked partly; ``tests/test_validation.py`` checks that both engines
report the same violations on the corpora and on deliberately broken graphs.

Each violation is a dict ``severity``, ``focus``, ``path``, ``message``, as :func:`kg.validate.validate_graph` gives.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .resources import shapes_path

if TYPE_CHECKING:  # pragma: no cover
    from .store import Graph

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SUPPORTED = {SH + k for k in ("path", "minCount", "maxCount", "datatype", "class", "in", "pattern")}


class ShapeError(ValueError):
    """A shape uses a SHACL feature this checker does not implement."""


@dataclass
class PropertyShape:
    path: str
    min_count: int | None = None
    max_count: int | None = None
    datatype: str | None = None
    cls: str | None = None
    values: list[Any] | None = None  # sh:in, as SPARQL terms
    pattern: str | None = None


@dataclass
class NodeShape:
    iri: str
    target: str
    properties: list[PropertyShape] = field(default_factory=list)
    xone: list[list[PropertyShape]] = field(default_factory=list)


def _term(node) -> str:
    import rdflib

    if isinstance(node, rdflib.URIRef):
        return f"<{node}>"
    if isinstance(node, rdflib.Literal):
        return node.n3()
    raise ShapeError(f"unsupported term in shapes: {node!r}")


def load_shapes(path=None) -> list[NodeShape]:
    """The node shapes of ``ontology/shapes.ttl`` (rdflib reads the small shapes file only)."""
    import rdflib
    from rdflib.collection import Collection

    g = rdflib.Graph().parse(path or shapes_path(), format="turtle")
    S = rdflib.Namespace(SH)

    def prop(node) -> PropertyShape:
        for p, _o in g.predicate_objects(node):
            if str(p) not in _SUPPORTED:
                raise ShapeError(f"shape uses {p}, which the SPARQL checker does not implement")
        ps = PropertyShape(path=str(g.value(node, S.path)))
        if ps.path == "None" or not isinstance(g.value(node, S.path), rdflib.URIRef):
            raise ShapeError("only predicate paths are supported")
        mc, xc = g.value(node, S.minCount), g.value(node, S.maxCount)
        ps.min_count = int(mc) if mc is not None else None
        ps.max_count = int(xc) if xc is not None else None
        dt, cl, pat = g.value(node, S.datatype), g.value(node, S["class"]), g.value(node, S.pattern)
        ps.datatype = str(dt) if dt is not None else None
        ps.cls = str(cl) if cl is not None else None
        ps.pattern = str(pat) if pat is not None else None
        lst = g.value(node, S["in"])
        if lst is not None:
            ps.values = [_term(v) for v in Collection(g, lst)]
        return ps

    shapes = []
    for shape in sorted(g.subjects(rdflib.RDF.type, S.NodeShape)):
        target = g.value(shape, S.targetClass)
        if target is None:
            raise ShapeError(f"{shape}: only sh:targetClass targets are supported")
        ns = NodeShape(str(shape), str(target))
        for p in g.objects(shape, S.property):
            ns.properties.append(prop(p))
        for lst in g.objects(shape, S.xone):
            ns.xone.append([prop(p) for p in Collection(g, lst)])
        for p, _o in g.predicate_objects(shape):
            if str(p) not in {RDF + "type", SH + "targetClass", SH + "property", SH + "xone"}:
                raise ShapeError(f"{shape}: {p} is not supported by the SPARQL checker")
        shapes.append(ns)
    return shapes


def _instance(var: str, cls: str, n: int) -> str:
    """``var`` is an instance of ``cls`` under RDFS inference (type, subclass, domain, range)."""
    return (f"{{ {var} a/<{RDFS}subClassOf>* <{cls}> }} UNION "
            f"{{ ?dp{n} <{RDFS}domain>/<{RDFS}subClassOf>* <{cls}> . {var} ?dp{n} ?dv{n} }} UNION "
            f"{{ ?rp{n} <{RDFS}range>/<{RDFS}subClassOf>* <{cls}> . ?rs{n} ?rp{n} {var} FILTER(!isLiteral({var})) }}")


def _focus(shape: NodeShape) -> str:
    return f"{{ SELECT DISTINCT ?x WHERE {{ {_instance('?x', shape.target, 0)} }} }}"


def _values_failing(focus: str, path: str, condition: str) -> str:
    """The focus nodes with a value of ``path`` for which ``condition`` holds (a violation)."""
    return f"SELECT DISTINCT ?x ?v WHERE {{ {focus} ?x {path} ?v FILTER({condition}) }}"


def _queries(shape: NodeShape) -> list[tuple[str, str, str]]:
    """(path, message, SELECT ?x ?v) for every constraint of ``shape``."""
    out = []
    focus = _focus(shape)
    for ps in shape.properties:
        p = f"<{ps.path}>"
        if ps.min_count == 1:
            out.append((ps.path, "Less than 1 values",
                        f"SELECT ?x WHERE {{ {focus} FILTER NOT EXISTS {{ ?x {p} ?v }} }}"))
        elif ps.min_count:
            out.append((ps.path, f"Less than {ps.min_count} values",
                        f"SELECT ?x WHERE {{ {{ SELECT ?x (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {focus} "
                        f"OPTIONAL {{ ?x {p} ?v }} }} GROUP BY ?x }} FILTER(?n < {ps.min_count}) }}"))
        if ps.max_count is not None:
            out.append((ps.path, f"More than {ps.max_count} values",
                        f"SELECT ?x WHERE {{ {{ SELECT ?x (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {focus} ?x {p} ?v }} "
                        f"GROUP BY ?x }} FILTER(?n > {ps.max_count}) }}"))
        if ps.datatype:
            out.append((ps.path, f"Value is not a literal of datatype <{ps.datatype}>",
                        _values_failing(focus, p, f"!isLiteral(?v) || DATATYPE(?v) != <{ps.datatype}>")))
        if ps.cls:
            out.append((ps.path, f"Value does not have class <{ps.cls}>",
                        _values_failing(focus, p, f"NOT EXISTS {{ {_instance('?v', ps.cls, 1)} }}")))
        if ps.values is not None:
            out.append((ps.path, "Value is not in the list of sh:in",
                        _values_failing(focus, p, f"?v NOT IN ({', '.join(ps.values)})")))
        if ps.pattern:
            pat = ps.pattern.replace("\\", "\\\\").replace('"', '\\"')
            out.append((ps.path, f"Value does not match pattern \"{ps.pattern}\"",
                        _values_failing(focus, p, f"!REGEX(STR(?v), \"{pat}\")")))
    for alternatives in shape.xone:
        if any(ps.min_count != 1 or ps.max_count is not None or ps.datatype or ps.cls or ps.values or ps.pattern
               for ps in alternatives):
            raise ShapeError(f"{shape.iri}: sh:xone is supported for shapes of sh:minCount 1 only")
        binds = " ".join(f"BIND(IF(EXISTS {{ ?x <{ps.path}> ?a{i} }}, 1, 0) AS ?c{i})"
                         for i, ps in enumerate(alternatives))
        total = " + ".join(f"?c{i}" for i in range(len(alternatives)))
        out.append(("", "Node does not conform to exactly one shape in sh:xone",
                    f"SELECT ?x WHERE {{ {focus} {binds} FILTER(({total}) != 1) }}"))
    return out


def validate_store(graph: "Graph") -> list[dict[str, str]]:
    """Every violation of ``ontology/shapes.ttl`` in the store, found with SPARQL."""
    out = []
    for shape in load_shapes():
        for path, message, query in _queries(shape):
            for row in graph.sparql(query).rows:
                focus = row["x"]
                msg = f"{message} on <{focus}>" + (f"->{path}" if path else "")
                out.append({"severity": "Violation", "focus": focus, "path": path, "message": msg})
    seen = set()
    uniq = []
    for v in sorted(out, key=lambda v: (v["focus"], v["path"], v["message"])):
        key = (v["focus"], v["path"], v["message"])
        if key not in seen:
            seen.add(key)
            uniq.append(v)
    return uniq


__all__ = ["validate_store", "load_shapes", "ShapeError"]
