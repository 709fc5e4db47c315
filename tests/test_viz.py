"""Pictures and graph files of the committee hierarchy and of who directed which locality."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg import Graph
from kg.cli import cli
from kg.viz import directed_graph, hierarchy_graph, write_graph

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture(scope="module")
def graph():
    with Graph(memory=True) as g:
        g.build([SAMPLES])
        yield g


def test_hierarchy_puts_communes_under_districts_and_provinces(graph):
    G = hierarchy_graph(graph)
    label = {n: G.nodes[n]["label"] for n in G}
    edges = {(label[a], label[b]) for a, b in G.edges}
    assert ("Huyện ủy Hướng Hóa", "Đảng ủy xã Tân Hợp") in edges
    assert ("Tỉnh ủy Quảng Trị", "Huyện ủy Hướng Hóa") in edges
    assert ("Huyện ủy Mường Tè", "Đảng ủy xã Ka Lăng") in edges
    hai = next(n for n in G if label[n] == "Huyện ủy Mường Tè")
    assert "Lò Văn Hải (Bí thư)" in G.nodes[hai]["officials"]
    organs = [n for n in G if G.nodes[n]["kind"] == "organ"]
    assert organs and all(G.in_degree(n) == 1 for n in organs)
    sub = hierarchy_graph(graph, root="Quảng Trị")
    assert {label[n] for n in sub} >= {"Tỉnh ủy Quảng Trị", "Huyện ủy Hướng Hóa", "Đảng ủy xã Tân Hợp"}
    assert not any("Mường Tè" in label[n] for n in sub)


@pytest.mark.parametrize("ext", [".graphml", ".gexf"])
def test_graph_files_read_back_with_the_same_counts(graph, tmp_path, ext):
    G = hierarchy_graph(graph)
    path = write_graph(G, tmp_path / f"h{ext}")
    back = nx.read_graphml(path) if ext == ".graphml" else nx.read_gexf(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    node = next(iter(back.nodes(data=True)))[1]
    assert {"kind", "level", "code", "officials"} <= set(node)


def test_pictures_and_cli(graph, tmp_path):
    from PIL import Image

    png = write_graph(hierarchy_graph(graph), tmp_path / "h.png")
    with Image.open(png) as im:
        assert im.size[0] > 400 and len(set(im.convert("RGB").getdata())) > 10
    svg = write_graph(directed_graph(graph), tmp_path / "d.svg", layout="bipartite")
    assert "<svg" in svg.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="unknown picture format"):
        write_graph(hierarchy_graph(graph), tmp_path / "h.bmp")
    store = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "-q", str(SAMPLES), "--store", str(store)]).exit_code == 0
    r = runner.invoke(cli, ["viz", "directed", "--store", str(store), "-o", str(tmp_path / "d.graphml")])
    assert r.exit_code == 0, r.output
    assert nx.read_graphml(tmp_path / "d.graphml").number_of_edges() == 3
    r = runner.invoke(cli, ["viz", "hierarchy", "--store", str(store), "--root", "Nowhere", "-o", str(tmp_path / "x.png")])
    assert r.exit_code == 1 and "no committees to draw under 'Nowhere'" in r.output


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_html_page_renders_its_nodes_in_headless_chromium(graph, tmp_path):
    from PIL import Image

    G = hierarchy_graph(graph)
    page = write_graph(G, tmp_path / "h.html")
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|@import|url\(", text)  # nothing fetched: works offline
    url = page.resolve().as_uri()
    dom = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'u1'}", "--dump-dom", url],
                         capture_output=True, text=True, timeout=120).stdout
    assert dom.count('class="node"') == G.number_of_nodes()
    assert f'data-nodes="{G.number_of_nodes()}"' in dom
    shot = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'u2'}", "--window-size=1200,800",
                    f"--screenshot={shot}", url], capture_output=True, timeout=120)
    with Image.open(shot) as im:
        colours = set(im.convert("RGB").getdata())
    assert (192, 57, 43) in colours  # the province committees' red boxes were painted


def test_hierarchy_of_many_trees_wraps_into_rows_and_names_eras(tmp_path):
    from kg import Graph, extract
    from kg.viz import packed_layout

    texts = [("Ngày 2/3/2020, đồng chí Lê Văn A{n}, Bí thư Huyện ủy chủ trì Hội nghị Đảng ủy xã {x}, huyện {h}.", x, h)
             for x, h in (("Thuận", "Hướng Hóa"), ("Tân Hợp", "Hướng Hóa"), ("Minh Đức", "Hớn Quản"),
                          ("Lũng Cú", "Đồng Văn"), ("Gia Phú", "Bảo Thắng"), ("Xuân Quang", "Bảo Thắng"))]
    with Graph(memory=True) as g:
        for i, (t, x, h) in enumerate(texts):
            g.add_record(extract(t.format(n=i, x=x, h=h), id=f"a{i}"))
        # the same province before and after the 2025 reform: two boxes that say which is which
        g.add_record(extract("Ngày 2/3/2024, đồng chí Hà Văn Bình, Bí thư Tỉnh ủy Tuyên Quang dự.", id="old",
                             url="https://baotuyenquang.com.vn/202403/x.html"))
        g.add_record(extract("Ngày 2/9/2025, đồng chí Hà Văn Bình, Bí thư Tỉnh ủy Tuyên Quang dự.", id="new",
                             url="https://baotuyenquang.com.vn/202509/x.html"))
        G = hierarchy_graph(g)
    labels = sorted(d["label"] for _n, d in G.nodes(data=True) if d["label"].startswith("Tỉnh ủy Tuyên Quang"))
    assert labels == ["Tỉnh ủy Tuyên Quang (trước 7/2025)", "Tỉnh ủy Tuyên Quang (từ 7/2025)"]
    pos = packed_layout(G)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    width, height = max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
    assert width < 4 * height  # rows of trees, not one row thousands of pixels wide
