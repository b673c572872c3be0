// Words an office may run through although they are stopwords (they never start or continue a
// name): the body the office heads, "رئيس الحكومة"، "وزير الدولة"، "قائد الجيش"، "قائد القوات".
// Those are the collective heads (group_heads) and the state words (state_words) of
// lexicon/words.json. Shared by the name patterns and the ROLE offices of src/extract/units.ts.
import type { Words } from "../text/words.js";
import { bundledActors } from "./actors.js";

/** A stopword that still names the body an office heads (normalized token text). */
export const officeBody = (text: string, w: Words): boolean =>
  w.group_heads.has(text) || w.state_words.has(text.replace(/^ال/, ""));

/**
 * A political party or movement ("حزب العمال البريطاني"، "حركة النهضة"): its leader's office is
 * the party's, although the knowledge base makes the party part of its state (a ministry's or
 * an army's office is the state's). Read on the KB label, normalized; the heads are
 * "party_heads" in lexicon/actors.json.
 */
export const isPartyLabel = (normLabel: string): boolean => {
  const first = (normLabel.split(" ")[0] ?? "").replace(/^ال/, "");
  return bundledActors().partyHeads.has(first);
};

/**
 * An imperfect verb ("يتهم"، "تطالب"، "سيطلب"): it ends an office, whatever follows it
 * ("الرئيس الأمريكي يتهم مكتب التحقيقات"). Normalized token text.
 */
export const imperfectVerb = (text: string): boolean =>
  /^[وف]?[سل]?[يت](?!ش)[\u0621-\u064a]{3,}$/.test(text);
