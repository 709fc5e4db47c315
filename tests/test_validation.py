"""Issue 13: graphs built from the seeds, the dev and the check corpora pass their own shapes
(ontology/shapes.ttl): nothing the mapping cannot complete is written half-made."""
import pytest

from kg import Graph


@pytest.mark.parametrize("corpus", ["seeds", "corpus/dev/texts.jsonl", "corpus/check/texts.jsonl"])
def test_graph_of_each_corpus_has_no_violation(shared, corpus):
    path = shared / corpus
    if not path.exists():
        pytest.skip(f"{corpus} is not in ../shared")
    with Graph(memory=True) as g:
        summary = g.build([path])
        assert summary.failed == 0
        assert g.validate() == []


def test_a_directed_unit_the_gazetteer_cannot_place_is_still_a_whole_locality():
    # "xã Đồi Mây" is no unit of the gazetteer: the directive points to a place node with a label
    text = ("Ngày 5/3/2024, đồng chí Lê Văn Hòa, Bí thư Huyện ủy chủ trì buổi làm việc với Đảng ủy xã Đồi Mây.")
    from kg.extract import extract

    with Graph(memory=True) as g:
        g.add_record(extract(text, id="t1", url="https://baolaocai.vn/x"))
        assert g.validate() == []
        rows = g.sparql("PREFIX kg: <https://w3id.org/kg-vn/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        "SELECT ?label WHERE { ?d a kg:Directive ; kg:locality ?l . ?l rdfs:label ?label }")
        assert [r["label"] for r in rows] == ["xã Đồi Mây"]


def _broken_graph():
    from pyoxigraph import Literal, NamedNode, Quad

    from kg.extract import extract

    KG, ID = "https://w3id.org/kg-vn/ontology#", "https://w3id.org/kg-vn/id/"
    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    n, k = (lambda x: NamedNode(ID + x)), (lambda x: NamedNode(KG + x))
    g = Graph(memory=True)
    g.add_record(extract("Ngày 5/3/2024, đồng chí Lê Văn Hòa, Bí thư Huyện ủy Bảo Thắng chủ trì buổi làm việc với "
                         "Đảng ủy xã Gia Phú. Năm 2024 xã phấn đấu thu nhập bình quân đạt 50 triệu đồng/người/năm.",
                         id="t1", url="https://baolaocai.vn/202403/x"))
    G = NamedNode(ID + "graph/broken")
    g.store.extend([
        Quad(n("directive/x1"), rdf_type, k("Directive"), G),          # no official, locality, article
        Quad(n("place/x2"), rdf_type, k("Locality"), G),               # no label
        Quad(n("place/x2"), k("gsoCode"), Literal("1234"), G),         # a code of no level
        Quad(n("target/x3"), rdf_type, k("Target"), G),
        Quad(n("target/x3"), k("indicator"), Literal("a"), G),
        Quad(n("target/x3"), k("status"), Literal("maybe"), G),        # not in the list, no value
        Quad(n("meeting/x4"), rdf_type, k("Meeting"), G),
        Quad(n("meeting/x4"), k("meetingKind"), Literal("a"), G),
        Quad(n("meeting/x4"), k("meetingKind"), Literal("b"), G),      # two kinds
        Quad(n("meeting/x4"), k("chair"), n("place/x2"), G),           # a chair that is no official
        Quad(n("person/x5"), k("sameAsReason"), Literal("x"), G),      # an official by its domain, no name
    ])
    return g


def test_the_sparql_checker_reports_what_pyshacl_reports_on_a_broken_graph():
    with _broken_graph() as g:
        fast = {(v["focus"], v["path"]) for v in g.validate()}
        ref = {(v["focus"], v["path"]) for v in g.validate(engine="pyshacl")}
    assert fast == ref and len(fast) >= 12


@pytest.mark.parametrize("corpus", ["seeds", "corpus/dev/texts.jsonl"])
def test_both_engines_agree_on_the_corpora(shared, corpus):
    with Graph(memory=True) as g:
        g.build([shared / corpus])
        assert g.validate(engine="sparql") == g.validate(engine="pyshacl") == []
