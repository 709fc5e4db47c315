"""Scale benchmark: extraction, loading, building and querying N generated articles.

For each N it prints:
  * extraction articles/s with 1 and 2 workers (``kg extract --format nquads``, output discarded);
  * load triples/s (``kg load`` of that N-Quads into a new store);
  * end-to-end ``kg build --workers 2`` time, articles/s, the peak resident memory of the whole
    process tree (sampled every 0.2 s) and the store's size on disk;
  * the latency of each stored query (first run in a fresh process, then best of 3), with its
    default page of 100 rows, unfiltered and with typical parameters.

    python benchmarks/scale.py 1000 10000 100000 [--corpus realistic|simple|mix] [--work /tmp/kg-scale]
                               [--skip-1-worker-above 10000] [--build-only-above 10000]

It also times ``kg validate`` (the SPARQL engine) on each store, and whole answers of the stored
queries streamed (``Graph.stream``: every row, no sort). Corpora: ``realistic`` (default;
generate_corpus.py --realistic, 3-10 KB pages), ``simple`` (the 1 KB templates), ``mix`` (the
seeds and dev texts of ../shared repeated under new ids). Every figure is reproducible: the
corpora come from fixed seeds.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
KG = [sys.executable, "-m", "kg"]

QUERY_CASES = [
    ("committee-hierarchy", {}), ("committee-hierarchy", {"root": "Huyện ủy Mường Tè"}),
    ("meetings", {}), ("meetings", {"place": "Mường Tè"}), ("meetings", {"name": "Hà Thị Mai"}),
    ("official-posts", {}), ("official-posts", {"name": "Hà Thị Mai"}),
    ("official-profile", {"name": "Hà Thị Mai"}),
    ("officials-directed-communes", {}), ("officials-directed-communes", {"place": "Yên Bái"}),
    ("targets", {}), ("targets", {"place": "Mường Tè"}), ("targets", {"indicator": "hộ nghèo"}),
    ("locality-profile", {"place": "xã Đông Cuông"}),
]

QUERY_SCRIPT = r"""
import json, sys, time
from kg import Graph
cases = json.loads(sys.argv[2])
g = Graph(sys.argv[1], read_only=True)
out = []
for name, params in cases:
    times = []
    for _ in range(4):
        t = time.perf_counter()
        res = g.query(name, limit=100, **params)
        times.append(1000 * (time.perf_counter() - t))
    t = time.perf_counter()
    cols, rows = g.stream(name, **params)
    whole = sum(1 for _ in rows)
    out.append([name, params, len(res), res.truncated, times[0], min(times[1:]), whole, time.perf_counter() - t])
print(json.dumps(out, ensure_ascii=False))
"""
MIX_CASES = [("official-profile", {"name": "Nguyễn Tăng"}), ("official-posts", {"name": "Nguyễn Tăng"}),
             ("officials-directed-communes", {"place": "Quảng Trị"}), ("meetings", {"place": "Hướng Hóa"}),
             ("targets", {"indicator": "hộ nghèo"}), ("locality-profile", {"place": "xã Thuận"})]


def mix_corpus(n: int, path: Path) -> None:
    shared = HERE.parent.parent / "shared"
    base = [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "url": None} for p in sorted((shared / "seeds").glob("*.txt"))]
    dev = shared / "corpus" / "dev" / "texts.jsonl"
    base += [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(dict(base[i % len(base)], id=f"m{i:07d}"), ensure_ascii=False) + "\n")


def run(cmd: list[str], **kw) -> tuple[float, int]:
    """Run ``cmd``; (seconds, peak RSS of the process tree in bytes)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, **kw)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.2)
    if proc.returncode:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return time.perf_counter() - t, peak


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="+", type=int)
    ap.add_argument("--work", default="/tmp/kg-scale")
    ap.add_argument("--corpus", choices=("realistic", "simple", "mix"), default="realistic")
    ap.add_argument("--validate-up-to", type=int, default=None,
                    help="Time kg validate only up to this size (above it only the build and the queries).")
    ap.add_argument("--skip-1-worker-above", type=int, default=None,
                    help="Do not time 1-worker extraction above this size (it only takes long).")
    ap.add_argument("--build-only-above", type=int, default=None,
                    help="Above this size only time the end-to-end build and the queries.")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
          f"Python {sys.version.split()[0]}", flush=True)
    for n in args.sizes:
        corpus = work / f"corpus-{args.corpus}-{n}.jsonl"
        if not corpus.exists():
            if args.corpus == "mix":
                mix_corpus(n, corpus)
            else:
                subprocess.run([sys.executable, str(HERE / "generate_corpus.py"), str(n), "-o", str(corpus)]
                               + (["--realistic"] if args.corpus == "realistic" else []), check=True)
        print(f"\n== {n} articles ({corpus.stat().st_size / 2**20:.0f} MiB of JSONL)", flush=True)
        nq = work / f"corpus-{n}.nq"
        build_only = args.build_only_above is not None and n > args.build_only_above
        for workers in () if build_only else (1, 2):
            if workers == 1 and args.skip_1_worker_above and n > args.skip_1_worker_above:
                print("extract, 1 worker: skipped", flush=True)
                continue
            out = nq if workers == 2 else Path(os.devnull)
            secs, peak = run(KG + ["extract", "--format", "nquads", "-j", str(workers), str(corpus), "-o", str(out)],
                             stderr=subprocess.DEVNULL)
            print(f"extract, {workers} worker{'s' * (workers > 1)}: {secs:.1f} s, {n / secs:.0f} articles/s, "
                  f"peak {peak / 2**20:.0f} MiB", flush=True)
        if not build_only:
            lines = sum(1 for _ in open(nq, "rb"))
            store = work / f"load-{n}"
            shutil.rmtree(store, ignore_errors=True)
            secs, peak = run(KG + ["load", "-q", str(nq), "--store", str(store)], stderr=subprocess.DEVNULL)
            print(f"load (kg load of {lines:,} N-Quads lines): {secs:.1f} s, {lines / secs:,.0f} triples/s, "
                  f"peak {peak / 2**20:.0f} MiB", flush=True)
            shutil.rmtree(store, ignore_errors=True)
            nq.unlink()
        store = work / f"store-{n}"
        shutil.rmtree(store, ignore_errors=True)
        secs, peak = run(KG + ["build", "-q", "-j", "2", str(corpus), "--store", str(store)], stderr=subprocess.DEVNULL)
        print(f"build, 2 workers, end to end: {secs:.1f} s, {n / secs:.0f} articles/s ({1000 * secs / n:.2f} ms/article), "
              f"peak {peak / 2**20:.0f} MiB, store {du(store) / 2**20:.0f} MiB on disk", flush=True)
        if args.validate_up_to is None or n <= args.validate_up_to:
            secs, _peak = run(KG + ["validate", "--store", str(store)], stderr=subprocess.DEVNULL)
            print(f"validate (SPARQL engine): {secs:.1f} s", flush=True)
        cases = QUERY_CASES if args.corpus != "mix" else [c for c in QUERY_CASES if not c[1]] + MIX_CASES
        res = subprocess.run([sys.executable, "-c", QUERY_SCRIPT, str(store), json.dumps(cases)],
                             check=True, capture_output=True, text=True)
        for name, params, rows, truncated, first, best, whole, whole_s in json.loads(res.stdout):
            shown = " ".join(f"{k}={v!r}" for k, v in params.items()) or "(no parameters)"
            print(f"  query {name} {shown}: page {rows}{'+' if truncated else ''} rows, first {first:.0f} ms, "
                  f"best {best:.0f} ms; whole answer streamed {whole} rows in {whole_s:.2f} s", flush=True)


if __name__ == "__main__":
    main()
