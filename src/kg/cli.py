"""The ``kg`` command: a thin layer over the library API (:mod:`kg.api`)."""
from __future__ import annotations

import json
import sys

import click

from . import api


def _problem(p) -> None:
    click.echo(f"kg: {p}", err=True)


@click.group()
@click.version_option(package_name="kg")
def cli() -> None:
    """kg: knowledge graphs from Vietnamese local Party and government news."""


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the JSONL records here (default: standard output).")
@click.option("--no-evidence", is_flag=True, help="Only the FORMAT.md fields (no offsets, parents, url).")
def extract_cmd(paths, output, no_evidence) -> None:
    """Extract one JSON record per article (JSONL) from files and directories.

    PATHS are .txt, .html or .jsonl files, or directories (walked).
    """
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        summary = api.extract_paths(paths, out, evidence=not no_evidence, on_problem=_problem)
    finally:
        if output:
            out.close()
    click.echo(f"kg: {summary.done} articles extracted, {summary.failed} failed", err=True)
    if summary.failed:
        sys.exit(1)


@cli.command("evaluate")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold annotations (JSONL, FORMAT.md).")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_cmd(gold, paths, as_json) -> None:
    """Extract PATHS and score them against GOLD (P/R/F1 per field, attribute accuracies)."""
    from .evaluate import format_report

    try:
        result, summary = api.evaluate_paths(gold, paths, on_problem=_problem)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(result))
    if summary.failed:
        sys.exit(1)


def main() -> None:  # pragma: no cover
    cli()
