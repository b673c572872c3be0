// Generic and collective actors (lexicon/actors.json): sector words such as protesters,
// police or rebels, tied to a state by a nisba that follows them, and collectives such as
// "الدول الغربية" that stand for a group or an organisation. Data, validated once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { bundledKbDir } from "../kb/load.js";
import { normalizeForMatch } from "../text/normalize.js";

const Sector = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  en: z.string(),
  ar: z.string(),
  kind: z.enum(["group", "organization"]),
  /** false: with a nisba the state itself acts (its forces), so only the bare word counts. */
  attach: z.boolean().default(true),
  /** true: only with a nisba ("الشعب اليمني"); the bare word names no one. */
  attach_only: z.boolean().default(false),
  forms: z.array(z.string().min(2)).min(1),
  /**
   * Forms that name the group only without ال: their definite is an adjective of another
   * noun ("مسلح": a gunman; "الهجوم المسلح"، "الجناح المسلح" are armed, not gunmen).
   */
  indefinite_forms: z.array(z.string().min(2)).default([]),
  /**
   * Nouns an indefinite form describes when it follows them, as an adjective: "هجوم مسلح"،
   * "نزاع مسلح" are armed, not gunmen ("رجل مسلح" stays a gunman).
   */
  describes: z.array(z.string().min(2)).default([]),
  /**
   * Words right after a form that give it another sense: "مظاهرة رياضية"، "تظاهرة ثقافية" are
   * a sports or a cultural event, no crowd protesting.
   */
  other_sense_after: z.array(z.string().min(2)).default([]),
  /**
   * Words right before a form that make it no actor: "عدد سكان"، "ثلث السكان" count people,
   * "مجلس الأهالي" is a body's name.
   */
  other_sense_before: z.array(z.string().min(2)).default([]),
  /**
   * Forms that name the group only right after a count ("أكثر من 200 طالبة"، "خمسين طالبا"):
   * elsewhere they are other words («طالبة مساعدة العامة»: asking) or a title («الطالبة
   * مالالا»).
   */
  counted_forms: z.array(z.string().min(2)).default([]),
});

const Collective = z.union([
  z.object({
    id: z.string().regex(/^group:[a-z0-9][a-z0-9-]*$/),
    en: z.string(),
    ar: z.string(),
    forms: z.array(z.string().min(2)).min(1),
  }),
  z.object({ stands_for: z.string(), forms: z.array(z.string().min(2)).min(1) }),
]);

export const ActorsFile = z
  .object({
    about: z.string().optional(),
    sectors: z.array(Sector),
    collectives: z.array(Collective),
    /**
     * One word that names two states together, a dual ("الكوريتين": North and South Korea).
     * It stands for both, as "البلدين" stands for the last two states named (coref.ts).
     */
    named_pairs: z
      .array(
        z.object({
          members: z.tuple([z.string(), z.string()]),
          forms: z.array(z.string().min(2)).min(1),
        }),
      )
      .optional(),
    /**
     * English adjectives of states by state id ("state:IQ": "Iraqi"): a sector tied to a state is
     * labelled "Iraqi police", as ANNOTATION.md writes it (generic.ts).
     */
    demonyms: z.record(z.string(), z.string()).optional(),
    /**
     * A count of people right after a verb of protest, with no name of its own: the crowd is
     * the sector (protesters), of the state a nisba after the count names ("تظاهر آلاف
     * الأردنيين" -> Jordanian protesters; "تظاهر المئات" -> protesters).
     */
    crowds: z
      .object({
        sector: z.string(),
        verbs: z.array(z.string().min(2)).min(1),
        counts: z.array(z.string().min(2)).min(1),
        /**
         * Verbs of gathering ("احتشد"، "تجمع"): their count is a crowd of protesters only with
         * a word of protest's purpose soon after ("احتشد المئات أمام السفارة للتنديد بـ").
         */
        rally_verbs: z.array(z.string().min(2)).default([]),
        /** Plural verbs of protest after the count, in a headline's order ("الآلاف يتظاهرون"). */
        verbs_after: z.array(z.string().min(2)).default([]),
        purposes: z.array(z.string().min(2)).default([]),
        /**
         * The purposes that may stand past a comma, as the crowd's circumstantial participle
         * ("احتشد الآلاف في ساحة التحرير ...، مطالبين بـ"); not a manner ("مرددين الأغاني").
         */
        purposes_after_comma: z.array(z.string().min(2)).default([]),
        /**
         * Nouns of a protest that are its purpose only right after في ("خرج الآلاف في
         * مسيرات"): "طائرات مسيرة" is a drone, "فض اعتصام" its end.
         */
        purpose_nouns_after_in: z.array(z.string().min(2)).default([]),
      })
      .optional(),
    /** Heads of a news medium's name (وكالة، شبكة، صحيفة): media that only report are no actors. */
    media_heads: z.array(z.string().min(2)).optional(),
    /**
     * Media heads that also head other bodies ("وكالة": a news agency, an intelligence or
     * atomic energy agency): a name under one of these is a medium's only when one of the
     * organisation's names holds a news word ("وكالة رويترز للأنباء"، "وكالة الصحافة الفرنسية").
     */
    news_agency: z
      .object({ heads: z.array(z.string().min(2)), words: z.array(z.string().min(2)) })
      .optional(),
    /** A body a person leads, named after him: "إدارة ترامب"، "حكومة إدوار فيليب" (body.ts). */
    person_bodies: z.array(z.object({ head: z.string().min(2), en: z.string() })).optional(),
    /** Heads of a party's or a movement's name (حزب، حركة): its leader's office is the party's. */
    party_heads: z.array(z.string().min(2)).optional(),
    /**
     * Words that end an unknown organisation's name after its head (patterns.ts): time words
     * ("مجلس الوزراء الأسبوع الماضي") and common nouns that make the head generic ("وكالة أنباء"،
     * "مجلس إدارة").
     */
    org_name_stops: z.array(z.string().min(2)).optional(),
    /** Words that state an office outside an apposition (src/extract/office-roles.ts). */
    office_roles: z
      .object({
        /** After a relative: "X الذي يقود Y". */
        leads: z.array(z.string().min(2)),
        /** Between a body and its head: "Y الذي يقوده X"، "Y برئاسة X". */
        led_by: z.array(z.string().min(2)),
        /** "X، وهو رئيس ...". */
        apposition: z.array(z.string().min(2)),
        /** Words that may stand between the pronoun and the office ("وهو أيضا مستشار"). */
        fillers: z.array(z.string().min(2)),
        /** Offices that a KB name may open ("الملك سلمان"), unlike honorifics (الشيخ). */
        titled_names: z.array(z.string().min(2)),
        /**
         * A bare title of a state's office (no state or body named in it) whose holder serves
         * the article's state (office-roles.ts): a head that makes any title one ("وزير
         * الاقتصاد"), whole titles ("رئيس الوزراء"، "نائب وزير"), and qualifiers they may take.
         */
        state_title_heads: z.array(z.string().min(2)).default([]),
        state_titles: z.array(z.string().min(2)).default([]),
        title_qualifiers: z.array(z.string().min(2)).default([]),
        /** Kin before a title ("زوجة رئيس الوزراء X"): X is the relative, not the holder. */
        kin_before_title: z.array(z.string().min(2)).default([]),
        /** An office held: "شغل X منصب ..."، "يتولى منصب ..." (office-roles.ts). */
        held_verbs: z.array(z.string().min(2)).default([]),
        office_nouns: z.array(z.string().min(2)).default([]),
      })
      .optional(),
  })
  .superRefine((file, ctx) => {
    // A reference inside the file: checked with the rest, so that it is one more issue of the
    // file's (with its path), not an error thrown later by buildActors.
    if (file.crowds && !crowdSectorOf(file))
      ctx.addIssue({
        code: "custom",
        path: ["crowds", "sector"],
        message: `"${file.crowds.sector}" is not the id of one of the sectors`,
      });
  });

/** The sector the file's crowds are of (undefined without crowds, or when none has its id). */
function crowdSectorOf<S extends { id: string }>(file: {
  sectors: readonly S[];
  crowds?: { sector: string } | undefined;
}): S | undefined {
  const id = file.crowds?.sector;
  return id === undefined ? undefined : file.sectors.find((s) => s.id === id);
}
export type ActorsFile = z.infer<typeof ActorsFile>;
export type Sector = z.infer<typeof Sector>;

/** One form: its normalized words; the first may carry proclitics (and ال when bare). */
export interface ActorForm {
  words: string[];
  /** Written with ال: only the definite form counts ("المعارضة", not "معارضة القرار"). */
  definite: boolean;
  /** Only the form as written, never with ال (a sector's indefinite_forms). */
  indefinite?: boolean;
  /** Only right after a count (a sector's counted_forms). */
  counted?: boolean;
  /** Nouns the indefinite form describes as an adjective right after them (normalized). */
  describes?: ReadonlySet<string>;
  /** Words after the form that give it another sense (normalized; the sector's). */
  otherSenseAfter?: ReadonlySet<string>;
  /** Words right before the form that make it no actor (normalized, bare; the sector's). */
  otherSenseBefore?: ReadonlySet<string>;
  sector?: Sector;
  collective?: z.infer<typeof Collective>;
}

export interface Actors {
  /** Forms by their first word (bare, without ال). */
  byFirst: Map<string, ActorForm[]>;
  /** English adjectives of states by state id (see generic.ts). */
  demonyms: ReadonlyMap<string, string>;
  /** Media heads, normalized (see media.ts). */
  mediaHeads: ReadonlySet<string>;
  /** Media heads that need a news word in one of the names, and the news words, normalized. */
  newsAgency: { heads: ReadonlySet<string>; words: ReadonlySet<string> };
  /** Heads of a body named after the person who leads it, normalized, with its English word. */
  personBodies: ReadonlyMap<string, { head: string; en: string }>;
  /** Party heads, normalized (see office-words.ts). */
  partyHeads: ReadonlySet<string>;
  /** Words that end an unknown organisation's name, normalized (see patterns.ts). */
  orgNameStops: ReadonlySet<string>;
  /** The two states' ids a dual names, by its normalized form (see coref.ts). */
  namedPairs: ReadonlyMap<string, readonly [string, string]>;
  /** Crowds counted after a verb of protest (see generic.ts), normalized; null when none. */
  crowds: {
    sector: Sector;
    verbs: ReadonlySet<string>;
    counts: ReadonlySet<string>;
    rallyVerbs: ReadonlySet<string>;
    verbsAfter: ReadonlySet<string>;
    purposes: ReadonlySet<string>;
    purposesAfterComma: ReadonlySet<string>;
    purposeNounsAfterIn: ReadonlySet<string>;
  } | null;
  /** The "office_roles" lists, normalized (see src/extract/office-roles.ts). */
  officeRoles: {
    leads: ReadonlySet<string>;
    ledBy: ReadonlySet<string>;
    apposition: ReadonlySet<string>;
    fillers: ReadonlySet<string>;
    titledNames: ReadonlySet<string>;
    /** Heads, each as its normalized words. */
    stateTitleHeads: readonly string[][];
    /** Whole titles, each as its normalized words. */
    stateTitles: readonly string[][];
    titleQualifiers: ReadonlySet<string>;
    kinBeforeTitle: ReadonlySet<string>;
    heldVerbs: ReadonlySet<string>;
    officeNouns: ReadonlySet<string>;
  };
}

const bare = (w: string) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w);

export function buildActors(file: ActorsFile): Actors {
  const byFirst = new Map<string, ActorForm[]>();
  const add = (form: string, entry: Omit<ActorForm, "words" | "definite">) => {
    const words = normalizeForMatch(form).split(" ");
    const first = words[0] as string;
    const f: ActorForm = { ...entry, words, definite: first.startsWith("ال") };
    const key = bare(first);
    byFirst.set(key, [...(byFirst.get(key) ?? []), f]);
  };
  for (const s of file.sectors) {
    const otherSenseAfter = new Set(s.other_sense_after.map((d) => normalizeForMatch(d)));
    const otherSenseBefore = new Set(s.other_sense_before.map((d) => normalizeForMatch(d)));
    const senses = { otherSenseAfter, otherSenseBefore };
    for (const form of s.forms) add(form, { sector: s, ...senses });
    const describes = new Set(s.describes.map((d) => normalizeForMatch(d)));
    for (const form of s.indefinite_forms)
      add(form, { sector: s, indefinite: true, describes, ...senses });
    for (const form of s.counted_forms)
      add(form, { sector: s, indefinite: true, counted: true, ...senses });
  }
  for (const c of file.collectives) for (const form of c.forms) add(form, { collective: c });
  // Longest forms first, so "قوات الأمن" wins over a one-word form.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const mediaHeads = new Set((file.media_heads ?? []).map((h) => normalizeForMatch(h)));
  const newsAgency = {
    heads: new Set((file.news_agency?.heads ?? []).map((h) => normalizeForMatch(h))),
    words: new Set((file.news_agency?.words ?? []).map((h) => normalizeForMatch(h))),
  };
  const personBodies = new Map(
    (file.person_bodies ?? []).map((b) => [normalizeForMatch(b.head), b] as const),
  );
  const partyHeads = new Set((file.party_heads ?? []).map((h) => normalizeForMatch(h)));
  const orgNameStops = new Set((file.org_name_stops ?? []).map((h) => normalizeForMatch(h)));
  const norm = (l: string[] | undefined) => new Set((l ?? []).map((h) => normalizeForMatch(h)));
  const roles = file.office_roles;
  const officeRoles = {
    leads: norm(roles?.leads),
    ledBy: norm(roles?.led_by),
    apposition: norm(roles?.apposition),
    fillers: norm(roles?.fillers),
    titledNames: norm(roles?.titled_names),
    stateTitleHeads: (roles?.state_title_heads ?? []).map((s) => normalizeForMatch(s).split(" ")),
    stateTitles: (roles?.state_titles ?? []).map((s) => normalizeForMatch(s).split(" ")),
    titleQualifiers: norm(roles?.title_qualifiers),
    kinBeforeTitle: norm(roles?.kin_before_title),
    heldVerbs: norm(roles?.held_verbs),
    officeNouns: norm(roles?.office_nouns),
  };
  const demonyms = new Map(Object.entries(file.demonyms ?? {}));
  const namedPairs = new Map(
    (file.named_pairs ?? []).flatMap((p) =>
      p.forms.map((f) => [normalizeForMatch(f), p.members] as const),
    ),
  );
  const crowdSector = crowdSectorOf(file);
  // ActorsFile refuses such a file; this is for one built in code and never parsed.
  if (file.crowds && !crowdSector)
    throw new TypeError(`buildActors: crowds.sector "${file.crowds.sector}" is not a sector id`);
  const crowds =
    file.crowds && crowdSector
      ? {
          sector: crowdSector,
          verbs: norm(file.crowds.verbs),
          counts: norm(file.crowds.counts),
          rallyVerbs: norm(file.crowds.rally_verbs),
          verbsAfter: norm(file.crowds.verbs_after),
          purposes: norm(file.crowds.purposes),
          purposesAfterComma: norm(file.crowds.purposes_after_comma),
          purposeNounsAfterIn: norm(file.crowds.purpose_nouns_after_in),
        }
      : null;
  return {
    byFirst,
    crowds,
    demonyms,
    mediaHeads,
    newsAgency,
    personBodies,
    partyHeads,
    orgNameStops,
    officeRoles,
    namedPairs,
  };
}

let cached: Actors | null = null;

/** The bundled generic actors (lexicon/actors.json), validated once. */
export function bundledActors(): Actors {
  if (cached) return cached;
  const path = join(bundledKbDir(), "..", "lexicon", "actors.json");
  const r = ActorsFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!r.success) {
    const what = r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${path}: invalid actors file: ${what}`);
  }
  cached = buildActors(r.data);
  return cached;
}
