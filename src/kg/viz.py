"""Pictures and graph files of the knowledge graph (networkx).

* :func:`hierarchy_graph`: the Party committee hierarchy (Tỉnh ủy → Huyện ủy → Đảng ủy xã →
  Chi bộ) with organs (Ban Thường vụ, Thường trực) and, in each body, the officials holding posts
  there, as a networkx ``DiGraph`` built from SPARQL queries over the store;
* :func:`directed_graph`: officials and the localities they directed (bipartite);
* :func:`write_graph`: the file type follows the extension: ``.png``/``.svg`` (a top-down tree:
  Graphviz ``dot`` positions when ``dot`` is installed, a pure-Python tree layout otherwise; drawn
  with matplotlib in DejaVu Sans, which has every Vietnamese diacritic), ``.graphml`` and
  ``.gexf`` (for Gephi; node attributes kind, level, code, officials), ``.html`` (one
  self-contained page that pans, zooms and lists a node's officials on click; no CDN).

>>> from kg import Graph, extract
>>> g = Graph(memory=True)
>>> _ = g.add_record(extract("Đồng chí Lê Văn A, Bí thư Đảng ủy xã Tân Hợp, huyện Hướng Hóa chủ trì Hội nghị.", id="a"))
>>> h = hierarchy_graph(g)
>>> sorted(h.nodes[n]["label"] for n in h if h.nodes[n]["kind"] == "committee")
['Huyện ủy Hướng Hóa', 'Tỉnh ủy Quảng Trị', 'Đảng ủy xã Tân Hợp']
"""
from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:  # pragma: no cover
    from .store import Graph

FORMATS = (".png", ".svg", ".graphml", ".gexf", ".html")

_LEVEL_ORDER = {"central": 0, "province": 1, "district": 2, "commune": 3, "cell": 4, "village": 4}
_COLOURS = {"province": "#c0392b", "district": "#d35400", "commune": "#f39c12", "cell": "#f7dc6f",
            "organ": "#aed6f1", "official": "#a9dfbf", "locality": "#d7bde2", None: "#d5d8dc"}

_Q_COMMITTEES = """
SELECT DISTINCT ?c ?label ?level ?code ?locality ?era ?successor ?parent WHERE {
  ?c a kg:PartyCommittee ; rdfs:label ?label .
  OPTIONAL { ?c kg:level ?lv . BIND(STRAFTER(STR(?lv), "#") AS ?level) }
  OPTIONAL { ?c kg:locality ?loc . ?loc rdfs:label ?locality . OPTIONAL { ?loc kg:gsoCode ?code }
             OPTIONAL { ?loc kg:era ?era } OPTIONAL { ?loc kg:successor/rdfs:label ?successor } }
  OPTIONAL { ?c org:subOrganizationOf ?parent . ?parent a kg:PartyCommittee }
}"""
# how a unit's era reads in a label when an old and a new unit share a name
_ERA_NOTE = {"old": "trước 7/2025", "new": "từ 7/2025"}
_Q_ORGANS = """
SELECT DISTINCT ?o ?label ?c WHERE { ?o a kg:PartyOrgan ; org:unitOf ?c ; rdfs:label ?label . }"""
_Q_HOLDERS = """
SELECT DISTINCT ?b ?name ?role WHERE {
  ?post org:postIn ?b ; org:role/skos:prefLabel ?role ; kg:officeholder/foaf:name ?name .
}"""
_Q_DIRECTED = """
SELECT DISTINCT ?p ?name ?loc ?locality ?level ?code ?date ?article WHERE {
  ?d a kg:Directive ; kg:official ?p ; kg:locality ?loc ; prov:wasDerivedFrom ?a .
  ?p foaf:name ?name . ?loc rdfs:label ?locality . ?a kg:articleId ?article .
  OPTIONAL { ?loc kg:level ?lv . BIND(STRAFTER(STR(?lv), "#") AS ?level) }
  OPTIONAL { ?loc kg:gsoCode ?code }
  OPTIONAL { ?d kg:date ?date }
}"""


# -- graphs from the store ---------------------------------------------------------------------
def hierarchy_graph(graph: "Graph", root: str | None = None) -> nx.DiGraph:
    """Committees, their organs and post holders; edges go from the higher body to the lower.

    ``root`` keeps only the committees under the one whose name or locality contains it
    (``"Quảng Trị"``, ``"Hướng Hóa"``), with that committee itself.
    """
    G = nx.DiGraph()
    holders: dict[str, list[str]] = {}
    for r in graph.sparql(_Q_HOLDERS).rows:
        holders.setdefault(r["b"], []).append(f"{r['name']} ({r['role']})")
    for r in graph.sparql(_Q_COMMITTEES).rows:
        c = r["c"]
        if not r["locality"] and r["level"] != "central":
            continue  # a committee no unit was found for is no box of the hierarchy
        if "label" not in G.nodes.get(c, {}):
            G.add_node(c, kind="committee", label=r["label"], level=r["level"] or "", code=r["code"] or "",
                       locality=r["locality"] or "", era=r["era"] or "", successor=r["successor"] or "",
                       officials=sorted(set(holders.get(c, []))))
        if r["parent"]:
            G.add_edge(r["parent"], c)
    for r in graph.sparql(_Q_ORGANS).rows:
        if "label" in G.nodes.get(r["c"], {}):
            G.add_node(r["o"], kind="organ", label=r["label"], level=G.nodes[r["c"]]["level"], code="",
                       locality=G.nodes[r["c"]]["locality"], officials=sorted(set(holders.get(r["o"], []))))
            G.add_edge(r["c"], r["o"])
    for n in list(G):  # parents known only by their IRI (no label in any graph) are dropped
        if "label" not in G.nodes[n]:
            G.remove_node(n)
    _mark_eras(G)
    if root:
        key = root.casefold()
        tops = [n for n in G if G.nodes[n]["kind"] == "committee"
                and (key in G.nodes[n]["label"].casefold() or key in G.nodes[n]["locality"].casefold())]
        keep = set(tops)
        for t in tops:
            keep |= nx.descendants(G, t)
        G = G.subgraph(keep).copy()
    return G


def _mark_eras(G: nx.DiGraph) -> None:
    """Where an old and a new unit share a name (``Tỉnh ủy Tuyên Quang`` before and after the 2025
    reform), say which era each box is, and name the old unit's successor."""
    by_label: dict[str, set[str]] = {}
    for n, d in G.nodes(data=True):
        if d.get("kind") == "committee" and d.get("era"):
            by_label.setdefault(d["label"], set()).add(d["era"])
    for n, d in G.nodes(data=True):
        if d.get("kind") != "committee" or not d.get("era") or len(by_label.get(d["label"], ())) < 2:
            continue
        note = _ERA_NOTE.get(d["era"], d["era"])
        if d["era"] == "old" and d.get("successor") and d["successor"] != d.get("locality"):
            note += f", nay {d['successor']}"
        d["label"] = f"{d['label']} ({note})"


def directed_graph(graph: "Graph") -> nx.DiGraph:
    """Officials → the localities they directed (attributes: date, article)."""
    G = nx.DiGraph()
    for r in graph.sparql(_Q_DIRECTED).rows:
        G.add_node(r["p"], kind="official", label=r["name"], level="", code="", locality="", officials=[r["name"]])
        G.add_node(r["loc"], kind="locality", label=r["locality"], level=r["level"] or "", code=r["code"] or "",
                   locality=r["locality"], officials=[])
        G.add_edge(r["p"], r["loc"], date=r["date"] or "", article=r["article"])
    for p, loc in G.edges:
        if G.nodes[p]["label"] not in G.nodes[loc]["officials"]:
            G.nodes[loc]["officials"].append(G.nodes[p]["label"])
    return G


# -- layout -------------------------------------------------------------------------------------
def _sort_key(G: nx.DiGraph, n: str) -> tuple:
    d = G.nodes[n]
    return (0 if d["kind"] == "organ" else 1, _LEVEL_ORDER.get(d.get("level"), 5), d["label"])


def tree_layout(G: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Top-down positions: each leaf gets its own column, a parent sits over its children, roots
    (and trees) side by side; a node with two parents is placed under the first."""
    pos: dict[str, tuple[float, float]] = {}
    placed: set[str] = set()
    next_x = [0.0]

    def place(n: str, depth: int) -> float:
        placed.add(n)
        kids = [k for k in sorted(G.successors(n), key=lambda k: _sort_key(G, k)) if k not in placed]
        if not kids:
            x = next_x[0]
            next_x[0] += 1.0
        else:
            xs = [place(k, depth + 1) for k in kids]
            x = (xs[0] + xs[-1]) / 2
        pos[n] = (x, -float(depth))
        return x

    roots = sorted((n for n in G if G.in_degree(n) == 0), key=lambda n: _sort_key(G, n))
    lone = [r for r in roots if G.out_degree(r) == 0]
    for r in roots:
        if G.out_degree(r):
            place(r, 0)
            next_x[0] += 0.5
    # committees with nothing under them: a compact grid below the trees, not a column each
    depth = max((-y for _x, y in pos.values()), default=-1.0) + 1
    cols = max(4, min(len(lone), int(next_x[0]) or 8))
    for i, r in enumerate(lone):
        placed.add(r)
        pos[r] = (float(i % cols), -(depth + 0.2 + i // cols))
    for n in sorted((n for n in G if n not in placed), key=lambda n: _sort_key(G, n)):  # cycles
        place(n, 0)
    return pos


def packed_layout(G: nx.DiGraph, aspect: float = 1.6) -> dict[str, tuple[float, float]]:
    """Each tree laid out on its own (``dot`` when installed, else :func:`tree_layout`), then the
    trees packed in rows, widest first, so that the picture is about ``aspect`` times as wide as
    high instead of one row of trees thousands of pixels wide."""
    parts = []
    for comp in nx.weakly_connected_components(G):
        sub = G.subgraph(comp)
        pos = (dot_layout(sub) if len(comp) > 1 else None) or tree_layout(sub)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        x0, y1 = min(xs), max(ys)
        norm = {n: (x - x0, y - y1) for n, (x, y) in pos.items()}
        parts.append((max(xs) - x0 + 1.0, y1 - min(ys) + 1.0, norm, min(_sort_key(G, n) for n in comp)))
    if not parts:
        return {}
    parts.sort(key=lambda p: (-p[0] * p[1], p[3]))
    area = sum(w * h for w, h, _p, _k in parts) * _Y_SCALE / _X_SCALE
    row_width = max(max(w for w, _h, _p, _k in parts), (area * aspect) ** 0.5 * _X_SCALE / _Y_SCALE)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for w, h, pos, _k in parts:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y - row_h - 0.3, 0.0
        for n, (px, py) in pos.items():
            out[n] = (px + x, py + y)
        x += w + 0.3
        row_h = max(row_h, h)
    return out


def bipartite_layout(G: nx.DiGraph) -> dict[str, tuple[float, float]]:
    left = sorted((n for n in G if G.nodes[n]["kind"] == "official"), key=lambda n: G.nodes[n]["label"])
    right = sorted((n for n in G if G.nodes[n]["kind"] != "official"), key=lambda n: G.nodes[n]["label"])
    pos = {n: (i * 1.0, 0.0) for i, n in enumerate(left)}
    pos.update({n: (i * 1.0, -1.5) for i, n in enumerate(right)})
    return pos


def dot_layout(G: nx.DiGraph) -> dict[str, tuple[float, float]] | None:
    """Graphviz ``dot`` positions (in inches, scaled to tree units), or None without ``dot``."""
    exe = shutil.which("dot")
    if not exe:
        return None
    ids = {n: f"n{i}" for i, n in enumerate(G)}
    lines = ["digraph G { rankdir=TB; node [shape=box, width=1.6, height=0.9, fixedsize=true];"]
    lines += [f"{ids[n]};" for n in G] + [f"{ids[a]} -> {ids[b]};" for a, b in G.edges] + ["}"]
    try:
        out = subprocess.run([exe, "-Tplain"], input="\n".join(lines), capture_output=True, text=True,
                             timeout=60, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    back = {v: k for k, v in ids.items()}
    pos = {}
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] == "node":
            pos[back[parts[1]]] = (float(parts[2]) / 1.8, float(parts[3]) / 1.6)
    return pos if len(pos) == len(G) else None


def _colour(d: dict[str, Any]) -> str:
    """Organs, officials and localities by kind; committees by level."""
    key = d["kind"] if d["kind"] in ("organ", "official", "locality") else d.get("level") or None
    return _COLOURS.get(key, _COLOURS[None])


def _label_lines(d: dict[str, Any], width: int = 22, max_officials: int = 4) -> list[str]:
    lines = textwrap.wrap(d["label"], width) or [""]
    officials = list(d.get("officials") or [])
    if d["kind"] != "official":
        for o in officials[:max_officials]:
            lines += textwrap.wrap(o, width, initial_indent="• ", subsequent_indent="  ")
        if len(officials) > max_officials:
            lines.append(f"+{len(officials) - max_officials} more")
    return lines


# -- writers ------------------------------------------------------------------------------------
def _flat(G: nx.DiGraph) -> nx.DiGraph:
    """A copy whose attributes are strings (GraphML and GEXF take no lists)."""
    H = nx.DiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: "; ".join(v) if isinstance(v, list) else ("" if v is None else str(v))
                         for k, v in d.items()})
    for a, b, d in G.edges(data=True):
        H.add_edge(a, b, **{k: "" if v is None else str(v) for k, v in d.items()})
    return H


def write_graph(G: nx.DiGraph, path: str | os.PathLike, *, title: str = "kg",
                layout: str = "tree") -> Path:
    """Write ``G`` in the format its extension names (``.png``, ``.svg``, ``.graphml``,
    ``.gexf``, ``.html``)."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in FORMATS:
        raise ValueError(f"{path}: unknown picture format {ext or '(none)'}; use one of {', '.join(FORMATS)}")
    if ext == ".graphml":
        nx.write_graphml(_flat(G), path)
    elif ext == ".gexf":
        nx.write_gexf(_flat(G), path)
    else:
        pos = bipartite_layout(G) if layout == "bipartite" else packed_layout(G)
        if ext == ".html":
            path.write_text(_html(G, pos, title), encoding="utf-8")
        else:
            _draw(G, pos, path, title)
    return path


_X_SCALE = 2.2  # inches between two leaf columns
_Y_SCALE = 2.0  # inches between two levels


def _draw(G: nx.DiGraph, pos: dict, path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyBboxPatch

    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    width = (max(xs) - min(xs) + 1.2) * _X_SCALE
    height = (max(ys) - min(ys) + 1.4) * _Y_SCALE
    fig = plt.figure(figsize=(max(width, 4), max(height, 3)), dpi=100)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(min(xs) * _X_SCALE - 0.6 * _X_SCALE, max(xs) * _X_SCALE + 0.6 * _X_SCALE)
    ax.set_ylim(min(ys) * _Y_SCALE - 0.8 * _Y_SCALE, max(ys) * _Y_SCALE + 0.6 * _Y_SCALE)
    ax.axis("off")
    plt.rcParams["font.family"] = "DejaVu Sans"
    labels = {n: _label_lines(d) for n, d in G.nodes(data=True)}
    half = {n: (0.16 * len(lines) + 0.12) / 2 + 0.04 for n, lines in labels.items()}
    for a, b in G.edges:
        (x0, y0), (x1, y1) = pos[a], pos[b]
        ax.annotate("", xy=(x1 * _X_SCALE, y1 * _Y_SCALE + half[b]), xytext=(x0 * _X_SCALE, y0 * _Y_SCALE - half[a]),
                    arrowprops=dict(arrowstyle="-|>", color="#7f8c8d", lw=0.8, shrinkA=0, shrinkB=0))
    for n, d in G.nodes(data=True):
        x, y = pos[n][0] * _X_SCALE, pos[n][1] * _Y_SCALE
        lines = labels[n]
        colour = _colour(d)
        box_h = 0.16 * len(lines) + 0.12
        ax.add_patch(FancyBboxPatch((x - 0.95, y - box_h / 2), 1.9, box_h, boxstyle="round,pad=0.04",
                                    fc=colour, ec="#2c3e50", lw=0.8))
        ax.text(x, y + box_h / 2 - 0.08, lines[0], ha="center", va="top", fontsize=8.5, weight="bold")
        if len(lines) > 1:
            ax.text(x, y + box_h / 2 - 0.24, "\n".join(lines[1:]), ha="center", va="top", fontsize=7,
                    linespacing=1.25)
    ax.text(min(xs) * _X_SCALE - 0.5 * _X_SCALE, max(ys) * _Y_SCALE + 0.5 * _Y_SCALE, title,
            fontsize=12, weight="bold", va="top")
    fig.savefig(path, format=path.suffix.lstrip(".").lower())
    plt.close(fig)


def _html(G: nx.DiGraph, pos: dict, title: str) -> str:
    nodes = []
    for n, d in G.nodes(data=True):
        colour = _colour(d)
        nodes.append({"id": n, "label": d["label"], "kind": d["kind"], "level": d.get("level", ""),
                      "code": d.get("code", ""), "officials": d.get("officials") or [],
                      "x": pos[n][0] * 200, "y": -pos[n][1] * 160, "colour": colour})
    edges = [{"source": a, "target": b} for a, b in G.edges]
    data = json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False).replace("</", "<\\/")
    return _HTML_TEMPLATE.replace("__TITLE__", html.escape(title)).replace("__DATA__", data)


_HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>__TITLE__</title>
<style>
html,body{margin:0;height:100%;font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif}
#view{position:absolute;left:0;top:0;width:calc(100% - 300px);height:100%;cursor:grab;background:#fbfcfc}
#panel{position:absolute;right:0;top:0;width:284px;bottom:0;padding:8px;overflow:auto;border-left:1px solid #ccc;font-size:14px}
.node rect{stroke:#2c3e50;stroke-width:1px;rx:6px}.node text{font-size:13px;pointer-events:none}
.node{cursor:pointer}.node.sel rect{stroke:#000;stroke-width:3px}.edge{stroke:#7f8c8d;stroke-width:1.2px;fill:none}
</style></head><body>
<svg id="view" xmlns="http://www.w3.org/2000/svg"><g id="world"></g></svg>
<div id="panel"><h3>__TITLE__</h3><p id="hint">Kéo để di chuyển, cuộn để phóng to. Bấm vào một nút để xem cán bộ. (Drag to pan, wheel to zoom, click a node.)</p><div id="info"></div></div>
<script>
const DATA = __DATA__;
const NS = "http://www.w3.org/2000/svg";
const world = document.getElementById("world"), svg = document.getElementById("view");
const byId = {}; DATA.nodes.forEach(n => byId[n.id] = n);
function el(tag, attrs, parent){const e=document.createElementNS(NS,tag);for(const k in attrs)e.setAttribute(k,attrs[k]);parent.appendChild(e);return e;}
DATA.edges.forEach(e => {const a=byId[e.source], b=byId[e.target];
  el("path",{class:"edge",d:`M${a.x},${a.y+22} C${a.x},${(a.y+b.y)/2} ${b.x},${(a.y+b.y)/2} ${b.x},${b.y-22}`},world);});
DATA.nodes.forEach(n => {
  const g = el("g",{class:"node","data-id":n.id,transform:`translate(${n.x},${n.y})`},world);
  const w = Math.max(90, Math.min(190, n.label.length*7.2+16));
  el("rect",{x:-w/2,y:-22,width:w,height:44,fill:n.colour},g);
  const t = el("text",{"text-anchor":"middle",y:-3},g); t.textContent = n.label.length>26 ? n.label.slice(0,25)+"…" : n.label;
  const s = el("text",{"text-anchor":"middle",y:14,"font-size":"11px"},g);
  s.textContent = n.officials.length ? n.officials.length + " cán bộ" : (n.code ? "mã " + n.code : "");
  g.addEventListener("click", ev => {ev.stopPropagation(); show(n, g);});
});
function show(n, g){
  document.querySelectorAll(".node.sel").forEach(x=>x.classList.remove("sel")); g.classList.add("sel");
  const info = document.getElementById("info"); info.innerHTML = "";
  const h = document.createElement("h4"); h.textContent = n.label; info.appendChild(h);
  const meta = document.createElement("p"); meta.textContent = [n.kind, n.level, n.code && ("GSO " + n.code)].filter(Boolean).join(" · "); info.appendChild(meta);
  const ul = document.createElement("ul"); ul.id = "officials";
  (n.officials.length ? n.officials : ["(không có cán bộ được nêu tên)"]).forEach(o => {const li=document.createElement("li"); li.textContent=o; ul.appendChild(li);});
  info.appendChild(ul);
}
let scale = 1, tx = 20, ty = 40;
function fit(){const xs=DATA.nodes.map(n=>n.x), ys=DATA.nodes.map(n=>n.y); if(!xs.length) return;
  const W=svg.clientWidth||800, H=svg.clientHeight||600, w=Math.max(...xs)-Math.min(...xs)+240, h=Math.max(...ys)-Math.min(...ys)+120;
  scale=Math.max(0.45, Math.min(1.2, W/w, H/h)); tx=-Math.min(...xs)*scale+120*scale; ty=-Math.min(...ys)*scale+60*scale; apply();}
function apply(){world.setAttribute("transform",`translate(${tx},${ty}) scale(${scale})`);}
svg.addEventListener("wheel", ev => {ev.preventDefault(); const k = ev.deltaY < 0 ? 1.15 : 1/1.15;
  const r = svg.getBoundingClientRect(), mx = ev.clientX - r.left, my = ev.clientY - r.top;
  tx = mx - (mx - tx) * k; ty = my - (my - ty) * k; scale *= k; apply();}, {passive:false});
let drag = null;
svg.addEventListener("mousedown", ev => {drag = {x: ev.clientX - tx, y: ev.clientY - ty}; svg.style.cursor="grabbing";});
window.addEventListener("mousemove", ev => {if(drag){tx = ev.clientX - drag.x; ty = ev.clientY - drag.y; apply();}});
window.addEventListener("mouseup", () => {drag = null; svg.style.cursor="grab";});
fit(); document.body.setAttribute("data-nodes", DATA.nodes.length);
</script></body></html>
"""
