// Event nodes (meetings, visits, summits, exercises, deliveries, deals): the same event told
// by several articles (same kind, same participants, same month) is one node, linked to its
// participants and to the place it happened.
import { createHash } from "node:crypto";
import type { AtharGraph } from "../graph-file.js";
import type { EventType } from "../graph-schema.js";
import { EventType as EventTypeSchema } from "../graph-schema.js";
import type { Article, EntityRef, RelationMention } from "../schema.js";
import { ArticleCount } from "./article-count.js";
import { type EvidenceList, type EvidenceStore, heapEvidence, toEvidence } from "./evidence.js";
import { isSymmetric } from "./family.js";
import { structuralEdge } from "./structure.js";

const EVENT_AR: Record<EventType, string> = {
  meeting: "لقاء",
  visit: "زيارة",
  summit: "قمة",
  exercise: "مناورات",
  delivery: "إمدادات",
  deal: "صفقة",
};

interface EventBucket {
  type: EventType;
  actor: EntityRef;
  recipient: EntityRef;
  place: EntityRef | null;
  window: string | null;
  evidence: EvidenceList;
  docs: ArticleCount;
}

/** Adds event nodes and their PARTICIPANT / LOCATED_IN edges; returns places to ensure. */
export function addEvents(
  g: AtharGraph,
  relations: Iterable<RelationMention>,
  articles: Map<string, Article>,
  store: EvidenceStore = heapEvidence,
): void {
  const buckets = new Map<string, EventBucket>();
  for (const r of relations) {
    const parsed = EventTypeSchema.safeParse(r.event);
    // An event needs two parties: "X met X" (a wrong antecedent, a repeated name) is none.
    if (!parsed.success || r.polarity === "negated" || r.source.id === r.target.id) continue;
    const type = parsed.data;
    const symmetric = isSymmetric(r.type, r.mode);
    const [a, b] =
      symmetric && r.target.id < r.source.id ? [r.target, r.source] : [r.source, r.target];
    const date = r.date ?? articles.get(r.doc)?.date ?? null;
    const window = date ? date.slice(0, 7) : null;
    const key = `${type}|${a.id}|${b.id}|${window ?? "undated"}`;
    let e = buckets.get(key);
    if (!e) {
      e = {
        type,
        actor: a,
        recipient: b,
        place: r.place ?? null,
        window,
        evidence: store.newList(),
        docs: new ArticleCount(),
      };
      buckets.set(key, e);
    }
    e.place ??= r.place ?? null;
    e.evidence.add(toEvidence(r, articles.get(r.doc)));
    e.docs.add(r.doc);
  }
  for (const key of [...buckets.keys()].sort()) {
    const e = buckets.get(key) as EventBucket;
    if (!g.hasNode(e.actor.id) || !g.hasNode(e.recipient.id)) continue;
    const id = `event:${e.type}-${createHash("sha1").update(key).digest("hex").slice(0, 10)}`;
    const first = e.evidence.first;
    const evidence = e.evidence.items();
    const names = (x: EntityRef) => x.label_en ?? x.label_ar;
    g.addNode(id, {
      kind: "event",
      label_ar: `${EVENT_AR[e.type]} ${e.actor.label_ar} و${e.recipient.label_ar}`,
      label_en: `${e.type[0]?.toUpperCase()}${e.type.slice(1)}: ${names(e.actor)} – ${names(e.recipient)}${e.window ? ` (${e.window})` : ""}`,
      aliases: [],
      roles: [],
      provisional: false,
      mentions: e.evidence.count,
      articles: e.docs.size,
      event_type: e.type,
      date: first,
      evidence,
    });
    const counts = {
      weight: e.docs.size,
      mentions: e.evidence.count,
      first_date: first,
      last_date: first,
    };
    const link = (to: string, role: "actor" | "recipient") => {
      const attrs = structuralEdge("PARTICIPANT", { ...counts, evidence }, role);
      const key = `${to}|PARTICIPANT|${id}|affirmed`;
      if (!g.hasEdge(key)) g.addEdgeWithKey(key, to, id, attrs);
    };
    link(e.actor.id, "actor");
    link(e.recipient.id, "recipient");
    if (e.place && g.hasNode(e.place.id) && !g.hasEdge(`${id}|LOCATED_IN|${e.place.id}|affirmed`)) {
      const attrs = structuralEdge("LOCATED_IN", { ...counts, evidence: [] });
      g.addEdgeWithKey(`${id}|LOCATED_IN|${e.place.id}|affirmed`, id, e.place.id, attrs);
    }
  }
}
