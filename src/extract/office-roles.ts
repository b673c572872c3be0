// ROLE from phrases that state an office without an apposition of title and name, which
// units.ts does not read (why this module: units.ts keeps the appositions, this adds the rest):
// - leadership clauses: "كيم الذي يقود كوريا الشمالية"، "حزب حركة إنصاف الذي يقوده خان"،
//   "حزب العدالة والتنمية الحاكم برئاسة أردوغان"، "تحالف الأمل بزعامة مهاتير محمد";
// - "وهو" appositions: "بيبلاب دب، وهو رئيس الحكومة المحلية في ولاية تريبورا";
// - a knowledge-base name that holds its title ("الملك سلمان"): the KB's office on the date.
// The word lists are "office_roles" in lexicon/actors.json. Results take the shape of an
// appointment's (appointments.ts hands them on), so the title is the words that state it.
import type { Kb } from "../kb/kb.js";
import { bundledActors } from "../recognize/actors.js";
import type { Found } from "../recognize/found.js";
import { homeStateOf } from "../recognize/home-state.js";
import { givenNames } from "../recognize/patterns.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import type { EntityRef } from "../schema.js";
import type { Words } from "../text/words.js";
import {
  constructOfficeWord,
  headAfterApposition,
  mayHold,
  officeOf,
  type SentenceView,
  type Unit,
} from "./units.js";

export interface OfficeRole {
  unit: Unit;
  of: EntityRef;
  titleFirst: number;
  titleLast: number;
}

// A nisba ("التحقيق الروسي") is no body a person leads.
const isBody = (f: Found | undefined): f is Found =>
  !!f && !f.adjective && (f.entity.kind === "organization" || f.entity.kind === "state");

/** Only spaces, or a quotation mark, between two tokens ("حزب "الأمل" بزعامة"). */
function close(v: SentenceView, a: Tok, b: Tok): boolean {
  return /^[\s"'«»“”]*$/.test(v.norm.slice(a.end, b.start));
}

/** The owner of a body mention: a party or an organisation, or the state it stands for. */
function ownerOf(kb: Kb, f: Found, v: SentenceView): EntityRef | null {
  return officeOf(kb, [f], null, v.date);
}

/** The person unit starting at token `k`, or null. */
function personAt(units: Unit[], k: number): Unit | null {
  return units.find((u) => u.found.first === k && u.ref.kind === "person") ?? null;
}

/** The person unit ending at token `k`, or null. */
function personEndingAt(units: Unit[], k: number): Unit | null {
  return units.find((u) => u.found.last === k && u.ref.kind === "person") ?? null;
}

/**
 * The body before token `at`, skipping at most two qualifiers with the article ("الحاكم"،
 * "المعارض") and a relative pronoun: returns the mention or undefined.
 */
function bodyBefore(v: SentenceView, at: number, w: Words): Found | undefined {
  let k = at - 1;
  let skipped = 0;
  while (k >= 0 && skipped <= 3) {
    const t = v.tokens[k] as Tok;
    const next = v.tokens[k + 1] as Tok;
    if (!close(v, t, next)) return undefined;
    const f = v.byLast.get(k);
    if (f) return isBody(f) ? f : undefined;
    if (!t.text.startsWith("ال") || w.stopwords.has(t.text)) {
      if (!(t.text === "الذي" || t.text === "التي")) return undefined;
    }
    k--;
    skipped++;
  }
  return undefined;
}

/** The person after token `at`, skipping at most three title words ("السياسي المخضرم"). */
function personAfter(v: SentenceView, units: Unit[], at: number): Unit | null {
  for (let k = at + 1; k < v.tokens.length && k - at <= 4; k++) {
    const prev = v.tokens[k - 1] as Tok;
    const t = v.tokens[k] as Tok;
    if (!/^[\s"'«»“”،,]*$/.test(v.norm.slice(prev.end, t.start))) return null;
    const p = personAt(units, k);
    if (p) return p;
    if (v.byFirst.has(k) || !t.text.startsWith("ال")) return null;
  }
  return null;
}

function leadership(kb: Kb, v: SentenceView, units: Unit[], w: Words): OfficeRole[] {
  const lists = bundledActors().officeRoles;
  const out: OfficeRole[] = [];
  for (let i = 1; i < v.tokens.length; i++) {
    const t = v.tokens[i] as Tok;
    if (lists.ledBy.has(t.text)) {
      // "Y (الذي) يقوده X"، "Y برئاسة X".
      const body = bodyBefore(v, i, w);
      const person = body ? personAfter(v, units, i) : null;
      const of = body && person ? ownerOf(kb, body, v) : null;
      if (person && of && of.id !== person.ref.id)
        out.push({ unit: person, of, titleFirst: i, titleLast: i });
    } else if (lists.leads.has(t.text)) {
      // "X الذي يقود Y": the relative right after the person, the body right after the verb.
      const rel = v.tokens[i - 1] as Tok;
      if (rel.text !== "الذي" && rel.text !== "التي") continue;
      const person = personEndingAt(units, i - 2);
      const next = v.tokens[i + 1];
      const body = next && close(v, t, next) ? v.byFirst.get(i + 1) : undefined;
      if (!person || !isBody(body) || !close(v, v.tokens[i - 2] as Tok, rel)) continue;
      const of = ownerOf(kb, body, v);
      if (of && of.id !== person.ref.id)
        out.push({ unit: person, of, titleFirst: i, titleLast: body.last });
    }
  }
  return out;
}

/** A title head among the token's readings (no "ك" before it: "كرئيس" is "as president"). */
const titleHead = (t: Tok, w: Words) =>
  tokStems(t).some(
    (s) => w.title_heads.has(s.stem) && !t.text.slice(0, s.prefixLength).endsWith("ك"),
  );

/** "X، وهو رئيس ... Y": the office after وهو, up to the first body it names. */
function wahuwa(kb: Kb, v: SentenceView, units: Unit[], w: Words): OfficeRole[] {
  const lists = bundledActors().officeRoles;
  const out: OfficeRole[] = [];
  for (const u of units) {
    if (u.ref.kind !== "person" || u.office?.of) continue;
    const head = headAfterApposition(v, u.last);
    if (head === null || !titleHead(v.tokens[head] as Tok, w)) continue;
    let k: number;
    // The office's words: definite words, title links, words with ل, and the first body.
    for (k = head + 1; k < v.tokens.length && k - head <= 7; k++) {
      const t = v.tokens[k] as Tok;
      if (!close(v, v.tokens[k - 1] as Tok, t)) break;
      const f = v.byFirst.get(k);
      if (f) {
        if (!isBody(f)) break;
        const before = (v.tokens[k - 1] as Tok).text;
        // "وهو ضابط في الجيش البريطاني": في before a body is membership; before a state, a
        // posting ("وهو سفير في إسرائيل").
        const member = before === "في" && f.entity.kind === "organization";
        if (w.destinations.has(before) && !member) break;
        const of = officeOf(kb, [f], u.ref, v.date);
        if (of && of.id !== u.ref.id && mayHold(kb, u, of))
          out.push({ unit: u, of, titleFirst: head, titleLast: f.last });
        break;
      }
      const word = t.text.replace(/^(لل|ل|ب)/, "ال");
      if (
        (word.startsWith("ال") && !w.stopwords.has(word) && !w.weekdays.has(word)) ||
        w.title_links.has(t.text) ||
        // "وهو ضابط مخابرات سابق في الجيش البريطاني": an indefinite title's own qualifier.
        lists.titleQualifiers.has(t.text) ||
        // "وهو رئيس وزراء بريطانيا": an office word whose owner follows.
        constructOfficeWord(t, w) ||
        (k === head + 1 && /^[\u0621-\u064a]{3,}$/.test(t.text) && !w.stopwords.has(t.text))
      )
        continue;
      break;
    }
  }
  return out;
}

/**
 * "الملك سلمان": a KB name that opens with an office's title ("titled_names"; not an
 * honorific such as الشيخ) states the office the KB knows.
 */
function titledNames(kb: Kb, v: SentenceView, units: Unit[]): OfficeRole[] {
  const titles = bundledActors().officeRoles.titledNames;
  const out: OfficeRole[] = [];
  for (const u of units) {
    if (u.ref.kind !== "person" || u.office || u.first !== u.found.first) continue;
    if (u.found.rule !== "kb" || u.found.last === u.found.first) continue;
    const first = v.tokens[u.found.first] as Tok;
    if (!tokStems(first).some((s) => s.prefixLength <= 1 && titles.has(s.stem))) continue;
    const of = officeOf(kb, [], u.ref, v.date);
    if (of && of.id !== u.ref.id)
      out.push({ unit: u, of, titleFirst: u.found.first, titleLast: u.found.first });
  }
  return out;
}

/**
 * An office whose body's abbreviation stands in brackets before the name: "الأمين العام لحلف
 * شمال الأطلسي (ناتو) ينس ستولتنبرغ"، "رئيس منظمة الشرطة الدولية (الإنتربول) المفقود، مينغ
 * هونغوي". units.ts reads offices up to the name without a bracket between.
 */
function bracketed(kb: Kb, v: SentenceView, units: Unit[], w: Words): OfficeRole[] {
  const out: OfficeRole[] = [];
  for (const u of units) {
    if (u.ref.kind !== "person" || u.office || u.first !== u.found.first) continue;
    // Back over at most two qualifiers with the article ("المفقود") and a comma.
    let k = u.found.first - 1;
    for (let n = 0; n < 2 && k >= 0; n++) {
      const t = v.tokens[k] as Tok;
      if (!t.text.startsWith("ال") || v.byLast.has(k) || w.stopwords.has(t.text)) break;
      k--;
    }
    const inner = v.tokens[k];
    if (k < 1 || !inner) continue;
    const after = v.tokens[k + 1] as Tok;
    if (!/^\s*\)\s*[،,]?\s*$/.test(v.norm.slice(inner.end, after.start))) continue;
    // The opening bracket, at most four words back, right after the body's name.
    let open = -1;
    for (let b = k; b >= 1 && k - b < 4; b--) {
      const gap = v.norm.slice((v.tokens[b - 1] as Tok).end, (v.tokens[b] as Tok).start);
      if (/^\s*\(\s*$/.test(gap)) {
        open = b;
        break;
      }
      if (!/^\s*$/.test(gap)) break;
    }
    const body = open > 0 ? v.byLast.get(open - 1) : undefined;
    if (!isBody(body)) continue;
    // The office before the body: a title head, then its words (definite, links, ل-words).
    let head = -1;
    for (let h = body.first - 1; h >= 0 && body.first - h <= 6; h--) {
      const t = v.tokens[h] as Tok;
      if (!close(v, t, v.tokens[h + 1] as Tok) || v.byLast.has(h)) break;
      if (titleHead(t, w)) {
        head = h;
        break;
      }
      const word = t.text.replace(/^(لل|ل)/, "ال");
      if (!(word.startsWith("ال") || w.title_links.has(t.text) || w.org_heads.has(t.text))) break;
    }
    if (head < 0) continue;
    const of = officeOf(kb, [body], u.ref, v.date);
    if (of && of.id !== u.ref.id) out.push({ unit: u, of, titleFirst: head, titleLast: body.last });
  }
  return out;
}

const QUOTE = /["«»“”]/;

/**
 * An office that a quotation mark parts from its name or its body: "رئيس الوزراء السابق "هايلي
 * مريام ديسالين""، "إينيس إريماداس، زعيمة حزب "ثيودادانوس"". units.ts reads offices up to a
 * quotation mark; this reads the ones a quotation mark stands inside.
 */
function quoted(kb: Kb, v: SentenceView, units: Unit[], w: Words): OfficeRole[] {
  const out: OfficeRole[] = [];
  const gapAt = (k: number) =>
    v.norm.slice((v.tokens[k - 1] as Tok).end, (v.tokens[k] as Tok).start);
  for (const u of units) {
    if (u.ref.kind !== "person" || u.office || u.first !== u.found.first) continue;
    // Before the name: the office's words back to its head, a quotation mark among the gaps.
    let head = -1;
    let quote = false;
    const inner: Found[] = [];
    for (let k = u.found.first - 1; k >= 0 && u.found.first - k <= 8; k--) {
      const t = v.tokens[k] as Tok;
      if (!close(v, t, v.tokens[k + 1] as Tok)) break;
      if (QUOTE.test(gapAt(k + 1))) quote = true;
      const f = v.byLast.get(k);
      if (f) {
        if (f.entity.kind === "person") break;
        inner.push(f);
        k = f.first;
        continue;
      }
      if (titleHead(t, w)) {
        head = k;
        continue; // "نائب رئيس": an outer head may open the office
      }
      if (head >= 0) break;
      const word = t.text.replace(/^(لل|ل)/, "ال");
      if (!(word.startsWith("ال") || w.title_links.has(t.text))) break;
    }
    if (head >= 0 && quote) {
      const own = inner.filter((f) => f.first > head);
      const of = officeOf(kb, own, u.ref, v.date);
      if (of && of.id !== u.ref.id)
        out.push({ unit: u, of, titleFirst: head, titleLast: u.found.first - 1 });
      continue;
    }
    // After the name: "، زعيمة حزب "X"" (or a spokesman's office without the comma).
    const h = u.found.last + 1;
    const ht = v.tokens[h];
    if (!ht) continue;
    const gap = v.norm.slice((v.tokens[u.found.last] as Tok).end, ht.start);
    const comma = /^\s*[،,]\s*$/.test(gap);
    if (!comma && !(/^\s*$/.test(gap) && w.no_comma_heads.has(ht.text))) continue;
    if (!titleHead(ht, w) || v.byFirst.has(h)) continue;
    quote = false;
    for (let k = h + 1; k < v.tokens.length && k - h <= 6; k++) {
      const t = v.tokens[k] as Tok;
      if (!close(v, v.tokens[k - 1] as Tok, t)) break;
      if (QUOTE.test(gapAt(k))) quote = true;
      const f = v.byFirst.get(k);
      if (f) {
        if (!isBody(f) || !quote) break;
        const of = officeOf(kb, [f], u.ref, v.date);
        if (of && of.id !== u.ref.id) out.push({ unit: u, of, titleFirst: h, titleLast: f.last });
        break;
      }
      const word = t.text.replace(/^(لل|ل)/, "ال");
      if (!(word.startsWith("ال") || w.title_links.has(t.text) || w.org_heads.has(t.text))) break;
    }
  }
  return out;
}

/** Whether `words` start with `prefix`. */
const startsWith = (words: readonly string[], prefix: readonly string[]) =>
  prefix.length <= words.length && prefix.every((x, i) => words[i] === x);

/**
 * Whether tokens `first`..`last` are a bare title of a state's office: a head that makes any
 * title one ("وزير الاقتصاد"، "نائب وزير التربية"), or a whole title with qualifiers only
 * ("الرئيس"، "رئيس الوزراء السابق"); the first word may carry clitics ("ووزير").
 */
function stateTitle(v: SentenceView, first: number, last: number): boolean {
  const { stateTitleHeads, stateTitles, titleQualifiers } = bundledActors().officeRoles;
  const rest: string[] = [];
  for (let k = first + 1; k <= last; k++) rest.push((v.tokens[k] as Tok).text);
  for (const s of tokStems(v.tokens[first] as Tok)) {
    if (s.prefixLength > 2) continue;
    const words = [s.stem, ...rest];
    if (stateTitleHeads.some((h) => startsWith(words, h))) return true;
    if (
      stateTitles.some(
        (h) => startsWith(words, h) && words.slice(h.length).every((q) => titleQualifiers.has(q)),
      )
    )
      return true;
  }
  return false;
}

/**
 * A name the pattern rules found is trusted as one when punctuation or the sentence's end
 * closes it ("وزير الاقتصاد، رائد خوري، إن ..."), or it opens with a known given name: a title
 * before an ordinary clause ("رئيس الوزراء رفض مطلب النقابات") reads as title and name too.
 */
function delimitedName(v: SentenceView, f: Found): boolean {
  if (!f.provisional) return true;
  const first = v.tokens[f.first] as Tok;
  if (givenNames().has(first.text)) return true;
  // و or ف before a verb ("وقطع"، "فيعتقل") far more often than a name's first letter.
  if (/^[وف]/.test(first.text)) return false;
  const after = v.tokens[f.last + 1];
  const last = v.tokens[f.last] as Tok;
  // A hashtag inside opens a topic ("المكلف بملف #بريكست"), not a name's later part.
  if (v.norm.slice(first.start + 1, last.end).includes("#")) return false;
  return !after || /[^\s\-#_]/.test(v.norm.slice(last.end, after.start));
}

/**
 * "X، وزير المالية، ...": a title between commas right after a person's name, its words
 * definite or title links, closed by punctuation or the sentence's end.
 */
function bareTitleAfter(v: SentenceView, u: Unit): Unit["office"] | undefined {
  if (u.ref.kind !== "person") return undefined;
  const name = v.tokens[u.found.last] as Tok;
  const head = v.tokens[u.found.last + 1];
  if (!head || !/^\s*[،,]\s*$/.test(v.norm.slice(name.end, head.start))) return undefined;
  let k = u.found.last + 1;
  for (; k < v.tokens.length; k++) {
    const t = v.tokens[k] as Tok;
    if (v.byFirst.has(k)) return undefined;
    if (k > u.found.last + 1 && !t.text.startsWith("ال") && !v.words.title_links.has(t.text))
      return undefined;
    const next = v.tokens[k + 1];
    if (!next || /[^\s]/.test(v.norm.slice(t.end, next.start))) break;
  }
  if (k >= v.tokens.length) k = v.tokens.length - 1;
  return { first: u.found.last + 1, last: k, of: null, after: true };
}

/**
 * A bare title of a state's office that names no state or body ("وزير الاقتصاد، رائد خوري"،
 * "الرئيس كالديرون") and whose holder the KB does not place: the holder serves the state the
 * article is about, when one dominates it (src/recognize/home-state.ts); none, no ROLE.
 */
function homeStateTitles(v: SentenceView, units: Unit[]): OfficeRole[] {
  const out: OfficeRole[] = [];
  const { kinBeforeTitle } = bundledActors().officeRoles;
  let home: EntityRef | null | undefined;
  for (const u of units) {
    // units.ts keeps a title after the name only when it names its state or body.
    const o = u.office ?? bareTitleAfter(v, u);
    if (u.ref.kind !== "person" || !o || o.of || o.title || o.last < o.first) continue;
    if (!stateTitle(v, o.first, o.last) || !delimitedName(v, u.found)) continue;
    // "زوجة رئيس الوزراء لوسي تيرنبول": the title is her husband's.
    const kin = v.tokens[o.first - 1];
    if (!o.after && kin && kinBeforeTitle.has(kin.text.replace(/^[وف]/, ""))) continue;
    if (home === undefined) home = homeStateOf(v.tokens);
    if (!home) break;
    out.push({ unit: u, of: home, titleFirst: o.first, titleLast: o.last });
  }
  return out;
}

/**
 * An office held, stated by a verb and "منصب": "شغل سركيسيان منصب رئيس أرمينيا"، "إسماعيل، الذي
 * كان يشغل منصب وزير البترول". The holder stands between the verb and منصب, or just before
 * the verb; the office is read up to the first body it names, else a bare state title serves
 * the article's state (homeStateTitles).
 */
function heldOffice(kb: Kb, v: SentenceView, units: Unit[], w: Words): OfficeRole[] {
  const { heldVerbs, officeNouns, fillers } = bundledActors().officeRoles;
  const out: OfficeRole[] = [];
  if (heldVerbs.size === 0) return out;
  for (let i = 1; i + 1 < v.tokens.length; i++) {
    if (!officeNouns.has((v.tokens[i] as Tok).text)) continue;
    let verb = -1;
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      if (heldVerbs.has((v.tokens[k] as Tok).text.replace(/^[وف]/, ""))) {
        verb = k;
        break;
      }
    }
    if (verb < 0) continue;
    const inside = units.find((u) => u.ref.kind === "person" && u.first > verb && u.last < i);
    // Only the holder and fillers ("سابقا") between the verb and منصب.
    let k = verb + 1;
    if (inside && inside.first === k) k = inside.last + 1;
    while (k < i && fillers.has((v.tokens[k] as Tok).text)) k++;
    if (k !== i) continue;
    const holder =
      inside ??
      [...units]
        .reverse()
        .find((u) => u.ref.kind === "person" && u.last < verb && verb - u.last <= 4);
    if (!holder || v.byFirst.get(holder.last + 1)?.entity.kind === "person") continue;
    const head = i + 1;
    if (!titleHead(v.tokens[head] as Tok, w)) continue;
    let last = head;
    let of: EntityRef | null = null;
    // A name after the title ("رئيس الوزراء في أرمينيا") that owns no office: no ROLE.
    let named = false;
    for (let j = head + 1; j < v.tokens.length && j - head <= 7; j++) {
      const tj = v.tokens[j] as Tok;
      if (!close(v, v.tokens[j - 1] as Tok, tj)) break;
      const f = v.byFirst.get(j);
      if (f) {
        named = true;
        if (isBody(f) && !w.destinations.has((v.tokens[j - 1] as Tok).text)) {
          of = officeOf(kb, [f], holder.ref, v.date);
          last = f.last;
        }
        break;
      }
      const word = tj.text.replace(/^(لل|ل)/, "ال");
      const construct = j === head + 1 && /^[\u0621-\u064a]{3,}$/.test(tj.text);
      if (
        ((word.startsWith("ال") || construct) && !w.stopwords.has(word) && !w.weekdays.has(word)) ||
        w.title_links.has(tj.text)
      ) {
        last = j;
        continue;
      }
      break;
    }
    while (last > head && w.title_links.has((v.tokens[last] as Tok).text)) last--;
    if (!of && !named && stateTitle(v, head, last)) of = homeStateOf(v.tokens);
    if (of && of.id !== holder.ref.id)
      out.push({ unit: holder, of, titleFirst: head, titleLast: last });
    i = last;
  }
  return out;
}

export function officeRoles(kb: Kb, v: SentenceView, units: Unit[]): OfficeRole[] {
  const w = v.words;
  return [
    ...leadership(kb, v, units, w),
    ...wahuwa(kb, v, units, w),
    ...titledNames(kb, v, units),
    ...bracketed(kb, v, units, w),
    ...quoted(kb, v, units, w),
    ...homeStateTitles(v, units),
    ...heldOffice(kb, v, units, w),
  ];
}
