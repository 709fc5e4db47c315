"""The ``kg`` command: a thin layer over the library API (:mod:`kg.api`, :class:`kg.Graph`)."""
from __future__ import annotations

import json
import sys

import click

from . import api
from .queries import DEFAULT_PAGE


def _problem(p) -> None:
    click.echo(f"kg: {p}", err=True)


def _open_graph(store: str, memory: bool = False, read_only: bool = False):
    from .store import Graph, StoreError

    try:
        return Graph(store, memory=memory, read_only=read_only)
    except StoreError as e:
        raise click.ClickException(str(e)) from None


store_option = click.option("--store", default="kg-store", show_default=True, type=click.Path(file_okay=False),
                            help="The Oxigraph store folder.")


@click.group()
@click.version_option(package_name="kg")
def cli() -> None:
    """kg: knowledge graphs from Vietnamese local Party and government news."""


workers_option = click.option("--workers", "-j", type=click.IntRange(1, None), default=1, show_default=True,
                              help="Extract in this many processes (one writer loads or writes).")


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(writable=True), default=None,
              help="Write here (default: standard output); with --dask, the folder for the shards.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "nquads"]), default="jsonl", show_default=True,
              help="jsonl: one FORMAT.md record a line; nquads: the RDF, one named graph per article "
                   "(for `kg load` or any store's bulk loader).")
@click.option("--no-evidence", is_flag=True, help="jsonl: only the FORMAT.md fields (no offsets, parents, url).")
@workers_option
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Extract on this Dask scheduler (tcp://host:8786) into N-Quads shards under -o DIR; "
                   "the workers must see the inputs and DIR.")
def extract_cmd(paths, output, fmt, no_evidence, workers, dask_address) -> None:
    """Extract one JSON record per article (JSONL), or the articles' RDF (N-Quads).

    PATHS are .txt, .html or .jsonl files, or directories (walked).
    """
    from . import pipeline

    if dask_address:
        if not output:
            raise click.UsageError("--dask writes N-Quads shards: give the folder with -o DIR")
        try:
            summary, shards = pipeline.dask_extract(paths, output, dask_address, on_problem=_problem)
        except (OSError, ImportError) as e:
            raise click.ClickException(f"dask: {e}") from None
        click.echo(f"kg: {summary.done} articles extracted into {len(shards)} shards under {output}, "
                   f"{summary.failed} failed", err=True)
        sys.exit(1 if summary.failed else 0)
    binary = fmt == "nquads"
    if output:
        try:
            out = open(output, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"}))
        except OSError as e:
            raise click.ClickException(f"{output}: cannot write ({e.strerror or e})") from None
    else:
        out = sys.stdout.buffer if binary else sys.stdout
    try:
        if binary:
            summary = pipeline.write_nquads(paths, out, workers=workers, on_problem=_problem)
        else:
            summary = pipeline.write_records(paths, out, workers=workers, evidence=not no_evidence,
                                             on_problem=_problem)
    finally:
        if output:
            out.close()
        else:
            out.flush()
    click.echo(f"kg: {summary.done} articles extracted, {summary.failed} failed", err=True)
    if summary.failed:
        sys.exit(1)


@cli.command("evaluate")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold annotations (JSONL, FORMAT.md).")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "errors", is_flag=True,
              help="Before the scores, list article by article what was missed (-), extra (+) "
                   "or wrong in a matched pair (~), field by field.")
@click.option("--field", "fields", multiple=True, metavar="FIELD",
              help="With --errors: only these fields (officials, positions, committees, localities, "
                   "meetings, meeting_roles, targets, directed, published; repeatable).")
def evaluate_cmd(gold, paths, as_json, errors, fields) -> None:
    """Extract PATHS and score them against GOLD (P/R/F1 per field, attribute accuracies)."""
    from .evaluate import format_diffs, format_report

    try:
        result, summary = api.evaluate_paths(gold, paths, on_problem=_problem, diffs=errors)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        if errors:
            text = format_diffs(result, fields or None)
            if text:
                click.echo(text)
                click.echo()
        click.echo(format_report(result))
    if summary.failed:
        sys.exit(1)


@cli.command("identity")
@click.argument("paths", nargs=-1, type=click.Path())
@store_option
@click.option("--gold", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Gold identities (JSONL: person, mentions [{corpus, id, name}]): print pairwise P/R/F1.")
@click.option("--merges/--no-merges", default=True, show_default=True,
              help="List the merges the identity step made, with their reasons.")
def identity_cmd(paths, store, gold, merges) -> None:
    """Which person nodes are one person, and why. With PATHS, builds them into a throw-away
    in-memory graph; without, reads the store. --gold scores the result."""
    from .identity import format_identity, plan, score_identity

    if paths:
        graph = _open_graph(store, memory=True)
        with graph:
            summary = graph.build(paths, on_problem=_problem)
            if summary.failed:
                click.echo(f"kg: {summary.failed} inputs failed", err=True)
            _identity_report(graph, gold, merges, plan, score_identity, format_identity)
    else:
        graph = _open_graph(store, read_only=True)
        with graph:
            _identity_report(graph, gold, merges, plan, score_identity, format_identity)


def _identity_report(graph, gold, merges, plan, score_identity, format_identity) -> None:
    if merges:
        for m in plan(graph):
            click.echo(f"{m.name}: {m.other} = {m.kept}  ({m.reason})")
    if gold:
        click.echo(format_identity(score_identity(graph, gold)))


# -- the graph --------------------------------------------------------------------------------
def _progress(total: int | None, quiet: bool, label: str):
    show = not quiet and sys.stderr.isatty()
    return click.progressbar(length=total or 0, label=label, file=sys.stderr, show_pos=True, hidden=not show)


@cli.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--memory", is_flag=True, help="Build a throw-away in-memory graph (prints its stats).")
@workers_option
@click.option("--endpoint", default=None, metavar="URL",
              help="Instead of the local store, PUT each article graph to this SPARQL 1.1 Graph Store "
                   "endpoint (Oxigraph server: http://host:7878/store).")
@click.option("--batch-mb", type=click.IntRange(1, 1024), default=32, show_default=True,
              help="New articles are bulk-loaded in batches of about this many MB of N-Quads (one "
                   "write each: an interrupted build loses at most the batch being written).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build_cmd(paths, store, memory, workers, endpoint, batch_mb, quiet) -> None:
    """Extract the articles under PATHS and load them into the store.

    Each article is one named graph. Unchanged articles are skipped before extraction, new
    ones are bulk-loaded in batches (--batch-mb), a changed article replaces its graph in one
    transaction; an interrupted build leaves whole articles only.
    """
    total = None if quiet else api.count_articles(paths)
    if endpoint:
        from .endpoint import EndpointError, GraphStore
        from .pipeline import graphs_of_paths
        from .store import BuildSummary

        summary = BuildSummary()
        with _progress(total, quiet, "Sending") as bar:
            try:
                graphs = graphs_of_paths(paths, summary, workers=workers,
                                         on_problem=lambda p: (_problem(p), bar.update(1)))
                GraphStore(endpoint).push(graphs, on_article=lambda aid, outcome: bar.update(1))
            except EndpointError as e:
                raise click.ClickException(str(e)) from None
        click.echo(f"kg: {summary.done} article graphs sent to {endpoint}; {summary.failed} failed", err=True)
        sys.exit(1 if summary.failed else 0)
    graph = _open_graph(store, memory=memory)
    from .store import BuildSummary

    summary = BuildSummary()
    with graph, _progress(total, quiet, "Building") as bar:
        try:
            graph.build(paths, workers=workers, summary=summary, batch_bytes=batch_mb * 1024 * 1024,
                        on_problem=lambda p: (_problem(p), bar.update(1)),
                        on_article=lambda aid, outcome: bar.update(1))
        except KeyboardInterrupt:
            raise click.ClickException(f"interrupted after {summary.added + summary.replaced} articles were "
                                       f"stored; they are whole, run the same build again to finish") from None
        except OSError as e:
            raise click.ClickException(f"{store}: writing the store failed ({e}); what was stored before "
                                       f"is kept, run the build again when the problem is fixed") from None
        stats = graph.stats() if memory else None
    where = "memory" if memory else store
    click.echo(f"kg: {summary.done} articles into {where}: {summary.added} added, {summary.replaced} replaced, "
               f"{summary.unchanged} unchanged; {summary.failed} failed", err=True)
    if stats:
        click.echo(_format_stats(stats))
    if summary.failed:
        sys.exit(1)


@cli.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@store_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def load_cmd(files, store, quiet) -> None:
    """Load N-Quads written by `kg extract --format nquads` (or its Dask shards) into the store.

    Same rules as `kg build`: unchanged articles are skipped, changed ones replaced.
    """
    from .queries import QueryError
    from .store import BuildSummary

    total = BuildSummary()
    failed = 0
    with _open_graph(store) as graph, _progress(None, quiet, "Loading") as bar:
        for f in files:
            try:
                graph.load_nquads(f, summary=total, on_article=lambda aid, outcome: bar.update(1))
            except QueryError as e:
                _problem(e)
                failed += 1
    click.echo(f"kg: {total.done} articles from {len(files) - failed} files into {store}: {total.added} added, "
               f"{total.replaced} replaced, {total.unchanged} unchanged; {failed} files failed", err=True)
    if failed:
        sys.exit(1)


@cli.command("remove")
@click.argument("article_ids", nargs=-1, required=True)
@store_option
def remove_cmd(article_ids, store) -> None:
    """Remove articles (by id) and every fact read from them."""
    missing = []
    with _open_graph(store) as graph:
        for aid in article_ids:
            if graph.remove(aid):
                click.echo(f"kg: removed {aid}", err=True)
            else:
                missing.append(aid)
    for aid in missing:
        click.echo(f"kg: {store} holds no article {aid!r}", err=True)
    if missing:
        sys.exit(1)


@cli.command("queries")
def queries_cmd() -> None:
    """List the stored queries and their parameters."""
    from .queries import stored_queries

    for q in stored_queries().values():
        click.echo(f"{q.name}: {q.title}")
        if q.description:
            click.echo(f"    {q.description}")
        for p in q.params:
            req = "required" if p.required else "optional"
            click.echo(f"    --param {p.name}=...  ({req}) {p.description}")


_formats = click.Choice(["table", "csv", "tsv", "json"])


def _params(pairs) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="--param")
        k, v = pair.split("=", 1)
        out[k.strip()] = v
    return out


def _print_result(res, fmt: str) -> None:
    from .queries import format_result

    click.echo(format_result(res, fmt))


@cli.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the query.")
@click.option("--file", "qfile", type=click.Path(exists=True, dir_okay=False), help="Run the SPARQL in this file.")
@click.option("--format", "fmt", type=_formats, default="table", show_default=True)
@click.option("--limit", type=click.IntRange(0, None), default=DEFAULT_PAGE, show_default=True,
              help="At most this many rows, found without sorting the whole graph, then sorted "
                   "(a note says when more matched); 0: every row, sorted by SPARQL.")
@click.option("--stream", is_flag=True,
              help="Every row, written as the store finds it: no sort and no page, in bounded memory "
                   "(csv, tsv, or json: one object a line). For exports of whole answers.")
@store_option
def query_cmd(name, params, qfile, fmt, limit, stream, store) -> None:
    """Run a stored query (see `kg queries`) or the SPARQL of --file."""
    from .queries import QueryError, parse_stored

    if bool(name) == bool(qfile):
        raise click.UsageError("give a stored query NAME or --file FILE (one of them)")
    if stream:
        if qfile:
            raise click.UsageError("--stream runs stored queries (give a NAME)")
        if fmt == "table":
            fmt = "tsv"
        with _open_graph(store, read_only=True) as graph:
            try:
                columns, rows = graph.stream(name, **_params(params))
            except QueryError as e:
                raise click.ClickException(str(e)) from None
            _write_stream(columns, rows, fmt)
        return
    with _open_graph(store, read_only=True) as graph:
        try:
            if qfile:
                with open(qfile, encoding="utf-8") as f:
                    stored = parse_stored(qfile, f.read())
                res = graph.run_stored(stored, limit=limit or None, **_params(params))
            else:
                res = graph.query(name, limit=limit or None, **_params(params))
        except QueryError as e:
            raise click.ClickException(str(e)) from None
    _print_result(res, fmt)
    if res.truncated:
        click.echo(f"kg: the first {limit} rows found (sorted); more match: narrow with --param or "
                   f"use --limit 0 for every row", err=True)


def _write_stream(columns, rows, fmt) -> None:
    import csv

    out = click.get_text_stream("stdout")
    if fmt == "json":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row[c] is None else (f"{row[c]:g}" if isinstance(row[c], float) else row[c])
                         for c in columns])


@cli.command("sparql")
@click.argument("text")
@click.option("--format", "fmt", type=_formats, default="table", show_default=True)
@store_option
def sparql_cmd(text, fmt, store) -> None:
    """Run ad-hoc SPARQL (the union of the article graphs is the default graph)."""
    from .queries import QueryError

    with _open_graph(store, read_only=True) as graph:
        try:
            res = graph.sparql(text)
        except QueryError as e:
            raise click.ClickException(str(e)) from None
    _print_result(res, fmt)


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(["turtle", "nquads", "trig", "ntriples", "jsonld", "rdfxml"]),
              default="turtle", show_default=True)
@click.option("--article", "article_id", default=None, help="Only this article's graph.")
@click.option("--ontology/--no-ontology", default=False, help="Include the ontology's triples.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="File (default: stdout).")
@store_option
def export_cmd(fmt, article_id, ontology, output, store) -> None:
    """Write the graph as RDF (Turtle with readable prefixes by default)."""
    from .queries import QueryError

    with _open_graph(store, read_only=True) as graph:
        try:
            if output:
                with open(output, "wb") as f:
                    graph.export(f, fmt, article_id=article_id, include_ontology=ontology)
            else:
                data = graph.export(None, fmt, article_id=article_id, include_ontology=ontology)
                sys.stdout.buffer.write(data)
                sys.stdout.flush()
        except QueryError as e:
            raise click.ClickException(str(e)) from None


def _format_stats(stats: dict[str, int]) -> str:
    width = max(len(k) for k in stats)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in stats.items())


@cli.command("stats")
@store_option
@click.option("--json", "as_json", is_flag=True)
def stats_cmd(store, as_json) -> None:
    """Count articles, officials, committees, localities, meetings, targets and triples."""
    with _open_graph(store, read_only=True) as graph:
        stats = graph.stats()
    click.echo(json.dumps(stats) if as_json else _format_stats(stats))


@cli.command("validate")
@store_option
@click.option("--engine", type=click.Choice(["sparql", "pyshacl"]), default="sparql", show_default=True,
              help="sparql: each shape a SPARQL query on the store (seconds at 10,000 articles); "
                   "pyshacl: the reference SHACL engine on an in-memory copy (for small graphs).")
def validate_cmd(store, engine) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl); list violations."""
    from .shapes_sparql import ShapeError

    with _open_graph(store, read_only=True) as graph:
        try:
            violations = graph.validate(engine=engine)
        except ShapeError as e:
            raise click.ClickException(f"{e}; run with --engine pyshacl") from None
    for v in violations:
        click.echo(f"{v['severity']}: {v['focus']} {v['path']}: {v['message']}")
    click.echo(f"kg: {len(violations)} violation{'s' if len(violations) != 1 else ''}", err=True)
    if violations:
        sys.exit(1)


@cli.command("docs")
@click.option("--check", is_flag=True, help="Only check that docs/ is up to date (exit 1 if not).")
def docs_cmd(check) -> None:
    """Regenerate docs/ontology.md and docs/queries.md."""
    from .docs import write_docs

    stale = write_docs(check=check)
    for path in stale:
        click.echo(f"kg: {path} {'is out of date' if check else 'written'}", err=True)
    if check and stale:
        sys.exit(1)


@cli.group("viz")
def viz_group() -> None:
    """Pictures and graph files: committee hierarchy, who directed which locality."""


def _viz_write(G, output, title, layout="tree") -> None:
    from .viz import write_graph

    try:
        path = write_graph(G, output, title=title, layout=layout)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"kg: {path} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)", err=True)


_viz_output = click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
                           help="The file: .png, .svg, .graphml, .gexf or .html.")


@viz_group.command("hierarchy")
@store_option
@click.option("--root", default=None, help="Only the committees under the one whose name or locality contains this.")
@_viz_output
def viz_hierarchy_cmd(store, root, output) -> None:
    """Tỉnh ủy → Huyện ủy → Đảng ủy xã → Chi bộ, with organs and post holders."""
    from .viz import hierarchy_graph

    with _open_graph(store, read_only=True) as graph:
        G = hierarchy_graph(graph, root)
    if not G:
        raise click.ClickException("no committees to draw" + (f" under {root!r}" if root else ""))
    _viz_write(G, output, f"Committee hierarchy{' — ' + root if root else ''}")


@viz_group.command("directed")
@store_option
@_viz_output
def viz_directed_cmd(store, output) -> None:
    """Officials and the localities they directed (bipartite)."""
    from .viz import directed_graph

    with _open_graph(store, read_only=True) as graph:
        G = directed_graph(graph)
    if not G:
        raise click.ClickException("no directed pairs to draw")
    _viz_write(G, output, "Officials and the localities they directed", layout="bipartite")


@cli.command("serve")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (refused with 403 otherwise).")
@click.option("--timeout", default=30.0, show_default=True, type=float, help="Seconds a query may run.")
@click.option("--max-rows", default=10_000, show_default=True, type=int, help="Rows (or triples) a result is cut at.")
@click.option("--refresh", default=5.0, show_default=True, type=float,
              help="Reopen the read-only store this often (seconds) to see a running build's work.")
def serve_cmd(store, host, port, allow_update, timeout, max_rows, refresh) -> None:
    """A SPARQL 1.1 endpoint (/sparql), the stored queries (/queries) and a query page (/)."""
    from .server import ServerConfig, make_server
    from .store import StoreError

    config = ServerConfig(store=store, host=host, port=port, allow_update=allow_update, timeout=timeout,
                          max_rows=max_rows, refresh=refresh)
    try:
        httpd = make_server(config)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    except OSError as e:
        raise click.ClickException(f"cannot listen on {host}:{port} ({e.strerror or e})") from None
    mode = "read-write" if allow_update else "read-only"
    click.echo(f"kg: serving {store} ({mode}) on http://{host}:{httpd.server_address[1]}/  "
               f"(SPARQL endpoint /sparql, stored queries /queries); Ctrl-C stops", err=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()


def main() -> None:  # pragma: no cover
    cli()
