"""The library API the CLI calls: extract many inputs, evaluate against gold.

>>> import io, json
>>> out = io.StringIO()
>>> summary = extract_paths([], out)
>>> summary.done, summary.failed
(0, 0)
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, TextIO

from .evaluate import score
from .extract import extract
from .reading import InputProblem, read_paths
from .record import Record


@dataclass
class Summary:
    """What a run over many inputs did."""

    done: int = 0
    failed: int = 0
    problems: list[InputProblem] = field(default_factory=list)

    def failure(self, problem: InputProblem, on_problem: Callable[[InputProblem], None] | None = None) -> None:
        """Count and report an input that could not be read or extracted."""
        self.failed += 1
        self.problems.append(problem)
        if on_problem:
            on_problem(problem)


def iter_records(paths: Iterable[str | os.PathLike], summary: Summary,
                 on_problem: Callable[[InputProblem], None] | None = None) -> Iterable[Record]:
    """Extract every readable article under ``paths``; problems are counted and reported."""
    for item in read_paths(paths):
        if isinstance(item, InputProblem):
            summary.failure(item, on_problem)
            continue
        try:
            rec = extract(item)
        except Exception as e:  # an extractor bug must not stop a batch; it is reported
            summary.failure(InputProblem(item.source or item.id, f"extraction failed ({type(e).__name__}: {e})"),
                            on_problem)
            continue
        summary.done += 1
        yield rec


def count_articles(paths: Iterable[str | os.PathLike]) -> int:
    """How many articles ``paths`` hold, cheaply (a file each, a JSONL line each), for progress."""
    from .reading import JSONL_SUFFIXES, iter_files

    n = 0
    for f in iter_files(paths):
        if isinstance(f, InputProblem):
            n += 1
        elif os.path.splitext(f)[1].lower() in JSONL_SUFFIXES:
            try:
                with open(f, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n


def extract_paths(paths: Iterable[str | os.PathLike], out: TextIO, *, evidence: bool = True, workers: int = 1,
                  on_problem: Callable[[InputProblem], None] | None = None) -> Summary:
    """Write one JSON record a line for every article under ``paths`` (see :mod:`kg.pipeline`)."""
    from .pipeline import write_records

    return write_records(paths, out, workers=workers, evidence=evidence, on_problem=on_problem)


def evaluate_paths(gold_path: str | os.PathLike, paths: Iterable[str | os.PathLike],
                   on_problem: Callable[[InputProblem], None] | None = None,
                   diffs: bool = False) -> tuple[dict, Summary]:
    """Extract ``paths`` and score them against the gold JSONL file (FORMAT.md rules);
    ``diffs``: also what was missed and extra, article by article (:func:`kg.evaluate.score`)."""
    gold = []
    with open(gold_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    gold.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{gold_path}:{n}: broken JSON line ({e.msg})") from None
    summary = Summary()
    preds = [r.to_json(evidence=False) for r in iter_records(paths, summary, on_problem)]
    return score(gold, preds, diffs=diffs), summary
