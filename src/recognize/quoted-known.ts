// An organisation named with its name in quotes after its head («حركة "أمل"»، «كتلة "الوفاء
// للمقاومة"») is found by the quoted-name pattern, since the quotes stand between the words
// the KB knows together. When the name without its quotes is one the KB knows («حركة أمل»),
// the mention is that entity, not a provisional one.
import { type Kb, type KbEntity, refOf } from "../kb/kb.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Found } from "./found.js";

const byName = new WeakMap<Kb, Map<string, KbEntity>>();

/** The KB's organisations by their Arabic label and aliases, normalized (built once per KB). */
function organisationsByName(kb: Kb): Map<string, KbEntity> {
  let names = byName.get(kb);
  if (names) return names;
  names = new Map();
  for (const e of kb.entities.values()) {
    if (e.kind !== "organization") continue;
    for (const form of [e.label_ar, ...e.aliases]) {
      const key = normalizeForMatch(form);
      if (!names.has(key)) names.set(key, e);
    }
  }
  byName.set(kb, names);
  return names;
}

/** The quoted-name mentions with the KB's entity where it knows the name. */
export function knownQuotedNames(kb: Kb, found: Found[]): Found[] {
  if (!found.some((f) => f.rule === "org-quoted")) return found;
  const names = organisationsByName(kb);
  return found.map((f) => {
    if (f.rule !== "org-quoted") return f;
    const e = names.get(normalizeForMatch(f.entity.label_ar));
    if (!e) return f;
    const { provisional: _, ...rest } = f;
    return { ...rest, entity: refOf(e), rule: "kb-quoted" };
  });
}
