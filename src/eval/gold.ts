// Gold annotations (../shared/docs/ANNOTATION.md): one JSONL file per article.
import { z } from "zod";

export const GoldEntity = z.object({
  en: z.string(),
  ar: z.array(z.string()).default([]),
  alt: z.array(z.string()).default([]),
  type: z.string().optional(),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldLine = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("entity"), doc: z.string(), entity: GoldEntity }),
  z.object({
    kind: z.literal("relation"),
    doc: z.string(),
    source: GoldEntity,
    target: GoldEntity,
    type: z.string(),
    alt_types: z.array(z.string()).default([]),
    polarity: z.enum(["affirmed", "negated"]),
    attributed_to: GoldEntity.nullable().default(null),
    evidence: z.string().optional(),
  }),
]);
export type GoldLine = z.infer<typeof GoldLine>;
export type GoldRelation = Extract<GoldLine, { kind: "relation" }>;

export interface GoldDoc {
  doc: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** Parses one gold file's text; errors name the line. */
export function parseGold(name: string, text: string): GoldDoc[] {
  const docs = new Map<string, GoldDoc>();
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new Error(`${name}:${i + 1}: invalid JSON (${(e as Error).message})`);
    }
    const r = GoldLine.safeParse(raw);
    if (!r.success)
      throw new Error(
        `${name}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`,
      );
    const g = r.data;
    let d = docs.get(g.doc);
    if (!d) {
      d = { doc: g.doc, entities: [], relations: [] };
      docs.set(g.doc, d);
    }
    if (g.kind === "entity") d.entities.push(g.entity);
    else d.relations.push(g);
  });
  return [...docs.values()];
}
