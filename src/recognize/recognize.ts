// Entity mentions of an article: KB longest match, metonymy, name patterns, and in-article
// name coreference ("كيم" after "كيم جونغ أون"). Pure: article + KB in, mentions out.
import { type Hit, type Kb, type KbEntity, refOf, roleOn } from "../kb/kb.js";
import type { Article, Mention, Role } from "../schema.js";
import { hamzaContradicts } from "../text/hamza.js";
import { normalizeForMatch, toOriginalSpan } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";
import { bundledWords, type Words } from "../text/words.js";
import { type Actors, bundledActors } from "./actors.js";
import { personBodies } from "./body.js";
import { dropEponyms } from "./eponyms.js";
import { adjacent, type Found } from "./found.js";
import { genericMentions } from "./generic.js";
import { dropStrayGivenNames } from "./given-check.js";
import { noteHomeState } from "./home-state.js";
import { bestHit, type KbMatch, matchKb } from "./kbmatch.js";
import { isLoneName, resolveLoneNames } from "./lone-names.js";
import { dropReportingMedia } from "./media.js";
import { namesakeAt, patternMentions } from "./patterns.js";
import { knownQuotedNames } from "./quoted-known.js";
import { type Segmented, type Sentence, segment, type Tok, tokStems } from "./segment.js";

export interface Recognized {
  article: Article;
  seg: Segmented;
  /** Mentions per sentence, in token order. */
  found: Found[][];
  mentions: Mention[];
}

// Word lists (lexicon/words.json): "locative" words before a capital or seat make it a place
// rather than an actor, "other_body" words after an organisation's KB name make it another
// body ("مجلس الأمن القومي"), "common_given" names are too common to stand for one person.

function kbFound(
  kb: Kb,
  seg: Segmented,
  s: Sentence,
  original: (a: number, b: number) => string,
): Found[] {
  const w = bundledWords();
  const out: Found[] = [];
  const { norm } = seg.norm;
  for (const m of matchKb(kb, norm, s.tokens)) {
    const hit = bestHit(kb, m.hits);
    const e = kb.entities.get(hit.id);
    if (!e) continue;
    const first = s.tokens[m.first] as Tok;
    const last = s.tokens[m.last] as Tok;
    const next = s.tokens[m.last + 1];
    if (
      e.kind === "organization" &&
      next &&
      w.other_body.has(next.text) &&
      adjacent(norm, last.end, next.start)
    ) {
      continue;
    }
    // "الضفة الغربية لنهر دنيبرو": a river's bank, not the West Bank.
    if (next && w.river_words.has(next.text) && m.last > m.first) continue;
    // "دونالد ترامب جونيور": the son, another person, whom the KB does not know.
    if (e.kind === "person" && namesakeAt(w, norm, s.tokens, m.last + 1)) continue;
    if (
      m.first === m.last &&
      hamzaContradicts(original(first.start + m.prefixLength, last.end), [
        e.label_ar,
        ...(e.aliases ?? []),
      ])
    )
      continue;
    const f: Found = {
      entity: refOf(e),
      rule: hit.rule,
      first: m.first,
      last: m.last,
      start: first.start + m.prefixLength,
      end: last.end,
      adjective: hit.rule === "kb-nisba" || nisbaLikeName(w, norm, s.tokens, m, e, out),
    };
    // Read only for places and the forms that name one: most matches are neither.
    const locative = () => {
      const prev = s.tokens[m.first - 1];
      const prefix = first.text.slice(0, m.prefixLength);
      if (prefix === "و" && placeBefore(out, m.first)) return true;
      // "كل من سول وواشنطن": each of the states that act, not a place one comes from.
      if (prev?.text === "من" && s.tokens[m.first - 2]?.text === "كل") return false;
      return (!!prev && tokStems(prev).some((x) => w.locative.has(x.stem))) || prefix.endsWith("ب");
    };
    // "ويشتبكون معهم دوما" (always): a place that is also a word needs a word of place or a
    // preposition before it ("مدينة دوما"، "على دوما"، "بدوما"), or its clause to go on.
    if (e.kind === "place" && m.first === m.last && !placeReadable(w, norm, s.tokens, m, first))
      continue;
    if (e.kind === "state" && m.first === m.last && !stateReadable(w, s.tokens, m, first)) continue;
    if (e.kind === "place") asSeat(kb, f, e, locative());
    else if (e.kind === "state" && hit.rule === "kb") {
      const other = otherStatesPlace(kb, m.hits, e.id);
      if (other) f.otherPlace = { id: other, locative: locative() };
    }
    out.push(f);
  }
  return out;
}

/**
 * A state whose name is its nisba with the article ("السعودية") after a definite noun that no
 * mention holds is that noun's adjective: "الحكومة السعودية"، "السلطات السعودية"، "الشرطة
 * السعودية" (the Saudi government, not a government and Saudi Arabia).
 */
function nisbaLikeName(
  w: Words,
  norm: string,
  tokens: readonly Tok[],
  m: { first: number; last: number; prefixLength: number },
  e: { kind: string; nisba?: readonly string[] },
  found: readonly Found[],
): boolean {
  if (e.kind !== "state" || m.first !== m.last || m.prefixLength > 0) return false;
  const text = (tokens[m.first] as Tok).text;
  // (Most names do not start with the article: the nisbas are normalized only for those that do.)
  if (!text.startsWith("ال")) return false;
  if (!(e.nisba ?? []).some((n) => `ال${normalizeForMatch(n)}` === text)) return false;
  const prev = tokens[m.first - 1];
  if (!prev || !adjacent(norm, prev.end, (tokens[m.first] as Tok).start)) return false;
  const held = found.some((f) => f.first <= m.first - 1 && m.first - 1 <= f.last);
  // («إلى» and «إلا», normalized, begin as the article does: «إلى السعودية» is the state.)
  return !held && !w.not_definite.has(prev.text) && /^[وفبل]?(ال|لل)/.test(prev.text);
}

/**
 * A place right before a word with و: "في بيروت وطرابلس" joins the second to the first, a
 * place too, not its state acting.
 */
function placeBefore(found: readonly Found[], at: number): boolean {
  const prev = found[found.length - 1];
  return !!prev && prev.last === at - 1 && prev.entity.kind === "place" && !prev.place;
}

/**
 * A one-word place that is also an ordinary word: the place after a locative or a
 * preposition, or when the clause goes on after it.
 */
function placeReadable(
  w: Words,
  norm: string,
  tokens: readonly Tok[],
  m: KbMatch,
  first: Tok,
): boolean {
  if (!w.place_homographs.has(first.text.slice(m.prefixLength))) return true;
  if (m.prefixLength > 0) return true;
  const prev = tokens[m.first - 1]?.text ?? "";
  if (w.locative.has(prev) || w.core_prepositions.has(prev)) return true;
  // The adverb ends its clause ("ويشتبكون معهم دوما."); the place goes on into one ("قصفت
  // الطائرات دوما في الغوطة"، "أجزاء: دوما ومحيطها").
  const next = tokens[m.last + 1];
  return !!next && adjacent(norm, first.end, next.start);
}

/**
 * A one-word state name that is also an ordinary word ("مالي": financial; words.json
 * state_homographs): the state where an adjective cannot stand: first in its sentence, with a
 * clitic (لمالي، ومالي), after a preposition, a word of place or state (في مالي، شمال مالي،
 * دولة مالي), a state's name, or a word ending in ت: a verb (قطعت مالي) or a feminine plural
 * that a masculine adjective does not follow (علاقات مالي).
 */
function stateReadable(w: Words, tokens: readonly Tok[], m: KbMatch, first: Tok): boolean {
  if (!w.state_homographs.has(first.text.slice(m.prefixLength))) return true;
  if (m.first === 0) return true;
  const prev = (tokens[m.first - 1] as Tok).text.replace(/^[وف](?=..)/, "");
  // "ومالي" after a nisba-like adjective joins it ("دعم عسكري ومالي"), not a list of states.
  if (m.prefixLength > 0) return !first.text.startsWith("و") || !prev.endsWith("ي");
  return (
    w.locative.has(prev) ||
    w.core_prepositions.has(prev) ||
    w.state_words.has(prev) ||
    w.state_body_heads.has(prev) ||
    prev.endsWith("ت")
  );
}

/** A capital or seat not after a locative word stands for its state (metonymy). */
function asSeat(kb: Kb, f: Found, place: KbEntity, locative: boolean): void {
  const target = place.stands_for ? kb.entities.get(place.stands_for) : undefined;
  if (!target || locative) return;
  f.place = refOf(place);
  f.entity = refOf(target);
  f.rule = "kb-seat";
}

/** A place of another state among the hits of a form that names the state `state`. */
function otherStatesPlace(kb: Kb, hits: readonly Hit[], state: string): string | undefined {
  for (const h of hits) {
    const e = kb.entities.get(h.id);
    if (e?.kind === "place" && e.stands_for && e.stands_for !== state) return e.id;
  }
  return undefined;
}

/**
 * A form that names a state and a place of another state (عمان: Oman, and Amman in Jordan) is
 * the place when the article names the place's state and never names the first state by
 * another form ("عمان" in a story about Jordan is Amman).
 */
function resolveStateOrPlace(kb: Kb, found: Found[][]): void {
  const named = new Set<string>();
  // (A state's people or bodies named by its nisba name it too: «احتج آلاف الأردنيين ... في
  // عمان».)
  for (const list of found)
    for (const f of list) {
      if (f.otherPlace) continue;
      named.add(f.entity.id);
      if (f.partOf) named.add(f.partOf);
      // (And a person who holds or held an office of a state: «والتقى الملك عبد الله الثاني».)
      if (f.entity.kind === "person")
        for (const r of kb.entities.get(f.entity.id)?.roles ?? []) named.add(r.of);
    }
  for (const list of found)
    for (const f of list) {
      const other = f.otherPlace;
      if (!other) continue;
      delete f.otherPlace;
      const place = kb.entities.get(other.id);
      if (!place?.stands_for || named.has(f.entity.id) || !named.has(place.stands_for)) continue;
      f.entity = refOf(place);
      asSeat(kb, f, place, other.locative);
    }
}

/** Name parts of the persons an article names, for bare-name coreference. */
function nameParts(kb: Kb, found: Found[][], date: string | null): Map<string, Found["entity"]> {
  const parts = new Map<string, Found["entity"] | null>();
  const seen = new Set<string>();
  // Nested loops rather than found.flat(): this runs for every article.
  for (const inSentence of found) {
    for (const f of inSentence) {
      if (f.entity.kind !== "person" || seen.has(f.entity.id)) continue;
      seen.add(f.entity.id);
      addNameParts(parts, kb, f.entity);
    }
  }
  // Two persons of the article sharing a name word ("كيم يونغ أون" and "كيم يونغ تشول"):
  // a head of state or government among them on the date is the one called by it alone.
  for (const [w, v] of parts) if (v === null) parts.set(w, sharedLeader(kb, found, w, date));
  // Leaders of the states the article names lend their names too ("كيم" in an article about
  // North Korea), unless a person of the article already holds that part.
  const leaderParts = new Map<string, Found["entity"] | null>();
  const states = new Set<string>();
  for (const inSentence of found)
    for (const f of inSentence) if (f.entity.kind === "state") states.add(f.entity.id);
  for (const state of [...states].sort()) {
    for (const { e, roles } of leadersOf(kb, state)) {
      // A leader of the state on the article's date (today's, when it has none).
      if (!roles.some((r) => (date ? roleOn(r, date) : !r.until))) continue;
      // Only the first and last words of the name: inner ones are too often ordinary words.
      for (const w of leaderWords(e)) {
        if (parts.has(w)) continue;
        const prev = leaderParts.get(w);
        leaderParts.set(w, prev === undefined || prev?.id === e.id ? refOf(e) : null);
      }
    }
  }
  for (const [k, v] of leaderParts) if (v) parts.set(k, v);
  const out = new Map<string, Found["entity"]>();
  for (const [k, v] of parts) if (v !== null) out.set(k, v);
  return out;
}

/**
 * The one person of the article with name word `w` who leads a state on the date, if one does
 * (a shared surname stands for the leader: news call the leader by it, others in full).
 */
function sharedLeader(
  kb: Kb,
  found: Found[][],
  w: string,
  date: string | null,
): Found["entity"] | null {
  let leader: Found["entity"] | null = null;
  const seen = new Set<string>();
  for (const inSentence of found) {
    for (const f of inSentence) {
      if (f.entity.kind !== "person" || seen.has(f.entity.id)) continue;
      seen.add(f.entity.id);
      const e = kb.entities.get(f.entity.id);
      if (!e || !kbNameWords(e).includes(w)) continue;
      const leads = e.roles.some(
        (r) =>
          LEADER.test(r.title_en) &&
          !NOT_LEADER.test(r.title_en) &&
          (date ? roleOn(r, date) : !r.until),
      );
      if (!leads) continue;
      if (leader) return null;
      leader = f.entity;
    }
  }
  return leader;
}

/** Adds the name words of a person of the article; a word two persons share names neither. */
function addNameParts(
  parts: Map<string, Found["entity"] | null>,
  kb: Kb,
  person: Found["entity"],
): void {
  const e = kb.entities.get(person.id);
  // A name found by a pattern lends only its last part (the surname), and only a long one:
  // its other words may be ordinary ones the pattern took in.
  let words: string[];
  if (e) words = kbNameWords(e);
  else {
    const last = person.label_ar.split(/\s+/).pop() ?? "";
    words = last.length >= 4 ? nameWords([last]) : [];
  }
  for (const w of words) {
    const prev = parts.get(w);
    parts.set(w, prev === undefined || prev?.id === person.id ? person : null);
  }
}

/** The words of names that may stand for their person alone (not short, common or given). */
function nameWords(forms: string[]): string[] {
  const { stopwords, common_given } = bundledWords();
  const out: string[] = [];
  for (const form of forms) {
    for (const t of tokenize(normalizeForMatch(form))) {
      if (t.text.length < 3 || stopwords.has(t.text) || common_given.has(t.text)) continue;
      out.push(t.text);
    }
  }
  return out;
}

// Articles name the same persons again and again: their name words are cut once per entity.
const kbNameWordsMemo = new WeakMap<KbEntity, string[]>();
const leaderWordsMemo = new WeakMap<KbEntity, string[]>();

/** The name words of a KB person's label and aliases, in order. */
function kbNameWords(e: KbEntity): string[] {
  let words = kbNameWordsMemo.get(e);
  if (!words) {
    words = nameWords([e.label_ar, ...e.aliases]);
    kbNameWordsMemo.set(e, words);
  }
  return words;
}

/** The first and last words of a leader's label, when they may stand for the leader. */
function leaderWords(e: KbEntity): string[] {
  let words = leaderWordsMemo.get(e);
  if (!words) {
    const { stopwords, common_given } = bundledWords();
    const all = tokenize(normalizeForMatch(e.label_ar));
    words = [];
    for (const t of [all[0], all[all.length - 1]]) {
      if (!t || t.text.length < 3 || stopwords.has(t.text) || common_given.has(t.text)) continue;
      words.push(t.text);
    }
    leaderWordsMemo.set(e, words);
  }
  return words;
}

// Heads of state and government only ("Leader of the State of Law Coalition" is not one).
const LEADER =
  /^(president|supreme leader|king|queen|emir|sultan|prime minister|chancellor|premier|head of (state|government))\b/i;
const NOT_LEADER =
  /vice|deputy|acting|presidium|parliament|house|senate|assembly|commission|council/i;
const leaderIndex = new WeakMap<Kb, Map<string, Array<{ e: KbEntity; roles: Role[] }>>>();

/** Persons of the KB with any leader's role in a state, with those roles (indexed once per KB). */
function leadersOf(kb: Kb, state: string): Array<{ e: KbEntity; roles: Role[] }> {
  let index = leaderIndex.get(kb);
  if (!index) {
    index = new Map();
    for (const e of kb.entities.values()) {
      for (const r of e.roles) {
        if (!LEADER.test(r.title_en) || NOT_LEADER.test(r.title_en)) continue;
        const list = index.get(r.of) ?? [];
        let entry = list.find((x) => x.e === e);
        if (!entry) {
          entry = { e, roles: [] };
          list.push(entry);
        }
        entry.roles.push(r);
        index.set(r.of, list);
      }
    }
    leaderIndex.set(kb, index);
  }
  return index.get(state) ?? [];
}

/**
 * A filter on the last three characters of a text. Every proclitic reading of a token ends
 * as the token does, and name parts have three letters or more, so a token whose ending no
 * name part has cannot be one: most tokens are passed over without a stem lookup.
 */
const ending = (t: string) =>
  ((t.charCodeAt(t.length - 3) << 10) ^
    (t.charCodeAt(t.length - 2) << 5) ^
    t.charCodeAt(t.length - 1)) &
  4095;

/** The endings of the name parts, as a bitmap over `ending`. */
function partEndings(parts: Map<string, Found["entity"]>): Uint8Array {
  const out = new Uint8Array(4096);
  for (const k of parts.keys()) out[ending(k)] = 1;
  return out;
}

function corefNames(
  seg: Segmented,
  s: Sentence,
  covered: Array<Found | undefined>,
  parts: Map<string, Found["entity"]>,
  endings: Uint8Array,
  /** Mentions a part of the name right after them lengthens, and their longer form. */
  lengthened: Map<Found, Found>,
): Found[] {
  const out: Found[] = [];
  const { norm } = seg.norm;
  for (let i = 0; i < s.tokens.length; i++) {
    if (covered[i]) continue;
    const t = s.tokens[i] as Tok;
    if (t.text.length < 3 || endings[ending(t.text)] === 0) continue;
    const st = tokStems(t).find((x) => parts.has(x.stem));
    if (!st) continue;
    const entity = parts.get(st.stem) as Found["entity"];
    let j = i;
    while (j + 1 < s.tokens.length && !covered[j + 1]) {
      const n = s.tokens[j + 1] as Tok;
      if (!adjacent(norm, (s.tokens[j] as Tok).end, n.start) || parts.get(n.text)?.id !== entity.id)
        break;
      j++;
    }
    // "كاميكاوا يوكو": a part of the name right after a mention of the same person (a name
    // in another order than the knowledge base's) lengthens that mention.
    const before = covered[i - 1];
    if (
      before?.entity.id === entity.id &&
      before.last === i - 1 &&
      st.prefixLength === 0 &&
      adjacent(norm, (s.tokens[i - 1] as Tok).end, t.start)
    ) {
      const longer: Found = { ...before, last: j, end: (s.tokens[j] as Tok).end };
      lengthened.set(before, longer);
      for (let k = before.first; k <= j; k++) covered[k] = longer;
      i = j;
      continue;
    }
    out.push({
      entity,
      rule: "coref-name",
      first: i,
      last: j,
      start: t.start + st.prefixLength,
      end: (s.tokens[j] as Tok).end,
      provisional: entity.id.includes(":unk-"),
    });
    i = j;
  }
  return out;
}

function coverage(n: number, found: Found[]): Array<Found | undefined> {
  const covered: Array<Found | undefined> = new Array(n);
  for (const f of found) for (let k = f.first; k <= f.last; k++) covered[k] = f;
  return covered;
}

export function recognize(article: Article, kb: Kb, actors: Actors = bundledActors()): Recognized {
  const seg = segment(article);
  const original = (a: number, b: number) => {
    const [s, e] = toOriginalSpan(seg.norm, a, b);
    return article.text.slice(s, e);
  };
  const found: Found[][] = [];
  const covers: Array<Array<Found | undefined>> = [];
  // A state's bodies named with its nisba ("الحكومة البريطانية"): mentions only (see generic.ts).
  const bodies: Found[][] = [];
  const words = bundledWords();
  for (const s of seg.sentences) {
    const kbf = kbFound(kb, seg, s, original);
    const covered = coverage(s.tokens.length, kbf);
    const pat = knownQuotedNames(
      kb,
      patternMentions({ norm: seg.norm.norm, original, tokens: s.tokens, covered }),
    );
    let named = kbf;
    if (pat.length > 0) {
      const kept = kbf.filter((k) => !pat.some((p) => p.first <= k.first && k.last <= p.last));
      named = [...kept, ...pat].sort((a, b) => a.first - b.first);
    }
    named = dropReportingMedia(kb, actors, seg.norm.norm, s.tokens, named);
    named = dropEponyms(words, seg.norm.norm, s.tokens, named);
    const generic = genericMentions(kb, actors, seg.norm.norm, s.tokens, named);
    bodies.push([
      ...generic.bodies,
      ...personBodies(actors.personBodies, seg.norm.norm, s.tokens, named),
    ]);
    if (generic.found.length === 0) found.push(named);
    else
      found.push(
        [...named.filter((f) => !generic.absorbed.has(f)), ...generic.found].sort(
          (a, b) => a.first - b.first,
        ),
      );
    covers.push(covered);
  }
  resolveStateOrPlace(kb, found);
  const checked = dropStrayGivenNames(found);
  for (let i = 0; i < found.length; i++) {
    if (checked[i] === found[i]) continue;
    const kept = new Set(checked[i]);
    const cover = covers[i] as Array<Found | undefined>;
    for (const f of found[i] as Found[])
      if (!kept.has(f)) for (let k = f.first; k <= f.last; k++) cover[k] = undefined;
    found[i] = checked[i] as Found[];
  }
  // Lone names after a title lend no name part: they take one (lone-names.ts).
  const lone = found.some((list) => list.some(isLoneName));
  const parts = nameParts(
    kb,
    lone ? found.map((list) => list.filter((f) => !isLoneName(f))) : found,
    article.date,
  );
  if (lone) resolveLoneNames(found, parts);
  if (parts.size > 0) {
    const endings = partEndings(parts);
    seg.sentences.forEach((s, i) => {
      const lengthened = new Map<Found, Found>();
      const cover = covers[i] as Array<Found | undefined>;
      const extra = corefNames(seg, s, cover, parts, endings, lengthened);
      if (lengthened.size) found[i] = (found[i] as Found[]).map((f) => lengthened.get(f) ?? f);
      if (extra.length)
        found[i] = [...(found[i] as Found[]), ...extra].sort((a, b) => a.first - b.first);
    });
  }
  noteHomeState(seg, found);
  const mentions: Mention[] = [];
  seg.sentences.forEach((s, i) => {
    const extra = bodies[i] as Found[];
    const all = extra.length
      ? [...(found[i] as Found[]), ...extra].sort((a, b) => a.first - b.first)
      : (found[i] as Found[]);
    for (const f of all) {
      const span = toOriginalSpan(seg.norm, f.start, f.end);
      const m: Mention = {
        doc: article.doc,
        entity: f.entity,
        text: article.text.slice(span[0], span[1]),
        span,
        sentence: s.index,
        section: s.section,
        rule: f.rule,
      };
      if (f.place) m.place = f.place;
      mentions.push(m);
    }
  });
  return { article, seg, found, mentions };
}
