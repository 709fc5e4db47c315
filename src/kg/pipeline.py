"""Extraction at scale: articles → records → N-Quads, in parallel processes, in bounded memory.

The unit of work is one article. A worker reads nothing and writes nothing: it gets an
:class:`~kg.reading.Article` and returns an :class:`ArticleGraph`, the article's quads already
serialised as N-Quads (its own named graph first, then the descriptions it adds to the shared
graph). Serialising in the worker keeps the single writer (the store, a file, a remote store)
cheap. Inputs are streamed: at most ``window`` chunks of articles are in flight, whatever the
size of the corpus.

>>> from kg.reading import Article
>>> [g] = list(article_graphs([Article("x", "Đồng chí Nguyễn Văn A, Bí thư Huyện ủy Chợ Lách chủ trì Hội nghị.")]))
>>> g.id, g.problem is None, g.nquads.count(b"\\n") > 10
('x', True, True)
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from pyoxigraph import RdfFormat, serialize

from .api import Summary
from .reading import Article, InputProblem, read_paths

CHUNK = 32  # articles per task sent to a worker


@dataclass
class ArticleGraph:
    """One article, extracted and mapped: its N-Quads (UTF-8), or the problem that stopped it."""

    id: str
    graph: str = ""  # the IRI of the article's named graph
    hash: str = ""  # kg:sourceHash (:func:`kg.rdf.input_hash` of the input article)
    nquads: bytes = b""  # the article's graph, then its shared-graph quads
    shared_from: int = 0  # byte offset where the shared-graph quads begin
    triples: int = 0
    source: str | None = None
    problem: str | None = None

    @property
    def own(self) -> bytes:
        """The N-Quads of the article's own named graph."""
        return self.nquads[: self.shared_from]

    @property
    def shared(self) -> bytes:
        """The N-Quads the article adds to the shared graph."""
        return self.nquads[self.shared_from:]


def article_graph(article: Article) -> ArticleGraph:
    """Extract one article and serialise its quads (what a worker runs)."""
    from .extract import extract
    from .rdf import article_iri, input_hash, record_quads

    try:
        rec = extract(article)
        data = rec.to_json(evidence=True, include_text=True)
        data["source_hash"] = input_hash(article)
        graph = article_iri(data["id"])
        quads = record_quads(data)
        own = [q for q in quads if q.graph_name == graph]
        shared = [q for q in quads if q.graph_name != graph]
        head = serialize(own, format=RdfFormat.N_QUADS) or b""
        tail = serialize(shared, format=RdfFormat.N_QUADS) or b""
        return ArticleGraph(id=rec.id, graph=graph.value, hash=data["source_hash"],
                            nquads=head + tail, shared_from=len(head), triples=len(quads),
                            source=article.source)
    except Exception as e:  # an extractor bug must not stop a batch; it is reported
        return ArticleGraph(id=article.id, source=article.source,
                            problem=f"extraction failed ({type(e).__name__}: {e})")


def _work(chunk: list[Article]) -> list[ArticleGraph]:
    return [article_graph(a) for a in chunk]


def _warm() -> None:
    """Load the lexicons and the gazetteer once per worker process."""
    from .gazetteer import gazetteer

    gazetteer()


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _context():
    methods = multiprocessing.get_all_start_methods()
    # forkserver: workers do not inherit the writer's open store or its threads
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def parallel_map(fn: Callable[[list[Any]], list[Any]], items: Iterable[Any], workers: int, *,
                 chunk: int = CHUNK, window: int | None = None) -> Iterator[Any]:
    """``fn`` over ``items`` in chunks, in input order, with at most ``window`` chunks in flight
    (so memory stays bounded whatever the input size). One worker runs in this process."""
    if workers <= 1:
        for c in _chunks(items, chunk):
            yield from fn(c)
        return
    window = window or 4 * workers
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_warm) as pool:
        pending: deque = deque()
        for c in _chunks(items, chunk):
            pending.append(pool.submit(fn, c))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def article_graphs(articles: Iterable[Article], workers: int = 1) -> Iterator[ArticleGraph]:
    """Extract and serialise ``articles`` with ``workers`` processes, in input order."""
    return parallel_map(_work, articles, workers)


def _articles(paths: Iterable[str | os.PathLike], summary: Summary,
              on_problem: Callable[[InputProblem], None] | None) -> Iterator[Article]:
    for item in read_paths(paths):
        if isinstance(item, InputProblem):
            summary.failure(item, on_problem)
        else:
            yield item


def graphs_of_paths(paths: Iterable[str | os.PathLike], summary: Summary, *, workers: int = 1,
                    on_problem: Callable[[InputProblem], None] | None = None,
                    keep: Callable[[Article], bool] | None = None) -> Iterator[ArticleGraph]:
    """Every readable article under ``paths`` (for which ``keep`` says yes), extracted and
    serialised; problems (unreadable inputs, extractor failures) are counted in ``summary`` and
    reported, not raised."""
    articles = _articles(paths, summary, on_problem)
    if keep is not None:
        articles = (a for a in articles if keep(a))
    for g in article_graphs(articles, workers):
        if g.problem:
            summary.failure(InputProblem(g.source or g.id, g.problem), on_problem)
            continue
        summary.done += 1
        yield g


def write_nquads(paths: Iterable[str | os.PathLike], out: BinaryIO, *, workers: int = 1,
                 on_problem: Callable[[InputProblem], None] | None = None,
                 on_article: Callable[[ArticleGraph], None] | None = None) -> Summary:
    """Write the N-Quads of every article under ``paths`` (one named graph per article, plus
    the shared graph), ready for any store's bulk loader or :meth:`kg.Graph.load_nquads`."""
    summary = Summary()
    for g in graphs_of_paths(paths, summary, workers=workers, on_problem=on_problem):
        out.write(g.nquads)
        if on_article:
            on_article(g)
    return summary


def read_nquads(source: BinaryIO, name: str = "<input>") -> Iterator[ArticleGraph]:
    """Split kg's N-Quads (as :func:`write_nquads` writes them) back into articles: an
    article's block starts with the first quad of its graph; shared-graph quads that follow
    belong to it. Raises ValueError naming the line when the input is not kg's N-Quads."""
    from .rdf import ID_NS, KG_NS, SHARED_GRAPH

    article_prefix = f"<{ID_NS}article/"
    shared = f"<{SHARED_GRAPH}>"
    hash_pred = f"<{KG_NS}sourceHash>"
    id_pred = f"<{KG_NS}articleId>"
    current: ArticleGraph | None = None
    own: list[bytes] = []
    rest: list[bytes] = []

    def finish() -> ArticleGraph | None:
        if current is None:
            return None
        head = b"".join(own)
        current.nquads = head + b"".join(rest)
        current.shared_from = len(head)
        current.triples = len(own) + len(rest)
        return current

    for n, raw in enumerate(source, 1):
        line = raw.strip()
        if not line or line.startswith(b"#"):
            continue
        try:
            text = line.decode("utf-8")
            body, graph, dot = text.rsplit(" ", 2)
        except (UnicodeDecodeError, ValueError):
            raise ValueError(f"{name}:{n}: not an N-Quads line with a named graph") from None
        if dot != "." or not graph.startswith("<"):
            raise ValueError(f"{name}:{n}: not an N-Quads line with a named graph")
        if graph.startswith(article_prefix):
            if current is None or graph[1:-1] != current.graph:
                done = finish()
                if done:
                    yield done
                current = ArticleGraph(id="", graph=graph[1:-1], source=f"{name}:{n}")
                own, rest = [], []
            own.append(line + b"\n")
            if f" {hash_pred} " in body:
                current.hash = body.split(f" {hash_pred} ", 1)[1].strip().strip('"')
            elif f" {id_pred} " in body:
                current.id = _literal_value(body.split(f" {id_pred} ", 1)[1])
        elif graph == shared:
            if current is None:
                raise ValueError(f"{name}:{n}: shared-graph quad before any article graph")
            rest.append(line + b"\n")
        else:
            raise ValueError(f"{name}:{n}: graph {graph} is neither an article's nor the shared graph")
    done = finish()
    if done:
        yield done


def _literal_value(term: str) -> str:
    from pyoxigraph import parse

    [triple] = parse(f"<x:s> <x:p> {term.strip()} .", format=RdfFormat.N_TRIPLES)
    return triple.object.value


# -- JSON records in parallel -------------------------------------------------------------------
def _work_json(chunk: list[Article], evidence: bool = True) -> list[tuple[str, str | None, str | None]]:
    """(id, JSON line or None, problem) for each article of a chunk."""
    import json

    from .extract import extract

    out = []
    for a in chunk:
        try:
            rec = extract(a)
            out.append((rec.id, json.dumps(rec.to_json(evidence=evidence), ensure_ascii=False), None))
        except Exception as e:  # reported, never fatal
            out.append((a.source or a.id, None, f"extraction failed ({type(e).__name__}: {e})"))
    return out


def write_records(paths: Iterable[str | os.PathLike], out, *, workers: int = 1, evidence: bool = True,
                  on_problem: Callable[[InputProblem], None] | None = None) -> Summary:
    """Write one JSON record a line (FORMAT.md) for every article under ``paths``."""
    from functools import partial

    summary = Summary()
    for ident, line, problem in parallel_map(partial(_work_json, evidence=evidence),
                                             _articles(paths, summary, on_problem), workers):
        if problem:
            summary.failure(InputProblem(ident, problem), on_problem)
            continue
        summary.done += 1
        out.write(line + "\n")
    return summary


# -- Dask ---------------------------------------------------------------------------------------
def _partitions(paths: Iterable[str | os.PathLike], files_per_part: int) -> tuple[list[list[str]], list[InputProblem]]:
    """Input files grouped for Dask tasks: a JSONL file (a corpus) alone, other files in groups."""
    from .reading import JSONL_SUFFIXES, iter_files

    parts: list[list[str]] = []
    group: list[str] = []
    problems: list[InputProblem] = []
    for f in iter_files(paths):
        if isinstance(f, InputProblem):
            problems.append(f)
        elif os.path.splitext(f)[1].lower() in JSONL_SUFFIXES:
            parts.append([f])
        else:
            group.append(f)
            if len(group) >= files_per_part:
                parts.append(group)
                group = []
    if group:
        parts.append(group)
    return parts, problems


def _shard(files: list[str], path: str) -> tuple[int, int, list[tuple]]:
    """A Dask task: extract ``files`` into the N-Quads shard ``path``; (done, failed, problems)."""
    tmp = path + ".part"
    with open(tmp, "wb") as out:
        summary = write_nquads(files, out)
    os.replace(tmp, path)  # a shard is there whole or not at all
    return summary.done, summary.failed, [(p.source, p.message, p.line) for p in summary.problems]


def dask_extract(paths: Iterable[str | os.PathLike], out_dir: str | os.PathLike, client_or_address: Any, *,
                 files_per_part: int = 200,
                 on_problem: Callable[[InputProblem], None] | None = None) -> tuple[Summary, list[str]]:
    """Extract ``paths`` on a Dask cluster into N-Quads shards under ``out_dir``.

    ``client_or_address`` is a ``distributed.Client`` or a scheduler address
    (``tcp://host:8786``). Each task reads its files and writes ``part-NNNNN.nq``; the workers
    must see the same file system as this process (the input paths and ``out_dir``). Load the
    shards with ``kg load`` (:meth:`kg.Graph.load_nquads`) or any store's bulk loader.
    Returns the summary and the shard paths, in input order."""
    from distributed import Client

    os.makedirs(out_dir, exist_ok=True)
    parts, problems = _partitions(paths, files_per_part)
    summary = Summary()
    for p in problems:
        summary.failure(p, on_problem)
    own_client = not isinstance(client_or_address, Client)
    client = Client(client_or_address) if own_client else client_or_address
    try:
        shards = [os.path.abspath(os.path.join(out_dir, f"part-{i:05d}.nq")) for i in range(len(parts))]
        futures = client.map(_shard, parts, shards, pure=False)
        for fut in futures:
            done, failed, found = fut.result()
            summary.done += done
            summary.failed += failed
            for source, message, line in found:
                p = InputProblem(source, message, line)
                summary.problems.append(p)
                if on_problem:
                    on_problem(p)
    finally:
        if own_client:
            client.close()
    return summary, shards


__all__ = ["ArticleGraph", "article_graph", "article_graphs", "graphs_of_paths", "parallel_map",
           "write_nquads", "read_nquads", "write_records", "dask_extract"]
