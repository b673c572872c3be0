// Withdrawing from an agreement or an organisation is a rejection of its party (PLOVER
// REJECT), not a retreat from it: "انسحب ترامب من الاتفاق النووي الإيراني", "أعلن انسحاب
// الولايات المتحدة من الاتفاق النووي مع إيران", "بعد الانسحاب الأمريكي من الاتفاق",
// "انسحبت الولايات المتحدة من مجلس حقوق الإنسان". The verb and noun rules read the verb as
// RETREAT and find no party (the deal is no actor) or take the party with مع for what is
// retreated from. This frame starts from the sentence's RETREAT triggers (so it costs nothing
// in a sentence without one), finds من and an agreement noun (lexicon/accusations.json
// "agreement_nouns") or an organisation right after it, and the withdrawer: the RETREAT
// draft's source, the verb's subject (after or right before it), or the noun's genitive or
// nisba ("انسحاب الولايات المتحدة", "الانسحاب الأمريكي"). A RETREAT draft aimed at the same
// party is replaced.
import type { Tok } from "../recognize/segment.js";
import { tokStems } from "../recognize/segment.js";
import { prepOf } from "./arguments.js";
import type { StanceWords } from "./frames-stance.js";
import { nisbaAt } from "./frames-stance.js";
import { modalityAt, negatedAt } from "./modality.js";
import type { Draft, Frame, Trigger } from "./scope.js";
import { frameAround } from "./scope.js";
import { coordinatedAfter, type SentenceView, type Unit } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
const bare = (t: string) => t.replace(/^[وف]/, "");

/** The parties of an agreement noun at `a`: its state nisba, or actors with مع a few words on. */
function partiesOf(v: SentenceView, units: Unit[], a: number, limit: number): Unit[] {
  const nisba = nisbaAt(v, a, 2);
  if (nisba) return [nisba];
  const k = units.findIndex((u) => u.first > a && u.first < limit && prepOf(v, u) === "مع");
  if (k < 0) return [];
  return coordinatedAfter(v, units, k)
    .flatMap((u) => u.members ?? [u])
    .filter((u) => !u.place);
}

/** Who withdraws at trigger `t`, when no RETREAT draft names it. */
function withdrawer(v: SentenceView, units: Unit[], t: Trigger, from: number): Unit | undefined {
  const ok = (u: Unit | undefined) => (u && !u.place && prepOf(v, u) === "" ? u : undefined);
  // After the verb or the noun, before من: "انسحبت الولايات المتحدة من", "انسحاب إيران من".
  const after = ok(units.find((u) => u.first > t.last && u.first <= t.last + 2 && u.last < from));
  if (after) return after;
  if (t.kind === "noun") return nisbaAt(v, t.first, 1);
  // Right before the verb: "إن الولايات المتحدة ستنسحب من" (a future word may stand between).
  const before = units.find((u) => u.last < t.first && t.first - u.last <= 2);
  if (!before || (t.first - before.last === 2 && !v.words.future.has(tok(v, t.first - 1).text)))
    return undefined;
  return ok(before);
}

/**
 * REJECT drafts for withdrawals from agreements and organisations (see the top of the file);
 * RETREAT drafts aimed at the same party are dropped from `drafts` (the sentence's own array).
 */
export function withdrawalDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: Draft[],
  w: StanceWords,
  has: (type: string, s: Unit, o: Unit) => boolean,
): Draft[] {
  const out: Draft[] = [];
  for (const t of triggers) {
    const type = t.kind === "noun" ? t.noun?.type : t.verb?.entry.type;
    if (type !== "RETREAT") continue;
    const retreat = drafts.find(
      (d) => d.type === "RETREAT" && d.first <= t.first && t.first <= d.last,
    );
    // "من" within four words after the trigger, or after its subject ("انسحب الرئيس الأمريكي
    // دونالد ترامب في مايو من").
    const start = Math.max(
      t.last,
      retreat && retreat.source.first > t.last ? retreat.source.last : -1,
    );
    let from = -1;
    for (let k = start + 1; k <= start + 5 && k < v.tokens.length && from < 0; k++)
      if (bare(tok(v, k).text) === "من") from = k;
    if (from < 0 || from + 1 >= v.tokens.length) continue;
    const a = from + 1;
    // The agreement's name may take a few words ("الاتفاق النووي", "اتفاقية التجارة الحرة").
    const limit = Math.min(v.tokens.length, a + 8);
    let parties: Unit[] = [];
    if (tokStems(tok(v, a)).some((x) => w.agreements.has(x.stem))) {
      parties = partiesOf(v, units, a, limit);
    } else {
      // An organisation right after من: "انسحبت الولايات المتحدة من مجلس حقوق الإنسان".
      // Not a people named by a plural nisba («والعديد من الأوروبيين»), who are no body.
      const org = units.find((u) => u.first === a && !u.place && !u.found.adjective);
      if (org && org.ref.kind === "organization") parties = [org];
    }
    if (parties.length === 0) continue;
    // A noun's clause subject across a comma and more words is unsure ("ودافع ترامب، خلال
    // كلمته أمام الجمعية العامة، عن قراره بالانسحاب"): only the noun's own genitive or nisba
    // then (an apposition closed right before the noun stays: "قرار الرئيس، ترامب، بالانسحاب").
    const far =
      retreat !== undefined &&
      t.kind === "noun" &&
      t.first - retreat.source.last > 1 &&
      /[،,]/.test(v.norm.slice(tok(v, retreat.source.last).end, tok(v, t.first).start));
    const first = (far ? undefined : retreat?.source) ?? withdrawer(v, units, t, from);
    if (!first) continue;
    // Every member of a list withdraws («قررت مالي وبوركينا فاسو والنيجر الانسحاب من»).
    const at = units.indexOf(first);
    const sources =
      at < 0
        ? [first]
        : coordinatedAfter(v, units, at)
            .flatMap((u) => u.members ?? [u])
            .filter((u) => !u.place && u.last < t.first === first.last < t.first);
    const frame = frameAround(frames, t.first);
    // «رفضت مالي وبوركينا فاسو الانسحاب من»: a refused or denied withdrawal is none.
    const refused =
      (frame?.negates ?? false) ||
      triggers.some(
        (x) =>
          x.kind === "verb" &&
          (x.verb?.entry.negates || x.verb?.entry.type === "REJECT") &&
          x.last < t.first &&
          (x.last === t.first - 1 ||
            (sources.some((u) => u.first === x.last + 1) &&
              sources.some((u) => u.last === t.first - 1))),
      );
    // Its speaker is no claimant of what the speaker's own list does.
    const speaker = frame?.speaker ?? null;
    const claimant = speaker && !sources.some((u) => u.ref.id === speaker.ref.id) ? speaker : null;
    for (const source of sources)
      for (const party of parties) {
        if (source.ref.id === party.ref.id) continue;
        // The retreat from the party is this rejection.
        for (let k = drafts.length - 1; k >= 0; k--) {
          const d = drafts[k] as Draft;
          if (d.type === "RETREAT" && d.target.ref.id === party.ref.id && d.first <= t.last)
            drafts.splice(k, 1);
        }
        if (has("REJECT", source, party)) continue;
        out.push({
          type: "REJECT",
          mode: "withdraw",
          source,
          target: party,
          polarity: refused || negatedAt(v, t.first, t.kind === "noun") ? "negated" : "affirmed",
          modality: modalityAt(v, t.first, t),
          attributedTo: claimant,
          first: Math.min(t.first, source.first),
          last: Math.max(party.last, source.last),
          rule: "reject-withdrawal",
          confidence: 0.55,
        });
      }
  }
  return out;
}
