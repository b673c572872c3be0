// A mobilisation or an alert is aimed at whom its purpose names: «وضعت كوريا الشمالية قواتها
// في حالة تأهب ردا على المناورات ... بين الولايات المتحدة وكوريا الجنوبية»، «ستنشر ألمانيا
// لواء في ليتوانيا لردع روسيا»، «نشرت الولايات المتحدة حاملة طائرات لمواجهة التهديدات
// الإيرانية». After a word of answer or purpose (words.json mobilize_purposes) the first actor
// named, with those listed with it, or else the state whose nisba is on the act named there,
// is the target of the verb's subject (PLOVER MOBILIZE: increase alert status, mobilize forces).
import type { Tok } from "../recognize/segment.js";
import { modalityAt, negatedAt } from "./modality.js";
import { frameAround, type SentenceScope, type Trigger } from "./scope.js";
import { coordinatedAfter, hasBare, type SentenceView, type Unit, unitOf } from "./units.js";

/** How far after the verb its purpose may open, and the target after the purpose's word. */
const PURPOSE_REACH = 14;
const TARGET_REACH = 8;

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/** The purpose's word after the verb, before a full stop or another verb; -1 when none. */
function purposeAt(s: SentenceScope, t: Trigger): number {
  const { v } = s;
  const end = Math.min(v.tokens.length - 1, t.last + PURPOSE_REACH);
  for (let k = t.last + 1; k <= end; k++) {
    if (/[.؛:]/.test(v.norm.slice(tok(v, k - 1).end, tok(v, k).start))) return -1;
    if (s.triggers.some((x) => x.kind === "verb" && x.first === k)) return -1;
    if (hasBare(v.words.mobilize_purposes, tok(v, k).text)) return k;
  }
  return -1;
}

/** Who the purpose at `p` names: an actor and its list, else the nisbas on the act named. */
function purposeTargets(s: SentenceScope, p: number, subject: readonly Unit[]): Unit[] {
  const { v, units } = s;
  const own = new Set(subject.map((u) => u.ref.id));
  const limit = Math.min(v.tokens.length - 1, p + TARGET_REACH);
  const noPunct = (to: number) => {
    for (let k = p + 1; k <= to; k++)
      if (/[.،,؛:]/.test(v.norm.slice(tok(v, k - 1).end, tok(v, k).start))) return false;
    return true;
  };
  const at = units.findIndex((u) => u.first > p && u.first <= limit && !u.place);
  if (at >= 0 && noPunct((units[at] as Unit).first)) {
    const list = coordinatedAfter(v, units, at).flatMap((x) => x.members ?? [x]);
    return list.filter((u) => !own.has(u.ref.id));
  }
  const nisbas = v.found.filter(
    (f) =>
      f.adjective &&
      f.entity.kind === "state" &&
      f.first > p &&
      f.first <= limit &&
      noPunct(f.first),
  );
  const first = nisbas[0];
  if (!first) return [];
  // The nisbas right after one another («المناورات الأمريكية الكورية الجنوبية»).
  const run = [first];
  for (const f of nisbas.slice(1))
    if (f.first === (run[run.length - 1]?.last ?? -2) + 1) run.push(f);
  return run.map(unitOf).filter((u) => !own.has(u.ref.id));
}

export function mobilizePurposes(s: SentenceScope): void {
  const { v } = s;
  for (const t of s.triggers) {
    if (t.kind !== "verb" || t.verb?.entry.type !== "MOBILIZE") continue;
    const subject = s.verbSubjects.find((x) => x.at === t.first)?.subject;
    if (!subject || subject.length === 0) continue;
    const p = purposeAt(s, t);
    if (p < 0) continue;
    const frame = frameAround(s.frames, t.first);
    const negated = negatedAt(v, t.first) || (frame?.negates ?? false);
    for (const target of purposeTargets(s, p, subject)) {
      for (const source of subject) {
        const known = s.drafts.some(
          (d) =>
            d.type === "MOBILIZE" &&
            d.source.ref.id === source.ref.id &&
            d.target.ref.id === target.ref.id,
        );
        if (known || source.ref.id === target.ref.id) continue;
        s.drafts.push({
          type: "MOBILIZE",
          mode: t.verb.entry.mode,
          source,
          target,
          polarity: negated ? "negated" : "affirmed",
          modality: modalityAt(v, t.first, t),
          attributedTo: frame?.speaker ?? s.according,
          first: Math.min(source.first, t.first),
          last: target.last,
          rule: "mobilize-purpose",
          confidence: 0.55,
        });
      }
    }
  }
}
