// Writing an export folder as a whole. It is filled under a hidden sibling and renamed into
// place, so a crash never leaves half a folder at the target: a killed export leaves the
// previous folder (or none) there, and the next export removes what the killed one left.
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { alive } from "../write.js";

/** A folder that is not an export of this kind: replacing it would lose the user's files. */
export class ExportFolderError extends Error {
  constructor(
    readonly folder: string,
    message: string,
  ) {
    super(`${folder}: ${message}`);
    this.name = "ExportFolderError";
  }
}

type Phase = "tmp" | "old";

const sibling = (dir: string, phase: Phase, pid: number) =>
  join(dirname(dir), `.${basename(dir)}.athar-export-${phase}-${pid}`);

/** Removes what killed exports left beside `dir`, restoring a folder moved aside. */
function recover(dir: string): void {
  const prefix = `.${basename(dir)}.athar-export-`;
  const parent = dirname(dir);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent).sort()) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(tmp|old)-(\d+)$/.exec(name.slice(prefix.length));
    if (!m || alive(Number(m[2]))) continue;
    const path = join(parent, name);
    if (m[1] === "old" && !existsSync(dir)) renameSync(path, dir);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** Refuses a target that holds files but not `marker`: it is not an earlier export. */
function checkReplaceable(dir: string, target: string, marker: string): void {
  if (!existsSync(dir)) return;
  if (!lstatSync(dir).isDirectory())
    throw new ExportFolderError(target, "exists and is not a folder; choose another --out");
  const names = readdirSync(dir);
  if (names.length > 0 && !names.includes(marker))
    throw new ExportFolderError(
      target,
      `holds files but no earlier export (no ${marker}); an export replaces its folder as a ` +
        "whole, so choose a new or empty folder with --out",
    );
}

/**
 * Makes `target` the folder `fill` writes: all of it appears at once, replacing an earlier
 * export (a folder holding `marker`) or an empty folder, never other files.
 */
export async function writeFolderAtomic(
  target: string,
  marker: string,
  fill: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = resolve(target);
  recover(dir);
  checkReplaceable(dir, target, marker);
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = sibling(dir, "tmp", process.pid);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    await fill(tmp);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  if (existsSync(dir)) {
    const old = sibling(dir, "old", process.pid);
    renameSync(dir, old);
    renameSync(tmp, dir);
    rmSync(old, { recursive: true, force: true });
  } else {
    renameSync(tmp, dir);
  }
}
