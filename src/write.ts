// Writing outputs. A build's files become visible together or not at all: they are written
// into a fresh hidden sibling of the output folder, which is then swapped in. A build killed
// at any moment leaves the previous set whole (at its place, or, in the instant between the
// two renames of the swap, in its hidden sibling), and the next build finishes or undoes what
// the killed one left.
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { OutputWriter, RenderFile } from "./export/sink.js";

/** Writes `content` to `path` through a temporary name, synced to disk before the rename. */
export function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeDurably(tmp, content);
  renameSync(tmp, path);
}

function writeDurably(path: string, content: string): void {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** One row of a JSON Lines file, newline included. */
export const jsonLine = (row: unknown) => `${JSON.stringify(row)}\n`;

export const jsonl = (rows: readonly unknown[]) => rows.map(jsonLine).join("");

/** A folder that exists but is not athar's output: replacing it would lose the user's files. */
export class OutputFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputFolderError";
  }
}

/** The file that marks a folder as a build's output (every build writes it). */
const MARK = "graph.json";
/**
 * The store a build writes before its other files (src/store/schema.ts STORE_FILE): a folder
 * holding only it is a first build that was stopped before its files were written.
 */
const STORE_MARK = "athar.duckdb";
/** Files an older athar left behind when it was killed in the middle of a write. */
const STRAY_TEMP = /\.tmp-\d+$/;

type Phase = "tmp" | "ready" | "old";

interface Sibling {
  path: string;
  phase: Phase;
  pid: number;
}

const siblingName = (base: string, phase: Phase, pid: number, n = 0) =>
  `.${base}.athar-${phase}-${pid}${n ? `-${n}` : ""}`;

/** The hidden siblings of `dir` that builds (finished, killed or running) left. */
function siblings(dir: string): Sibling[] {
  const parent = dirname(dir);
  const prefix = `.${basename(dir)}.athar-`;
  if (!existsSync(parent)) return [];
  const out: Sibling[] = [];
  for (const name of readdirSync(parent).sort()) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(tmp|ready|old)-(\d+)(?:-\d+)?$/.exec(name.slice(prefix.length));
    if (m) out.push({ path: join(parent, name), phase: m[1] as Phase, pid: Number(m[2]) });
  }
  return out;
}

/** Whether process `pid` (which left a hidden sibling folder) is still running. */
export function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Finishes or undoes what killed builds left beside `dir`: a complete ("ready") set is swapped
 * in, a set moved aside ("old") comes back when nothing replaced it, half-written sets and
 * stray temporary files are removed. Siblings of a build still running are left alone.
 */
export function recoverOutputs(target: string): string[] {
  const dir = resolve(target);
  const notes: string[] = [];
  const dead = siblings(dir).filter((s) => !alive(s.pid));
  const ready = dead.filter((s) => s.phase === "ready").pop();
  if (ready) {
    swapIn(dir, ready.path);
    notes.push(`finished an interrupted build's swap into ${target}`);
  }
  for (const s of siblings(dir).filter((x) => !alive(x.pid))) {
    if (s.phase === "old" && !existsSync(dir)) {
      renameSync(s.path, dir);
      notes.push(`restored ${target} as it was before an interrupted build`);
      continue;
    }
    rmSync(s.path, { recursive: true, force: true });
  }
  if (existsSync(dir) && lstatSync(dir).isDirectory()) {
    for (const name of readdirSync(dir)) {
      if (STRAY_TEMP.test(name)) rmSync(join(dir, name), { force: true });
    }
  }
  return notes;
}

/** Moves what the user keeps in `dir` besides a build (exports, notes) into `ready`, then swaps. */
function swapIn(dir: string, ready: string): void {
  if (existsSync(dir)) {
    const fresh = new Set(readdirSync(ready));
    for (const name of readdirSync(dir)) {
      if (fresh.has(name) || STRAY_TEMP.test(name)) continue;
      renameSync(join(dir, name), join(ready, name));
    }
    const old = join(dirname(dir), siblingName(basename(dir), "old", process.pid));
    rmSync(old, { recursive: true, force: true });
    renameSync(dir, old);
    renameSync(ready, dir);
    rmSync(old, { recursive: true, force: true });
  } else {
    renameSync(ready, dir);
  }
}

/** Refuses to replace a folder that holds files but no build. */
function checkReplaceable(dir: string, target: string): void {
  if (!existsSync(dir)) return;
  if (!lstatSync(dir).isDirectory())
    throw new OutputFolderError(`${target} exists and is not a folder; choose another --out`);
  const names = readdirSync(dir).filter((n) => !STRAY_TEMP.test(n));
  if (names.length > 0 && !names.includes(MARK) && !names.includes(STORE_MARK))
    throw new OutputFolderError(
      `${target} holds files but no athar build (no ${MARK}); a build replaces its output ` +
        "folder as a whole, so choose a new or empty folder with --out",
    );
}

/**
 * Makes `target` ready for a build before anything is written into it (the store is, first):
 * what killed builds left is finished or undone, and a folder that holds files but no build
 * is refused with an OutputFolderError.
 */
export function prepareOutputFolder(target: string): void {
  recoverOutputs(target);
  checkReplaceable(resolve(target), target);
}

/** A failure to write the output folder (the disk, not an article): never an article's error. */
export class OutputWriteError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "OutputWriteError";
  }
}

/** How much text a file being written gathers before it goes to the disk. */
const FLUSH_CHARS = 1 << 20;

/**
 * A build's files written straight into a hidden sibling of `target` as they are rendered
 * (never held whole in memory), then swapped in as one set by commit(): all of them become
 * visible at once, or none. Files already in `target` that the build does not write (an
 * export's csv/, notes) are kept.
 */
export class StagedOutputs implements OutputWriter {
  private readonly dir: string;
  private readonly tmp: string;
  /** Each file written so far and the SHA-256 of its bytes. */
  hashes: Record<string, string> = {};

  constructor(private readonly target: string) {
    this.dir = resolve(target);
    this.tmp = join(dirname(this.dir), siblingName(basename(this.dir), "tmp", process.pid));
  }

  /** Finishes what killed builds left and refuses a folder that is not a build's (OutputFolderError). */
  prepare(): void {
    recoverOutputs(this.target);
    checkReplaceable(this.dir, this.target);
  }

  begin(): void {
    this.prepare();
    this.hashes = {};
    this.io(() => {
      rmSync(this.tmp, { recursive: true, force: true });
      mkdirSync(this.tmp, { recursive: true });
    });
  }

  file(name: string, render: RenderFile): void {
    const fd = this.io(() => openSync(join(this.tmp, name), "w"));
    const hash = createHash("sha256");
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      const bytes = Buffer.from(pending.join(""), "utf8");
      pending = [];
      size = 0;
      hash.update(bytes);
      this.io(() => writeAll(fd, bytes));
    };
    try {
      render({
        write: (text) => {
          pending.push(text);
          size += text.length;
          if (size >= FLUSH_CHARS) flush();
        },
      });
      flush();
      this.io(() => fsyncSync(fd));
    } finally {
      closeSync(fd);
    }
    this.hashes[name] = hash.digest("hex");
  }

  /** Swaps the files written since begin() into `target`; returns their paths. */
  commit(): string[] {
    const ready = join(dirname(this.dir), siblingName(basename(this.dir), "ready", process.pid));
    const names = Object.keys(this.hashes).sort();
    this.io(() => {
      renameSync(this.tmp, ready);
      swapIn(this.dir, ready);
    });
    return names.map((n) => join(this.target, n));
  }

  /** Removes what was written since begin(): the folder stays as it was. */
  discard(): void {
    rmSync(this.tmp, { recursive: true, force: true });
  }

  private io<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw new OutputWriteError(`cannot write ${this.target}: ${(e as Error).message}`, {
        cause: e,
      });
    }
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let at = 0;
  while (at < bytes.length) at += writeSync(fd, bytes, at);
}

/**
 * Writes the named files as one set into `target`: all of them become visible at once, or
 * none. Files already in `target` that the build does not write (an export's csv/, notes) are
 * kept. Returns the paths written.
 */
export function writeOutputs(target: string, files: Record<string, string>): string[] {
  const staged = new StagedOutputs(target);
  staged.begin();
  try {
    for (const name of Object.keys(files).sort())
      staged.file(name, (out) => out.write(files[name] as string));
    return staged.commit();
  } catch (e) {
    staged.discard();
    throw e;
  }
}
