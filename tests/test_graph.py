"""The knowledge graph: build, rebuild, replace, remove, stored queries, export, validation."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import Graph, StoreError, extract
from kg.cli import cli
from kg.queries import QueryError, stored_queries

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "articles"

WORKING_SESSION = (
    "Ngày 10/11/2022, Đoàn công tác của Huyện ủy Hướng Hóa làm việc với Đảng ủy xã Tân Hợp. "
    "Đồng chí Hồ Minh Đức, Tỉnh ủy viên, Bí thư Huyện ủy Hướng Hóa chủ trì buổi làm việc."
)


@pytest.fixture()
def seeds_graph(shared):
    with Graph(memory=True) as g:
        summary = g.build([shared / "seeds"])
        assert summary.done == 5 and summary.failed == 0
        yield g


def test_officials_directed_communes_on_seeds(seeds_graph):
    rows = seeds_graph.query("officials-directed-communes").rows
    got = {(r["official"], r["commune"], r["district"], r["province"], r["date"]): r for r in rows}
    tang = got[("Nguyễn Tăng", "xã Thuận", "huyện Hướng Hóa", "tỉnh Quảng Trị", "2022-11-10")]
    assert tang["article"].startswith("003_")
    assert "Bí thư Huyện ủy Hướng Hóa" in tang["post"]
    sinh = [r for k, r in got.items() if k[:4] == ("Đặng Văn Sình", "thị trấn Lăng Can", "huyện Lâm Bình",
                                                    "tỉnh Tuyên Quang")]
    assert sinh and sinh[0]["article"].startswith("004_")


def test_parameters_are_values_not_sparql(seeds_graph):
    assert [r["official"] for r in seeds_graph.query("officials-directed-communes", name="tăng")] == ["Nguyễn Tăng"]
    assert seeds_graph.query("officials-directed-communes", name='x" } ; DROP ALL ; #').rows == []
    assert seeds_graph.query("officials-directed-communes", place="Tuyên Quang").rows[0]["official"] == "Đặng Văn Sình"
    assert len(seeds_graph.query("officials-directed-communes")) == 2  # nothing was dropped
    with pytest.raises(QueryError, match="no parameter"):
        seeds_graph.query("official-posts", bogus="1")
    with pytest.raises(QueryError, match="needs --param place"):
        seeds_graph.query("locality-profile")


def test_every_stored_query_runs_and_documents_itself(seeds_graph):
    queries = stored_queries()
    assert {"officials-directed-communes", "official-posts", "committee-hierarchy", "meetings", "targets",
            "locality-profile", "official-profile"} <= set(queries)
    for q in queries.values():
        assert q.title != q.name and q.description, q.name
        params = {p.name: "Thuận" for p in q.params if p.required}
        seeds_graph.query(q.name, **params)


def test_committee_hierarchy_follows_the_gazetteer(seeds_graph):
    rows = seeds_graph.query("committee-hierarchy", root="Tỉnh ủy Quảng Trị").rows
    edges = {(r["committee"], r["parent"]) for r in rows}
    assert ("Đảng ủy xã Thuận", "Huyện ủy Hướng Hóa") in edges
    assert ("Huyện ủy Hướng Hóa", "Tỉnh ủy Quảng Trị") in edges
    assert all("Lâm Bình" not in r["committee"] for r in rows)


def test_rebuild_is_idempotent_and_changes_replace(tmp_path):
    store = tmp_path / "store"
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(WORKING_SESSION, encoding="utf-8")
    with Graph(store) as g:
        first = g.build([src])
        n = g.stats()["triples"]
    assert (first.added, first.unchanged) == (1, 0)
    with Graph(store) as g:
        again = g.build([src])
        assert (again.added, again.unchanged) == (0, 1)
        assert g.stats()["triples"] == n
        # the same record loaded again without the skip (no text hash) leaves the same triples
        rec = extract(WORKING_SESSION, id="a").to_json(include_text=True)
        rec.pop("text")
        assert g.add_record(rec) == "replaced"
        rec = extract(WORKING_SESSION, id="a")
        assert g.add_record(rec) == "replaced"
        assert g.stats()["triples"] == n
    (src / "a.txt").write_text(WORKING_SESSION.replace("Hồ Minh Đức", "Lê Văn Minh"), encoding="utf-8")
    with Graph(store) as g:
        changed = g.build([src])
        assert changed.replaced == 1
        names = {r["official"] for r in g.query("official-posts")}
        assert names == {"Lê Văn Minh"}
        assert g.remove("a") and not g.remove("a")
        stats = g.stats()
        assert stats["articles"] == stats["officials"] == stats["memberships"] == stats["meetings"] == 0
        assert stats["triples"] == stats["shared triples"]  # units, bodies and roles stay


def test_same_unit_from_two_articles_is_one_node():
    with Graph(memory=True) as g:
        g.add_record(extract(WORKING_SESSION, id="a"))
        g.add_record(extract(WORKING_SESSION.replace("10/11/2022", "12/12/2022"), id="b"))
        res = g.sparql("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a kg:PartyCommittee ; rdfs:label "
                       "'Đảng ủy xã Tân Hợp'@vi }")
        assert res.rows[0]["n"] == 1
        people = g.sparql("SELECT DISTINCT ?p WHERE { ?p foaf:name 'Hồ Minh Đức' }")
        assert len(people) == 1  # same name, same province: one official
        assert len(g.query("meetings")) == 2


def test_store_in_use_is_a_clear_error(tmp_path):
    store = tmp_path / "store"
    with Graph(store):
        import subprocess
        import sys
        code = f"from kg import Graph\nGraph({str(store)!r})"
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert r.returncode != 0 and "in use by another process" in r.stderr
    with pytest.raises(StoreError, match="no store here"):
        Graph(tmp_path / "missing", read_only=True)


def test_export_formats_and_validation(tmp_path):
    import rdflib

    with Graph(memory=True) as g:
        g.build([SAMPLES])
        ttl = g.export(None, "turtle").decode("utf-8")
        assert "@prefix kg: <https://w3id.org/kg-vn/ontology#>" in ttl
        parsed = rdflib.Graph().parse(data=ttl, format="turtle")
        union = {q.triple for q in g.quads()}
        assert len(parsed) == len(union)
        nq = g.export(None, "nquads").decode("utf-8")
        ds = rdflib.Dataset()
        ds.parse(data=nq, format="nquads")
        assert sum(1 for _ in ds.quads((None, None, None, None))) == sum(1 for _ in g.quads())
        assert json.loads(g.export(None, "jsonld"))
        assert g.validate() == []
        # a target without an indicator or status breaks the shapes
        g.store.update("INSERT DATA { GRAPH <urn:x> { <urn:t> a <https://w3id.org/kg-vn/ontology#Target> } }")
        assert {v["path"].rsplit("#", 1)[-1] for v in g.validate()} >= {"indicator", "status"}


def test_cli_build_query_export_stats(tmp_path, shared):
    runner = CliRunner()
    store = str(tmp_path / "store")
    r = runner.invoke(cli, ["build", str(shared / "seeds"), "--store", store])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["query", "officials-directed-communes", "--store", store, "--format", "json"])
    assert r.exit_code == 0
    rows = json.loads(r.output)
    assert {(x["official"], x["commune"]) for x in rows} == {("Nguyễn Tăng", "xã Thuận"),
                                                            ("Đặng Văn Sình", "thị trấn Lăng Can")}
    r = runner.invoke(cli, ["query", "official-profile", "-p", "name=Tăng", "--store", store, "--format", "csv"])
    assert r.exit_code == 0 and r.output.splitlines()[0].startswith("official,province,fact")
    r = runner.invoke(cli, ["sparql", "SELECT ?x WHERE { ?x", "--store", store])
    assert r.exit_code == 1 and "SPARQL syntax error" in r.output
    r = runner.invoke(cli, ["stats", "--store", store, "--json"])
    assert json.loads(r.output)["articles"] == 5
    out = tmp_path / "one.ttl"
    r = runner.invoke(cli, ["export", "--store", store, "--article", "003_600d685c44bc2969", "-o", str(out)])
    assert r.exit_code == 0 and "Nguyễn Tăng" in out.read_text(encoding="utf-8")
    r = runner.invoke(cli, ["remove", "nope", "--store", store])
    assert r.exit_code == 1 and "holds no article 'nope'" in r.output
    r = runner.invoke(cli, ["queries"])
    assert "officials-directed-communes" in r.output and "--param name=" in r.output


def test_generated_docs_are_up_to_date():
    from kg.docs import write_docs

    assert write_docs(check=True) == [], "run `kg docs` and commit docs/"


def test_meetings_filter_by_participant(seeds_graph):
    assert [r["kind"] for r in seeds_graph.query("meetings", name="Tăng")] == ["làm việc"]
    assert len(seeds_graph.query("meetings")) == 3
    rows = seeds_graph.query("locality-profile", place="thị trấn Lăng Can").rows
    assert {"parent unit", "meeting", "directed by"} <= {r["fact"] for r in rows}


def test_cli_memory_build_and_query_file(tmp_path):
    runner = CliRunner()
    r = runner.invoke(cli, ["build", "--memory", "-q", str(SAMPLES)])
    assert r.exit_code == 0 and "articles" in r.output and "triples" in r.output
    store = str(tmp_path / "s")
    assert runner.invoke(cli, ["build", "-q", str(SAMPLES), "--store", store]).exit_code == 0
    q = tmp_path / "mine.rq"
    q.write_text("# title: Names\n# param: who optional Part of a name.\n"
                 "SELECT DISTINCT ?n ?who WHERE { ?p a kg:Official ; foaf:name ?n "
                 "FILTER(CONTAINS(?n, COALESCE(?who, ''))) } ORDER BY ?n\n", encoding="utf-8")
    r = runner.invoke(cli, ["query", "--file", str(q), "-p", "who=Hải", "--store", store, "--format", "tsv"])
    assert r.exit_code == 0 and r.output.splitlines() == ["n", "Lò Văn Hải"]
    r = runner.invoke(cli, ["query", "--store", store])
    assert r.exit_code == 2 and "NAME or --file" in r.output


def _rows_as_multiset(rows):
    from collections import Counter
    return Counter(tuple(sorted((k, str(v)) for k, v in r.items())) for r in rows)


def _assert_whole_forms_agree(g):
    whole = [q for q in stored_queries().values() if q.whole]
    assert {q.name for q in whole} >= {"official-posts", "targets"}
    for q in whole:
        cols, rows = g.stream(q.name)
        res = g.query(q.name)
        assert cols == res.columns, q.name
        streamed = list(rows)
        assert streamed, f"{q.name}: the graph should have rows for this test to mean anything"
        assert _rows_as_multiset(streamed) == _rows_as_multiset(res.rows), q.name


def test_whole_answer_forms_give_the_rows_of_their_queries():
    """``NAME.whole.rq`` (every row, hash-joined scans) answers exactly what ``NAME.rq`` does."""
    with Graph(memory=True) as g:
        g.build([SAMPLES])
        _assert_whole_forms_agree(g)
        # a parameter goes to the stored query itself, not to the whole form
        cols, rows = g.stream("official-posts", title="Bí thư")
        assert all("Bí thư" in r["role"] for r in rows)


def test_whole_answer_forms_agree_on_the_dev_corpus(shared):
    with Graph(memory=True) as g:
        g.build([shared / "seeds", shared / "corpus" / "dev" / "texts.jsonl"])
        _assert_whole_forms_agree(g)
