// Entity nodes from mentions: one node per entity, with labels, roles, aliases as written
// and mention/article counts.
import type { NodeAttributes } from "../graph-schema.js";
import type { Kb } from "../kb/kb.js";
import type { EntityRef, Mention } from "../schema.js";
import { ArticleCount } from "./article-count.js";

export interface NodeAccumulator {
  ref: EntityRef;
  aliases: Set<string>;
  mentions: number;
  /** Articles it is found in (mentions and relations are given article by article). */
  docs: ArticleCount;
}

export function accumulateNodes(
  mentions: Iterable<Mention>,
  into = new Map<string, NodeAccumulator>(),
) {
  for (const m of mentions) {
    const acc = accumulatorOf(into, m.entity);
    acc.aliases.add(m.text);
    acc.mentions++;
    acc.docs.add(m.doc);
  }
  return into;
}

/** Ensures an entity that appears only in relations (e.g. via coreference) has a node. */
export function touchNode(into: Map<string, NodeAccumulator>, ref: EntityRef, doc: string): void {
  accumulatorOf(into, ref).docs.add(doc);
}

/** `ref`'s accumulator in `into`, made empty the first time. */
function accumulatorOf(into: Map<string, NodeAccumulator>, ref: EntityRef): NodeAccumulator {
  let acc = into.get(ref.id);
  if (!acc) {
    acc = { ref, aliases: new Set(), mentions: 0, docs: new ArticleCount() };
    into.set(ref.id, acc);
  }
  return acc;
}

export function nodeAttributes(acc: NodeAccumulator, kb: Kb): NodeAttributes {
  const e = kb.entities.get(acc.ref.id);
  return {
    kind: acc.ref.kind,
    label_ar: acc.ref.label_ar,
    label_en: acc.ref.label_en,
    aliases: [...acc.aliases].sort(),
    roles: e?.roles ?? [],
    provisional: !e,
    mentions: acc.mentions,
    articles: acc.docs.size,
  };
}
