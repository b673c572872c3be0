// The relation lexicon (lexicon/relations.json): data, not code. Verbs are listed by their
// perfect and imperfect 3rd person masculine singular; the other persons, numbers and genders
// are generated here (أدان -> أدانت أدانا أدانتا أدانوا; يدين -> تدين يدينان تدينان يدينون).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { bundledKbDir } from "../kb/load.js";
import { RelationType } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";

const Verb = z
  .object({
    type: RelationType,
    mode: z.string().nullable(),
    past: z.array(z.string()),
    present: z.array(z.string()),
    forms: z.array(z.string()).default([]),
    /** Prepositions that introduce the object; "" is a direct object. */
    preps: z.array(z.string()),
    symmetric: z.boolean().default(false),
    event: z.string().optional(),
    /** Also a verb of saying: its complement clause is attributed to the subject. */
    speech_event: z.boolean().default(false),
    /** Denial: relations in its complement are negated. */
    negates: z.boolean().default(false),
    /**
     * The preposition that opens the charge an accusing verb states about its object (اتهمه
     * بـ): the actor before it is the accused (frames-accuse.ts).
     */
    complement: z.array(z.string()).default([]),
    /**
     * Active participles used as a circumstantial clause ("قال ... داعيا إيران إلى"): their
     * subject is the clause's subject, never the actor right before them.
     */
    participles: z.array(z.string()).default([]),
    /**
     * A word sense: the verb counts only when one of these words (or a word starting with
     * one) follows within a few tokens ("وقع اتفاقا", not "وقع الحادث").
     */
    needs_after: z.array(z.string()).default([]),
    /**
     * The other sense: the verb (or its multi-word predicate) does not count when the word
     * right after it starts with one of these ("شن هجوما كلاميا", "ضرب موعدا").
     */
    not_after: z.array(z.string()).default([]),
    /**
     * The type when the subject is a person: "هاجم ترامب وسائل الإعلام" is a verbal attack
     * (ACCUSE), "هاجم مسلحون نقطة للشرطة" an assault.
     */
    person_type: z.object({ type: RelationType, mode: z.string().nullable() }).optional(),
    /**
     * The forms carry an object pronoun that refers back to a noun before them ("الغارات التي
     * شنها التحالف على ..."): their number is the verb's, without the pronoun.
     */
    resumptive: z.boolean().default(false),
  })
  .strict();
const Noun = z
  .object({
    type: RelationType,
    mode: z.string().nullable(),
    event: z.string().optional(),
    heads: z.array(z.string()),
    frames: z.array(
      z.enum([
        "between",
        "from-to",
        "with",
        "to",
        "on",
        "from",
        "genitive-to",
        "genitive-with",
        "genitive-on",
        "genitive-from",
        "passive-by",
        "by-agent",
      ]),
    ),
    /** The other sense: the noun does not count when one of these words follows it (هجوم كلامي). */
    not_after: z.array(z.string()).default([]),
    /** The other sense: the noun does not count right after one of these (طائرة مسيرة). */
    not_before: z.array(z.string()).default([]),
    /** Each side does it to the other: "الحرب التجارية بين الولايات المتحدة والصين". */
    mutual: z.boolean().default(false),
  })
  .strict();
export const LexiconFile = z
  .object({
    verbs: z.array(Verb),
    nouns: z.array(Noun),
    speech: z.array(z.string()),
    according_to: z.array(z.string()),
    /**
     * Nouns of what an attack hits that stand between the attack and the actor owning it:
     * "استهدف مقرا للشرطة", "غارات على مواقع المسلحين", "هجوم على حاجز للجيش".
     */
    target_nouns: z.array(z.string()).default([]),
    /**
     * Verbs (3rd person masculine singular, past and present) whose object is an actor often
     * enough to read an object pronoun on them as one ("اتهمها"، "استقبله"، "يطالبها"); not
     * verbs whose pronoun is mostly a thing ("ينفيه": the claim; "استنكرته": the act).
     */
    clitic_objects: z.array(z.string()).default([]),
    /**
     * Forms with an object pronoun that normalize to another word (ة and ه are one letter
     * once normalized): "طالبه" is also "طالبة" (a student), "حذره" also "حذرة" (wary),
     * "زاره" with و is "وزارة" (a ministry), "قابله" also "قابلة" (capable of).
     */
    clitic_exceptions: z.array(z.string()).default([]),
    /**
     * Who arrives without visiting (src/extract/arrivals.ts): generic actors by their sector
     * id, and the heads that make a state's nisba its troops or citizens ("قوات روسية").
     */
    arrivals: z
      .object({
        about: z.string().optional(),
        sectors: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)),
        visitors: z.array(z.string()).default([]),
        heads: z.array(z.string()),
      })
      .strict()
      .default({ sectors: [], visitors: [], heads: [] }),
  })
  .strict();
export type VerbEntry = z.infer<typeof Verb>;

const senseCache = new WeakMap<VerbEntry, readonly string[]>();

/** A verb entry's sense words (needs_after) as tokens read them: normalized, once per entry. */
export function senseWords(entry: VerbEntry): readonly string[] {
  let words = senseCache.get(entry);
  if (!words) {
    words = entry.needs_after.map(normalizeForMatch);
    senseCache.set(entry, words);
  }
  return words;
}
export type NounEntry = z.infer<typeof Noun>;

export interface VerbForm {
  entry: VerbEntry;
  /** Tokens of the form after the first (multi-word predicates: فرض عقوبات). */
  rest: string[];
  number: "singular" | "dual" | "plural";
  imperfect: boolean;
  /** A participle ("داعيا"): the subject is the clause's, not a neighbour's. */
  participle?: boolean;
  /**
   * The jussive of a hollow verb, its long vowel dropped after لم ("لم تدن"، "لم يزر"): read
   * only right after لم, as the short form is another word elsewhere ("يقل"، "تشد").
   */
  jussive?: boolean;
  /** First person plural ("نرفض"، "سنواجه"): the subject is the speaker's "we". */
  first?: boolean;
  /**
   * An object pronoun on the verb ("اتهمها"، "استقبله"، "حذرتهم"): the object is the one it
   * refers to, masculine ("m"), feminine ("f") or plural ("pl").
   */
  clitic?: "m" | "f" | "pl";
}

export interface Lexicon {
  /** First token of a verb form -> its readings. */
  verbs: Map<string, VerbForm[]>;
  /** First token of a noun head -> entries with the full head tokens. */
  nouns: Map<string, Array<{ entry: NounEntry; tokens: string[] }>>;
  speech: Set<string>;
  accordingTo: string[][];
  /** Target nouns (normalized, without ال). */
  targetNouns: Set<string>;
  /** Who arrives without visiting: sector ids, and heads of a state's unit (normalized). */
  arrivals: {
    sectors: ReadonlySet<string>;
    visitors: ReadonlySet<string>;
    heads: ReadonlySet<string>;
  };
}

function pastForms(v: string): Array<[string, VerbForm["number"]]> {
  if (v.endsWith("ى") || v.endsWith("ي")) {
    const s = v.slice(0, -1);
    return [
      [v, "singular"],
      [`${s}ت`, "singular"],
      [`${s}يا`, "dual"],
      [`${s}تا`, "dual"],
      [`${s}وا`, "plural"],
    ];
  }
  if (v.endsWith("ا")) {
    const s = v.slice(0, -1);
    return [
      [v, "singular"],
      [`${s}ت`, "singular"],
      [`${s}وا`, "dual"],
      [`${s}تا`, "dual"],
      [`${s}وا`, "plural"],
    ];
  }
  return [
    [v, "singular"],
    [`${v}ت`, "singular"],
    [`${v}ا`, "dual"],
    [`${v}تا`, "dual"],
    [`${v}وا`, "plural"],
  ];
}

function presentForms(v: string): Array<[string, VerbForm["number"]]> {
  if (!v.startsWith("ي")) return [[v, "singular"]];
  const stem = v.slice(1);
  const t = `ت${stem}`;
  if (v.endsWith("ي")) {
    const s = stem.slice(0, -1);
    return [
      [v, "singular"],
      [t, "singular"],
      // The jussive drops the final ي after لم: "لم تلتق".
      [`ي${s}`, "singular"],
      [`ت${s}`, "singular"],
      [`ي${s}يان`, "dual"],
      [`ت${s}يان`, "dual"],
      [`ي${s}ون`, "plural"],
    ];
  }
  if (v.endsWith("و")) {
    const s = stem.slice(0, -1);
    return [
      [v, "singular"],
      [t, "singular"],
      [`ي${s}وان`, "dual"],
      [`ت${s}وان`, "dual"],
      [`ي${s}ون`, "plural"],
    ];
  }
  return [
    [v, "singular"],
    [t, "singular"],
    [`${v}ان`, "dual"],
    [`${t}ان`, "dual"],
    [`${v}ون`, "plural"],
  ];
}

/**
 * "يدين" -> "يدن"، "تدن"؛ "يزور" -> "يزر": the singular jussive of a hollow verb (three root
 * letters, a long vowel between the last two), which drops that vowel after لم.
 */
function hollowJussives(v: string): Array<[string, VerbForm["number"]]> {
  if (v.length !== 4 || !v.startsWith("ي") || !/^[يوا]$/.test(v.charAt(2))) return [];
  const short = `${v.charAt(1)}${v.charAt(3)}`;
  return [
    [`ي${short}`, "singular"],
    [`ت${short}`, "singular"],
  ];
}

export function buildLexicon(file: z.infer<typeof LexiconFile>): Lexicon {
  const verbs = new Map<string, VerbForm[]>();
  const addVerb = (
    phrase: string,
    entry: VerbEntry,
    number: VerbForm["number"],
    imperfect: boolean,
    participle = false,
    firstPerson = false,
    jussive = false,
  ) => {
    const [first, ...rest] = normalizeForMatch(phrase).split(" ");
    if (!first) return;
    const list = verbs.get(first) ?? [];
    if (!list.some((f) => f.entry === entry && f.rest.join(" ") === rest.join(" "))) {
      list.push({
        entry,
        rest,
        number,
        imperfect,
        ...(participle ? { participle } : {}),
        ...(firstPerson ? { first: true } : {}),
        ...(jussive ? { jussive } : {}),
      });
    }
    verbs.set(first, list);
  };
  const clitics: Array<[string, VerbEntry, VerbForm["number"], boolean, VerbForm["clitic"]]> = [];
  const cliticLemmas = new Set(file.clitic_objects.map(normalizeForMatch));
  const withClitics = (
    v: string,
    obj: string[],
    entry: VerbEntry,
    n: VerbForm["number"],
    f: string,
    imperfect: boolean,
  ) => {
    if (obj.length > 0 || !cliticLemmas.has(v) || !entry.preps.includes("")) return;
    for (const [c, clitic] of cliticForms(f, n, imperfect))
      clitics.push([c, entry, n, imperfect, clitic]);
  };
  for (const entry of file.verbs) {
    for (const p of entry.past) {
      const [v, ...obj] = normalizeForMatch(p).split(" ");
      for (const [f, n] of pastForms(v as string)) {
        addVerb([f, ...obj].join(" "), entry, n, false);
        withClitics(v as string, obj, entry, n, f, false);
      }
    }
    for (const p of entry.present) {
      const [v, ...obj] = normalizeForMatch(p).split(" ");
      for (const [f, n] of presentForms(v as string)) {
        addVerb([f, ...obj].join(" "), entry, n, true);
        withClitics(v as string, obj, entry, n, f, true);
      }
      for (const [f, n] of hollowJussives(v as string))
        addVerb([f, ...obj].join(" "), entry, n, true, false, false, true);
      // "نرفض"، "ندين": the first person plural of the full form (not of the jussive: نقض).
      if (v?.startsWith("ي"))
        addVerb([`ن${v.slice(1)}`, ...obj].join(" "), entry, "plural", true, false, true);
    }
    for (const f of entry.forms) {
      // A resumptive object pronoun (شنها، شنوه) does not count for the number.
      const bare = entry.resumptive
        ? normalizeForMatch(f).replace(/(ه|ها|هم)$/, "")
        : normalizeForMatch(f);
      const plural = entry.resumptive ? /(وا|ون|و)$/ : /(وا|ون)$/;
      const n = /(ا|ان)$/.test(bare) ? "dual" : plural.test(bare) ? "plural" : "singular";
      addVerb(f, entry, n, /^[يت]/.test(normalizeForMatch(f)));
    }
    for (const f of entry.participles) addVerb(f, entry, "singular", false, true);
  }
  // After every plain form: a word that already is one keeps its own reading (شنها), and so
  // does a noun of the lexicon ("دعوه" is دعوة, an invitation).
  const exceptions = new Set(file.clitic_exceptions.map(normalizeForMatch));
  const nounHeads = new Set(file.nouns.flatMap((n) => n.heads.map(normalizeForMatch)));
  for (const [word, entry, number, imperfect, clitic] of clitics) {
    if (exceptions.has(word) || nounHeads.has(word)) continue;
    const list = verbs.get(word) ?? [];
    if (list.some((x) => !x.clitic || x.entry === entry)) continue;
    list.push({ entry, rest: [], number, imperfect, ...(clitic ? { clitic } : {}) });
    verbs.set(word, list);
  }
  const nouns = new Map<string, Array<{ entry: NounEntry; tokens: string[] }>>();
  for (const entry of file.nouns) {
    for (const h of entry.heads) {
      const tokens = normalizeForMatch(h).split(" ");
      const list = nouns.get(tokens[0] as string) ?? [];
      list.push({ entry, tokens });
      nouns.set(tokens[0] as string, list);
    }
  }
  const speech = new Set<string>();
  for (const s of file.speech) {
    const n = normalizeForMatch(s);
    for (const [f] of n.startsWith("ي") ? presentForms(n) : pastForms(n)) speech.add(f);
  }
  return {
    verbs,
    nouns,
    speech,
    accordingTo: file.according_to.map((a) => normalizeForMatch(a).split(" ")),
    targetNouns: new Set(
      file.target_nouns.map((t) => normalizeForMatch(t).replace(/^ال(?=...)/, "")),
    ),
    arrivals: {
      sectors: new Set(file.arrivals.sectors),
      visitors: new Set(file.arrivals.visitors.map(normalizeForMatch)),
      heads: new Set(file.arrivals.heads.map(normalizeForMatch)),
    },
  };
}

/** The object pronouns a verb form may carry, by the gender and number they show. */
const CLITICS: Array<[string, NonNullable<VerbForm["clitic"]>]> = [
  ["ه", "m"],
  ["ها", "f"],
  ["هم", "pl"],
];

/**
 * A singular or plural one-word form with each object pronoun: "اتهم" -> اتهمه اتهمها اتهمهم;
 * "اتهموا" -> اتهموها (the plural's alif drops); "دعا" -> دعاها; "التقى" -> التقاه.
 */
function cliticForms(
  form: string,
  number: VerbForm["number"],
  imperfect: boolean,
): Array<[string, NonNullable<VerbForm["clitic"]>]> {
  if (number === "dual" || form.includes(" ")) return [];
  let stem = form;
  if (number === "plural" && stem.endsWith("وا")) stem = stem.slice(0, -1);
  else if (!imperfect && stem.endsWith("ي")) stem = `${stem.slice(0, -1)}ا`;
  return CLITICS.map(([suffix, clitic]) => [stem + suffix, clitic]);
}

let cached: Lexicon | null = null;

/** The bundled lexicon (lexicon/ beside kb/), validated once. */
export function bundledLexicon(): Lexicon {
  if (cached) return cached;
  const path = join(bundledKbDir(), "..", "lexicon", "relations.json");
  const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
  const r = LexiconFile.safeParse(raw);
  if (!r.success) {
    const what = r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${path}: invalid relation lexicon: ${what}`);
  }
  cached = buildLexicon(r.data);
  return cached;
}
