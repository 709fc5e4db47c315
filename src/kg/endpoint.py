"""Pushing the graph to a remote RDF store through the SPARQL 1.1 Graph Store HTTP Protocol.

Each article graph is sent with ``PUT <endpoint>?graph=<article IRI>``, which replaces the
graph: running the push again replaces rather than duplicates. The descriptions articles add
to the shared graph are sent with ``POST <endpoint>?graph=<shared graph>`` (the protocol's
merge), a batch at a time, and the ontology is ``PUT`` to its own graph once. Works with any
store that implements the protocol (Oxigraph server: ``http://host:7878/store``; Fuseki:
``http://host:3030/DATASET/data``).
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from typing import Callable, Iterable

from .pipeline import ArticleGraph
from .rdf import ONTOLOGY_IRI, SHARED_GRAPH, ontology_quads

N_TRIPLES = "application/n-triples"


class EndpointError(RuntimeError):
    """The remote store refused a request or could not be reached."""


def _to_ntriples(nquads: bytes) -> bytes:
    """Drop the graph name of each N-Quads line (every kg line ends with ``<graph> .``)."""
    out = []
    for line in nquads.splitlines():
        if line.strip():
            out.append(line.rsplit(b" ", 2)[0] + b" .\n")
    return b"".join(out)


class GraphStore:
    """A client of one Graph Store Protocol endpoint."""

    def __init__(self, endpoint: str, *, timeout: float = 60.0) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise EndpointError(f"{endpoint}: the endpoint must be an http(s) URL")
        self.endpoint = endpoint
        self.timeout = timeout

    def _url(self, graph: str) -> str:
        sep = "&" if "?" in self.endpoint else "?"
        return f"{self.endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"

    def _send(self, method: str, graph: str, body: bytes) -> None:
        req = urllib.request.Request(self._url(graph), data=body, method=method,
                                     headers={"Content-Type": N_TRIPLES})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read(500).decode("utf-8", "replace").strip()
            raise EndpointError(f"{self.endpoint}: {method} of graph <{graph}> refused: HTTP {e.code} {detail}") from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise EndpointError(f"{self.endpoint}: cannot reach the store ({reason})") from None

    def put(self, graph: str, ntriples: bytes) -> None:
        """Replace ``graph`` with these triples."""
        self._send("PUT", graph, ntriples)

    def post(self, graph: str, ntriples: bytes) -> None:
        """Add these triples to ``graph``."""
        if ntriples:
            self._send("POST", graph, ntriples)

    def push(self, graphs: Iterable[ArticleGraph], *, batch: int = 200,
             on_article: Callable[[str, str], None] | None = None) -> int:
        """PUT every article graph; POST the shared descriptions every ``batch`` articles.
        Returns how many article graphs were sent."""
        from pyoxigraph import RdfFormat, serialize

        self.put(ONTOLOGY_IRI, serialize([q.triple for q in ontology_quads()], format=RdfFormat.N_TRIPLES))
        shared: set[bytes] = set()
        n = 0
        for g in graphs:
            self.put(g.graph, _to_ntriples(g.own))
            shared.update(_to_ntriples(g.shared).splitlines(keepends=True))
            n += 1
            if on_article:
                on_article(g.id, "sent")
            if n % batch == 0:
                self.post(SHARED_GRAPH, b"".join(sorted(shared)))
                shared.clear()
        self.post(SHARED_GRAPH, b"".join(sorted(shared)))
        return n


__all__ = ["GraphStore", "EndpointError"]
