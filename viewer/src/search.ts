// Entity search, normalized like the pipeline (src/text): tashkeel, alef/ya/ta-marbuta and
// Persian letters folded, proclitics stripped, غ/ج variants joined. The index is built once
// per graph, so a keystroke is a scan over short precomputed strings.
import { stems } from "../../src/text/clitics.js";
import { normalizeForMatch } from "../../src/text/normalize.js";
import { aliasVariants } from "../../src/text/variants.js";
import type { ViewGraph } from "./model.js";

export interface Hit {
  node: string;
  score: number;
  /** The name that matched, as written in the data. */
  matched: string;
}

interface Entry {
  node: string;
  keys: string[];
  names: string[];
  /** Larger nodes win ties: the entity people mean is usually the well-connected one. */
  weight: number;
}

/** Matching form of a name or query: pipeline normalization plus Latin accents removed. */
export function searchKey(s: string): string {
  return normalizeForMatch(s.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
}

/** The query and its clitic-free readings ("وبوتين" -> "بوتين"), each token at a time. */
export function queryForms(q: string): string[] {
  const key = searchKey(q);
  if (!key) return [];
  const tokens = key.split(" ");
  const first = tokens[0] ?? "";
  const rest = tokens.slice(1).join(" ");
  const out = new Set<string>();
  for (const s of stems(first)) out.add(rest ? `${s.stem} ${rest}` : s.stem);
  return [...out];
}

export class SearchIndex {
  private entries: Entry[] = [];

  constructor(graph: ViewGraph, nodes: Iterable<string> = graph.nodes()) {
    this.add(graph, nodes);
  }

  /**
   * The index built a slice of nodes at a time, yielding to the page between slices: at
   * 20,000 nodes the whole takes about half a second, which a click would otherwise wait for.
   */
  static async inSlices(graph: ViewGraph, slice = 2_000): Promise<SearchIndex> {
    const all = graph.nodes();
    const index = new SearchIndex(graph, []);
    for (let i = 0; i < all.length; i += slice) {
      if (i > 0) await new Promise((r) => setTimeout(r, 0));
      index.add(graph, all.slice(i, i + slice));
    }
    return index;
  }

  private add(graph: ViewGraph, nodes: Iterable<string>): void {
    for (const node of nodes) {
      const a = graph.getNodeAttributes(node);
      const names = [a.label_ar, a.label_en ?? "", ...a.aliases, node].filter(Boolean);
      const keys: string[] = [];
      const keyNames: string[] = [];
      for (const name of names) {
        for (const v of aliasVariants(searchKey(name))) {
          keys.push(v);
          keyNames.push(name);
        }
      }
      this.entries.push({ node, keys, names: keyNames, weight: graph.degree(node) });
    }
  }

  search(query: string, limit = 10): Hit[] {
    const forms = queryForms(query);
    if (forms.length === 0) return [];
    const hits: Hit[] = [];
    for (const e of this.entries) {
      let best = 0;
      let matched = "";
      for (let i = 0; i < e.keys.length; i++) {
        const k = e.keys[i] ?? "";
        for (const f of forms) {
          const s = score(k, f);
          if (s > best) {
            best = s;
            matched = e.names[i] ?? "";
          }
        }
      }
      if (best > 0)
        hits.push({ node: e.node, score: best + Math.min(e.weight, 99) / 100, matched });
    }
    hits.sort((a, b) => b.score - a.score || a.node.localeCompare(b.node));
    return hits.slice(0, limit);
  }
}

/** Exact > prefix > word prefix ("بوتين" in "فلاديمير بوتين") > substring. */
function score(key: string, q: string): number {
  if (key === q) return 4;
  if (key.startsWith(q)) return 3;
  const at = key.indexOf(q);
  if (at < 0) return 0;
  if (key[at - 1] === " " || key[at - 1] === ":" || key[at - 1] === "-") return 2;
  // Also "ال" + query: "روسيه" inside "الروسيه".
  if (at >= 2 && key.slice(at - 2, at) === "ال" && (at === 2 || key[at - 3] === " ")) return 2;
  return q.length >= 3 ? 1 : 0;
}
