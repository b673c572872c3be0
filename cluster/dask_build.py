#!/usr/bin/env python3
"""athar on a Dask cluster: extract partitions in parallel, then one `athar build --from`.

Reads article inputs (folders of .txt and .jsonl files, or .txt/.jsonl files), turns every
article into one JSON Lines record that names its document as `athar build` would name it
(`doc`, with its file's `sha256` and `bytes`, and a manifest.tsv's date, url and source),
splits the records into partitions, runs `athar extract` on each partition on a Dask worker
(a subprocess: the partition on its stdin, its records from its stdout), writes the records
to WORK/part-00000.jsonl ..., and builds the graph with `athar build --from WORK --out OUT`.
The outputs are the bytes a local `athar build` of the same inputs writes.

Partitions travel to the workers through Dask, so workers need no shared file system, only
node and athar at the same path (--athar). Needs Debian's python3-dask and python3-distributed
(or `pip install "dask[distributed]"`).
"""

import argparse
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = """examples:
  python3 cluster/dask_build.py seeds --out out/dask --workers 2
  python3 cluster/dask_build.py ../shared/corpus feed.jsonl --workers 4 --partitions 16 --out out/news
  python3 cluster/dask_build.py news/ --scheduler tcp://10.0.0.5:8786 --athar "node /opt/athar/bin/athar.js" --out out/news
"""


class InputError(Exception):
    """An input the driver cannot read; the message names it."""


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="dask_build.py",
        description=__doc__.split("\n\n")[0],
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", help="folders of .txt/.jsonl articles, or such files")
    p.add_argument("--out", default="out", help="the build's output folder (default: out)")
    p.add_argument("--work", help="folder for the partitions' records (default: a temporary one, removed)")
    p.add_argument("--workers", type=int, default=2, help="local worker processes (default: 2)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler, instead of a local cluster")
    p.add_argument("--partitions", type=int, help="number of partitions (default: one per worker)")
    p.add_argument("--kb", action="append", default=[], help="an extra knowledge-base file (repeatable)")
    p.add_argument(
        "--athar",
        default=f"node {shlex.quote(str(REPO / 'bin' / 'athar.js'))}",
        help="the command that runs athar, on the workers and here (default: node REPO/bin/athar.js)",
    )
    args = p.parse_args(argv)
    if args.workers < 1 or (args.partitions is not None and args.partitions < 1):
        p.error("--workers and --partitions must be 1 or more")
    return args


# --- reading the inputs: the names, hashes and metadata a local build gives ---------------


def read_manifest(folder):
    """manifest.tsv beside articles (columns file, date|time, url, source|outlet), as athar reads it."""
    path = folder / "manifest.tsv"
    if not path.exists():
        return {}
    head, *rows = path.read_text(encoding="utf-8").split("\n")
    cols = [c.strip().lower() for c in head.split("\t")]

    def col(*names):
        return next((i for i, c in enumerate(cols) if c in names), -1)

    f, d, u, s = col("file"), col("date", "time"), col("url"), col("source", "outlet")
    out = {}
    if f < 0:
        return out
    for row in rows:
        v = row.split("\t")
        name = v[f].strip() if f < len(v) else ""
        if not name:
            continue

        def cell(i, v=v):
            return v[i] if 0 <= i < len(v) else None

        # The date goes as written: athar parses it as it parses a manifest's.
        out[name] = {"date": cell(d) or None, "url": cell(u), "source": cell(s)}
    return out


def txt_record(path, doc, manifest):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 ({e.reason} at byte {e.start}); convert it, or use athar build")
    rec = {"doc": doc, "sha256": hashlib.sha256(raw).hexdigest(), "bytes": len(raw), "text": text}
    rec.update({k: v for k, v in manifest.get(path.name, {}).items() if v is not None})
    return rec


def jsonl_records(path, name, errors):
    """A .jsonl file's records, named name#LINE with the whole file's hash, as athar names them."""
    raw = path.read_bytes()
    sha, size = hashlib.sha256(raw).hexdigest(), len(raw)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for n, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            errors.append({"kind": "error", "doc": f"{name}:{n}", "message": f"invalid JSON or UTF-8 ({e})"})
            continue
        if not isinstance(rec, dict):
            errors.append({"kind": "error", "doc": f"{name}:{n}", "message": "record: expected an object"})
            continue
        yield {**rec, "doc": f"{name}#{n}", "sha256": sha, "bytes": size}


def article_files(inputs):
    """(path, doc) for every .txt/.jsonl file: relative to a folder given, or a file's own name."""
    found = []
    for given in map(Path, inputs):
        if given.is_dir():
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or Path(name).suffix.lower() not in (".txt", ".jsonl"):
                        continue
                    p = Path(root) / name
                    found.append((p, p.relative_to(given).as_posix()))
        elif given.is_file():
            found.append((given, given.name))
        else:
            raise InputError(f"{given}: no such file or folder")
    docs = [d for _, d in found]
    twice = sorted({d for d in docs if docs.count(d) > 1})
    if twice:
        raise InputError(f"two inputs give the document name {twice[0]}; give them in one folder")
    return found


def read_records(inputs, errors):
    manifests = {}
    for path, doc in article_files(inputs):
        if path.suffix.lower() == ".jsonl":
            yield from jsonl_records(path, doc, errors)
            continue
        folder = path.parent
        if folder not in manifests:
            manifests[folder] = read_manifest(folder)
        yield txt_record(path, doc, manifests[folder])


# --- the cluster ----------------------------------------------------------------------------


def extract_partition(data, command):
    """Runs on a worker: the partition's records on athar extract's stdin, its output back."""
    r = subprocess.run(command, input=data, capture_output=True)
    # 1: some articles failed; their error records are in the output, as for a local build.
    if r.returncode not in (0, 1):
        raise RuntimeError(f"athar extract exited {r.returncode}: {r.stderr.decode(errors='replace')[-2000:]}")
    return r.stdout


def partitions(lines, count):
    """Contiguous runs of about the same number of records."""
    size, rest = divmod(len(lines), count)
    start = 0
    for i in range(count):
        end = start + size + (1 if i < rest else 0)
        if end > start:
            yield b"".join(lines[start:end])
        start = end


def open_client(args):
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        return Client(args.scheduler)
    cluster = LocalCluster(
        n_workers=args.workers, processes=True, threads_per_worker=1, dashboard_address=None
    )
    return Client(cluster)


def run_extracts(args, lines, work, command):
    from dask.distributed import as_completed

    client = open_client(args)
    try:
        count = args.partitions or max(1, sum(client.nthreads().values()))
        parts = list(partitions(lines, count))
        futures = {client.submit(extract_partition, data, command, pure=False): i for i, data in enumerate(parts)}
        for future in as_completed(futures):
            out = work / f"part-{futures[future]:05d}.jsonl"
            tmp = out.with_suffix(".tmp")
            tmp.write_bytes(future.result())
            tmp.replace(out)
        return len(parts)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        import dask.distributed  # noqa: F401
    except ImportError as e:
        print(f"dask_build: needs Dask ({e}): apt-get install python3-dask python3-distributed", file=sys.stderr)
        return 2
    athar = shlex.split(args.athar)
    kb = [a for f in args.kb for a in ("--kb", f)]
    errors = []
    try:
        lines = [(json.dumps(r, ensure_ascii=False) + "\n").encode() for r in read_records(args.inputs, errors)]
    except (InputError, OSError) as e:
        print(f"dask_build: {e}", file=sys.stderr)
        return 2
    if not lines and not errors:
        print(f"dask_build: no .txt or .jsonl articles in {', '.join(args.inputs)}", file=sys.stderr)
        return 2
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="athar-dask-"))
    work.mkdir(parents=True, exist_ok=True)
    for old in work.glob("part-*.jsonl"):
        old.unlink()
    try:
        if errors:
            (work / "part-errors.jsonl").write_text("".join(json.dumps(e) + "\n" for e in errors))
        count = run_extracts(args, lines, work, athar + ["extract", "-q", *kb]) if lines else 0
        print(f"dask_build: {len(lines)} articles in {count} partitions extracted -> {work}", file=sys.stderr)
        return subprocess.run(athar + ["build", "--from", str(work), "--out", args.out, *kb]).returncode
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
