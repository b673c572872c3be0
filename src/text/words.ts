// The word lists (lexicon/words.json): negators, complementizers, prepositions, office and
// organisation heads, verbs of saying, stopwords and the rest of the closed classes and cue
// words the recognizer and the relation rules read. Data, not code: the file is read and
// validated on first use, and each list becomes a Set of normalized forms, built once, so a
// lookup is one Set.has on a normalized token.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { bundledKbDir } from "../kb/load.js";
import { normalizeForMatch } from "./normalize.js";

/** The lists lexicon/words.json holds, every one required. */
export const WORD_LISTS = [
  "stopwords",
  "goods_nouns",
  "vehicles",
  "carrying_verbs",
  "group_adjectives",
  "group_head_nouns",
  "not_name_words",
  "part_nouns",
  "course_verbs",
  "event_nouns",
  "protesting_org_heads",
  "organizer_verbs",
  "chant_participles",
  "past_of_being",
  "to_it",
  "result_openers",
  "kin_construct",
  "weekdays",
  "title_heads",
  "occupation_heads",
  "nationality_heads",
  "strike_heads",
  "topic_words",
  "beside_words",
  "people_heads",
  "dual_title_heads",
  "plural_title_heads",
  "member_nouns",
  "state_official_nouns",
  "counterpart_plurals",
  "presence_nouns",
  "sufficing_verbs",
  "lifting_words",
  "jussive_negators",
  "eponym_heads",
  "act_quantities",
  "lifted_from",
  "exchanged_fire",
  "stop_words",
  "partitives",
  "construct_titles",
  "river_words",
  "former_words",
  "given_name_blockers",
  "ouster_nouns",
  "honorifics",
  "counterpart_heads",
  "kin_heads",
  "office_possessives",
  "appointment_words",
  "list_openers",
  "title_links",
  "place_links",
  "spokesman_links",
  "speech_verbs",
  "after_speech_name",
  "org_heads",
  "name_links",
  "common_given",
  "locative",
  "place_homographs",
  "place_before_target",
  "other_body",
  "namesake_suffixes",
  "quantifiers",
  "manner_words",
  "purpose_prepositions",
  "manner_openers",
  "victim_genitives",
  "accused_genitives",
  "doer_heads",
  "blame_copulas",
  "passive_auxiliaries",
  "giving_verbs",
  "direct_meeting_nouns",
  "state_act_nouns",
  "arranging_nouns",
  "feminine_bodies",
  "son_words",
  "former_titles",
  "member_openers",
  "negators",
  "noun_negators",
  "negator_compounds",
  "addressing",
  "light_verb_negators",
  "hypothetical",
  "conditionals",
  "future",
  "future_after",
  "not_definite",
  "future_after_stops",
  "protested_act_openers",
  "support_adjectives",
  "complementizers",
  "pronoun_complementizers",
  "perfect_particles",
  "subjunctive_copulas",
  "so_called_relatives",
  "so_called_verbs",
  "accept_prepositions",
  "cease_words",
  "cease_verbs",
  "cease_announcers",
  "from_prepositions",
  "former_singular_words",
  "official_qualifiers",
  "relatives",
  "relatives_before_verb",
  "resumptive_pronouns",
  "clause_breaks",
  "protest_nouns",
  "local_bodies",
  "place_heads",
  "directions",
  "counts",
  "affiliated",
  "object_breaks",
  "mobilize_purposes",
  "mobilize_hostile_nouns",
  "platform_heads",
  "made_words",
  "on_them",
  "cause_words",
  "fillers",
  "quantities",
  "core_prepositions",
  "to_prepositions",
  "against_prepositions",
  "bridge_nouns",
  "pair_words",
  "pair_leaders",
  "two_persons",
  "group_heads",
  "no_comma_heads",
  "destinations",
  "posted_heads",
  "between_places",
  "org_anaphors",
  "force_heads",
  "un_words",
  "state_words",
  "month_openers",
  "month_closers",
  "past_qualifiers",
  "model_negators",
  "model_bans",
  "model_ban_dealings",
  "model_ban_blockers",
  "title_anaphors",
  "compound_office_words",
  "own_country",
  "home_bodies",
  "light_participles",
  "forming_nouns",
  "authority_heads",
  "aside_openers",
  "honorific_seconds",
  "state_body_heads",
  "state_homographs",
  "relative_nondoer_verbs",
  "own_country_heads",
  "dialogue_words",
  "also_connectors",
  "veto_words",
  "draft_words",
  "draft_blocking_verbs",
  "drafting_verbs",
  "joining_verbs",
  "speech_needing_an",
  "vote_verbs",
  "masculine_states",
  "sentence_openers",
  "office_adverbs",
  "ranks",
  "frontier_nouns",
] as const;
export type WordList = (typeof WORD_LISTS)[number];

/** Each list as normalized forms (what the tokens are compared with). */
export type Words = { readonly [K in WordList]: ReadonlySet<string> };

/** One word as the tokenizer cuts them (letters, marks, digits): no spaces, no "_". */
const Word = z
  .string()
  .regex(/^[\p{L}\p{M}\p{N}]+$/u, "one word: letters only, no spaces or punctuation");

const List = z
  .object({
    about: z.string().min(1),
    words: z.array(Word).min(1),
  })
  .strict()
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.words.forEach((w, i) => {
      if (seen.has(w))
        ctx.addIssue({ code: "custom", path: ["words", i], message: `"${w}" twice` });
      seen.add(w);
    });
  });

export const WordsFile = z
  .object({
    about: z.string().min(1),
    ...(Object.fromEntries(WORD_LISTS.map((k) => [k, List])) as Record<WordList, typeof List>),
  })
  .strict()
  .superRefine((file, ctx) => {
    // The position of a weekday is its day (0 = Sunday): seven distinct days, in order.
    const days = new Set(file.weekdays.words.map(normalizeForMatch));
    if (file.weekdays.words.length !== 7 || days.size !== 7)
      ctx.addIssue({
        code: "custom",
        path: ["weekdays", "words"],
        message: "seven distinct days, Sunday first",
      });
  });
export type WordsFile = z.infer<typeof WordsFile>;

/** The lists of a validated file as Sets of normalized forms (insertion order kept). */
export function buildWords(file: WordsFile): Words {
  const out = {} as Record<WordList, ReadonlySet<string>>;
  for (const k of WORD_LISTS) out[k] = new Set(file[k].words.map(normalizeForMatch));
  return out;
}

/** Reads and validates a words file; the error names the file and the list that is wrong. */
export function loadWords(path: string): Words {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: cannot read the word lists: ${(e as Error).message}`);
  }
  const r = WordsFile.safeParse(raw);
  if (!r.success) {
    const what = r.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`)
      .join("; ");
    throw new Error(`${path}: invalid word lists: ${what}`);
  }
  return buildWords(r.data);
}

/** Where the bundled words file is (lexicon/ beside kb/). */
export function bundledWordsPath(): string {
  return join(bundledKbDir(), "..", "lexicon", "words.json");
}

let cached: Words | null = null;

/** The bundled word lists (lexicon/words.json), read and validated once, on first use. */
export function bundledWords(): Words {
  cached ??= loadWords(bundledWordsPath());
  return cached;
}
