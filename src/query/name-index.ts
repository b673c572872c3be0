// The lookup tables built once per graph: whole names, single words and id suffixes to entity
// ids. Entity → incident edges needs no table of ours: graphology keeps each node's in and out
// adjacency, so a node's edges are reached in O(degree).
import type { AtharGraph } from "../graph-file.js";
import { aliasVariants } from "../text/variants.js";
import { nameKey } from "./names.js";

export interface NameIndex {
  /** Whole normalized names (labels, aliases and their spelling variants) → ids. */
  readonly names: ReadonlyMap<string, readonly string[]>;
  /** Single normalized words of those names → ids. */
  readonly words: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased ids and id suffixes ("kp", "kim-jong-un") → ids. */
  readonly ids: ReadonlyMap<string, readonly string[]>;
  /** Every entity's distinct name keys, for closest-name suggestions. */
  readonly keysOf: ReadonlyMap<string, readonly string[]>;
}

export function buildNameIndex(graph: AtharGraph): NameIndex {
  const names = new Map<string, string[]>();
  const words = new Map<string, string[]>();
  const ids = new Map<string, string[]>();
  const keysOf = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    // Aliases usually repeat the label: normalize each distinct spelling once.
    const raw = new Set<string>(a.aliases);
    raw.add(a.label_ar);
    if (a.label_en) raw.add(a.label_en);
    const keys = new Set<string>();
    for (const name of raw) {
      const key = nameKey(name);
      if (!key) continue;
      keys.add(key);
      // Spelling variants (غ/ج, run-together names) are Arabic-only; Latin keys pass through.
      if (!isAscii(key)) for (const v of aliasVariants(key)) keys.add(v);
    }
    const entityWords = new Set<string>();
    for (const key of keys) {
      add(names, key, id);
      for (const w of key.split(" ")) entityWords.add(w);
    }
    for (const w of entityWords) add(words, w, id);
    keysOf.set(id, [...keys]);
    const lower = id.toLowerCase();
    add(ids, lower, id);
    const suffix = lower.slice(lower.indexOf(":") + 1);
    if (suffix !== lower) add(ids, suffix, id);
  });
  return { names, words, ids, keysOf };
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
