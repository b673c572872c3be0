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

/** Reads and validates KB files; throws KbError naming file, entry and problem. */
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
  return out;
}
