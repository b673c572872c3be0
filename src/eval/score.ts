// Scoring as ANNOTATION.md says: entities per article, relations strict and relaxed, micro-
// averaged; attribution accuracy over strict matches. Pure functions over parsed data.
import { type Mention, type RelationMention, SYMMETRIC_TYPES } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { GoldDoc, GoldEntity, GoldRelation } from "./gold.js";

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const en = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The forms a predicted surface offers for matching. A span cannot drop the doubled lam of a
 * definite word after لـ ("للبيت الأبيض" leaves "لبيت الأبيض" once the preposition is cut
 * off), while gold writes the word without its clitic ("البيت الأبيض", ANNOTATING.md): such a
 * surface also offers its form with the article restored.
 */
export function surfaceForms(text: string): string[] {
  const forms = [normalizeForMatch(text)];
  if (/^ل[^ال]/.test(text)) forms.push(normalizeForMatch(`ا${text}`));
  return forms;
}

/** What a predicted entity offers for matching: English label, Arabic label, surface texts. */
export interface PredEntity {
  id: string;
  label_en: string | null;
  arabic: Set<string>;
}

export function entityMatches(p: PredEntity, g: GoldEntity): boolean {
  if (p.label_en) {
    const l = en(p.label_en);
    if (l && (l === en(g.en) || g.alt.some((a) => en(a) === l))) return true;
  }
  return g.ar.some((a) => p.arabic.has(normalizeForMatch(a)));
}

/**
 * A maximum one-to-one matching (Kuhn's augmenting paths): a prediction that could match two
 * gold lines never takes the only one another prediction could match ("Algeria" taking the
 * gold "Algerian government", whose alt is Algeria, from the gold "Algeria"). Deterministic:
 * predictions and gold lines are tried in their order. Pairs come in prediction order.
 */
function matchCount<P, G>(preds: P[], golds: G[], ok: (p: P, g: G) => boolean): Array<[P, G]> {
  const options = preds.map((p) => {
    const out: number[] = [];
    golds.forEach((g, i) => {
      if (ok(p, g)) out.push(i);
    });
    return out;
  });
  // For each gold line, the index of the prediction matched to it (-1: none yet).
  const predOf = new Array<number>(golds.length).fill(-1);
  const place = (pi: number, tried: boolean[]): boolean => {
    for (const gi of options[pi] as number[]) {
      if (tried[gi]) continue;
      tried[gi] = true;
      const holder = predOf[gi] as number;
      if (holder < 0 || place(holder, tried)) {
        predOf[gi] = pi;
        return true;
      }
    }
    return false;
  };
  for (let pi = 0; pi < preds.length; pi++)
    if ((options[pi] as number[]).length > 0)
      place(pi, new Array<boolean>(golds.length).fill(false));
  const pairs: Array<[number, number]> = [];
  predOf.forEach((pi, gi) => {
    if (pi >= 0) pairs.push([pi, gi]);
  });
  return pairs.sort((a, b) => a[0] - b[0]).map(([pi, gi]) => [preds[pi] as P, golds[gi] as G]);
}

export interface EvalReport {
  docs: number;
  entities: Prf;
  strict: Prf;
  relaxed: Prf;
  attribution: { correct: number; total: number; accuracy: number };
  /**
   * Strict scores per relation type: a match counts for the gold line's type, a prediction
   * left unmatched against its own type, a gold line left unmatched against its type.
   */
  byType: Record<string, Prf>;
  perDoc: Array<{ doc: string; entities: Prf; strict: Prf; relaxed: Prf }>;
}

const ACTOR_KINDS = new Set(["state", "person", "organization", "group"]);

/**
 * The actors a build names in an article: states, persons, organisations; places only when
 * they act or host an event, and unnamed groups (the generic and collective actors, ids
 * "group:...") only when they act or are acted upon (ANNOTATION.md), i.e. when a relation
 * of the article names them as an end or as the event's place.
 */
function predEntities(
  mentions: Mention[],
  hosting: Set<string>,
  actingTexts: ReadonlySet<string> = new Set(),
): Map<string, PredEntity> {
  const out = new Map<string, PredEntity>();
  for (const m of mentions) {
    const unnamed = m.entity.id.startsWith("group:");
    // A state's body acts as the state ("الحكومة اليونانية" is Greece in its relations): the
    // body acted when a relation's end is written as its mention.
    const acted = unnamed && m.entity.kind === "organization" && actingTexts.has(m.text);
    const actor = (ACTOR_KINDS.has(m.entity.kind) && !unnamed) || hosting.has(m.entity.id) || acted;
    if (m.section === "related" || !actor) continue;
    let p = out.get(m.entity.id);
    if (!p) {
      p = {
        id: m.entity.id,
        label_en: m.entity.label_en,
        arabic: new Set([normalizeForMatch(m.entity.label_ar)]),
      };
      out.set(m.entity.id, p);
    }
    for (const f of surfaceForms(m.text)) p.arabic.add(f);
    if (m.place) p.arabic.add(normalizeForMatch(m.place.label_ar));
  }
  return out;
}

function refEntity(r: {
  id: string;
  label_en: string | null;
  label_ar: string;
  text: string;
}): PredEntity {
  return {
    id: r.id,
    label_en: r.label_en,
    arabic: new Set([normalizeForMatch(r.label_ar), ...surfaceForms(r.text)]),
  };
}

export function evaluate(
  gold: GoldDoc[],
  mentions: Mention[],
  triples: RelationMention[],
): EvalReport {
  let [etp, efp, efn, stp, sfp, sfn, rtp, rfp, rfn, acorrect, atotal] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  ];
  const perDoc: EvalReport["perDoc"] = [];
  const types = new Map<string, [number, number, number]>();
  const bump = (type: string, k: 0 | 1 | 2) => {
    const c = types.get(type) ?? [0, 0, 0];
    c[k]++;
    types.set(type, c);
  };
  for (const g of gold) {
    const own = triples.filter((t) => t.doc === g.doc && t.section !== "related");
    const hosting = new Set(
      own.flatMap((t) => [t.place?.id, t.source.id, t.target.id]).filter((x): x is string => !!x),
    );
    const acting = new Set(own.flatMap((t) => [t.source.text, t.target.text]));
    const pe = [
      ...predEntities(
        mentions.filter((m) => m.doc === g.doc),
        hosting,
        acting,
      ).values(),
    ];
    // Surface forms of an entity anywhere in the article help it match its gold line.
    const eMatch = matchCount(pe, g.entities, entityMatches);
    const e = prf(eMatch.length, pe.length - eMatch.length, g.entities.length - eMatch.length);
    // One predicted relation per (source, type, target, polarity).
    const seen = new Set<string>();
    const preds = triples.filter((t) => {
      if (t.doc !== g.doc || t.section === "related") return false;
      const key = `${t.source.id}|${t.type}|${t.target.id}|${t.polarity}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const ends = (p: RelationMention, r: GoldRelation, flip: boolean) => {
      const [s, t] = flip ? [r.target, r.source] : [r.source, r.target];
      return entityMatches(refEntity(p.source), s) && entityMatches(refEntity(p.target), t);
    };
    const strictOk = (p: RelationMention, r: GoldRelation) =>
      (p.type === r.type || r.alt_types.includes(p.type)) &&
      p.polarity === r.polarity &&
      (ends(p, r, false) || (SYMMETRIC_TYPES.has(p.type) && ends(p, r, true)));
    const relaxedOk = (p: RelationMention, r: GoldRelation) =>
      ends(p, r, false) || ends(p, r, true);
    const sMatch = matchCount(preds, g.relations, strictOk);
    const matchedPreds = new Set(sMatch.map(([p]) => p));
    const matchedGold = new Set(sMatch.map(([, r]) => r));
    for (const [, r] of sMatch) bump(r.type, 0);
    for (const p of preds) if (!matchedPreds.has(p)) bump(p.type, 1);
    for (const r of g.relations) if (!matchedGold.has(r)) bump(r.type, 2);
    const rMatch = matchCount(preds, g.relations, relaxedOk);
    const s = prf(sMatch.length, preds.length - sMatch.length, g.relations.length - sMatch.length);
    const r = prf(rMatch.length, preds.length - rMatch.length, g.relations.length - rMatch.length);
    for (const [p, gr] of sMatch) {
      atotal++;
      const ga = gr.attributed_to;
      const pa = p.attributed_to;
      if ((!ga && !pa) || (ga && pa && entityMatches(refEntity(pa), ga))) acorrect++;
    }
    etp += e.tp;
    efp += e.fp;
    efn += e.fn;
    stp += s.tp;
    sfp += s.fp;
    sfn += s.fn;
    rtp += r.tp;
    rfp += r.fp;
    rfn += r.fn;
    perDoc.push({ doc: g.doc, entities: e, strict: s, relaxed: r });
  }
  return {
    docs: gold.length,
    entities: prf(etp, efp, efn),
    strict: prf(stp, sfp, sfn),
    relaxed: prf(rtp, rfp, rfn),
    attribution: { correct: acorrect, total: atotal, accuracy: atotal ? acorrect / atotal : 0 },
    byType: Object.fromEntries(
      [...types.keys()].sort().map((t) => {
        const [tp, fp, fn] = types.get(t) as [number, number, number];
        return [t, prf(tp, fp, fn)];
      }),
    ),
    perDoc,
  };
}
