// A mobilisation or an alert is aimed at whom its purpose names: «وضعت كوريا الشمالية قواتها
// في حالة تأهب ردا على المناورات ... بين الولايات المتحدة وكوريا الجنوبية»، «ستنشر ألمانيا
// لواء في ليتوانيا لردع روسيا»، «نشرت الولايات المتحدة حاملة طائرات لمواجهة التهديدات
// الإيرانية». After a word of answer or purpose (words.json mobilize_purposes) the first actor
// named, with those listed with it, or else the state whose nisba is on the act named there,
// is the target of the verb's subject (PLOVER MOBILIZE: increase alert status, mobilize forces).
import { type Tok, tokStems } from "../recognize/segment.js";
import { ON, prepOf, unconjoined } from "./arguments.js";
import { nisbaRun } from "./frames-conflict.js";
import { modalityAt, negatedAt } from "./modality.js";
import { frameAround, type SentenceScope, type Trigger } from "./scope.js";
import {
  coordinatedAfter,
  hasBare,
  type SentenceView,
  type Unit,
  unbroken,
  unitOf,
} from "./units.js";

/** How far after the verb its purpose may open, and the target after the purpose's word. */
const PURPOSE_REACH = 14;
/** How far after the hostile act's noun its doer may stand. */
const AGENT_REACH = 5;

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

/**
 * Who the purpose at `p` names: an actor right after its word («لردع روسيا»، «ردا على
 * إيران»), with those listed with it; else, after a hostile act's noun (words.json
 * mobilize_hostile_nouns: «ردا على الحشود الروسية»), the actor or nisba that does it, before
 * any phrase of its victim, place or origin («على»، «في»، «من»). A request or a consequence
 * («ردا على طلب إسرائيلي»، «تحسبا لتداعيات الضربة») names no target.
 */
function purposeTargets(s: SentenceScope, p: number, subject: readonly Unit[]): Unit[] {
  const { v, units } = s;
  const own = new Set(subject.map((u) => u.ref.id));
  const mine = (list: Unit[]) => list.filter((u) => !own.has(u.ref.id));
  // «ردا على»: past the preposition.
  const head = unconjoined(tok(v, p + 1)?.text ?? "", v.words) === ON ? p + 2 : p + 1;
  if (head >= v.tokens.length || !unbroken(v, p, head)) return [];
  const direct = units.findIndex((u) => u.first === head && !u.place);
  if (direct >= 0) return mine(coordinatedAfter(v, units, direct).flatMap((x) => x.members ?? [x]));
  if (!tokStems(tok(v, head)).some((x) => hostile(v, x.stem))) return [];
  // The doer, before the act's victim, place or origin, within a few words.
  let end = head + 1;
  while (end < v.tokens.length && end <= head + AGENT_REACH && unbroken(v, end - 1, end)) {
    if (v.words.core_prepositions.has(unconjoined(tok(v, end).text, v.words))) break;
    end++;
  }
  const doer = units.findIndex((u) => u.first > head && u.last < end && !u.place);
  if (doer >= 0 && prepOf(v, units[doer] as Unit) !== "من")
    return mine(coordinatedAfter(v, units, doer).flatMap((x) => x.members ?? [x]));
  // «تحسبا لهجوم من حزب الله»: a body or group right after من is the act's doer; a state or
  // a place there is its origin («تحسبا لتسلل مهربين من سوريا»).
  const by =
    end < v.tokens.length && unconjoined(tok(v, end).text, v.words) === "من"
      ? units.findIndex((u) => u.first === end + 1 && !u.place && u.ref.kind !== "state")
      : -1;
  if (by >= 0) return mine(coordinatedAfter(v, units, by).flatMap((x) => x.members ?? [x]));
  const nisbas = v.found.filter(
    (f) =>
      f.adjective &&
      (f.entity.kind === "state" || f.entity.kind === "organization") &&
      f.first > head &&
      f.last < end,
  );
  const first = nisbas[0];
  // The nisbas right after one another («المناورات الأمريكية الكورية الجنوبية»).
  return first ? mine(nisbaRun(nisbas.map(unitOf), unitOf(first))) : [];
}

/** A hostile act's noun, with or without its article or لـ («لهجمات»، «للهجمات»). */
function hostile(v: SentenceView, stem: string): boolean {
  const bare = stem.replace(/^(ال|لل|ل)(?=...)/, "");
  return v.words.mobilize_hostile_nouns.has(stem) || v.words.mobilize_hostile_nouns.has(bare);
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
