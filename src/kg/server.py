"""``kg serve``: a SPARQL 1.1 Protocol endpoint and the stored queries over HTTP (stdlib only).

* ``GET /sparql?query=...``, ``POST /sparql`` (form-encoded ``query=``, or the body as
  ``application/sparql-query``): results as SPARQL JSON, XML, CSV or TSV by the ``Accept``
  header (or ``format=json|xml|csv|tsv``); CONSTRUCT and DESCRIBE as Turtle or N-Triples.
  ``default-graph-uri`` and ``named-graph-uri`` are honoured; without them the default graph is
  the union of all article graphs.
* Read-only unless ``allow_update``: updates get 403. A query that runs longer than ``timeout``
  seconds gets 503 (the answer is abandoned; Oxigraph cannot interrupt it); a result longer than
  ``max_rows`` rows is cut there and the response carries ``X-KG-Truncated: true``. A query that
  does not parse gets 400 with the parser's message. Requests larger than ``max_body`` bytes get
  413.
* ``GET /queries``: the stored queries with their parameters (JSON); ``GET /queries/NAME?k=v``:
  runs one, parameters bound through substitutions (never pasted into the query); ``limit=N``
  is the page size (default 100, at most ``max_rows``; 0 means ``max_rows``), see
  :func:`kg.queries.prepare`.
* ``GET /``: a page with a query box, the stored queries and a results table (package file
  ``static/index.html``, no CDN).

The server opens the store read-only, so ``kg build`` can write to it meanwhile; it reopens the
store every ``refresh`` seconds to see what the build committed (whole articles only).
"""
from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pyoxigraph import (BlankNode, NamedNode, QueryBoolean, QuerySolutions, RdfFormat,
                        serialize)

from .queries import DEFAULT_PAGE, QueryError, get_query, prepare, stored_queries, term_value
from .rdf import PREFIXES
from .store import Graph

STATIC = Path(__file__).parent / "static"

_SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {"text/turtle": RdfFormat.TURTLE, "application/n-triples": RdfFormat.N_TRIPLES,
                "text/plain": RdfFormat.N_TRIPLES}
_CONTENT_TYPE = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                 "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8"}


@dataclass
class ServerConfig:
    store: str = "kg-store"
    host: str = "127.0.0.1"
    port: int = 7878
    allow_update: bool = False
    timeout: float = 30.0
    max_rows: int = 10_000
    max_body: int = 1_000_000
    max_query: int = 100_000
    refresh: float = 5.0


class HTTPError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# -- result serialisation (capped) -------------------------------------------------------------
def _term_json(t: Any) -> dict[str, str]:
    if isinstance(t, NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, BlankNode):
        return {"type": "bnode", "value": t.value}
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        d["datatype"] = t.datatype.value
    return d


def _term_xml(t: Any) -> str:
    if isinstance(t, NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    attrs = ""
    if t.language:
        attrs = f' xml:lang="{escape(t.language)}"'
    elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        attrs = f' datatype="{escape(t.datatype.value)}"'
    return f"<literal{attrs}>{escape(t.value)}</literal>"


def serialize_select(variables: list[str], rows: list[dict[str, Any]], fmt: str) -> bytes:
    """SPARQL results (JSON, XML, CSV, TSV) for rows of pyoxigraph terms."""
    if fmt == "json":
        bindings = [{v: _term_json(r[v]) for v in variables if r.get(v) is not None} for r in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
        out += [f'<variable name="{escape(v)}"/>' for v in variables]
        out += ["</head>", "<results>"]
        for r in rows:
            out.append("<result>")
            out += [f'<binding name="{escape(v)}">{_term_xml(r[v])}</binding>' for v in variables
                    if r.get(v) is not None]
            out.append("</result>")
        out += ["</results>", "</sparql>"]
        return "\n".join(out).encode("utf-8")
    buf = io.StringIO()
    if fmt == "csv":
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for r in rows:
            w.writerow(["" if r.get(v) is None else (r[v].value if not isinstance(r[v], BlankNode)
                                                      else "_:" + r[v].value) for v in variables])
    else:
        buf.write("\t".join("?" + v for v in variables) + "\n")
        for r in rows:
            buf.write("\t".join("" if r.get(v) is None else str(r[v]) for v in variables) + "\n")
    return buf.getvalue().encode("utf-8")


def serialize_boolean(value: bool, fmt: str) -> bytes:
    if fmt == "xml":
        return (f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{'true' if value else 'false'}</boolean></sparql>").encode()
    if fmt in ("csv", "tsv"):
        return f"{'?' if fmt == 'tsv' else ''}_askResult\n{'true' if value else 'false'}\n".encode()
    return json.dumps({"head": {}, "boolean": value}).encode()


def negotiate(accept: str | None, graph_result: bool) -> str | RdfFormat:
    """The result format for an Accept header (q-values honoured, first best wins)."""
    options = []
    for i, part in enumerate((accept or "").split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        options.append((-q, i, bits[0].lower()))
    table = _GRAPH_TYPES if graph_result else _SELECT_TYPES
    for _q, _i, mime in sorted(options):
        if mime in table:
            return table[mime]
        if mime in ("*/*", "application/*", "text/*") or not mime:
            break
    return RdfFormat.TURTLE if graph_result else "json"


# -- the server --------------------------------------------------------------------------------
class KGServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.graph = Graph(config.store, read_only=not config.allow_update)
        self._opened = time.monotonic()
        self._lock = threading.Lock()
        self.pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="kg-query")
        super().__init__((config.host, config.port), Handler)

    def current_graph(self) -> Graph:
        """The store, reopened read-only every ``refresh`` seconds to see a running build's work."""
        if self.config.allow_update or self.config.refresh <= 0:
            return self.graph
        with self._lock:
            if time.monotonic() - self._opened > self.config.refresh:
                try:
                    self.graph = Graph(self.config.store, read_only=True)
                except Exception:  # keep serving the old snapshot
                    pass
                self._opened = time.monotonic()
            return self.graph

    def run_query(self, text: str, *, substitutions=None, default_graph=None, named_graphs=None):
        """Evaluate and materialise (up to max_rows) in a worker, waiting at most ``timeout``."""
        graph = self.current_graph()
        cap = self.config.max_rows

        def work():
            res = graph.raw_query(text, substitutions=substitutions, default_graph=default_graph,
                                  named_graphs=named_graphs)
            if isinstance(res, QueryBoolean):
                return "boolean", bool(res), False
            if isinstance(res, QuerySolutions):
                variables = [v.value for v in res.variables]
                rows, truncated = [], False
                for sol in res:
                    if len(rows) >= cap:
                        truncated = True
                        break
                    rows.append({v: sol[v] for v in variables})
                return "select", (variables, rows), truncated
            triples, truncated = [], False
            for t in res:
                if len(triples) >= cap:
                    truncated = True
                    break
                triples.append(t)
            return "graph", triples, truncated

        future = self.pool.submit(work)
        try:
            return future.result(timeout=self.config.timeout)
        except FutureTimeout:
            raise HTTPError(503, f"query timed out after {self.config.timeout:g} s") from None
        except SyntaxError as e:
            raise HTTPError(400, f"SPARQL syntax error: {e}") from None
        except (ValueError, RuntimeError, OSError) as e:
            raise HTTPError(400, f"query failed: {e}") from None


class Handler(BaseHTTPRequestHandler):
    server: KGServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"

    def log_message(self, fmt: str, *args) -> None:  # quiet by default; errors still reported
        pass

    # -- plumbing ------------------------------------------------------------------------
    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise HTTPError(400, "bad Content-Length") from None
        if length > self.server.config.max_body:
            # read (and drop) a moderately large body so that the client sees the 413 and not a
            # broken pipe; a huge one is not read and the connection is closed after the answer
            if length <= 16 * self.server.config.max_body:
                left = length
                while left > 0:
                    chunk = self.rfile.read(min(left, 1 << 16))
                    if not chunk:
                        break
                    left -= len(chunk)
            else:
                self.close_connection = True
            raise HTTPError(413, f"request body larger than {self.server.config.max_body} bytes")
        return self.rfile.read(length) if length > 0 else b""

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_OPTIONS(self) -> None:
        self._send(204, b"", "text/plain", {"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                            "Access-Control-Allow-Headers": "Content-Type, Accept"})

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        try:
            url = urllib.parse.urlsplit(self.path)
            if len(self.path) > self.server.config.max_query + 2000:
                raise HTTPError(414, "request line too long")
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            path = url.path
            if path in ("/", "/index.html") and method == "GET":
                return self._static("index.html")
            if path == "/sparql" or path == "/query":
                return self._sparql(method, params)
            if path == "/update":
                return self._sparql(method, params, update_endpoint=True)
            if path == "/queries" and method == "GET":
                return self._list_queries()
            if path.startswith("/queries/") and method == "GET":
                return self._stored(urllib.parse.unquote(path[len("/queries/"):]), params)
            raise HTTPError(404, f"no such resource: {path}")
        except HTTPError as e:
            self._error(e.status, e.message)
        except Exception as e:  # a bug must not kill the server; the client learns it failed
            self._error(500, f"internal error ({type(e).__name__})")

    def _static(self, name: str) -> None:
        # only files of the package's static folder, by fixed name: no path from the URL
        body = (STATIC / name).read_bytes()
        self._send(200, body, "text/html; charset=utf-8")

    # -- SPARQL protocol ------------------------------------------------------------------
    def _sparql(self, method: str, params: dict[str, list[str]], update_endpoint: bool = False) -> None:
        query = update = None
        if method == "POST":
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            body = self._body()
            if ctype == "application/sparql-query":
                query = body.decode("utf-8", "replace")
            elif ctype == "application/sparql-update":
                update = body.decode("utf-8", "replace")
            elif ctype == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                for k, v in form.items():
                    params.setdefault(k, []).extend(v)
            else:
                raise HTTPError(415, f"unsupported Content-Type {ctype or '(none)'}")
        query = query or (params.get("query") or [None])[0]
        update = update or (params.get("update") or [None])[0]
        if update is not None or update_endpoint:
            if not self.server.config.allow_update:
                raise HTTPError(403, "updates are refused: this endpoint is read-only (kg serve --allow-update)")
            if method != "POST" or not update:
                raise HTTPError(400, "an update is sent with POST")
            try:
                self.server.current_graph().store.update(update)
            except SyntaxError as e:
                raise HTTPError(400, f"SPARQL syntax error: {e}") from None
            return self._send(204, b"", "text/plain")
        if not query:
            raise HTTPError(400, "missing query parameter")
        if len(query) > self.server.config.max_query:
            raise HTTPError(413, f"query longer than {self.server.config.max_query} characters")
        default = [NamedNode(u) for u in params.get("default-graph-uri", []) if u]
        named = [NamedNode(u) for u in params.get("named-graph-uri", []) if u]
        self._answer(self.server.run_query(query, default_graph=default or None, named_graphs=named or None),
                     params)

    def _answer(self, result, params: dict[str, list[str]]) -> None:
        kind, value, truncated = result
        extra = {"X-KG-Truncated": "true"} if truncated else {}
        forced = (params.get("format") or [None])[0]
        accept = self.headers.get("Accept")
        if kind == "graph":
            fmt = negotiate({"turtle": "text/turtle", "ntriples": "application/n-triples"}.get(forced or "", accept),
                            True)
            body = serialize(value, None, fmt, prefixes=PREFIXES if fmt == RdfFormat.TURTLE else None)
            ctype = "text/turtle; charset=utf-8" if fmt == RdfFormat.TURTLE else "application/n-triples"
            return self._send(200, body, ctype, extra)
        fmt = forced if forced in _CONTENT_TYPE else negotiate(accept, False)
        if kind == "boolean":
            return self._send(200, serialize_boolean(value, fmt), _CONTENT_TYPE[fmt], extra)
        variables, rows = value
        self._send(200, serialize_select(variables, rows, fmt), _CONTENT_TYPE[fmt], extra)

    # -- stored queries -------------------------------------------------------------------
    def _list_queries(self) -> None:
        out = [{"name": q.name, "title": q.title, "description": q.description,
                "params": [{"name": p.name, "required": p.required, "description": p.description}
                           for p in q.params]} for q in stored_queries().values()]
        self._send(200, json.dumps(out, ensure_ascii=False).encode("utf-8"), "application/json")

    def _stored(self, name: str, params: dict[str, list[str]]) -> None:
        try:
            q = get_query(name)
        except QueryError as e:
            raise HTTPError(404, str(e)) from None
        values = {k: v[-1] for k, v in params.items() if k not in ("format", "limit")}
        cap = self.server.config.max_rows
        try:
            limit = int(params.get("limit", [DEFAULT_PAGE])[-1] or 0)
        except ValueError:
            raise HTTPError(400, "limit must be a whole number (0: up to the server's row cap)") from None
        limit = cap if limit <= 0 else min(limit, cap)
        try:
            prep = prepare(q, values, limit)
        except QueryError as e:
            raise HTTPError(400, str(e)) from None
        kind, value, truncated = self.server.run_query(prep.text, substitutions=prep.substitutions or None)
        if kind == "select":
            variables, rows = value
            rows, more = prep.page(rows, term_value)
            value = ([v for v in variables if v not in q.hidden], rows)
            truncated = truncated or more
        self._answer((kind, value, truncated), params)


def make_server(config: ServerConfig) -> KGServer:
    return KGServer(config)
