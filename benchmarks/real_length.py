"""Extraction speed on articles of real length, on one core, from JSONL and from one file per article.

Two corpora of N articles each:
  * ``seeds``: the five seeds of ../shared (6-10 KB) repeated under new ids, and ``shared``: the
    seeds and dev texts (1-3 KB excerpts), when ../shared is beside the checkout;
  * ``realistic``: ``generate_corpus.py --realistic`` (3-10 KB pages with menus, title chains, lists
    of officials, target paragraphs and boilerplate).
Each is written once as one JSONL file and once as a folder of .txt files; both are then read and
extracted in this process, as ``kg extract`` does (records built, nothing written), and the script
prints articles/s, MB/s and the ratio of the two inputs.

    python benchmarks/real_length.py [N] [--work /tmp/kg-real]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import articles  # noqa: E402

from kg.api import Summary, iter_records  # noqa: E402

SHARED = HERE.parent.parent / "shared"


def shared_texts() -> list[dict]:
    out = []
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        out += [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "url": None} for p in sorted(seeds.glob("*.txt"))]
    dev = SHARED / "corpus" / "dev" / "texts.jsonl"
    if dev.is_file():
        out += [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def write_inputs(items: list[dict], folder: Path) -> tuple[Path, Path, int]:
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "files").mkdir(parents=True)
    size = 0
    with open(folder / "all.jsonl", "w", encoding="utf-8") as f:
        for a in items:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
            (folder / "files" / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
            size += len(a["text"].encode("utf-8"))
    return folder / "all.jsonl", folder / "files", size


def timed(path: Path) -> tuple[int, float]:
    t0 = time.perf_counter()
    summary = Summary()
    n = sum(1 for _ in iter_records([path], summary))
    return n, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=1000)
    ap.add_argument("--work", default="/tmp/kg-real")
    args = ap.parse_args()
    work = Path(args.work)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; one core")
    corpora = {}
    base = shared_texts()
    if base:
        seeds = base[:5]
        corpora["seeds"] = [dict(seeds[i % len(seeds)], id=f"e{i:06d}") for i in range(args.n)]
        corpora["shared"] = [dict(base[i % len(base)], id=f"s{i:06d}") for i in range(args.n)]
    corpora["realistic"] = list(articles(args.n, seed=7, realistic=True))
    next(iter_records([Path(__file__)], Summary()), None)  # lexicons and gazetteer loaded once, not timed
    for name, items in corpora.items():
        jsonl, files, size = write_inputs(items, work / name)
        rows = []
        for label, path in (("JSONL", jsonl), ("files", files)):
            n, dt = timed(path)
            rows.append((label, n, dt))
            print(f"{name:9s} {label:5s} {n} articles, {size / n / 1024:.1f} KB mean: {dt:.2f} s, "
                  f"{n / dt:.0f} articles/s, {size / dt / 1e6:.2f} MB/s")
        ratio = rows[1][2] / rows[0][2]
        print(f"{name:9s} one file per article takes {ratio:.2f}x the time of JSONL")


if __name__ == "__main__":
    main()
