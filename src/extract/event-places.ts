// Where a relation happened, when its clause says so with في: "اجتمع كيم مع بوتين في
// فلاديفوستوك"، "خلال اجتماع في نيويورك"، "قصفت الطائرات مواقع في حلب". The place (a city, a
// region, a sea the KB knows; never a state, which is an actor) is kept on the relation, so
// the graph links the event to it and a reader sees where it was. A place the relation already
// has (a visited capital, an attack's place) is left as it is.
import { clauseEndsBetween } from "./frames-attack-place.js";
import { placedBy } from "./frames-protest.js";
import type { Draft, SentenceContext } from "./scope.js";
import { ofSentence, type Unit } from "./units.js";

/**
 * How far past the end of a relation's evidence its place may stand ("أكد كيم دعمه بوتين
 * خلال اجتماعهما الأسبوع الماضي في مدينة فلاديفوستوك"), within the clause.
 */
const REACH_AFTER = 8;

/** An unnamed official, or a name whose office follows it: a place after it qualifies the office. */
const endsInOffice = (a: Unit): boolean => !!a.official || a.office?.last === a.last;

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
      ![d.source, d.target].some((a) => u.first - a.last <= 2 && endsInOffice(a)) &&
      (u.first <= d.last || !clauseEndsBetween(v, d.last, u.first)) &&
      placedBy(v, u, except),
  );
}

export function eventPlaces(contexts: readonly SentenceContext[]): void {
  for (const ctx of contexts)
    for (const d of ctx.result.drafts) {
      if (d.type === "ROLE" || d.place || d.target.place || d.target.found.place) continue;
      const place = placeOf(ctx, d);
      if (place) d.place = place;
    }
}
