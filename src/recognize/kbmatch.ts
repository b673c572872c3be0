// Longest match of sentence tokens against the KB trie, with proclitics on the first token.
import type { Hit, Kb, TrieNode } from "../kb/kb.js";
import { adjacent } from "./found.js";
import { type Tok, tokStems } from "./segment.js";

export interface KbMatch {
  first: number;
  last: number;
  prefixLength: number;
  hits: Hit[];
}

const KIND_ORDER = { state: 0, organization: 1, person: 2, group: 3, place: 4, event: 5 } as const;

const kindOrder = (kb: Kb, h: Hit) => KIND_ORDER[kb.entities.get(h.id)?.kind ?? "event"];

/**
 * The preferred hit when one surface form names several entities: the first of the lowest
 * kind order (what a stable sort by kind would put first).
 */
export function bestHit(kb: Kb, hits: Hit[]): Hit {
  let best = hits[0] as Hit;
  if (hits.length === 1) return best;
  let order = kindOrder(kb, best);
  for (let k = 1; k < hits.length; k++) {
    const o = kindOrder(kb, hits[k] as Hit);
    if (o < order) {
      best = hits[k] as Hit;
      order = o;
    }
  }
  return best;
}

/** A reading of a token that starts a KB key: the trie node after it. */
interface KbStart {
  node: TrieNode;
  prefixLength: number;
}

function computeStarts(kb: Kb, t: Tok): KbStart[] {
  const out: KbStart[] = [];
  for (const { stem, prefixLength } of tokStems(t)) {
    const node = kb.trie.next.get(stem);
    if (node) out.push({ node, prefixLength });
  }
  return out;
}

const NO_STARTS: KbStart[] = [];

/** The token's KB starts, kept on its info record (most tokens start no key). */
function kbStarts(kb: Kb, t: Tok): KbStart[] {
  const info = t.info;
  if (!info) return computeStarts(kb, t);
  if (info.kbOwner !== kb.trie) {
    const starts = computeStarts(kb, t);
    info.kbMemo = starts.length ? starts : NO_STARTS;
    info.kbOwner = kb.trie;
  }
  return info.kbMemo as KbStart[];
}

export function matchKb(kb: Kb, norm: string, tokens: Tok[]): KbMatch[] {
  const out: KbMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: KbMatch | null = null;
    for (const { node: start, prefixLength } of kbStarts(kb, tokens[i] as Tok)) {
      let node: TrieNode | undefined = start;
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
