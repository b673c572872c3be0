// A meeting that "brought together" its sides: "إثر اجتماع جمعه برئيس الجمهورية جوزاف عون
// ورئيس مجلس النواب نبيه بري" (the clause's subject met both, and they met each other), "لقاء
// جمع الرئيس السيسي بنظيره الفرنسي", "اجتماع جمع بين وزيري خارجية البلدين". The verb of
// joining (words.json "joining_verbs") stands right after the meeting noun (or one adjective
// later); a pronoun on it is the clause's subject. Every two participants consult.
import type { Tok } from "../recognize/segment.js";
import { everyPair, prepOf } from "./arguments.js";
import { negatedAt } from "./modality.js";
import { hasDraft, type SentenceScope, type Trigger } from "./scope.js";
import { coordinatedAfter, type SentenceView, type Unit } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/** The joining verb after the meeting noun `t`: its index and whether it carries a pronoun. */
function joiningVerb(v: SentenceView, t: Trigger): { at: number; pronoun: boolean } | null {
  for (let k = t.last + 1; k <= t.last + 2 && k < v.tokens.length; k++) {
    const text = tok(v, k).text;
    const m = /^(.+?)(ه|ها|هما|هم)$/.exec(text);
    if (v.words.joining_verbs.has(text)) return { at: k, pronoun: false };
    if (m && v.words.joining_verbs.has(m[1] as string)) return { at: k, pronoun: true };
    if (!text.startsWith("ال") && k > t.last + 1) break;
  }
  return null;
}

/** The clause's subject a pronoun on the joining verb refers to. */
function clauseSubject(s: SentenceScope, at: number): Unit[] | null {
  const verb = s.verbSubjects.filter((x) => x.at < at).pop();
  return verb?.subject ?? s.sentenceSubject ?? s.speechSubject ?? s.previousSubject;
}

/** CONSULT drafts for every two participants of a meeting that joined them (see the top). */
export function joinedMeetingDrafts(s: SentenceScope): void {
  const { v, units, drafts } = s;
  for (const t of s.triggers) {
    if (t.kind !== "noun" || t.noun?.type !== "CONSULT" || t.noun.event !== "meeting") continue;
    const j = joiningVerb(v, t);
    if (!j) continue;
    const k = units.findIndex((u) => u.first > j.at && u.first <= j.at + 2 && !u.place);
    if (k < 0) continue;
    const after = coordinatedAfter(v, units, k).flatMap((x) => x.members ?? [x]);
    // "جمع الرئيس السيسي بنظيره الفرنسي": the one joined with بـ after the first.
    const last = after[after.length - 1] as Unit;
    const withB = units.find(
      (u) => u.first > last.last && u.first <= last.last + 2 && prepOf(v, u) === "ب",
    );
    const more = withB ? coordinatedAfter(v, units, units.indexOf(withB)) : [];
    const owner = j.pronoun ? (clauseSubject(s, t.first) ?? []) : [];
    const group = [...owner, ...after, ...more];
    for (const [a, b] of everyPair(group)) {
      if (hasDraft(drafts, "CONSULT", a, b, true)) continue;
      drafts.push({
        type: "CONSULT",
        mode: "meeting",
        source: a,
        target: b,
        polarity: negatedAt(v, t.first, true) ? "negated" : "affirmed",
        modality: "asserted",
        attributedTo: s.according,
        first: Math.min(t.first, a.first, b.first),
        last: Math.max(a.last, b.last),
        rule: "meeting-joined",
        confidence: 0.6,
        event: "meeting",
      });
    }
  }
}
