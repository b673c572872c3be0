// A build's relation mentions as PLOVER event records, one JSON object a line, with the field
// names of the PLOVER manual (see plover-vocabulary.ts for the source). One record per
// triples.jsonl line that is an event; athar's own fields that PLOVER has no name for
// (polarity, modality, attribution, confidence, rule) travel in an `athar` object, as the
// manual allows ("Providers should feel free to include named fields beyond those provided").
import { createHash } from "node:crypto";
import type { DocumentInfo, GraphMeta } from "../graph-schema.js";
import { isSymmetric } from "../merge/family.js";
import { type MentionRef, RelationMention, STRUCTURAL_TYPES } from "../schema.js";
import { BuildFileError, buildFiles, readArticleTexts, readJsonl } from "./build-files.js";
import {
  PLOVER_GENERAL_CONTEXTS,
  PLOVER_MODES,
  PLOVER_QUAD,
  type PLOVER_SPECIAL_CONTEXTS,
} from "./plover-vocabulary.js";

export interface PloverActor {
  /** The words as written. */
  actor_text: string;
  /** athar's entity id (the manual prefers a Wikidata id, which the graph does not carry). */
  identifier_id: string;
  /** The English name, else the Arabic one. */
  identifier_text: string;
  /** athar's extras: the entity kind and Arabic name. */
  kind: string;
  label_ar: string;
}

export interface PloverEvent {
  id: string;
  /** The relation's date, else its article's: YYYY-MM-DD, or YYYY-MM / YYYY when that is all. */
  date: string | null;
  source: PloverActor[];
  recipient: PloverActor[];
  event: string[];
  event_loc: { name: string; asciiname?: string; identifier_id: string } | null;
  event_text: string[];
  quad_code: 1 | 2 | 3 | 4;
  mode: string[];
  context: string[];
  text: string;
  /** [start, end) of event_text in the article, in UTF-16 code units as everywhere in athar. */
  text_info: { start: number; end: number };
  cite_info: {
    citation: string;
    url: string | null;
    title: string | null;
    publication: string | null;
    language: "ar";
    coder: string;
  };
  coder: string;
  athar: {
    doc: string;
    type: string;
    mode: string | null;
    polarity: string;
    modality: string;
    attributed_to: { id: string; label_ar: string; label_en: string | null; text: string } | null;
    confidence: number;
    rule: string;
    section: string;
    event: string | null;
  };
}

/**
 * athar's relation types that are PLOVER categories, by PLOVER name. REQUEST (طالب، دعا إلى:
 * called on, urged) has no category of its own: PLOVER dropped CAMEO's APPEAL and files "all
 * demands" under DEMAND, its nearest category. ROLE, PART_OF and LOCATED_IN are not mapped:
 * they state who holds an office or where a place lies, not an interaction at a time, so
 * PLOVER (an event ontology) has no record for them.
 */
const PLOVER_EVENT_OF: Readonly<Record<string, string>> = { REQUEST: "DEMAND" };

const STRUCTURAL: ReadonlySet<string> = new Set(STRUCTURAL_TYPES);

export function ploverCategory(type: string): string | null {
  if (STRUCTURAL.has(type)) return null;
  return PLOVER_EVENT_OF[type] ?? type;
}

/** Deterministic: the same mention gets the same id in every export. */
export function ploverId(r: RelationMention): string {
  const key = JSON.stringify([r.doc, r.span[0], r.span[1], r.type, r.source.id, r.target.id]);
  return `athar-${createHash("sha256").update(key).digest("hex").slice(0, 20)}`;
}

function actor(m: MentionRef): PloverActor {
  return {
    actor_text: m.text,
    identifier_id: m.id,
    identifier_text: m.label_en ?? m.label_ar,
    kind: m.kind,
    label_ar: m.label_ar,
  };
}

/**
 * The manual's rule for meetings: "In CONSULT events where there is no clear distinction
 * between whether an actor is hosting or visiting, all participants are coded as source
 * actors" (a visit has its visitor as source and host as recipient).
 */
function actors(r: RelationMention, event: string): Pick<PloverEvent, "source" | "recipient"> {
  if (event === "CONSULT" && isSymmetric(r.type, r.mode)) {
    const ends = r.source.id === r.target.id ? [r.source] : [r.source, r.target];
    return { source: ends.map(actor), recipient: [] };
  }
  return { source: [actor(r.source)], recipient: [actor(r.target)] };
}

type Special = (typeof PLOVER_SPECIAL_CONTEXTS)[number];

/** athar's mode as PLOVER's mode when the category has it, else as a context when it is one. */
function modeAndContext(r: RelationMention, event: string): Pick<PloverEvent, "mode" | "context"> {
  const m = r.mode;
  const mode = m && PLOVER_MODES[event]?.includes(m) ? [m] : [];
  const context: string[] = m && PLOVER_GENERAL_CONTEXTS.includes(m) ? [m] : [];
  const special: Special[] = [];
  if (r.polarity === "negated") special.push("negation");
  if (r.modality !== "asserted") special.push(r.modality);
  return { mode, context: [...context, ...special] };
}

function eventLoc(r: RelationMention): PloverEvent["event_loc"] {
  if (!r.place) return null;
  const { label_ar, label_en, id } = r.place;
  // geonames' asciiname: plain ASCII only.
  const ascii = label_en !== null && /^[\x20-\x7E]+$/.test(label_en);
  return { name: label_ar, ...(ascii ? { asciiname: label_en } : {}), identifier_id: id };
}

export interface PloverSources {
  documents: ReadonlyMap<string, DocumentInfo>;
  texts: ReadonlyMap<string, string>;
  /** graph.json's meta.extractor, e.g. "athar 0.1.0". */
  coder: string;
}

/** One relation mention as a PLOVER record, or null for the structural ones. */
export function toPloverEvent(r: RelationMention, from: PloverSources): PloverEvent | null {
  const event = ploverCategory(r.type);
  if (event === null) return null;
  const doc = from.documents.get(r.doc);
  const text = from.texts.get(r.doc);
  if (text === undefined) throw new Error(`no article "${r.doc}" in articles.json`);
  const quad = PLOVER_QUAD[event];
  if (quad === undefined) throw new Error(`${r.type} has no PLOVER category`);
  return {
    id: ploverId(r),
    date: r.date ?? doc?.date ?? null,
    ...actors(r, event),
    event: [event],
    event_loc: eventLoc(r),
    event_text: [text.slice(r.span[0], r.span[1])],
    quad_code: quad,
    ...modeAndContext(r, event),
    text: r.sentence,
    text_info: { start: r.span[0], end: r.span[1] },
    cite_info: {
      citation: r.doc,
      url: doc?.url ?? null,
      title: doc?.title ?? null,
      publication: doc?.source ?? null,
      language: "ar",
      coder: from.coder,
    },
    coder: from.coder,
    athar: {
      doc: r.doc,
      type: r.type,
      mode: r.mode,
      polarity: r.polarity,
      modality: r.modality,
      attributed_to: r.attributed_to
        ? {
            id: r.attributed_to.id,
            label_ar: r.attributed_to.label_ar,
            label_en: r.attributed_to.label_en,
            text: r.attributed_to.text,
          }
        : null,
      confidence: r.confidence,
      rule: r.rule,
      section: r.section,
      event: r.event ?? null,
    },
  };
}

/**
 * The PLOVER records of the build whose graph.json is `graphPath`, in triples.jsonl order,
 * as JSON Lines. Throws BuildFileError naming the file (and line) that is missing or wrong.
 */
export async function toPloverJsonl(
  graphPath: string,
  meta: GraphMeta,
): Promise<{ text: string; events: number }> {
  const files = buildFiles(graphPath, ["triples", "articles"]);
  const from: PloverSources = {
    documents: new Map(meta.documents.map((d) => [d.doc, d])),
    texts: readArticleTexts(files.articles),
    coder: meta.extractor,
  };
  const lines: string[] = [];
  for await (const { record, line } of readJsonl(files.triples, RelationMention)) {
    let event: PloverEvent | null;
    try {
      event = toPloverEvent(record, from);
    } catch (err) {
      throw new BuildFileError(`${files.triples}:${line}`, (err as Error).message);
    }
    if (event) lines.push(`${JSON.stringify(event)}\n`);
  }
  return { text: lines.join(""), events: lines.length };
}
