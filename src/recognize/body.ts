// A body named after the person who leads it: "إدارة ترامب" (the Trump administration),
// "حكومة إدوار فيليب"، "حملة ترامب". The person still stands in the sentence for the relations
// (the rules read "إدارة ترامب" as Trump acting); the body is named as a mention of its own
// (ANNOTATION.md: an institution is an actor). The heads are "person_bodies" in
// lexicon/actors.json; only persons the KB knows lend their names.
import type { Found } from "./found.js";
import { adjacent } from "./found.js";
import { type Tok, tokStems } from "./segment.js";

export function personBodies(
  heads: ReadonlyMap<string, { head: string; en: string }>,
  norm: string,
  tokens: Tok[],
  found: readonly Found[],
): Found[] {
  if (heads.size === 0) return [];
  const out: Found[] = [];
  for (const f of found) {
    if (f.entity.kind !== "person" || f.provisional || f.first === 0) continue;
    const h = tokens[f.first - 1] as Tok;
    if (!adjacent(norm, h.end, (tokens[f.first] as Tok).start)) continue;
    const st = tokStems(h).find(
      (s) => heads.has(s.stem) && /^[وبلف]*$/.test(h.text.slice(0, s.prefixLength)),
    );
    if (!st) continue;
    const slug = f.entity.id.replace(/^person:/, "");
    const { head, en } = heads.get(st.stem) as { head: string; en: string };
    out.push({
      entity: {
        id: `group:${en}-${slug}`,
        kind: "organization",
        label_ar: `${head} ${f.entity.label_ar}`,
        label_en: f.entity.label_en ? `${f.entity.label_en} ${en}` : null,
      },
      rule: "person-body",
      first: f.first - 1,
      last: f.last,
      start: h.start + st.prefixLength,
      end: f.end,
    });
  }
  return out;
}
