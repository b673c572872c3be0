// Relation edges: one per (source, type, target, polarity), aggregating every mention as
// evidence, with weight = distinct articles.
import type { AtharGraph } from "../graph-file.js";
import { derivedEdgeKey, type EdgeAttributes } from "../graph-schema.js";
import type { Article, RelationMention } from "../schema.js";
import { ArticleCount } from "./article-count.js";
import {
  type EvidenceList,
  type EvidenceStore,
  heapEvidence,
  mostFrequent,
  toEvidence,
} from "./evidence.js";
import { familyOf, isSymmetric } from "./family.js";

/** One edge being gathered: what it needs of each mention, never the mention itself. */
interface Bucket {
  source: string;
  target: string;
  type: RelationMention["type"];
  polarity: RelationMention["polarity"];
  modes: RelationMention["mode"][];
  titles: RelationMention["title"][];
  docs: ArticleCount;
  evidence: EvidenceList;
}

/** `source|type|target|polarity`: defined beside view-edges.json, which leaves it out. */
export const edgeKey = derivedEdgeKey;

export function addRelationEdges(
  g: AtharGraph,
  relations: Iterable<RelationMention>,
  articles: Map<string, Article>,
  store: EvidenceStore = heapEvidence,
): void {
  const buckets = new Map<string, Bucket>();
  for (const r of relations) {
    let [s, t] = [r.source.id, r.target.id];
    if (s === t) continue;
    if (isSymmetric(r.type, r.mode) && t < s) [s, t] = [t, s];
    const key = edgeKey(s, r.type, t, r.polarity);
    let b = buckets.get(key);
    if (!b) {
      b = {
        source: s,
        target: t,
        type: r.type,
        polarity: r.polarity,
        modes: [],
        titles: [],
        docs: new ArticleCount(),
        evidence: store.newList(),
      };
      buckets.set(key, b);
    }
    b.modes.push(r.mode);
    b.titles.push(r.title);
    b.docs.add(r.doc);
    b.evidence.add(toEvidence(r, articles.get(r.doc)));
  }
  for (const key of [...buckets.keys()].sort()) {
    const b = buckets.get(key) as Bucket;
    if (!g.hasNode(b.source) || !g.hasNode(b.target)) continue;
    const attrs: EdgeAttributes = {
      type: b.type,
      family: familyOf(b.type),
      mode: mostFrequent(b.modes),
      polarity: b.polarity,
      weight: b.docs.size,
      mentions: b.modes.length,
      first_date: b.evidence.first,
      last_date: b.evidence.last,
      evidence: b.evidence.items(),
    };
    const title = mostFrequent(b.titles);
    if (title) attrs.title = title;
    g.addEdgeWithKey(key, b.source, b.target, attrs);
  }
}
