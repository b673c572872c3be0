// Reading knowledge-base files from disk. A broken file stops the build with the file, the
// entry and what is wrong: a silently half-loaded KB would quietly change every result.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { KbEntry } from "../schema.js";

export class KbError extends Error {}

/** The bundled KB folder (kb/ at the package root, beside src/ and dist/). */
export function bundledKbDir(): string {
  // src/kb/load.ts and dist/src/kb/load.js both sit below the root; find kb/ upwards.
  const here = fileURLToPath(new URL(".", import.meta.url));
  const candidates = [join(here, "../../kb"), join(here, "../../../kb")];
  for (const c of candidates) {
    try {
      readdirSync(c);
      return c;
    } catch {}
  }
  throw new KbError(`bundled knowledge base not found (looked in ${candidates.join(", ")})`);
}

export function bundledKbFiles(): string[] {
  const dir = bundledKbDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(dir, f));
}

export interface LoadedEntry {
  entry: KbEntry;
  file: string;
  index: number;
}

/** Every id an entry points at, with the field that names it as a message shows it. */
function referencesOf(e: KbEntry): Array<[field: string, id: string]> {
  const out: Array<[string, string]> = [];
  if (e.stands_for) out.push(["stands_for", e.stands_for]);
  if (e.part_of) out.push(["part_of", e.part_of]);
  if (e.located_in) out.push(["located_in", e.located_in]);
  e.roles.forEach((r, i) => {
    out.push([`roles[${i}].of`, r.of]);
  });
  return out;
}

/**
 * Throws KbError when an entry points at an id no file defines. Checked over all the files
 * together (bundled and --kb), since a user's entry may point at a bundled one or the reverse;
 * a typo in `of` would otherwise make a ROLE edge to a node that does not exist.
 */
function checkReferences(loaded: LoadedEntry[]): void {
  const known = new Set(loaded.map((l) => l.entry.id));
  const unknown: string[] = [];
  for (const { entry, file, index } of loaded) {
    for (const [field, id] of referencesOf(entry)) {
      if (!known.has(id))
        unknown.push(`${file}: entry ${index} (${entry.id}): ${field} "${id}" is not a known id`);
    }
  }
  if (unknown.length === 0) return;
  const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more unknown ids)` : "";
  throw new KbError(`${unknown[0]}${more}`);
}

/**
 * Reads and validates KB files as one knowledge base; throws KbError naming file, entry and
 * problem. Every entry is checked on its own first, then the references between entries.
 */
export function loadKbFiles(files: string[]): LoadedEntry[] {
  const out: LoadedEntry[] = [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new KbError(`${file}: cannot read knowledge base: ${(e as Error).message}`);
    }
    if (!Array.isArray(raw)) throw new KbError(`${file}: expected a JSON array of entries`);
    raw.forEach((item, index) => {
      const r = KbEntry.safeParse(item);
      if (!r.success) {
        const id = (item as { id?: unknown })?.id;
        const what = r.error.issues.map((i) => `${i.path.join(".") || "entry"}: ${i.message}`);
        throw new KbError(
          `${file}: entry ${index}${typeof id === "string" ? ` (${id})` : ""}: ${what.join("; ")}`,
        );
      }
      out.push({ entry: r.data, file, index });
    });
  }
  checkReferences(out);
  return out;
}
