// Journalists addressed ("قال للصحفيين"، "أمام صحفيين"، "في تصريح إلى الصحفيين") are a
// statement's audience, not a party to anything in its sentence: they are no actor unit there.
// They stay actors of what is done to them (arrests, attacks) and of what they do.
import type { Found } from "../recognize/found.js";
import { adjacent } from "../recognize/found.js";
import type { Tok } from "../recognize/segment.js";
import { hasBare, mentionClitics, type SentenceView } from "./units.js";

const JOURNALISTS = /^group:journalists(?:-[a-z]{2})?$/;

/** Whether `f` is journalists spoken to: with لـ, or after أمام or إلى. */
export function isAudience(v: SentenceView, f: Found): boolean {
  if (!JOURNALISTS.test(f.entity.id)) return false;
  // "للصحفيين".
  if (/^[وف]?ل/.test(mentionClitics(v, f))) return true;
  const t = v.tokens[f.first] as Tok;
  const before = v.tokens[f.first - 1];
  return (
    before !== undefined &&
    adjacent(v.norm, before.end, t.start) &&
    hasBare(v.words.addressing, before.text)
  );
}
