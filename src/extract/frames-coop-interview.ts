// Dialogue that is no consultation between two actors: an interview given to a medium ("قال
// ماكرون في حوار مع صحيفة لوموند"، "في حوار مع قناة روسيا اليوم") and a dialogue rejected
// ("رفضت المعارضة الفنزويلية الحوار مع حكومة مادورو"). The noun rules read «حوار مع X» as a
// meeting; these drafts are dropped (words.json dialogue_words). Runs in the `cooperation`
// component.
import { bundledActors } from "../recognize/actors.js";
import type { Tok } from "../recognize/segment.js";
import { asideEnd } from "./arguments.js";
import type { Draft, SentenceScope, Trigger } from "./scope.js";
import { commaBetween, type SentenceView } from "./units.js";

/** How far before the dialogue a verb of rejecting may stand (its subject between). */
const REJECT_REACH = 4;

/** Drops the meeting drafts of an interview or of a rejected dialogue (see the top). */
export function dropInterviews(
  v: SentenceView,
  triggers: readonly Trigger[],
  drafts: Draft[],
): void {
  const media = bundledActors().mediaHeads;
  for (const t of triggers) {
    const text = (v.tokens[t.first] as Tok).text.replace(/^[وفبل](?=..)/, "");
    if (t.kind !== "noun" || t.noun?.type !== "CONSULT" || !v.words.dialogue_words.has(text))
      continue;
    const rejected = triggers.some(
      (x) =>
        x.verb?.entry.type === "REJECT" &&
        x.last < t.first &&
        t.first - x.last <= REJECT_REACH &&
        !commaBetween(v, x.last, t.first),
    );
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k] as Draft;
      if (d.type !== "CONSULT" || d.first > t.first || t.first > d.last) continue;
      // The partner named by a medium's head ("صحيفة"، "قناة"، "وكالة").
      const head = (v.tokens[d.target.first] as Tok).text.replace(/^[وفبل](?=..)/, "");
      if (rejected || media.has(head)) drafts.splice(k, 1);
    }
  }
}

/** Nouns of acts done with a partner, which a rejection or a warning is about. */
const PEER_NOUNS: ReadonlySet<string> = new Set(["CONSULT", "COOPERATE"]);

/** How far a warning verb may stand before «من» and the act it warns against. */
const WARN_REACH = 6;

/**
 * "حذرت إيران الإمارات من التعاون مع إسرائيل": talks or cooperation warned against are not
 * stated; the noun rules' drafts for them are dropped.
 */
export function dropWarnedPeers(s: SentenceScope): void {
  const { v, triggers, drafts } = s;
  for (const t of triggers) {
    if (t.kind !== "noun" || !PEER_NOUNS.has(t.noun?.type ?? "")) continue;
    // «من» right before the act ("من التعاون مع"), the warning verb a few words before it.
    if (v.tokens[t.first - 1]?.text !== "من") continue;
    const from = t.first - 1;
    const warned = triggers.some(
      (x) =>
        x.kind === "verb" &&
        x.verb?.entry.type === "THREATEN" &&
        x.last < from &&
        from - x.last <= WARN_REACH,
    );
    if (!warned) continue;
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k] as Draft;
      if (
        PEER_NOUNS.has(d.type) &&
        d.rule.startsWith("noun-") &&
        d.first <= t.first &&
        t.first <= d.last
      )
        drafts.splice(k, 1);
    }
  }
}

/**
 * Talks rejected are a rejection of the partner: "رفض المرشد الأعلى ...، الجمعة، أي مفاوضات مع
 * الولايات المتحدة"، "رفضت كوريا الشمالية الحوار مع سيول". The meeting drafts the noun rules
 * made for talks that a rejecting verb takes as its object (right after its subject and an
 * aside) become REJECT drafts of the rejecter against the partner.
 */
export function rejectedTalks(s: SentenceScope): void {
  const { v, triggers, drafts } = s;
  for (const x of triggers) {
    // A denial negates the talks instead ("نفى خوض السعودية مفاوضات مع الحوثيين").
    const entry = x.verb?.entry;
    if (x.kind !== "verb" || entry?.type !== "REJECT" || entry.negates || x.verb?.participle)
      continue;
    const subject = s.verbSubjects.find((vs) => vs.at === x.first)?.subject ?? [];
    const after =
      Math.max(x.last, ...subject.filter((u) => u.first > x.last).map((u) => u.last)) + 1;
    // The talks are the verb's object: right there, or after "أي" ("أي مفاوضات").
    let from = asideEnd(v, after);
    if (v.tokens[from]?.text === "اي") from++;
    const talks = triggers.find(
      (t) => t.kind === "noun" && PEER_NOUNS.has(t.noun?.type ?? "") && t.first === from,
    );
    if (
      !talks ||
      triggers.some((t) => t.kind !== "noun" && t.first > x.last && t.first < talks.first)
    )
      continue;
    const rejecters = new Set(subject.map((u) => u.ref.id));
    for (const d of drafts) {
      if (!PEER_NOUNS.has(d.type) || d.first > talks.first || talks.first > d.last) continue;
      const [own, partner] = rejecters.has(d.source.ref.id)
        ? [d.source, d.target]
        : rejecters.has(d.target.ref.id)
          ? [d.target, d.source]
          : [null, null];
      if (!own || !partner) continue;
      const attributedTo = d.attributedTo?.ref.id === own.ref.id ? null : d.attributedTo;
      Object.assign(d, {
        type: "REJECT",
        mode: null,
        source: own,
        target: partner,
        attributedTo,
        event: undefined,
        rule: d.type === "CONSULT" ? "rejected-talks" : "rejected-cooperation",
      });
    }
  }
}
