"""Issue 6: the same graph whichever way it is built (1 or 2 workers, in memory, N-Quads and a
bulk load, a remote Graph Store, Dask shards), and the pieces that make large builds possible."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import RdfFormat, parse

from kg import Graph
from kg.cli import cli
from kg.pipeline import parallel_map, read_nquads, write_nquads

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "articles"
SEEDS = ROOT.parent / "shared" / "seeds"
INPUTS = [str(SAMPLES)] + ([str(SEEDS)] if SEEDS.exists() else [])


def _dataset(graph: Graph) -> list[str]:
    return sorted(str(q) for q in graph.quads())


@pytest.fixture(scope="module")
def reference():
    with Graph(memory=True) as g:
        g.build(INPUTS)
        return _dataset(g)


def _double(chunk):
    return [2 * x for x in chunk]


def test_parallel_map_keeps_input_order_with_bounded_window():
    items = iter(range(1000))
    out = list(parallel_map(_double, items, workers=2, chunk=7, window=3))
    assert out == [2 * x for x in range(1000)]


def test_one_or_two_workers_and_disk_or_memory_give_the_same_graph(tmp_path, reference):
    for workers in (1, 2):
        with Graph(tmp_path / f"store{workers}") as g:
            s = g.build(INPUTS, workers=workers)
            assert s.added == s.done > 0 and s.failed == 0
            assert _dataset(g) == reference
    with Graph(tmp_path / "store2") as g:  # a rebuild with 2 workers changes nothing
        s = g.build(INPUTS, workers=2)
        assert s.unchanged == s.done and _dataset(g) == reference


def test_nquads_then_load_gives_the_same_graph(tmp_path, reference):
    nq = tmp_path / "all.nq"
    r = CliRunner().invoke(cli, ["extract", "--format", "nquads", "-j", "2", *INPUTS, "-o", str(nq)])
    assert r.exit_code == 0, r.output
    quads = list(parse(path=str(nq), format=RdfFormat.N_QUADS))
    graphs = {q.graph_name.value for q in quads}
    with open(nq, "rb") as f:
        articles = list(read_nquads(f, str(nq)))
    # one named graph per article, plus the shared graph
    assert len(graphs) == len(articles) + 1 and all(a.id and a.hash for a in articles)
    store = tmp_path / "loaded"
    r = CliRunner().invoke(cli, ["load", str(nq), "--store", str(store)])
    assert r.exit_code == 0, r.output
    assert f"{len(articles)} added" in r.output
    with Graph(store) as g:
        assert _dataset(g) == reference
    r = CliRunner().invoke(cli, ["load", str(nq), "--store", str(store)])
    assert f"{len(articles)} unchanged" in r.output


def test_load_names_the_file_and_line_of_bad_nquads(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text("<http://a> <http://b> <http://c> <http://example.org/not-kg> .\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["load", str(bad), "--store", str(tmp_path / "s")])
    assert r.exit_code == 1
    assert f"{bad}:1" in r.output and "neither an article's nor the shared graph" in r.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        pytest.skip("the oxigraph server (PyPI package oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(10)


def _remote_quads(base: str) -> list[str]:
    req = urllib.request.Request(base + "/store", headers={"Accept": "application/n-quads"})
    body = urllib.request.urlopen(req, timeout=30).read()
    return sorted(str(q) for q in parse(body, format=RdfFormat.N_QUADS))


def test_build_endpoint_puts_article_graphs_to_an_oxigraph_server(oxigraph_server, tmp_path):
    url = oxigraph_server + "/store"
    r = CliRunner().invoke(cli, ["build", "--endpoint", url, "-q", *INPUTS])
    assert r.exit_code == 0, r.output
    first = _remote_quads(oxigraph_server)
    r = CliRunner().invoke(cli, ["build", "--endpoint", url, "-q", "-j", "2", *INPUTS])
    assert r.exit_code == 0, r.output
    assert _remote_quads(oxigraph_server) == first  # PUT replaces: a re-run duplicates nothing
    with Graph(memory=True) as g:
        g.build(INPUTS)
        local = sorted(str(q) for q in g.quads(include_ontology=True))
    assert first == local


def test_build_endpoint_that_does_not_answer_is_a_clear_error(tmp_path):
    url = f"http://127.0.0.1:{_free_port()}/store"
    r = CliRunner().invoke(cli, ["build", "--endpoint", url, "-q", str(SAMPLES)])
    assert r.exit_code == 1 and "cannot reach the store" in r.output and "Traceback" not in r.output


def test_dask_local_cluster_writes_shards_that_load_into_the_same_graph(tmp_path, reference):
    distributed = pytest.importorskip("distributed")
    from kg.pipeline import dask_extract

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        summary, shards = dask_extract(INPUTS, tmp_path / "shards", client, files_per_part=1)
    # one file a partition: a shard for every input file (3 samples, and the seeds when present)
    n_files = sum(1 for p in INPUTS for f in Path(p).iterdir() if f.is_file())
    assert summary.failed == 0 and summary.done > 0 and len(shards) == n_files
    with Graph(tmp_path / "store") as g:
        for shard in shards:
            g.load_nquads(shard)
        assert _dataset(g) == reference


def test_write_nquads_streams_jsonl_without_reading_it_whole(tmp_path):
    src = tmp_path / "many.jsonl"
    text = (SAMPLES / "sample_hoi_nghi_huyen.txt").read_text(encoding="utf-8")
    with open(src, "w", encoding="utf-8") as f:
        for i in range(50):
            f.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.nq"
    with open(out, "wb") as f:
        summary = write_nquads([src], f, workers=2)
    assert summary.done == 50
    with open(out, "rb") as f:
        assert [a.id for a in read_nquads(f)] == [f"a{i}" for i in range(50)]
