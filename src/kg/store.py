"""The knowledge graph in an embedded Oxigraph store: build, remove, query, export, stats.

>>> g = Graph(memory=True)
>>> g.add_record(extract("Đồng chí Nguyễn Văn A, Bí thư Huyện ủy Chợ Lách chủ trì Hội nghị.", id="x"))
'added'
>>> g.add_record(extract("Đồng chí Nguyễn Văn A, Bí thư Huyện ủy Chợ Lách chủ trì Hội nghị.", id="x"))
'unchanged'
>>> [r["official"] for r in g.query("official-posts")]
['Nguyễn Văn A']

Each article is one named graph (its IRI). :meth:`Graph.build` loads new articles in batches,
each one call of Oxigraph's bulk loader, and replaces a changed article in a single transaction
(one SPARQL update: ``DROP GRAPH`` + ``INSERT DATA``), so a build that is interrupted leaves
whole articles only (``tests/test_kill.py``), and building the same article again changes nothing.
The ontology is kept in its own graph (``https://w3id.org/kg-vn/ontology``). Queries see the
union of all graphs as the default graph.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Iterable

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, serialize

from .api import Summary
from .extract import extract  # noqa: F401  (doctest)
from .queries import QueryError, Result, bind_params, get_query, prepare, to_result
from .rdf import KG, ONTOLOGY_IRI, PREFIXES, SHARED_GRAPH, article_iri, ontology_quads, record_quads, source_hash
from .reading import InputProblem
from .record import Record

if TYPE_CHECKING:
    from .pipeline import ArticleGraph

DEFAULT_STORE = "kg-store"

EXPORT_FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
}
_DATASET_FORMATS = {"nquads", "trig"}


class StoreError(RuntimeError):
    """The store cannot be opened (in use by another process, not a store, unreadable)."""


@dataclass
class BuildSummary(Summary):
    added: int = 0
    replaced: int = 0
    unchanged: int = 0


_READ_ONLY_TRIES = 6  # opening for reading during a build's compaction (see Graph._open_read_only)


def _term(t) -> str:
    return str(t)


class Graph:
    """A kg knowledge graph: an Oxigraph store on disk (default ``./kg-store``) or in memory."""

    def __init__(self, path: str | os.PathLike | None = DEFAULT_STORE, *, memory: bool = False,
                 read_only: bool = False) -> None:
        self.path = None if memory or path is None else Path(path)
        self.read_only = read_only
        try:
            if self.path is None:
                self.store = Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here (run `kg build` first)")
                self.store = self._open_read_only(self.path)
            else:
                self.store = Store(str(self.path))
        except OSError as e:
            msg = str(e)
            if "lock" in msg.lower() or "resource temporarily unavailable" in msg.lower():
                raise StoreError(f"{self.path}: the store is in use by another process "
                                 f"(a build running?); wait for it or use another --store") from None
            raise StoreError(f"{self.path}: cannot open the store ({msg})") from None
        self._ontology_checked = False
        self._deferred = 0  # open batch() blocks: identities are decided when the last one closes
        self._identities_stale = False

    @staticmethod
    def _open_read_only(path: Path) -> Store:
        """Open a store for reading while a build may be writing it: a file the writer's compaction
        has just replaced makes the first try fail ("No such file"); the next one sees the new
        manifest."""
        for attempt in range(1, _READ_ONLY_TRIES + 1):
            try:
                return Store.read_only(str(path))
            except (OSError, RuntimeError) as e:
                if attempt == _READ_ONLY_TRIES or "no such file" not in str(e).lower():
                    if isinstance(e, OSError):
                        raise  # the caller words it (a lock, a missing store ...)
                    raise StoreError(f"{path}: cannot open the store ({e})") from None
            time.sleep(0.05 * attempt)

    # -- context manager ------------------------------------------------------------------
    def __enter__(self) -> "Graph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        store = getattr(self, "store", None)
        if store is not None and self.path is not None and not self.read_only:
            try:
                store.flush()
            except (OSError, RuntimeError):
                pass
        self.store = None

    # -- writing ----------------------------------------------------------------------------
    def _ensure_ontology(self) -> None:
        if self._ontology_checked:
            return
        graph = NamedNode(ONTOLOGY_IRI)
        quads = ontology_quads()
        current = set(self.store.quads_for_pattern(None, None, None, graph))
        if current != set(quads):
            self._replace_graph(graph, quads)
        self._ontology_checked = True

    def _replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        """Replace one named graph atomically (one update = one Oxigraph transaction); quads
        for other graphs (the shared graph) are added in the same transaction."""
        by_graph: dict[str, list[str]] = {}
        for q in quads:
            by_graph.setdefault(_term(q.graph_name), []).append(
                f"{_term(q.subject)} {_term(q.predicate)} {_term(q.object)} .")
        lines = [f"DROP SILENT GRAPH {_term(graph)} ;", "INSERT DATA {"]
        for g, triples in by_graph.items():
            lines.append(f"GRAPH {g} {{")
            lines.extend(triples)
            lines.append("}")
        lines.append("}")
        self.store.update("\n".join(lines))

    def stored_hash(self, article_id: str) -> str | None:
        """The source hash of the stored version of an article, None when it is not stored."""
        return self._hash_of(article_iri(article_id))

    def _hash_of(self, g: NamedNode) -> str | None:
        for q in self.store.quads_for_pattern(g, KG.sourceHash, None, g):
            return q.object.value
        return None

    def add_record(self, rec: Record | dict[str, Any]) -> str:
        """Load one article's record, replacing its graph: ``added``, ``replaced`` or ``unchanged``
        (a record carries no input hash, so this compares the hash of its text)."""
        self._ensure_ontology()
        data = rec.to_json(evidence=True, include_text=True) if isinstance(rec, Record) else rec
        graph = article_iri(data["id"])
        text = data.get("text") or ""
        old = self.stored_hash(data["id"])
        if text and old == source_hash(text):
            return "unchanged"
        existed = old is not None or self.store.contains_named_graph(graph)
        self._replace_graph(graph, record_quads(data))
        self._identities_changed()
        return "replaced" if existed else "added"

    @contextmanager
    def batch(self):
        """Add or remove many articles one at a time and decide who is one person once, at the
        end, instead of after each (``with g.batch(): for r in records: g.add_record(r)``)."""
        self._deferred += 1
        try:
            yield self
        finally:
            self._deferred -= 1
            if not self._deferred and self._identities_stale:
                self.resolve_identities()

    def _identities_changed(self) -> None:
        if self._deferred:
            self._identities_stale = True
        else:
            self.resolve_identities()

    def build(self, paths: Iterable[str | os.PathLike], *, workers: int = 1,
              on_problem: Callable[[InputProblem], None] | None = None,
              on_article: Callable[[str, str], None] | None = None,
              summary: BuildSummary | None = None, batch_bytes: int = 32 * 1024 * 1024) -> BuildSummary:
        """Extract every article under ``paths`` (in ``workers`` processes) and load it.

        Inputs are streamed. An article whose input hash (:func:`kg.rdf.input_hash`) is the
        stored one is skipped before extraction; new articles are loaded in batches of about
        ``batch_bytes`` of N-Quads, each batch one bulk-load call; a changed article replaces
        its graph in one transaction of its own (see :meth:`load_graphs`)."""
        from .pipeline import graphs_of_paths
        from .rdf import input_hash

        summary = summary if summary is not None else BuildSummary()
        self._ensure_ontology()

        def changed(article) -> bool:
            if self._hash_of(article_iri(article.id)) != input_hash(article):
                return True
            summary.done += 1
            summary.unchanged += 1
            if on_article:
                on_article(article.id, "unchanged")
            return False

        graphs = graphs_of_paths(paths, summary, workers=workers, on_problem=on_problem, keep=changed)
        self.load_graphs(graphs, summary, on_article=on_article, batch_bytes=batch_bytes)
        return summary

    def load_nquads(self, path: str | os.PathLike, *, summary: BuildSummary | None = None,
                    on_article: Callable[[str, str], None] | None = None) -> BuildSummary:
        """Load N-Quads written by ``kg extract --format nquads`` (same rules as :meth:`build`).
        Raises QueryError naming the file and line when it is not kg's N-Quads (batches loaded
        before it stay; the batch being gathered is not loaded)."""
        from .pipeline import read_nquads

        summary = summary if summary is not None else BuildSummary()
        try:
            with open(path, "rb") as f:
                graphs = read_nquads(f, str(path))
                self.load_graphs(graphs, summary, on_article=on_article, count=True)
        except OSError as e:
            raise QueryError(f"{path}: cannot read ({e.strerror or e})") from None
        except (ValueError, SyntaxError) as e:
            raise QueryError(str(e)) from None
        return summary

    def load_graphs(self, graphs: Iterable["ArticleGraph"], summary: BuildSummary | None = None, *,
                    batch_bytes: int = 32 * 1024 * 1024, count: bool = False,
                    on_article: Callable[[str, str], None] | None = None) -> BuildSummary:
        """Load serialised articles (:class:`kg.pipeline.ArticleGraph`).

        New articles are gathered into batches of about ``batch_bytes`` of N-Quads and each
        batch is one ``bulk_load`` call (not a transaction in Oxigraph's sense; killing builds
        at random left whole batches only in every test run).
        An article whose graph is already stored with the same source hash is skipped; one
        with another hash replaces its graph (``DROP GRAPH`` and insert in one update)."""
        from pyoxigraph import parse

        summary = summary if summary is not None else BuildSummary()
        self._ensure_ontology()
        pending: list[bytes] = []
        pending_graphs: set[str] = set()
        seen_shared: set[bytes] = set()  # shared-graph lines already sent (most repeat)
        size = batches = 0

        def flush() -> None:
            nonlocal size, batches
            if pending:
                batches += 1
                # one call = one ingestion of new index files: the batch is stored whole or not at all
                self.store.bulk_load(b"".join(pending), format=RdfFormat.N_QUADS)
                pending.clear()
                pending_graphs.clear()
                size = 0

        for g in graphs:
            if count:
                summary.done += 1
            node = NamedNode(g.graph)
            if g.graph in pending_graphs:
                flush()  # the same article twice in one batch: the later one replaces
            old = self._hash_of(node)
            if g.hash and old == g.hash:
                outcome = "unchanged"
            elif old is not None or self.store.contains_named_graph(node):
                flush()
                self._replace_graph(node, list(parse(g.nquads, format=RdfFormat.N_QUADS)))
                outcome = "replaced"
            else:
                if len(seen_shared) > 1_000_000:  # bounded memory; a repeat only costs time
                    seen_shared.clear()
                lines = set(g.shared.splitlines(keepends=True))
                fresh = lines - seen_shared
                seen_shared |= fresh
                pending.append(g.own)
                pending.extend(fresh)
                pending_graphs.add(g.graph)
                size += len(g.nquads)
                if size >= batch_bytes:
                    flush()
                outcome = "added"
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            if on_article:
                on_article(g.id, outcome)
        flush()
        if summary.added or summary.replaced:
            self._identities_changed()
        if self.path is not None:
            self.store.flush()
            if batches >= 8:  # many bulk-loaded files: compact them, or reads stay slow
                self.store.optimize()
        return summary

    def resolve_identities(self) -> list:
        """Decide which person nodes are one person (:mod:`kg.identity`) and record it as
        ``owl:sameAs`` with a reason; made again from the whole graph each time."""
        from .identity import resolve

        self._identities_stale = False
        return resolve(self)

    def remove(self, article_id: str) -> bool:
        """Remove an article's graph; False when the store does not hold it."""
        graph = article_iri(article_id)
        if not self.store.contains_named_graph(graph):
            return False
        shared = _term(NamedNode(SHARED_GRAPH))
        prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
        # people and posts no remaining article speaks of leave with it; units, bodies and roles stay
        self.store.update(prefixes + f"""DROP GRAPH {_term(graph)} ;
            DELETE {{ GRAPH {shared} {{ ?x ?p ?o }} }} WHERE {{
              GRAPH {shared} {{ ?x a ?cls ; ?p ?o }} VALUES ?cls {{ kg:Official org:Post }}
              FILTER NOT EXISTS {{ GRAPH ?g {{ ?x prov:wasDerivedFrom|kg:officeholder|^org:holds ?any }} }}
            }}""")
        self._identities_changed()
        return True

    def articles(self) -> list[str]:
        """The ids of the articles in the store."""
        res = self.sparql("SELECT ?id WHERE { GRAPH ?g { ?g a kg:Article ; kg:articleId ?id } } ORDER BY ?id")
        return [r["id"] for r in res.rows]

    # -- reading ----------------------------------------------------------------------------
    def sparql(self, text: str, params: dict[str, Any] | None = None) -> Result:
        """Run SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union of the article graphs."""
        subs = bind_params(None, params or {})
        try:
            return to_result(self.raw_query(text, substitutions=subs or None))
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {e}") from None

    def raw_query(self, text: str, *, substitutions=None, default_graph=None, named_graphs=None):
        """pyoxigraph's answer (terms, not Python values), with kg's prefixes; the default graph
        is the union of all graphs unless ``default_graph`` names some. Raises SyntaxError."""
        kwargs: dict[str, Any] = {"prefixes": PREFIXES, "substitutions": substitutions}
        if default_graph:
            kwargs["default_graph"] = default_graph
        else:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = named_graphs
        return self.store.query(text, **kwargs)

    def query(self, query_name: str, /, *, limit: int | None = None, **params: Any) -> Result:
        """Run a stored query (``queries/NAME.rq``) with its parameters; rows are dicts.

        ``limit``: at most this many rows, found without sorting the whole graph and then
        sorted (``result.truncated`` says whether more matched); None: every row."""
        return self.run_stored(get_query(query_name), limit=limit, **params)

    def run_stored(self, stored, /, *, limit: int | None = None, **params: Any) -> Result:
        """Run a parsed stored query (:class:`kg.queries.StoredQuery`, e.g. from a file)."""
        prep = prepare(stored, params, limit)
        try:
            res = to_result(self.raw_query(prep.text, substitutions=prep.substitutions or None))
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {e}") from None
        if res.boolean is not None:
            return res
        res.rows, res.truncated = prep.page(res.rows)
        hidden = stored.hidden
        if hidden & set(res.columns):
            res.columns = [c for c in res.columns if c not in hidden]
            res.rows = [{c: r.get(c) for c in res.columns} for r in res.rows]
        return res

    def stream(self, query_name: str, /, **params: Any):
        """Every row of a stored query, as dicts, in the order the store finds them: no sort and
        no page, one row at a time (bounded memory; for exports of all posts or directives).
        Returns ``(columns, rows)`` where ``rows`` is an iterator."""
        from .queries import term_value

        stored = get_query(query_name)
        prep = prepare(stored, params, unordered=True)
        try:
            solutions = self.raw_query(prep.text, substitutions=prep.substitutions or None)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {e}") from None
        names = [v.value for v in solutions.variables]
        shown = [(i, c) for i, c in enumerate(names) if c not in stored.hidden]
        return [c for _, c in shown], ({c: term_value(sol[i]) for i, c in shown} for sol in solutions)

    def to_dataframe(self, name_or_sparql: str, /, **params: Any):
        """A stored query (or SPARQL text) as a pandas DataFrame (needs pandas)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise ImportError("to_dataframe needs pandas: pip install pandas") from None
        if " " in name_or_sparql.strip():
            res = self.sparql(name_or_sparql, params)
        else:
            res = self.query(name_or_sparql, **params)
        return pd.DataFrame(res.rows, columns=res.columns)

    def quads(self, article_id: str | None = None, *, include_ontology: bool = False) -> Iterable[Quad]:
        if article_id is not None:
            graph = article_iri(article_id)
            if not self.store.contains_named_graph(graph):
                raise QueryError(f"the store holds no article {article_id!r}")
            return self.store.quads_for_pattern(None, None, None, graph)
        onto = NamedNode(ONTOLOGY_IRI)
        return (q for q in self.store.quads_for_pattern(None, None, None)
                if include_ontology or q.graph_name != onto)

    def export(self, out: BinaryIO | str | os.PathLike | None = None, fmt: str = "turtle", *,
               article_id: str | None = None, include_ontology: bool = False) -> bytes | None:
        """Serialise the graph (or one article's graph). Turtle, N-Triples, JSON-LD and RDF/XML
        get the union of the graphs (each triple once); N-Quads and TriG keep the named graphs."""
        if fmt not in EXPORT_FORMATS:
            raise QueryError(f"unknown export format {fmt!r} ({', '.join(EXPORT_FORMATS)})")
        quads = self.quads(article_id, include_ontology=include_ontology)
        if fmt in _DATASET_FORMATS:
            data: Iterable = quads
        else:
            seen = set()
            data = []
            for q in quads:
                if q.triple not in seen:
                    seen.add(q.triple)
                    data.append(q.triple)
        prefixes = PREFIXES if fmt in ("turtle", "trig", "rdfxml") else None
        return serialize(data, out, EXPORT_FORMATS[fmt], prefixes=prefixes)

    def stats(self) -> dict[str, int]:
        """Counts of articles, officials, committees, localities, meetings, targets, triples."""
        counts = {}
        for key, cls in (("articles", "kg:Article"), ("officials", "kg:Official"),
                         ("committees", "kg:PartyCommittee"), ("localities", "kg:Locality"),
                         ("meetings", "kg:Meeting"), ("targets", "kg:Target"),
                         ("directives", "kg:Directive"), ("memberships", "org:Membership")):
            res = self.sparql(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a {cls} }} }}")
            counts[key] = res.rows[0]["n"]
        onto = NamedNode(ONTOLOGY_IRI)
        counts["triples"] = len(self.store) - sum(1 for _ in self.store.quads_for_pattern(None, None, None, onto))
        counts["ontology triples"] = len(self.store) - counts["triples"]
        counts["shared triples"] = sum(1 for _ in self.store.quads_for_pattern(None, None, None, NamedNode(SHARED_GRAPH)))
        return counts

    def validate(self, engine: str = "sparql") -> list[dict[str, str]]:
        """Check the graph against ``ontology/shapes.ttl``; the violations. ``engine``: ``sparql``
        (:mod:`kg.shapes_sparql`, each constraint a query on the store) or ``pyshacl`` (the
        reference engine, on an in-memory copy: small graphs only)."""
        if engine == "pyshacl":
            from .validate import validate_graph

            return validate_graph(self)
        if engine != "sparql":
            raise ValueError(f"unknown validation engine {engine!r} (sparql, pyshacl)")
        from .shapes_sparql import validate_store

        return validate_store(self)


__all__ = ["Graph", "StoreError", "BuildSummary", "DEFAULT_STORE", "EXPORT_FORMATS"]
