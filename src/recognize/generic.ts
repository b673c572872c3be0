// Generic and collective actors in a sentence: a sector word ("المتظاهرون", "مسلحين",
// "الشرطة"), tied to a state when a nisba follows it ("المتظاهرون الفلسطينيون"), and
// collectives ("الدول الغربية", "الدول الست") that stand for a group or an organisation.
import { type Kb, refOf } from "../kb/kb.js";
import type { EntityRef } from "../schema.js";
import { isAlPlus } from "../text/clitics.js";
import { bundledWords } from "../text/words.js";
import type { ActorForm, Actors, Sector } from "./actors.js";
import { adjacent, type Found } from "./found.js";
import { foldDescribingGroups } from "./group-adjective.js";
import { isCount, type Tok, tokStems } from "./segment.js";
import { wordTest } from "./word-test.js";

export interface GenericResult {
  /** New mentions of generic and collective actors. */
  found: Found[];
  /** Nisba adjectives now inside a sector's mention ("الفلسطينيون" of the protesters). */
  absorbed: Set<Found>;
  /**
   * A state's own bodies ("الحكومة البريطانية"، "الشرطة التركية"، "الجيش الإسرائيلي"): the
   * state acts through them, so the nisba stays the state's mention for the relations; the
   * body is named as well, as a mention of its own that no relation reads (ANNOTATION.md:
   * an institution with its state is an actor, "Iraqi police").
   */
  bodies: Found[];
}

const bare = (w: string) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w);

// Most words start no actor's form: each distinct word is asked once.
const mayStartForm = wordTest((t: Tok, actors: Actors) =>
  tokStems(t).some((r) => actors.byFirst.has(bare(r.stem))),
);

/** Whether `form` starts at token `i` (read with proclitics `prefix`); returns its last token. */
function formEnd(norm: string, tokens: Tok[], i: number, stem: string, form: ActorForm): number {
  const first = form.words[0] as string;
  const exact = form.definite || form.indefinite;
  const ok = exact ? stem === first : stem === first || isAlPlus(stem, first);
  if (!ok) return -1;
  for (let k = 1; k < form.words.length; k++) {
    const t = tokens[i + k];
    const prev = tokens[i + k - 1] as Tok;
    if (!t || t.text !== form.words[k] || !adjacent(norm, prev.end, t.start)) return -1;
  }
  return i + form.words.length - 1;
}

/**
 * The word before a form without و/ف, as written and without a preposition's clitic: "كفاحا"،
 * "لجنة"، "بلاد" start with their own letters, "بعدد" with بـ.
 */
function readingsBefore(before: Tok): [string, string] {
  const word = before.text.replace(/^[وف]/, "");
  return [word, word.replace(/^(ب|ل|ك)/, "")];
}

/** Whether the word before an indefinite form is a noun the form describes ("هجوم مسلح"). */
function describedNoun(form: ActorForm, before: Tok | undefined): boolean {
  const describes = form.describes;
  if (!before || !describes || describes.size === 0) return false;
  return readingsBefore(before).some((w) => describes.has(w));
}

/** Whether the word after a form gives it another sense ("مظاهرة رياضية"). */
function otherSense(form: ActorForm, after: Tok | undefined): boolean {
  return !!after && !!form.otherSenseAfter?.has(after.text);
}

/** Whether the word before a form makes it no actor ("عدد سكان"، "ثلث السكان"، "مجلس الأهالي"). */
function otherSenseBefore(form: ActorForm, before: Tok | undefined): boolean {
  const words = form.otherSenseBefore;
  if (!before || !words?.size) return false;
  return readingsBefore(before).some((w) => words.has(bare(w)));
}

/** Sectors that bear arms: an organisation's nisba after one names its fighters. */
const ARMED_SECTORS = new Set([
  "militants",
  "rebels",
  "attackers",
  "terrorists",
  "army",
  "security-forces",
  "police",
]);
const armedSector = (s: Sector) => ARMED_SECTORS.has(s.id);

export function sectorRef(
  s: Sector,
  state: EntityRef | null,
  demonyms: ReadonlyMap<string, string>,
): EntityRef {
  if (!state) return { id: `group:${s.id}`, kind: s.kind, label_ar: s.ar, label_en: s.en };
  const cc = state.id.slice("state:".length).toLowerCase();
  // "Iraqi police", "Syrian opposition" (ANNOTATION.md); a state without a known adjective
  // keeps "police (State)".
  const adjective = demonyms.get(state.id);
  return {
    id: `group:${s.id}-${cc}`,
    kind: s.kind,
    label_ar: `${s.ar} (${state.label_ar})`,
    label_en: adjective ? `${adjective} ${s.en}` : `${s.en} (${state.label_en ?? state.label_ar})`,
  };
}

/** The state a sector's id is tied to ("group:police-fr" -> "state:FR"), read back from sectorRef. */
export function sectorState(id: string): string | undefined {
  const code = /^group:[a-z-]+-([a-z]{2})$/.exec(id)?.[1];
  return code ? `state:${code.toUpperCase()}` : undefined;
}

/** Generic and collective actors among the tokens of one sentence that no name covers. */
export function genericMentions(
  kb: Kb,
  actors: Actors,
  norm: string,
  tokens: Tok[],
  found: readonly Found[],
): GenericResult {
  const named: Array<Found | undefined> = new Array(tokens.length);
  const nisbaAt = new Map<number, Found>();
  // Every nisba, a state's or an organisation's («الأوروبية»), by its first token.
  const adjectiveAt = new Map<number, Found>();
  for (const f of found) {
    if (f.adjective) {
      if (f.entity.kind === "state") nisbaAt.set(f.first, f);
      adjectiveAt.set(f.first, f);
      continue;
    }
    for (let k = f.first; k <= f.last; k++) named[k] = f;
  }
  const out: GenericResult = { found: [], absorbed: new Set(), bodies: [] };
  for (let i = 0; i < tokens.length; i++) {
    if (named[i]) continue;
    const t = tokens[i] as Tok;
    if (!mayStartForm(t, actors)) continue;
    let hit: { form: ActorForm; last: number; prefix: number } | null = null;
    for (const r of tokStems(t)) {
      for (const form of actors.byFirst.get(bare(r.stem)) ?? []) {
        const last = formEnd(norm, tokens, i, r.stem, form);
        if (last < 0 || named.slice(i, last + 1).some(Boolean)) continue;
        if (!hit || form.words.length > hit.form.words.length)
          hit = { form, last, prefix: r.prefixLength };
      }
    }
    if (!hit) continue;
    if (hit.form.indefinite && describedNoun(hit.form, tokens[i - 1])) continue;
    if (otherSense(hit.form, tokens[hit.last + 1])) continue;
    if (otherSenseBefore(hit.form, tokens[i - 1])) continue;
    // "200 طالبة"، "خمسين طالبا": a form that needs a count before it.
    if (hit.form.counted && !isCount(tokens[i - 1], bundledWords())) continue;
    let entity: EntityRef | null = null;
    let last = hit.last;
    let partOf: string | undefined;
    let rule = "generic";
    const { sector, collective } = hit.form;
    // A sector word in the construct state before an organisation's name is its members
    // ("مسلحي حزب العمال الكردستاني", "مسلحي داعش"): the organisation acts or is hit. Before a
    // state or a place it stays the sector ("لاجئي سوريا").
    const ownerNext = named[hit.last + 1];
    if (
      sector &&
      ownerNext &&
      ownerNext.first === hit.last + 1 &&
      (ownerNext.entity.kind === "organization" || ownerNext.entity.kind === "group") &&
      // The construct state: a plural's ي ("مسلحي"), or an indefinite body word ("محكمة مكتب
      // المحاسبة الوطني" is that bureau's court).
      ((hit.form.words[hit.form.words.length - 1] as string).endsWith("ي") ||
        (sector.kind === "organization" && !(hit.form.words[0] as string).startsWith("ال"))) &&
      adjacent(norm, (tokens[hit.last] as Tok).end, (tokens[hit.last + 1] as Tok).start)
    )
      continue;
    // Fighters of an organisation named by its nisba are that organisation («مقاتلون حوثيون»).
    const orgNisba = sector && armedSector(sector) ? adjectiveAt.get(hit.last + 1) : undefined;
    if (
      orgNisba?.entity.kind === "organization" &&
      adjacent(norm, (tokens[hit.last] as Tok).end, (tokens[orgNisba.first] as Tok).start)
    ) {
      entity = orgNisba.entity;
      last = orgNisba.last;
      out.absorbed.add(orgNisba);
      rule = "generic-org-nisba";
    } else if (sector) {
      // A nisba right after the sector word ties it to its state.
      const nisba = nisbaAt.get(hit.last + 1);
      const tied =
        nisba && adjacent(norm, (tokens[hit.last] as Tok).end, (tokens[nisba.first] as Tok).start);
      if (tied && nisba && !sector.attach) {
        if (sector.kind === "organization")
          out.bodies.push({
            entity: sectorRef(sector, nisba.entity, actors.demonyms),
            rule: "generic-body",
            first: i,
            last: nisba.last,
            start: t.start + hit.prefix,
            end: (tokens[nisba.last] as Tok).end,
            partOf: nisba.entity.id,
          });
        continue;
      }
      if (tied && nisba) {
        entity = sectorRef(sector, nisba.entity, actors.demonyms);
        last = nisba.last;
        partOf = nisba.entity.id;
        out.absorbed.add(nisba);
        rule = "generic-nisba";
      } else if (!sector.attach_only) {
        entity = sectorRef(sector, null, actors.demonyms);
      }
    } else if (collective) {
      rule = "collective";
      // A nisba inside the collective's words is the collective's («الدول الأوروبية الثلاث» is
      // no mention of the EU).
      for (let k = i; k <= last; k++) {
        const inner = adjectiveAt.get(k);
        if (inner && inner.last <= last) out.absorbed.add(inner);
      }
      if ("stands_for" in collective) {
        const e = kb.entities.get(collective.stands_for);
        entity = e ? refOf(e) : null;
      } else {
        entity = {
          id: collective.id,
          kind: "group",
          label_ar: collective.ar,
          label_en: collective.en,
        };
      }
    }
    if (!entity) continue;
    const f: Found = {
      entity,
      rule,
      first: i,
      last,
      start: t.start + hit.prefix,
      end: (tokens[last] as Tok).end,
    };
    if (partOf) f.partOf = partOf;
    out.found.push(f);
    for (let k = i; k <= last; k++) named[k] = f;
    i = last;
  }
  out.found = foldDescribingGroups(norm, tokens, out.found);
  if (actors.crowds)
    countedCrowds(actors.crowds, actors.demonyms, norm, tokens, named, nisbaAt, out);
  return out;
}

/** How far after a gathering's count a word of its purpose may stand. */
const PURPOSE_REACH = 14;

/**
 * Whether the verb before the count at `i` is one of protest, or one of gathering with a word
 * of protest's purpose after it ("احتشد المئات أمام السفارة للتنديد بـ").
 */
function protestVerb(
  crowds: NonNullable<Actors["crowds"]>,
  norm: string,
  tokens: Tok[],
  i: number,
): boolean {
  const verb = (tokens[i - 1] as Tok).text;
  const bare = verb.replace(/^[وف]/, "");
  if (crowds.verbs.has(verb) || crowds.verbs.has(bare)) return true;
  if (!crowds.rallyVerbs.has(verb) && !crowds.rallyVerbs.has(bare)) return false;
  let comma = false;
  for (let k = i + 1; k < tokens.length && k <= i + PURPOSE_REACH; k++) {
    const t = tokens[k] as Tok;
    // Within the sentence, and past a comma only a participle of the crowd's manner
    // ("احتشد الآلاف في ساحة التحرير ...، مطالبين بـ"): another clause may have other doers.
    const between = norm.slice((tokens[k - 1] as Tok).end, t.start);
    if (/[.!?؟]/.test(between)) return false;
    comma ||= /[،,؛;]/.test(between);
    const word = t.text.replace(/^[وف]/, "");
    const inNoun =
      crowds.purposeNounsAfterIn.has(word) &&
      (tokens[k - 1] as Tok).text.replace(/^[وف]/, "") === "في";
    if (!crowds.purposes.has(t.text) && !crowds.purposes.has(word) && !inNoun) continue;
    if (!comma || crowds.purposesAfterComma.has(word)) return true;
  }
  return false;
}

/**
 * "الآلاف يتظاهرون في القاهرة"، "آلاف الغينيين يتظاهرون": a count opening its clause (the
 * sentence, or after a comma), right before a plural verb of protest or its people's nisba.
 */
function protestVerbAfter(
  crowds: NonNullable<Actors["crowds"]>,
  norm: string,
  tokens: Tok[],
  i: number,
  nisbaAt: ReadonlyMap<number, Found>,
): boolean {
  // "آلاف الغينيين يتظاهرون": the people's nisba may stand between the count and the verb.
  const nisba = nisbaAt.get(i + 1);
  const at = nisba ? nisba.last + 1 : i + 1;
  const verb = tokens[at];
  const count = tokens[i] as Tok;
  const prev = tokens[i - 1];
  if (!verb || !adjacent(norm, (tokens[at - 1] as Tok).end, verb.start)) return false;
  if (prev && adjacent(norm, prev.end, count.start)) return false;
  return crowds.verbsAfter.has(verb.text) || crowds.verbsAfter.has(verb.text.replace(/^[وف]/, ""));
}

/**
 * "تظاهر آلاف الأردنيين"، "احتج المئات": a count right after a verb of protest (a و or ف
 * before it) is a crowd of protesters, of the state a nisba after the count names. A named
 * group after the count is the crowd itself ("تظاهر آلاف الطلاب"), found already.
 */
function countedCrowds(
  crowds: NonNullable<Actors["crowds"]>,
  demonyms: Actors["demonyms"],
  norm: string,
  tokens: Tok[],
  named: Array<Found | undefined>,
  nisbaAt: ReadonlyMap<number, Found>,
  out: GenericResult,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const count = tokens[i] as Tok;
    if (named[i] || !crowds.counts.has(count.text)) continue;
    const verb = tokens[i - 1];
    const before = verb !== undefined && adjacent(norm, verb.end, count.start);
    if (
      !(before && protestVerb(crowds, norm, tokens, i)) &&
      !protestVerbAfter(crowds, norm, tokens, i, nisbaAt)
    )
      continue;
    // "آلاف الأردنيين", "عشرات من الفلسطينيين". After من a name's owner is named: "المئات من
    // أنصار المعارضة" are the opposition's followers (frames-conflict.ts reads them); "العشرات
    // من أهالي المعتقلين" are a crowd.
    // "عشرات الآلاف من العراقيين"، "مئات الآلاف": a count of counts is one count.
    const end = crowds.counts.has(tokens[i + 1]?.text ?? "") && !named[i + 1] ? i + 1 : i;
    const partitive = tokens[end + 1]?.text === "من";
    const after = partitive ? end + 2 : end + 1;
    const nisba = nisbaAt.get(after);
    // "المئات من أهالي البصرة": residents of a place are a crowd too.
    const owner = partitive ? named[after + 1] : undefined;
    const ownerNamed = !!owner && owner.entity.kind !== "place";
    if ((named[after] || ownerNamed) && !nisba) continue;
    const last = nisba ? nisba.last : end;
    const f: Found = {
      entity: sectorRef(crowds.sector, nisba ? nisba.entity : null, demonyms),
      rule: nisba ? "crowd-nisba" : "crowd",
      first: i,
      last,
      start: count.start,
      end: (tokens[last] as Tok).end,
    };
    if (nisba) {
      f.partOf = nisba.entity.id;
      out.absorbed.add(nisba);
    }
    out.found.push(f);
    for (let k = i; k <= last; k++) named[k] = f;
  }
}
