"""kg serve: the SPARQL 1.1 Protocol with real clients, stored queries over HTTP, the page."""
from __future__ import annotations

import json
import shutil
import subprocess
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg import Graph
from kg.server import ServerConfig, make_server

ACCEPTANCE = {("Nguyễn Tăng", "xã Thuận"), ("Đặng Văn Sình", "thị trấn Lăng Can")}


@pytest.fixture(scope="module")
def endpoint(shared, tmp_path_factory):
    store = tmp_path_factory.mktemp("serve") / "store"
    with Graph(store) as g:
        g.build([shared / "seeds"])
    httpd = make_server(ServerConfig(store=str(store), port=0, max_rows=50, refresh=0))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _get(url, accept=None, data=None, ctype=None):
    req = urllib.request.Request(url, data=data, headers={k: v for k, v in
                                                          (("Accept", accept), ("Content-Type", ctype)) if v})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def test_sparqlwrapper_gets_the_directed_communes(endpoint):
    from SPARQLWrapper import JSON, SPARQLWrapper

    from kg.queries import get_query

    sw = SPARQLWrapper(endpoint + "/sparql")
    sw.setQuery(get_query("officials-directed-communes").text)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert {(r["official"]["value"], r["commune"]["value"]) for r in rows} == ACCEPTANCE


def test_rdflib_sparqlstore_gets_the_directed_communes(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    from kg.queries import get_query

    store = SPARQLStore(endpoint + "/sparql", returnFormat="json")
    text = get_query("officials-directed-communes").text
    prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in __import__("kg.rdf").rdf.PREFIXES.items())
    rows = list(store.query(prefixes + text))
    assert {(str(r.official), str(r.commune)) for r in rows} == ACCEPTANCE


@pytest.mark.parametrize("accept, ctype, marker", [
    ("application/sparql-results+json", "application/sparql-results+json", '"bindings"'),
    ("application/sparql-results+xml", "application/sparql-results+xml", "<sparql"),
    ("text/csv", "text/csv", "name\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", "?name\n"),
])
def test_select_content_negotiation(endpoint, accept, ctype, marker):
    q = urllib.parse.quote("SELECT ?name WHERE { ?p a kg:Official ; foaf:name ?name } ORDER BY ?name")
    status, headers, body = _get(f"{endpoint}/sparql?query={q}", accept)
    assert status == 200 and headers["Content-Type"].startswith(ctype) and marker in body
    assert "Nguyễn Tăng" in body


def test_construct_as_turtle_and_ntriples_and_post_forms(endpoint):
    q = "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a kg:Official ; foaf:name ?n }"
    status, headers, body = _get(endpoint + "/sparql", "text/turtle", q.encode(), "application/sparql-query")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and "Nguyễn Tăng" in body
    form = urllib.parse.urlencode({"query": q}).encode()
    status, headers, body = _get(endpoint + "/sparql", "application/n-triples", form,
                                 "application/x-www-form-urlencoded")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert body.count(" .\n") == 5


def test_default_and_named_graph_uris(endpoint):
    from kg.rdf import SHARED_GRAPH, article_iri

    g = urllib.parse.quote(article_iri("003_600d685c44bc2969").value)
    q = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Directive }")
    status, _h, body = _get(f"{endpoint}/sparql?query={q}", "text/csv")
    assert body.split("\r\n")[1] == "2"  # the union of all graphs
    status, _h, body = _get(f"{endpoint}/sparql?query={q}&default-graph-uri={g}", "text/csv")
    assert status == 200 and body.split("\r\n")[1] == "1"  # that article's graph only
    q = urllib.parse.quote("SELECT ?name WHERE { ?d a kg:Directive ; kg:official/foaf:name ?name }")
    both = f"default-graph-uri={g}&default-graph-uri={urllib.parse.quote(SHARED_GRAPH)}"
    status, _h, body = _get(f"{endpoint}/sparql?query={q}&{both}", "text/csv")
    assert body.split("\r\n")[1:3] == ["Nguyễn Tăng", ""]
    q2 = urllib.parse.quote("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    status, _h, body = _get(f"{endpoint}/sparql?query={q2}&named-graph-uri={g}", "text/csv")
    assert body.split("\r\n")[1] == "1"


def test_updates_refused_malformed_queries_and_caps(endpoint):
    status, _h, body = _get(endpoint + "/sparql", None, b"DROP ALL", "application/sparql-update")
    assert status == 403 and "read-only" in body
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    assert _get(endpoint + "/sparql", None, form, "application/x-www-form-urlencoded")[0] == 403
    status, _h, body = _get(endpoint + "/sparql?query=" + urllib.parse.quote("SELECT ?x WHERE { ?x"))
    assert status == 400 and "SPARQL syntax error" in body
    status, headers, body = _get(endpoint + "/sparql?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p ?o }"),
                                 "application/sparql-results+json")
    assert status == 200 and headers["X-KG-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 50
    assert _get(endpoint + "/../../etc/passwd")[0] == 404
    assert _get(endpoint + "/static/../server.py")[0] == 404


def test_stored_queries_over_rest(endpoint):
    status, _h, body = _get(endpoint + "/queries")
    listing = {q["name"]: q for q in json.loads(body)}
    assert "officials-directed-communes" in listing
    assert {p["name"] for p in listing["officials-directed-communes"]["params"]} == {"name", "place"}
    status, _h, body = _get(endpoint + "/queries/officials-directed-communes?name=" + urllib.parse.quote("Tăng"))
    res = json.loads(body)
    assert "name" not in res["head"]["vars"]
    assert [b["official"]["value"] for b in res["results"]["bindings"]] == ["Nguyễn Tăng"]
    evil = urllib.parse.quote('x" } ; DROP ALL ; #')
    status, _h, body = _get(endpoint + f"/queries/officials-directed-communes?name={evil}")
    assert status == 200 and json.loads(body)["results"]["bindings"] == []
    status, _h, body = _get(endpoint + "/queries/officials-directed-communes", "text/csv")
    assert len(body.strip().split("\r\n")) == 3  # still two rows: nothing was dropped
    assert _get(endpoint + "/queries/nope")[0] == 404
    assert _get(endpoint + "/queries/official-posts?bogus=1")[0] == 400


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_page_runs_a_stored_query_in_headless_chromium(endpoint, tmp_path):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'u'}", "--virtual-time-budget=5000"]
    url = endpoint + "/#run=officials-directed-communes"
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
    assert 'id="results"' in dom and dom.count('class="row"') == 2
    assert "Nguyễn Tăng" in dom and "xã Thuận" in dom
    shot = tmp_path / "page.png"
    subprocess.run([CHROMIUM, *flags, "--window-size=1300,700", f"--screenshot={shot}", url],
                   capture_output=True, timeout=120)
    assert shot.stat().st_size > 5000


def test_limits_and_paths_outside_the_static_folder(endpoint, shared, tmp_path):
    big = b"query=" + b"x" * 1_100_000
    assert _get(endpoint + "/sparql", None, big, "application/x-www-form-urlencoded")[0] == 413
    long_q = urllib.parse.quote("SELECT * WHERE { ?s ?p ?o } #" + "x" * 120_000)
    assert _get(endpoint + "/sparql?query=" + long_q)[0] in (413, 414)
    for path in ("/%2e%2e/%2e%2e/etc/passwd", "/static/%2e%2e/server.py", "//etc/passwd",
                 "/static/..%2f..%2fpyproject.toml", "/static/%2fetc%2fpasswd", "/index.html/../../cli.py"):
        status, _h, body = _get(endpoint + path)
        assert status == 404 and "import" not in body and "root:" not in body, path
    # a query that runs too long gets 503, and the server goes on answering
    with Graph(tmp_path / "s") as g:
        g.build([shared / "seeds"])
    httpd = make_server(ServerConfig(store=str(tmp_path / "s"), port=0, timeout=0.5, refresh=0))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        # seconds on the seeds' graph whatever its size (a bare cross product is counted in ~0.5 s)
        slow = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STR(?c) != STR(?f)) }")
        status, _h, body = _get(base + "/sparql?query=" + slow)
        assert status == 503 and "timed out" in body
        assert _get(base + "/queries/meetings")[0] == 200
    finally:
        httpd.shutdown()
        httpd.server_close()
