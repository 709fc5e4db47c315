"""Generated documentation: ``docs/ontology.md`` (from ``ontology/kg.ttl``) and ``docs/queries.md``
(every stored query with an example result on the bundled sample articles, ``data/articles``).

``kg docs`` writes them; ``kg docs --check`` (and a test) says whether they are up to date.
"""
from __future__ import annotations

from pathlib import Path

from .resources import REPO, ontology_path

DOCS = REPO / "docs"
SAMPLES = REPO / "data" / "articles"

_DIAGRAM = """```mermaid
flowchart LR
  Official["kg:Official"] -- "org:holds" --> Post["org:Post"]
  Membership["org:Membership"] -- "org:member" --> Official
  Membership -- "kg:post" --> Post
  Post -- "org:role" --> Role["kg:Role"]
  Post -- "org:postIn" --> Committee["kg:PartyCommittee / kg:StateBody"]
  Organ["kg:PartyOrgan"] -- "org:unitOf" --> Committee
  Committee -- "org:subOrganizationOf" --> Committee
  Committee -- "kg:locality" --> Locality["kg:Locality"]
  Locality -- "kg:parent" --> Locality
  Locality -- "kg:successor" --> Locality
  Meeting["kg:Meeting"] -- "kg:chair / kg:attendee" --> Official
  Meeting -- "kg:hostBody" --> Committee
  Meeting -- "kg:locality" --> Locality
  Target["kg:Target"] -- "kg:setBy" --> Committee
  Target -- "kg:locality" --> Locality
  Directive["kg:Directive"] -- "kg:official" --> Official
  Directive -- "kg:locality" --> Locality
  Directive -- "kg:meeting" --> Meeting
  Membership -- "prov:wasDerivedFrom" --> Article["kg:Article"]
  Meeting -- "prov:wasDerivedFrom" --> Article
  Target -- "prov:wasDerivedFrom" --> Article
  Directive -- "prov:wasDerivedFrom" --> Article
```"""


def ontology_markdown() -> str:
    import rdflib
    from rdflib.namespace import OWL, RDF, RDFS

    g = rdflib.Graph().parse(ontology_path(), format="turtle")
    ns = {str(v): k for k, v in g.namespaces()}

    def curie(node) -> str:
        s = str(node)
        for base, prefix in sorted(ns.items(), key=lambda x: -len(x[0])):
            if base and s.startswith(base) and prefix:
                return f"{prefix}:{s[len(base):]}"
        return s

    def labels(node) -> tuple[str, str]:
        vi = en = ""
        for lab in g.objects(node, RDFS.label):
            if getattr(lab, "language", None) == "vi":
                vi = str(lab)
            elif getattr(lab, "language", None) == "en":
                en = str(lab)
        return vi, en

    def comment(node) -> str:
        return " ".join(str(c) for c in g.objects(node, RDFS.comment))

    lines = ["# The kg ontology", "",
             "Generated from `ontology/kg.ttl` by `kg docs`; do not edit by hand.", "",
             f"Namespace: `{curie(rdflib.URIRef('https://w3id.org/kg-vn/ontology#'))}` = "
             "`https://w3id.org/kg-vn/ontology#`; resources live under `https://w3id.org/kg-vn/id/`. "
             "Reused vocabularies: W3C ORG (`org:`), FOAF, PROV-O, SKOS, Dublin Core terms.", "",
             "## How the classes connect", "", _DIAGRAM, "", "## Classes", "",
             "| class | Vietnamese | English | subclass of | comment |", "| --- | --- | --- | --- | --- |"]
    for cls in sorted(g.subjects(RDF.type, OWL.Class), key=curie):
        vi, en = labels(cls)
        parents = ", ".join(sorted(curie(p) for p in g.objects(cls, RDFS.subClassOf)))
        lines.append(f"| `{curie(cls)}` | {vi} | {en} | {parents} | {comment(cls)} |")
    lines += ["", "## Properties", "", "| property | kind | Vietnamese | English | domain | range | comment |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    props = [(p, "object") for p in g.subjects(RDF.type, OWL.ObjectProperty)]
    props += [(p, "datatype") for p in g.subjects(RDF.type, OWL.DatatypeProperty)]
    for prop, kind in sorted(props, key=lambda x: curie(x[0])):
        vi, en = labels(prop)
        dom = ", ".join(curie(d) for d in g.objects(prop, RDFS.domain))
        rng = ", ".join(curie(r) for r in g.objects(prop, RDFS.range))
        lines.append(f"| `{curie(prop)}` | {kind} | {vi} | {en} | {dom} | {rng} | {comment(prop)} |")
    lines += ["", "## Vocabularies", "", "| concept | scheme | labels | comment |", "| --- | --- | --- | --- |"]
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    for c in sorted(g.subjects(skos.inScheme, None), key=curie):
        labs = " / ".join(str(x) for x in sorted(g.objects(c, skos.prefLabel), key=lambda x: x.language or ""))
        lines.append(f"| `{curie(c)}` | `{curie(g.value(c, skos.inScheme))}` | {labs} | {comment(c)} |")
    lines += ["", "Used from reused vocabularies: `org:holds`, `org:member`, `org:organization`, `org:role`, "
              "`org:postIn`, `org:hasUnit`/`org:unitOf`, `org:hasSubOrganization`/`org:subOrganizationOf`, "
              "`foaf:name`, `prov:wasDerivedFrom`, `dcterms:title`, `dcterms:issued`, `rdfs:label`, "
              "`skos:prefLabel`, `skos:inScheme`.", ""]
    return "\n".join(lines)


def queries_markdown() -> str:
    from .queries import format_result, stored_queries
    from .store import Graph

    examples = {  # parameters for the example runs on the bundled samples
        "locality-profile": {"place": "xã Tân Hợp"},
        "official-profile": {"name": "Lò Văn Hải"},
    }
    lines = ["# Stored queries", "",
             "Generated by `kg docs` from `queries/*.rq`; each example result is the query run on a "
             "graph built from the bundled sample articles (`data/articles`). Run one with "
             "`kg query NAME [--param key=value]...`, or `Graph(...).query(NAME, key=value)` in Python.", ""]
    with Graph(memory=True) as graph:
        graph.build([SAMPLES])
        for q in stored_queries().values():
            lines += [f"## `{q.name}`: {q.title}", "", q.description, ""]
            if q.params:
                lines += ["| parameter | | description |", "| --- | --- | --- |"]
                lines += [f"| `{p.name}` | {'required' if p.required else 'optional'} | {p.description} |"
                          for p in q.params]
                lines.append("")
            params = examples.get(q.name, {})
            cmd = " ".join([f"kg query {q.name}"] + [f"--param {k}='{v}'" for k, v in params.items()])
            res = graph.query(q.name, **params)
            lines += ["```", f"$ {cmd}", format_result(res, "table"), "```", ""]
    return "\n".join(lines)


def write_docs(check: bool = False) -> list[Path]:
    """Write (or with ``check`` only compare) the generated docs; the files that differed."""
    stale = []
    for path, text in ((DOCS / "ontology.md", ontology_markdown()), (DOCS / "queries.md", queries_markdown())):
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(path)
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    return stale
