"""Stored SPARQL queries (``queries/*.rq``) and the formatting of results.

A stored query is a SPARQL file whose leading comment says what it is::

    # title: Officials who directed communes
    # description: Which official directed which commune, with post and date.
    # param: official  optional  Part of the official's name (case-insensitive).

Parameters are SPARQL variables bound through pyoxigraph's ``substitutions`` (SEP-0007): a
value is always an RDF literal, never pasted into the query text, so a value such as
``x" } ; DROP ALL ; #`` is matched as plain text. An optional parameter left out stays
unbound; the queries test it as ``COALESCE(?param, "")`` (Oxigraph folds ``BOUND`` of a variable
only a substitution binds to false, so ``!BOUND(?param)`` cannot be used).

>>> q = parse_stored("x", "# title: T\\n# description: D\\n# param: name required A name.\\nSELECT ?name {}")
>>> q.title, [(p.name, p.required) for p in q.params]
('T', [('name', True)])
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, Variable

from .normalize import normalize_text
from .resources import query_dirs


class QueryError(ValueError):
    """A stored query that does not exist, a bad parameter, or SPARQL that does not parse."""


@dataclass
class Param:
    name: str
    required: bool
    description: str


@dataclass
class StoredQuery:
    name: str
    title: str
    description: str
    params: list[Param] = field(default_factory=list)
    text: str = ""
    path: Path | None = None


_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*)$")


def parse_stored(name: str, text: str, path: Path | None = None) -> StoredQuery:
    """Read the header comment of a stored query."""
    q = StoredQuery(name=name, title=name, description="", text=text, path=path)
    desc: list[str] = []
    last = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            if last == "description" and line.lstrip("#").strip():  # the description goes on
                desc.append(line.lstrip("#").strip())
            continue
        last, value = m.group(1), m.group(2).strip()
        if last == "title":
            q.title = value
        elif last == "description":
            desc = [value]
        else:
            parts = value.split(None, 2)
            if parts:
                required = len(parts) > 1 and parts[1] == "required"
                q.params.append(Param(parts[0], required, parts[2] if len(parts) > 2 else ""))
    q.description = " ".join(desc)
    return q


def stored_queries() -> dict[str, StoredQuery]:
    """Every stored query by name (the user's ``KG_QUERIES`` folder wins over the bundled one)."""
    out: dict[str, StoredQuery] = {}
    for folder in reversed(query_dirs()):
        for path in sorted(folder.glob("*.rq")):
            out[path.stem] = parse_stored(path.stem, path.read_text(encoding="utf-8"), path)
    return dict(sorted(out.items()))


def get_query(name: str) -> StoredQuery:
    queries = stored_queries()
    if name not in queries:
        raise QueryError(f"no stored query called {name!r}; `kg queries` lists them: {', '.join(queries)}")
    return queries[name]


def bind_params(query: StoredQuery | None, params: dict[str, Any]) -> dict[Variable, Any]:
    """Check the parameters against the query's header and make the substitutions."""
    if query is not None:
        known = {p.name for p in query.params}
        unknown = sorted(set(params) - known)
        if unknown:
            raise QueryError(f"{query.name} has no parameter {', '.join(unknown)}; "
                             f"its parameters: {', '.join(sorted(known)) or 'none'}")
        missing = [p.name for p in query.params if p.required and params.get(p.name) in (None, "")]
        if missing:
            raise QueryError(f"{query.name} needs --param {missing[0]}=VALUE")
    subs: dict[Variable, Any] = {}
    for key, value in params.items():
        if value is None or value == "":
            continue
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise QueryError(f"bad parameter name {key!r}")
        if isinstance(value, (NamedNode, Literal, BlankNode)):
            subs[Variable(key)] = value
        else:
            subs[Variable(key)] = Literal(normalize_text(str(value)).strip())
    return subs


# -- results ---------------------------------------------------------------------------------
def term_value(term: Any) -> Any:
    """A Python value for an RDF term: IRIs and strings as ``str``, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith(("#decimal", "#double", "#float")):
            try:
                f = float(term.value)
                return int(f) if f.is_integer() and "." not in term.value and "e" not in term.value.lower() else f
            except ValueError:
                return term.value
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    return str(term)


@dataclass
class Result:
    """The rows of a SELECT (or the answer of an ASK) as plain Python values."""

    columns: list[str]
    rows: list[dict[str, Any]]
    boolean: bool | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)


def to_result(solutions: Any) -> Result:
    if isinstance(solutions, QueryBoolean):
        return Result(["result"], [{"result": bool(solutions)}], bool(solutions))
    if isinstance(solutions, QuerySolutions):
        cols = [v.value for v in solutions.variables]
        rows = [{c: term_value(sol[c]) for c in cols} for sol in solutions]
        return Result(cols, rows)
    # CONSTRUCT / DESCRIBE: triples
    rows = [{"subject": term_value(t.subject), "predicate": term_value(t.predicate),
             "object": term_value(t.object)} for t in solutions]
    return Result(["subject", "predicate", "object"], rows)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def format_result(result: Result, fmt: str = "table") -> str:
    """``table`` (aligned columns), ``csv``, ``tsv`` or ``json`` (a list of row objects)."""
    if fmt == "json":
        if result.boolean is not None:
            return json.dumps({"boolean": result.boolean})
        return json.dumps(result.rows, ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_cell(row.get(c)) for c in result.columns])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r} (table, csv, tsv, json)")
    return format_table(result.columns, [[_cell(r.get(c)) for c in result.columns] for r in result.rows])


def format_table(columns: list[str], rows: Iterable[list[str]]) -> str:
    rows = [[_shorten(c) for c in r] for r in rows]
    widths = [len(c) for c in columns]
    for r in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, r)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join([line, sep, *body, f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def _shorten(value: str, limit: int = 80) -> str:
    value = value.replace("\n", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"
