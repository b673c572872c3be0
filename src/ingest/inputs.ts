// From the paths a user gives (files and folders) to the article files of a batch. Each real
// file is read once, however many links or inputs reach it; each gets a document id that no
// other file shares; and the result does not depend on the order the inputs were given in.
import { lstatSync, readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import type { BuildError } from "../graph-schema.js";
import { compareDocs } from "../order.js";
import { cannotRead } from "./fs-errors.js";

export const EXTENSIONS = new Set([".txt", ".json", ".jsonl", ".html", ".htm"]);

export interface InputFile {
  path: string;
  /**
   * The name used in outputs: relative to the folder given, or the file's own name; when two
   * files would share that name, each is named relative to the inputs' common folder instead.
   */
  doc: string;
}

export interface Expanded {
  /** Sorted by doc id. */
  files: InputFile[];
  errors: BuildError[];
}

/** A file found under an input, before duplicates and name collisions are settled. */
interface Found extends InputFile {
  /** The real path: two finds with the same real path are one file. */
  real: string;
  /** Reached through a symbolic link inside a folder (a second way to a file, usually). */
  viaLink: boolean;
}

/** What one walk collects; `base` is the folder doc ids are relative to. */
interface Walk {
  base: string;
  found: Found[];
  errors: BuildError[];
}

const slashes = (p: string) => p.split(sep).join("/");

/** The real path, or null (with the reason recorded) when it cannot be resolved. */
function realPath(p: string, w: Walk): string | null {
  try {
    return realpathSync(p);
  } catch (e) {
    w.errors.push({ file: p, message: cannotRead(e) });
    return null;
  }
}

/** Why a link inside a folder cannot be followed. */
function linkError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "dangling symbolic link (its target does not exist); skipped";
  if (code === "ELOOP") return "symbolic link loop (the link leads back to itself); skipped";
  return cannotRead(e);
}

/**
 * Whether a folder is one being walked or holds one (a link `self -> ..`): walking it would
 * come back to where the walk already is, and again, until the path is too long.
 */
function leadsBack(real: string, enclosing: Set<string>): boolean {
  const prefix = real.endsWith(sep) ? real : real + sep;
  for (const e of enclosing) if (e === real || e.startsWith(prefix)) return true;
  return false;
}

/**
 * Walks a folder in name order, skipping dot-files. `enclosing` holds the real paths of the
 * folders being walked: a link back into one of them would make the walk endless.
 */
function walk(dir: string, w: Walk, enclosing: Set<string>, viaLink: boolean): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    w.errors.push({ file: dir, message: cannotRead(e) });
    return;
  }
  for (const name of names) {
    if (!name.startsWith(".")) visit(join(dir, name), w, enclosing, viaLink);
  }
}

function visit(p: string, w: Walk, enclosing: Set<string>, viaLink: boolean): void {
  let link = false;
  let st: Stats;
  try {
    link = lstatSync(p).isSymbolicLink();
    st = statSync(p);
  } catch (e) {
    w.errors.push({ file: p, message: link ? linkError(e) : cannotRead(e) });
    return;
  }
  if (st.isDirectory()) {
    const real = realPath(p, w);
    if (real === null) return;
    if (leadsBack(real, enclosing)) {
      w.errors.push({
        file: p,
        message: "symbolic link loop (points to an enclosing folder); skipped",
      });
      return;
    }
    enclosing.add(real);
    walk(p, w, enclosing, viaLink || link);
    enclosing.delete(real);
  } else if (EXTENSIONS.has(extname(p).toLowerCase())) {
    const real = realPath(p, w);
    if (real !== null)
      w.found.push({ path: p, doc: slashes(relative(w.base, p)), real, viaLink: viaLink || link });
  }
}

/** One input: a folder (walked) or a file (taken whatever its extension, as it was named). */
function expandOne(p: string, errors: BuildError[]): { found: Found[]; base: string } | null {
  let st: Stats;
  try {
    st = statSync(p);
  } catch (e) {
    let link = false;
    try {
      link = lstatSync(p).isSymbolicLink();
    } catch {}
    errors.push({ file: p, message: link ? linkError(e) : cannotRead(e) });
    return null;
  }
  const w: Walk = { base: p, found: [], errors };
  if (st.isDirectory()) {
    const real = realPath(p, w);
    if (real !== null) walk(p, w, new Set([real]), false);
    return { found: w.found, base: resolve(p) };
  }
  const real = realPath(p, w);
  if (real === null) return null;
  return {
    found: [{ path: p, doc: basename(p), real, viaLink: false }],
    base: dirname(resolve(p)),
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One find per real file. Which one is kept must not depend on input order: a find not
 * through a link wins (its name is the file's own), then the smallest doc id, then path.
 */
function readOnce(found: Found[]): Found[] {
  const ranked = [...found].sort(
    (a, b) =>
      Number(a.viaLink) - Number(b.viaLink) || compare(a.doc, b.doc) || compare(a.path, b.path),
  );
  const seen = new Set<string>();
  return ranked.filter((f) => !seen.has(f.real) && seen.add(f.real));
}

/** The deepest folder holding every base (absolute paths). */
export function commonFolder(bases: string[]): string {
  const split = bases.map((b) => b.split(sep));
  const first = split[0] ?? [];
  let n = first.length;
  for (const parts of split) {
    let k = 0;
    while (k < n && parts[k] === first[k]) k++;
    n = k;
  }
  return first.slice(0, n).join(sep) || sep;
}

/**
 * Gives files whose doc ids collide their path relative to `root` instead. Renaming can make
 * a new collision with a file that kept its short name (a folder's `a/x.txt` and another
 * input's `a/x.txt`), so it repeats; paths relative to one root are distinct, so it ends.
 */
function settleCollisions(files: Found[], root: string): void {
  for (;;) {
    const byDoc = new Map<string, Found[]>();
    for (const f of files) byDoc.set(f.doc, [...(byDoc.get(f.doc) ?? []), f]);
    let renamed = false;
    for (const group of byDoc.values()) {
      if (group.length < 2) continue;
      for (const f of group) {
        const full = slashes(relative(root, resolve(f.path)));
        if (f.doc !== full) {
          f.doc = full;
          renamed = true;
        }
      }
    }
    if (!renamed) return;
  }
}

/** Errors in a fixed order, each once (a folder given twice would report its problems twice). */
function uniqueSorted(errors: BuildError[]): BuildError[] {
  const seen = new Set<string>();
  return errors
    .filter((e) => {
      const key = `${e.file}\n${e.message}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => compareDocs(a.file, b.file) || compare(a.message, b.message));
}

/** Files and folders (recursively) to the article files they hold, sorted by doc id. */
export function expandInputs(paths: string[]): Expanded {
  const errors: BuildError[] = [];
  const found: Found[] = [];
  const bases: string[] = [];
  for (const p of paths) {
    const r = expandOne(p, errors);
    if (!r) continue;
    found.push(...r.found);
    bases.push(r.base);
  }
  const files = readOnce(found);
  settleCollisions(files, commonFolder(bases));
  files.sort((a, b) => compareDocs(a.doc, b.doc));
  return { files: files.map(({ path, doc }) => ({ path, doc })), errors: uniqueSorted(errors) };
}
