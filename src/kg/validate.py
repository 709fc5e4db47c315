"""SHACL validation of the graph (``ontology/shapes.ttl``) with pyshacl.

The union of the article graphs is copied into an rdflib graph (with the ontology, for the
class hierarchy) and checked; each violation becomes a dict: ``severity``, ``focus``, ``path``,
``message``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .resources import shapes_path

if TYPE_CHECKING:  # pragma: no cover
    from .store import Graph


def validate_graph(graph: "Graph") -> list[dict[str, str]]:
    import rdflib
    from pyoxigraph import RdfFormat, serialize
    from pyshacl import validate

    data = rdflib.Graph()
    triples = {q.triple for q in graph.quads(include_ontology=True)}
    data.parse(data=serialize(triples, None, RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    conforms, report, _text = validate(data, shacl_graph=shapes, inference="rdfs", advanced=True)
    if conforms:
        return []
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    out = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        def one(pred):
            v = report.value(result, pred)
            return "" if v is None else str(v)
        out.append({
            "severity": one(SH.resultSeverity).rsplit("#", 1)[-1],
            "focus": one(SH.focusNode),
            "path": one(SH.resultPath),
            "message": one(SH.resultMessage),
        })
    return sorted(out, key=lambda v: (v["focus"], v["path"], v["message"]))
