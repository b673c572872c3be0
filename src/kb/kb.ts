// The knowledge base in memory: entities by id and a token trie of their normalized Arabic
// surface forms (aliases, variants, nisba adjectives). Pure: built from validated entries.
import type { EntityKind, EntityRef, Role } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";
import { aliasVariants } from "../text/variants.js";
import { bundledWords } from "../text/words.js";
import type { LoadedEntry } from "./load.js";

export interface KbEntity {
  id: string;
  kind: EntityKind;
  label_ar: string;
  label_en: string | null;
  aliases: string[];
  aliases_en: string[];
  nisba: string[];
  stands_for?: string;
  part_of?: string;
  located_in?: string;
  roles: Role[];
}

/** How a trie key reaches its entity. */
export type HitRule = "kb" | "kb-nisba";
export interface Hit {
  id: string;
  rule: HitRule;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  hits?: Hit[];
}

export interface Kb {
  entities: Map<string, KbEntity>;
  trie: TrieNode;
  /** Entries dropped because a surface form is an ordinary word (file: entry: alias). */
  warnings: string[];
}

const arNames = new Intl.DisplayNames(["ar"], { type: "region" });
const enNames = new Intl.DisplayNames(["en"], { type: "region" });

function stateLabels(id: string): { ar?: string; en?: string } {
  const code = id.slice("state:".length);
  try {
    const ar = arNames.of(code);
    const en = enNames.of(code);
    return { ar: ar && ar !== code ? ar : undefined, en: en && en !== code ? en : undefined };
  } catch {
    return {};
  }
}

function merge(a: KbEntity, b: KbEntity): KbEntity {
  const u = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return {
    ...a,
    ...Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)),
    aliases: u(a.aliases, b.aliases),
    aliases_en: u(a.aliases_en, b.aliases_en),
    nisba: u(a.nisba, b.nisba),
    roles: [...a.roles, ...b.roles],
  } as KbEntity;
}

function addKey(root: TrieNode, tokens: string[], hit: Hit): void {
  let node = root;
  for (const t of tokens) {
    let next = node.next.get(t);
    if (!next) {
      next = { next: new Map() };
      node.next.set(t, next);
    }
    node = next;
  }
  node.hits ??= [];
  if (!node.hits.some((h) => h.id === hit.id && h.rule === hit.rule)) node.hits.push(hit);
}

const keyTokens = (s: string) => tokenize(s).map((t) => t.text);

/** Builds the KB from loaded entries; later entries with the same id extend earlier ones. */
export function buildKb(loaded: LoadedEntry[]): Kb {
  const entities = new Map<string, KbEntity>();
  const origin = new Map<string, string>();
  const warnings: string[] = [];
  for (const { entry, file, index } of loaded) {
    const labels = entry.kind === "state" ? stateLabels(entry.id) : {};
    const e: KbEntity = {
      id: entry.id,
      kind: entry.kind,
      label_ar: entry.label_ar ?? labels.ar ?? entry.aliases[0] ?? entry.id,
      label_en: entry.label_en ?? labels.en ?? null,
      aliases: entry.aliases,
      aliases_en: entry.aliases_en,
      nisba: entry.nisba,
      stands_for: entry.stands_for,
      part_of: entry.part_of,
      located_in: entry.located_in,
      roles: entry.roles,
    };
    if (labels.ar && labels.ar !== e.label_ar) e.aliases = [...e.aliases, labels.ar];
    const prev = entities.get(e.id);
    entities.set(e.id, prev ? merge(prev, e) : e);
    if (!prev) origin.set(e.id, `${file}: entry ${index}`);
  }
  const trie: TrieNode = { next: new Map() };
  const { stopwords, state_homographs } = bundledWords();
  for (const e of entities.values()) {
    for (const form of [e.label_ar, ...e.aliases]) {
      const norm = normalizeForMatch(form);
      const toks = keyTokens(norm);
      if (toks.length === 0) continue;
      // A one-word form that is an ordinary word (a stopword, lexicon/words.json) would fire
      // everywhere; a state's that the recognizer reads only where a state stands ("مالي":
      // state_homographs, src/recognize/recognize.ts) is kept.
      const homograph = e.kind === "state" && state_homographs.has(norm);
      if (toks.length === 1 && ((stopwords.has(norm) && !homograph) || norm.length < 2)) {
        warnings.push(`${origin.get(e.id)} (${e.id}): alias "${form}" is a common word; ignored`);
        continue;
      }
      for (const v of aliasVariants(toks.join(" ")))
        addKey(trie, keyTokens(v), { id: e.id, rule: "kb" });
    }
    for (const form of withDuals(e.nisba)) {
      const toks = keyTokens(normalizeForMatch(form));
      if (toks.length === 0) continue;
      for (const v of aliasVariants(toks.join(" "))) {
        const vt = keyTokens(v);
        addKey(trie, vt, { id: e.id, rule: "kb-nisba" });
        // "الكوري الشمالي": every word of a nisba takes the article together.
        addKey(
          trie,
          vt.map((t) => `ال${t}`),
          { id: e.id, rule: "kb-nisba" },
        );
        // "الجنوب أفريقي": compound nisbas take the article on their first word only.
        if (vt.length > 1)
          addKey(
            trie,
            vt.map((t, k) => (k === 0 ? `ال${t}` : t)),
            { id: e.id, rule: "kb-nisba" },
          );
      }
    }
  }
  // Added last, so that a form already naming an entity keeps it (برازيليا is the capital's).
  for (const e of entities.values())
    for (const form of accusatives(e.nisba)) {
      const toks = keyTokens(normalizeForMatch(form));
      if (toks.length > 0 && !hitsAt(trie, toks))
        addKey(trie, toks, { id: e.id, rule: "kb-nisba" });
    }
  return { entities, trie, warnings };
}

function hitsAt(root: TrieNode, tokens: string[]): boolean {
  let node: TrieNode | undefined = root;
  for (const t of tokens) node = node?.next.get(t);
  return (node?.hits?.length ?? 0) > 0;
}

/**
 * The indefinite accusative of a masculine nisba ("فلسطينيا" of فلسطيني, "روسا" of روس), what
 * follows a number from 11 to 99 ("اعتقلت قوات الاحتلال عشرين فلسطينيا") and an indefinite
 * object ("خطف مسلحون صحفيا فرنسيا").
 */
export function accusatives(nisba: readonly string[]): string[] {
  const out: string[] = [];
  for (const form of nisba) {
    const words = form.split(" ");
    if (words.every((w) => w.length >= 3 && w.endsWith("ي")))
      out.push(words.map((w) => `${w}ا`).join(" "));
    // A broken plural takes it too: "دبلوماسيين روسا" of روس، "أتراكا" of أتراك.
    else if (words.length === 1 && form.length >= 3 && !SOUND_ENDING.test(form))
      out.push(`${form}ا`);
  }
  return out;
}

/** Endings of a nisba form that is no broken plural (feminine, sound plurals, duals). */
const SOUND_ENDING = /(ي|ة|ين|ون|ان|ات|ا)$/;

export function refOf(e: KbEntity): EntityRef {
  return { id: e.id, kind: e.kind, label_ar: e.label_ar, label_en: e.label_en };
}

/** The state a place stands for (a capital, a seat) or lies in, by the KB. */
export function stateOfPlace(kb: Kb, placeId: string): string | undefined {
  const e = kb.entities.get(placeId);
  return e?.stands_for ?? e?.located_in;
}

/** The roles a person holds on a date (or any date when `date` is null). */
export function rolesOn(e: KbEntity, date: string | null): Role[] {
  if (!date) return e.roles;
  return e.roles.filter((r) => roleOn(r, date));
}

/** Whether a role is held on a date. */
export function roleOn(r: Role, date: string): boolean {
  // Bounds may be a year or a month: compare at the bound's own precision, that is
  // from.slice(0, date.length) <= date.slice(0, from.length) and
  // date.slice(0, until.length) <= until, without cutting strings (this runs per role and
  // article).
  const { from, until } = r;
  if (from) {
    const n = Math.min(from.length, date.length);
    if (comparePrefixes(from, n, date, n) > 0) return false;
  }
  if (until && comparePrefixes(date, Math.min(date.length, until.length), until, until.length) > 0)
    return false;
  return true;
}

/** Compares a[0, aLength) with b[0, bLength) the way JavaScript compares strings. */
function comparePrefixes(a: string, aLength: number, b: string, bLength: number): number {
  const n = Math.min(aLength, bLength);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return aLength - bLength;
}

/**
 * The nisbas with their duals, which a KB entry does not list: "جنديان إسرائيليان"،
 * "طائرتان إسرائيليتان"، "سفينتين إيرانيتين" (the masculine oblique dual is the plural's
 * -يين, listed already). Made from each masculine singular, every word of a compound taking
 * the ending ("كوريان شماليان").
 */
export function withDuals(nisba: readonly string[]): string[] {
  const out = [...nisba];
  for (const form of nisba) {
    const words = form.split(" ");
    if (!words.every((w) => w.length >= 3 && w.endsWith("ي"))) continue;
    for (const ending of ["ان", "تان", "تين"]) out.push(words.map((w) => w + ending).join(" "));
  }
  return out;
}
