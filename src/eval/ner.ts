// ANERcorp-style CoNLL evaluation of the entity recognizer: tokens with BIO tags in, the
// recognizer run over the same text, exact-span precision/recall/F1 for PERS, LOC, ORG.
import type { Kb } from "../kb/kb.js";
import { recognize } from "../recognize/recognize.js";
import type { Article } from "../schema.js";
import { type Prf, prf } from "./score.js";

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/** A non-blank line as token and tag: split at the last run of spaces or tabs. */
function splitLine(line: string): [token: string, tag: string] | null {
  const m = /^(.*\S)[ \t]+(\S+)$/.exec(line);
  return m ? [m[1] as string, m[2] as string] : null;
}

export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (!t) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const parts = splitLine(t);
    cur.tokens.push(parts ? parts[0] : t);
    cur.tags.push(parts ? parts[1] : "O");
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

const BIO_TAG = /^(?:O|[BI]-[A-Za-z][\w-]*)$/;
/**
 * The share of non-blank lines that may be malformed before a file is refused: a stray
 * comment or header line is tolerated, a JSON file or an article (no BIO tags) is not.
 */
export const MAX_MALFORMED_SHARE = 0.02;

/** A line as the file has it, short enough for a one-line message. */
const quote = (line: string) => JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);

/**
 * What is wrong with a text as CoNLL (lines of "token TAG" with BIO tags, a blank line between
 * sentences), as a sentence; null when it reads as CoNLL. Scoring a file that is not would
 * print zeros that look like a result.
 */
export function conllProblem(text: string): string | null {
  const lines = text.split("\n");
  let tokens = 0;
  let malformed = 0;
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    tokens++;
    const tag = splitLine(line)?.[1];
    if (tag !== undefined && BIO_TAG.test(tag)) continue;
    malformed++;
    if (first < 0) first = i;
  }
  if (tokens === 0) return "no tokens (only white space)";
  if (malformed === 0) return null;
  const bad = `line ${first + 1} is ${quote((lines[first] as string).trim())}`;
  if (malformed === tokens)
    return `not a CoNLL file: no line is "token TAG" with a BIO tag (O, B-PERS, I-LOC ...); ${bad}`;
  if (malformed / tokens > MAX_MALFORMED_SHARE)
    return `not a CoNLL file: ${malformed} of ${tokens} lines are not "token TAG" with a BIO tag; the first bad ${bad}`;
  return null;
}

const TYPES = ["PERS", "LOC", "ORG"] as const;
type NerType = (typeof TYPES)[number];

/** Spans [start, end) in token indices with their types, from BIO tags. */
function spans(tags: string[]): Set<string> {
  const out = new Set<string>();
  let start = -1;
  let type = "";
  const close = (end: number) => {
    if (start >= 0 && (TYPES as readonly string[]).includes(type))
      out.add(`${start}:${end}:${type}`);
    start = -1;
  };
  tags.forEach((tag, i) => {
    const [bio, t = ""] = tag.split("-");
    if (bio === "B" || (bio === "I" && t !== type)) {
      close(i);
      start = i;
      type = t;
    } else if (bio !== "I") close(i);
  });
  close(tags.length);
  return out;
}

const KIND_TO_TYPE: Record<string, NerType | undefined> = {
  person: "PERS",
  state: "LOC",
  place: "LOC",
  organization: "ORG",
};

export interface NerReport {
  sentences: number;
  byType: Record<NerType, Prf>;
  micro: Prf;
}

export function evaluateNer(sentences: ConllSentence[], kb: Kb): NerReport {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    NerType,
    { tp: number; fp: number; fn: number }
  >;
  // One article, one sentence a line: the recognizer sees the text as a reader would.
  const lines = sentences.map((s) => s.tokens.join(" "));
  const text = lines.join("\n");
  const starts: number[][] = [];
  let offset = 0;
  for (const s of sentences) {
    const st: number[] = [];
    for (const tok of s.tokens) {
      st.push(offset);
      offset += tok.length + 1;
    }
    starts.push(st);
  }
  const pieces = [];
  let pos = 0;
  for (const l of lines) {
    if (l.length) pieces.push({ section: "body" as const, start: pos, end: pos + l.length });
    pos += l.length + 1;
  }
  const article: Article = {
    doc: "conll",
    text,
    title: null,
    date: null,
    source: null,
    url: null,
    pieces,
    sha256: "",
  };
  const rec = recognize(article, kb);
  const predicted = sentences.map(() => new Set<string>());
  // Map each mention's character span to the tokens it covers.
  const tokenAt = (sentence: number, char: number) => {
    const st = starts[sentence] as number[];
    let k = 0;
    while (k + 1 < st.length && (st[k + 1] as number) <= char) k++;
    return k;
  };
  const lineOf = (char: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (((starts[mid] as number[])[0] ?? 0) <= char) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const m of rec.mentions) {
    const type = KIND_TO_TYPE[m.place ? "place" : m.entity.kind];
    // ANERcorp tags nisba adjectives (الروسي) as O: they are not names.
    if (!type || m.rule === "kb-nisba") continue;
    const line = lineOf(m.span[0]);
    const a = tokenAt(line, m.span[0]);
    const b = tokenAt(line, m.span[1] - 1);
    predicted[line]?.add(`${a}:${b + 1}:${type}`);
  }
  sentences.forEach((s, i) => {
    const gold = spans(s.tags);
    const pred = predicted[i] as Set<string>;
    for (const p of pred) {
      const t = p.split(":")[2] as NerType;
      if (gold.has(p)) counts[t].tp++;
      else counts[t].fp++;
    }
    for (const g of gold) if (!pred.has(g)) counts[g.split(":")[2] as NerType].fn++;
  });
  const byType = Object.fromEntries(
    TYPES.map((t) => [t, prf(counts[t].tp, counts[t].fp, counts[t].fn)]),
  ) as Record<NerType, Prf>;
  const sum = (k: "tp" | "fp" | "fn") => TYPES.reduce((n, t) => n + counts[t][k], 0);
  return { sentences: sentences.length, byType, micro: prf(sum("tp"), sum("fp"), sum("fn")) };
}
