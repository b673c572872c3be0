// Arrivals that are no visits. A visit (CONSULT) is one actor's call on another; refugees
// reaching a country, gunmen reaching a village or a state's troops reaching the front call on
// no one: «وصل 120 لاجئا إلى ألمانيا»، «وصلت قوات روسية إلى سوريا». Who arrives so is data
// (lexicon/relations.json arrivals): generic actors by sector, and the heads that make a
// state's nisba its troops or citizens.
import { adjacent } from "../recognize/found.js";
import { tokStems } from "../recognize/segment.js";
import type { Lexicon } from "./lexicon.js";
import type { Draft } from "./scope.js";
import { type SentenceView, type Unit, unnamedGroup } from "./units.js";

/** The sector of a generic actor's id: "group:refugees-sy" and "group:refugees" are refugees. */
function ofSector(id: string, sectors: ReadonlySet<string>): boolean {
  const name = id.slice("group:".length);
  return sectors.has(name) || sectors.has(name.replace(/-[a-z]{2}$/, ""));
}

/**
 * Whether the unit arrives without visiting: a sector's crowd, or troops named by their head
 * word, a state's («قوات روسية») or a force's own name («الجيش الأمريكي»، «القوات الأمريكية»).
 */
export function arrivesOnly(v: SentenceView, lex: Lexicon, u: Unit): boolean {
  if (unnamedGroup(u)) return !visitorsOf(v, lex, u) && ofSector(u.ref.id, lex.arrivals.sectors);
  if (u.ref.kind === "person" || u.office || ownedByNoun(v, lex, u)) return false;
  const head = v.tokens[u.first];
  return !!head && tokStems(head).some((s) => lex.arrivals.heads.has(s.stem));
}

/**
 * A word right before the unit that is no verb, adverb, complementizer or count is a noun in
 * the construct state that owns it, and is the one who comes: "زار قائد الجيش الأمريكي
 * العراق"، "رئيس أركان الجيش" is the commander's visit, not the troops' arrival.
 */
function ownedByNoun(v: SentenceView, lex: Lexicon, u: Unit): boolean {
  const before = v.tokens[u.first - 1];
  const head = v.tokens[u.first];
  if (!before || !head || !adjacent(v.norm, before.end, head.start)) return false;
  // A name right before is the verb's subject, no owner ("زار ترامب الجنود الأمريكيين").
  if (v.byLast.has(u.first - 1)) return false;
  const w = before.text.replace(/^[وف](?=..)/, "");
  if (w.startsWith("ال") || /^[\d\u0660-\u0669]/.test(w)) return false;
  if (lex.verbs.has(before.text) || lex.verbs.has(w)) return false;
  const { fillers, weekdays, complementizers, counts } = v.words;
  return ![fillers, weekdays, complementizers, counts].some((list) => list.has(w));
}

/** A crowd's delegation or leaders call on others: "وفد من العمال الفلسطينيين"، "ممثلو اللاجئين". */
function visitorsOf(v: SentenceView, lex: Lexicon, u: Unit): boolean {
  const opener = u.first < u.found.first ? v.tokens[u.first] : v.tokens[u.first - 1];
  return !!opener && tokStems(opener).some((s) => lex.arrivals.visitors.has(s.stem));
}

/**
 * Drops the visits whose visitor only arrives, and those to troops or a crowd («زار ترامب
 * الجنود الأمريكيين»: a president among his soldiers calls on no state).
 */
export function dropArrivals(v: SentenceView, lex: Lexicon, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (d.event !== "visit") continue;
    if (arrivesOnly(v, lex, d.source) || arrivesOnly(v, lex, d.target)) drafts.splice(i, 1);
  }
}
