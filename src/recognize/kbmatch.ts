// Longest match of sentence tokens against the KB trie, with proclitics on the first token.
import type { Hit, Kb } from "../kb/kb.js";
import { adjacent } from "./found.js";
import { type Tok, tokStems } from "./segment.js";

export interface KbMatch {
  first: number;
  last: number;
  prefixLength: number;
  hits: Hit[];
}

const KIND_ORDER = { state: 0, organization: 1, person: 2, place: 3, event: 4 } as const;

/** The preferred hit when one surface form names several entities. */
export function bestHit(kb: Kb, hits: Hit[]): Hit {
  return [...hits].sort((a, b) => {
    const ka = KIND_ORDER[kb.entities.get(a.id)?.kind ?? "event"];
    const kb_ = KIND_ORDER[kb.entities.get(b.id)?.kind ?? "event"];
    return ka - kb_;
  })[0] as Hit;
}

export function matchKb(kb: Kb, norm: string, tokens: Tok[]): KbMatch[] {
  const out: KbMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: KbMatch | null = null;
    for (const { stem, prefixLength } of tokStems(tokens[i] as Tok)) {
      let node = kb.trie.next.get(stem);
      let j = i;
      while (node) {
        if (node.hits && (!best || j > best.last)) {
          best = { first: i, last: j, prefixLength, hits: node.hits };
        }
        const cur = tokens[j] as Tok;
        const nxt = tokens[j + 1];
        if (!nxt || !adjacent(norm, cur.end, nxt.start)) break;
        node = node.next.get(nxt.text);
        j++;
      }
    }
    if (best) {
      out.push(best);
      i = best.last + 1;
    } else i++;
  }
  return out;
}
