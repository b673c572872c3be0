// Relation extraction for one article: per sentence, actor units and coreference, triggers
// and their arguments, then RelationMentions with exact spans, dates and attribution.

import { type Kb, rolesOn, stateOfPlace } from "../kb/kb.js";
import type { Found } from "../recognize/found.js";
import type { Recognized } from "../recognize/recognize.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import type { EntityRef, MentionRef, RelationMention } from "../schema.js";
import { toOriginalSpan } from "../text/normalize.js";
import { appointedRoles } from "./appointments.js";
import { ARTICLE_COMPONENTS } from "./components.js";
import { type ArticleMemory, corefUnits, remember, rememberPair } from "./coref.js";
import { resolveDate } from "./dates.js";
import { homeBodyUnits } from "./home-body.js";
import { bundledLanguage, type Language } from "./language.js";
import { ownCountryUnits } from "./own-country.js";
import type { Draft, SentenceContext } from "./scope.js";
import { extractSentence } from "./sentence.js";
import { rememberTitles, titleAnaphors } from "./title-anaphor.js";
import { findTriggers } from "./triggers.js";
import { buildUnits, heldOffice, type SentenceView, type Unit } from "./units.js";

/**
 * Analyzes an article sentence by sentence: units, coreference, triggers and the rules'
 * drafts. Sentences depend on earlier ones (the states and persons mentioned so far, the last
 * subject), so they are analyzed in order.
 */
export function sentenceContexts(
  rec: Recognized,
  kb: Kb,
  lang: Language = bundledLanguage(),
): SentenceContext[] {
  const { article, seg } = rec;
  const memory: ArticleMemory = { states: [], persons: [], orgs: [] };
  const persons = new Map<string, EntityRef>();
  // Nested loops rather than found.flat() (a generic, slow copy): the same order.
  for (const inSentence of rec.found)
    for (const f of inSentence) if (f.entity.kind === "person") persons.set(f.entity.id, f.entity);
  const personList = [...persons.values()];
  let previousSubject: Unit[] | null = null;
  let previousStates: EntityRef[] = [];
  let previousPersons: EntityRef[] = [];
  const contexts = seg.sentences.map((s, si) => {
    const found = rec.found[si] as Found[];
    // Filled in a loop, in the order of `found` (a later mention ending or starting at the
    // same token wins, as with new Map(found.map(...))), without the arrays of pairs.
    const byLast = new Map<number, Found>();
    const byFirst = new Map<number, Found>();
    for (const f of found) {
      byLast.set(f.last, f);
      byFirst.set(f.first, f);
    }
    const v: SentenceView = {
      words: lang.words,
      byLast,
      byFirst,
      norm: seg.norm.norm,
      tokens: s.tokens,
      found,
      date: article.date,
      persons: personList,
      antecedents: previousStates,
      antecedentPersons: previousPersons,
    };
    previousStates = found.filter((f) => f.entity.kind === "state").map((f) => f.entity);
    previousPersons = found.filter((f) => f.entity.kind === "person").map((f) => f.entity);
    const covered: Array<Found | undefined> = new Array(s.tokens.length);
    for (const f of found) for (let k = f.first; k <= f.last; k++) covered[k] = f;
    const units = buildUnits(kb, v);
    remember(
      memory,
      found.filter((f) => !f.adjective || units.some((u) => u.found === f)),
      si,
    );
    // The pair "the two sides" refers to is the one named before, not one named after it.
    const all = [
      ...units,
      ...corefUnits(kb, v, covered, memory, si, units),
      ...titleAnaphors(kb, v, covered, memory, units),
      ...ownCountryUnits(kb, v, covered, units),
      ...homeBodyUnits(v, covered, units),
    ].sort((a, b) => a.first - b.first);
    rememberPair(memory, v, units, si);
    rememberTitles(memory, v, units);
    const triggers = findTriggers(v, lang.lexicon, covered, units);
    const result = extractSentence(v, lang.lexicon, all, triggers, previousSubject);
    previousSubject = result.subject ?? previousSubject;
    return { index: si, sentence: s, view: v, units, all, triggers, result };
  });
  for (const c of ARTICLE_COMPONENTS) c.run(contexts, kb);
  return contexts;
}

/** Drafts over the whole article (a model reading every sentence a pair shares). */
export type ArticleDecider = (
  contexts: SentenceContext[],
) => Array<{ ctx: SentenceContext; draft: Draft }>;

export interface ExtractOptions {
  /** Keep the rules' drafts (default true). */
  rules?: boolean;
  /** Adds drafts for the article as a whole, each cited from one sentence. */
  decideArticle?: ArticleDecider;
}

export function extractRelations(
  rec: Recognized,
  kb: Kb,
  lang: Language = bundledLanguage(),
  opts: ExtractOptions = {},
): RelationMention[] {
  const { article, seg } = rec;
  const text = article.text;
  const orig = (a: number, b: number) => {
    const [s, e] = toOriginalSpan(seg.norm, a, b);
    return { span: [s, e] as [number, number], text: text.slice(s, e) };
  };
  const out: RelationMention[] = [];
  const seen = new Set<string>();
  const titleHeads = lang.words.title_heads;

  const contexts = sentenceContexts(rec, kb, lang);
  const fromArticle = new Map<SentenceContext, Draft[]>();
  for (const { ctx, draft } of opts.decideArticle?.(contexts) ?? [])
    fromArticle.set(ctx, [...(fromArticle.get(ctx) ?? []), draft]);
  for (const ctx of contexts) {
    const { sentence: s, units } = ctx;
    const drafts = [
      ...(opts.rules === false ? [] : ctx.result.drafts),
      ...(fromArticle.get(ctx) ?? []),
    ];
    const sentence = orig(s.start, s.end);
    // Dates are resolved only for sentences that state a relation.
    let dateMemo: string | null | undefined;
    const dateOf = () => {
      if (dateMemo === undefined)
        dateMemo = resolveDate(s.tokens, 0, s.tokens.length - 1, article.date, lang.words);
      return dateMemo;
    };
    const ref = (u: Unit): MentionRef => ({ ...u.ref, text: orig(u.start, u.end).text });
    const push = (r: RelationMention) => {
      const key = `${r.source.id}|${r.type}|${r.target.id}|${r.polarity}|${r.sentence}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(r);
    };
    const emit = (d: Draft) => {
      let target = d.target;
      let place: EntityRef | undefined;
      if (target.place) {
        // A visited or named place: the relation is with its state, the place is kept.
        const state = stateOfPlace(kb, target.ref.id);
        const se = state ? kb.entities.get(state) : undefined;
        if (!se) return;
        place = target.ref;
        target = {
          ...target,
          ref: { id: se.id, kind: se.kind, label_ar: se.label_ar, label_en: se.label_en },
        };
      }
      // A relation needs two parties; "X ... X" is a wrong antecedent or a repeated name.
      if (d.source.place || d.source.ref.id === target.ref.id) return;
      if (target.official && serves(kb, d.source, target.ref.id, article.date)) return;
      // An official named by no office («مسؤول إيراني») fights no one: «قتل مسؤول إيراني في
      // غارة» is passive, he is the one killed.
      if (d.type === "ASSAULT" && d.source.bareOfficial) return;
      const a = s.tokens[d.first]?.start ?? s.start;
      const b = s.tokens[d.last]?.end ?? s.end;
      const r: RelationMention = {
        doc: article.doc,
        source: ref(d.source),
        target: ref(target),
        type: d.type,
        mode: d.mode,
        polarity: d.polarity,
        modality: d.modality,
        attributed_to:
          d.attributedTo && d.attributedTo.ref.id !== d.source.ref.id
            ? ref(d.attributedTo)
            : d.attributedTo
              ? ref(d.attributedTo)
              : null,
        date: dateOf(),
        sentence: sentence.text,
        span: orig(Math.max(a, s.start), Math.min(b, s.end)).span,
        confidence: d.confidence,
        rule: d.rule,
        section: s.section,
      };
      if (d.event) r.event = d.event;
      // A capital standing for its state still says where the event was ("زار بلينكن سيول").
      place ??= d.event ? d.target.found.place : undefined;
      place ??= d.place?.ref;
      if (place) r.place = place;
      push(r);
    };
    for (const d of drafts) emit(d);
    // The office starts after any clitic on its head ("ونظيره" -> "نظيره").
    const titleStart = (first: number) => {
      const headTok = s.tokens[first] as Tok;
      return (
        headTok.start + (tokStems(headTok).find((x) => titleHeads.has(x.stem))?.prefixLength ?? 0)
      );
    };
    const role = (
      u: Unit,
      of: EntityRef,
      title: [number, number],
      span: [number, number],
      rule: string,
    ) =>
      push({
        doc: article.doc,
        source: ref(u),
        target: { ...of, text: orig(...title).text },
        type: "ROLE",
        mode: null,
        polarity: "affirmed",
        modality: "asserted",
        attributed_to: null,
        date: dateOf(),
        sentence: sentence.text,
        span: orig(...span).span,
        confidence: 0.9,
        rule,
        section: s.section,
        title: orig(...title).text,
      });
    // ROLE from appositions: "وزير الخارجية الأمريكي أنتوني بلينكن", "لافروف، وزير الخارجية
    // الروسي"; a dual title's later holder quotes the shared title and his own nisba.
    for (const u of units) {
      const of = heldOffice(u);
      if (!of || !u.office) continue;
      const a = titleStart(u.office.first);
      const titleEnd = (s.tokens[Math.max(u.office.first, u.office.last)] as Tok).end;
      const shared = u.office.title;
      const title: [number, number] = shared
        ? [titleStart(shared[0]), (s.tokens[shared[1]] as Tok).end]
        : [a, titleEnd];
      const span: [number, number] = u.office.after ? [u.start, titleEnd] : [a, u.end];
      role(u, of, title, span, "apposition");
    }
    // ROLE from appointments: "عُيّن X وزيرا للخارجية", "خلفا لـ Y".
    for (const r of appointedRoles(kb, ctx.view, units)) {
      const title: [number, number] = [
        (s.tokens[r.titleFirst] as Tok).start,
        (s.tokens[r.titleLast] as Tok).end,
      ];
      const span: [number, number] = [
        Math.min(r.unit.start, title[0]),
        Math.max(r.unit.end, title[1]),
      ];
      role(r.unit, r.of, title, span, "appointment");
    }
  }
  return out;
}

/**
 * Whether a person holds an office of the state an unnamed official stands for: "اتهمت بريطانيا
 * بوتين باغتيال جاسوس روسي" is no attack of Putin's on Russia (its official is its own).
 */
function serves(kb: Kb, u: Unit, state: string, date: string | null): boolean {
  if (u.ref.kind !== "person") return false;
  if (u.office?.of?.id === state) return true;
  const e = kb.entities.get(u.ref.id);
  return e !== undefined && rolesOn(e, date).some((r) => r.of === state);
}
