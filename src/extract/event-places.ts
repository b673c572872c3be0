// Where a relation happened, when its clause says so with في: "اجتمع كيم مع بوتين في
// فلاديفوستوك"، "خلال اجتماع في نيويورك"، "قصفت الطائرات مواقع في حلب". The place (a city, a
// region, a sea the KB knows; never a state, which is an actor) is kept on the relation, so
// the graph links the event to it and a reader sees where it was. A place the relation already
// has (a visited capital, an attack's place) is left as it is.

import { type Tok, tokStems } from "../recognize/segment.js";
import { clauseEndsBetween } from "./frames-attack-place.js";
import { conflictWords } from "./frames-conflict.js";
import { placedBy } from "./frames-protest.js";
import type { Draft, SentenceContext } from "./scope.js";
import { hasBare, ofSentence, type Unit } from "./units.js";

/**
 * How far past the end of a relation's evidence its place may stand ("أكد كيم دعمه بوتين
 * خلال اجتماعهما الأسبوع الماضي في مدينة فلاديفوستوك"), within the clause.
 */
const REACH_AFTER = 8;

/**
 * An envoy's office ending the unit ("السفير الروسي في لندن"، "سفيرها في باريس"): a place
 * after it qualifies the office. A counterpart or a president is met in the place ("التقى
 * بنظيره الصيني في سان فرانسيسكو").
 */
function endsInEnvoyOffice(v: SentenceContext["view"], a: Unit): boolean {
  if (!a.official && a.office?.last !== a.last) return false;
  const head = v.tokens[a.office?.first ?? a.first] as Tok;
  return tokStems(head).some((x) => conflictWords().envoyHeads.has(x.stem));
}

/** Relations that happen somewhere: meetings, visits, attacks, protests, arrests, deals. */
const PLACED_TYPES: ReadonlySet<string> = new Set([
  "CONSULT",
  "ASSAULT",
  "PROTEST",
  "COERCE",
  "MOBILIZE",
  "AGREE",
  "COOPERATE",
]);

/** A word of topic or a relative between `a` and `b`: the place is the topic's, or another clause's. */
function topicBetween(v: SentenceContext["view"], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = (v.tokens[k] as Tok).text;
    if (hasBare(v.words.topic_words, t) || hasBare(v.words.relatives, t)) return true;
  }
  return false;
}

/** The first place placed by في (not إلى: where one goes is no place of the act) for a draft. */
function placeOf(ctx: SentenceContext, d: Draft): Unit | undefined {
  const { view: v, all } = ctx;
  const except = v.words.to_prepositions;
  return all.find(
    (u) =>
      u.place &&
      ofSentence(v, u) &&
      u !== d.source &&
      u !== d.target &&
      u.first > d.first &&
      u.first <= d.last + REACH_AFTER &&
      // A place right after an office is the office's ("سفير روسيا في واشنطن"), not the act's.
      ![d.source, d.target].some((a) => u.first - a.last <= 2 && endsInEnvoyOffice(v, a)) &&
      !topicBetween(v, Math.max(d.source.last, d.target.last, d.first), u.first) &&
      (u.first <= d.last || !clauseEndsBetween(v, d.last, u.first)) &&
      placedBy(v, u, except),
  );
}

export function eventPlaces(contexts: readonly SentenceContext[]): void {
  for (const ctx of contexts)
    for (const d of ctx.result.drafts) {
      if (!(d.event || PLACED_TYPES.has(d.type))) continue;
      if (d.place || d.target.place || d.target.found.place) continue;
      const place = placeOf(ctx, d);
      if (place) d.place = place;
    }
}
