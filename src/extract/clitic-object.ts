// The object of a verb that carries it as a pronoun ("واتهمها ترامب بسرقة الوظائف"،
// "واستقبله أردوغان"، "الدولة التي حذرتها اليابان"): the one the pronoun refers to. Arabic
// treats states as feminine, so "ها" is a state and "ه" a person; the plural "هم" is left
// alone (crowds, parties and lists are too many to choose from). Conservative on purpose: when
// the sentence and the one before name no fitting actor, no object.
import { normalizeForMatch } from "../text/normalize.js";
import { synthetic } from "./coref.js";
import type { VerbForm } from "./lexicon.js";
import type { SentenceScope, Trigger } from "./scope.js";
import { masculineStateName, type Unit } from "./units.js";

/** The pronoun's antecedent as the verb's object, or null. */
export function cliticObject(s: SentenceScope, t: Trigger, subject: Unit[] | null): Unit[] | null {
  const { v, units } = s;
  const clitic = (t.verb as VerbForm | undefined)?.clitic;
  if (!clitic) return null;
  const isSubject = (u: Unit) => !!subject?.some((x) => x === u || x.ref.id === u.ref.id);
  if (clitic === "pl") return crowdAntecedent(s, t, isSubject);
  // "الدولة التي اتهمها ترامب": after a relative pronoun, the noun it follows.
  const before = v.tokens[t.first - 1];
  if (before && v.words.relatives.has(before.text)) {
    const antecedent = units.find((u) => u.last === t.first - 2 && !u.place);
    return antecedent && !isSubject(antecedent) ? [antecedent] : null;
  }
  const fits = (u: Unit) => !u.place && !isSubject(u) && fitsPronoun(s, u, clitic);
  // The nearest fitting actor before the verb in this sentence that is no earlier verb's
  // subject («واتهمتها مصر ...، بينما دعاها السودان»: Egypt accuses, the one asked is another).
  const subjects = new Set(s.verbSubjects.flatMap((x) => x.subject));
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.last < t.first && !subjects.has(u) && fits(u)) return [u];
  }
  if (s.verbSubjects.some((x) => x.at < t.first)) return null;
  // Else the sentence before. For «ها» after a state or a body acting, its subject («هاجمت
  // إسرائيل مواقع في سوريا. وهددتها إيران»); after a person, who speaks for a state, the last
  // other state it named («فرضت الولايات المتحدة رسوما على الصين. واتهمها ترامب»). For «ه»,
  // the last person it named («وهبطت طائرة بومبيو في بيونغ يانغ. واستقبله نائب الرئيس»).
  const prev = s.previousSubject;
  const actingBody = subject?.every((x) => x.ref.kind !== "person" && !x.official);
  if (clitic === "f" && actingBody) {
    const one = prev?.length === 1 ? (prev[0] as Unit) : undefined;
    // A body named in the plural ("الحوثيون") is «هم», not «ها».
    const plural = one && /(ون|ين)$/.test(v.norm.slice(one.start, one.end));
    const feminine =
      one && ((one.ref.kind === "organization" && !plural) || fitsPronoun(s, one, "f"));
    // As a unit of this sentence at the verb: the previous sentence's units hold its tokens.
    if (!one || !feminine || isSubject(one)) return null;
    return [synthetic(v, t.first, t.last, [one.ref], "clitic-antecedent")];
  }
  const named =
    clitic === "m"
      ? v.antecedentPersons
      : v.antecedents?.filter((e) => !prev?.some((x) => x.ref.id === e.id));
  const last = named?.[named.length - 1];
  if (!last || subject?.some((x) => x.ref.id === last.id)) return null;
  if (clitic === "f" && v.words.masculine_states.has(normalizeForMatch(last.label_ar))) return null;
  return [synthetic(v, t.first, t.last, [last], "clitic-antecedent")];
}

/**
 * «وأطلق الجنود الإسرائيليون عليهم الرصاص»: a verb of force whose على or ضد carries «هم»
 * right after its subject (or itself) acts on the crowd named last before it.
 */
export function onPronounObject(
  s: SentenceScope,
  t: Trigger,
  subject: Unit[],
  after: number,
): Unit[] | null {
  const at = s.v.tokens[after]?.text.replace(/^[وف]/, "");
  if (!at || !s.v.words.on_them.has(at)) return null;
  const isSubject = (u: Unit) => subject.some((x) => x === u || x.ref.id === u.ref.id);
  return crowdAntecedent(s, t, isSubject);
}

/** The acts done to a crowd that «هم» may stand for. */
const ON_CROWDS = new Set(["ASSAULT", "COERCE"]);

/**
 * «تظاهر مئات الموظفين ...، وقالت مصادر إن قوات الأمن فرقتهم»: an act of force on «هم» is
 * on the crowd named last before it in the sentence (a group without a name, or a people by
 * its plural nisba), even the one that protested; other «هم» stay unread (crowds, parties and
 * lists are too many to choose from).
 */
function crowdAntecedent(
  s: SentenceScope,
  t: Trigger,
  isSubject: (u: Unit) => boolean,
): Unit[] | null {
  if (!ON_CROWDS.has(t.verb?.entry.type ?? "")) return null;
  for (let k = s.units.length - 1; k >= 0; k--) {
    const u = s.units[k] as Unit;
    if (u.last >= t.first || u.place || isSubject(u)) continue;
    const people = u.found.adjective && /(يين|يون)$/.test(s.v.norm.slice(u.start, u.end));
    return u.ref.id.startsWith("group:") || people ? [u] : null;
  }
  return null;
}

/** A state with a feminine name for "ها"; a person (or an unnamed official) for "ه". */
function fitsPronoun(s: SentenceScope, u: Unit, clitic: "m" | "f"): boolean {
  if (clitic === "m") return u.ref.kind === "person" || u.official === true;
  if (u.ref.kind !== "state" || u.official || u.office || u.found.adjective) return false;
  return !masculineStateName(s.v, u);
}
