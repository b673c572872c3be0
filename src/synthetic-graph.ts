// A generated graph file of any size, valid against GraphFile, for benchmarks (viewer load
// and render, query speed). Deterministic: the same options give the same graph, byte for
// byte. Pure: no I/O, no global randomness.
import { mulberry32 as prngImpl } from "./analyze/rng.js";
import type { ArticlesFile, Evidence, GraphFile } from "./graph-schema.js";
import { familyOf } from "./merge/family.js";
import { PLOVER_TYPES, SCHEMA_VERSION } from "./schema.js";

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Evidence items per edge (default 1); 0 makes a much smaller file for query benchmarks. */
  evidencePerEdge?: number;
}

/** The analysis stage's seeded PRNG (mulberry32), under the name this module has used. */
export { mulberry32 as prng } from "./analyze/rng.js";

type Kind = "state" | "person" | "organization" | "place" | "event";
const KIND_SHARE: [Kind, number][] = [
  ["state", 0.08],
  ["person", 0.47],
  ["organization", 0.25],
  ["place", 0.12],
  ["event", 0.08],
];
const ID_PREFIX: Record<Kind, string> = {
  state: "state",
  person: "person",
  organization: "org",
  place: "place",
  event: "event",
};
const KIND_COLOR: Record<Kind, string> = {
  state: "#2b6cb0",
  person: "#dd6b20",
  organization: "#805ad5",
  place: "#2c7a7b",
  event: "#d69e2e",
};
/** Arabic syllables and their Latin transliterations, paired so names exist in both scripts. */
const SYLLABLES: [string, string][] = [
  ["با", "ba"],
  ["تي", "ti"],
  ["رو", "ro"],
  ["سا", "sa"],
  ["كو", "ko"],
  ["مي", "mi"],
  ["نا", "na"],
  ["لي", "li"],
  ["دو", "do"],
  ["فا", "fa"],
  ["جو", "jo"],
  ["شي", "shi"],
  ["غو", "go"],
  ["ها", "ha"],
  ["زي", "zi"],
  ["ور", "war"],
  ["ين", "in"],
  ["ان", "an"],
  ["يو", "yu"],
  ["قا", "qa"],
];
const VERBS: Record<string, string> = {
  AGREE: "اتفق مع",
  CONSULT: "اجتمع مع",
  SUPPORT: "أيد",
  COOPERATE: "تعاون مع",
  AID: "قدم مساعدات إلى",
  CONCEDE: "تنازل لصالح",
  RETREAT: "انسحب من",
  REQUEST: "طالب",
  ACCUSE: "اتهم",
  REJECT: "رفض",
  THREATEN: "هدد",
  PROTEST: "احتج على",
  SANCTION: "فرض عقوبات على",
  MOBILIZE: "حشد ضد",
  COERCE: "ضغط على",
  ASSAULT: "هاجم",
  ROLE: "يشغل منصباً في",
  PART_OF: "جزء من",
  LOCATED_IN: "يقع في",
};
const OUTLETS = [
  "الحرة",
  "صدى البلد",
  "موقع 24",
  "الشرق الأوسط",
  "الجزيرة",
  "العربية",
  "سكاي نيوز عربية",
  "فرانس 24",
  "بي بي سي عربي",
  "روسيا اليوم",
  "الأهرام",
  "القدس العربي",
];
const DAY0 = Date.UTC(2020, 0, 1);
const DAYS = 5 * 365;

interface Name {
  ar: string;
  en: string;
}

function name(rand: () => number, words: number): Name {
  const ar: string[] = [];
  const en: string[] = [];
  for (let w = 0; w < words; w++) {
    let a = "";
    let e = "";
    const n = 2 + Math.floor(rand() * 2);
    for (let s = 0; s < n; s++) {
      const [sa, se] = SYLLABLES[Math.floor(rand() * SYLLABLES.length)] ?? ["با", "ba"];
      a += sa;
      e += se;
    }
    ar.push(a);
    en.push(e.charAt(0).toUpperCase() + e.slice(1));
  }
  return { ar: ar.join(" "), en: en.join(" ") };
}

function isoDay(day: number): string {
  return new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);
}

/** Document name of the i-th synthetic article. */
function docName(i: number): string {
  return `synthetic-${String(i).padStart(5, "0")}.txt`;
}

function articleHeader(doc: string, date: string): string {
  return `مقال تجريبي ${doc}\nتاريخ النشر: ${date}\n`;
}

/** A graph with `nodes` nodes and `edges` edges: communities, hubs, all kinds and types. */
export function syntheticGraph(opts: SyntheticOptions): GraphFile {
  const { nodes: n, edges: m, seed } = opts;
  const perEdge = opts.evidencePerEdge ?? 1;
  if (!(n >= 2) || !(m >= 0)) throw new Error("syntheticGraph: need at least 2 nodes");
  const rand = prngImpl(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

  // Nodes: kind by share, a community each, positioned around their community's centre.
  const communities = Math.max(1, Math.round(Math.sqrt(n) / 3));
  const centres = Array.from(
    { length: communities },
    () => [gauss() * 1500, gauss() * 1500] as const,
  );
  const kinds: Kind[] = [];
  const community: number[] = [];
  const names: Name[] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    let u = rand();
    let kind: Kind = "person";
    for (const [k, share] of KIND_SHARE) {
      if (u < share) {
        kind = k;
        break;
      }
      u -= share;
    }
    kinds.push(kind);
    community.push(Math.floor(rand() * communities));
    names.push(name(rand, kind === "person" || kind === "organization" ? 2 : 1));
    ids.push(`${ID_PREFIX[kind]}:s${i}`);
  }
  const members: number[][] = Array.from({ length: communities }, () => []);
  community.forEach((c, i) => {
    members[c]?.push(i);
  });

  // Edges: sources drawn with a skew (hubs), targets mostly in the source's community.
  const docs = Math.max(1, Math.ceil(m / 40));
  const docDate = Array.from({ length: docs }, () => Math.floor(rand() * DAYS));
  const docLength = docDate.map((d, i) => articleHeader(docName(i), isoDay(d)).length);
  const degree = new Array<number>(n).fill(0);
  const wdegree = new Array<number>(n).fill(0);
  const edges: GraphFile["edges"] = [];
  const ref = (i: number) => ({
    id: ids[i] ?? "",
    kind: kinds[i] ?? "person",
    label_ar: names[i]?.ar ?? "",
    label_en: names[i]?.en ?? null,
  });
  for (let e = 0; e < m; e++) {
    const s = Math.floor(n * rand() ** 2.2);
    const group = members[community[s] ?? 0] ?? [];
    let t =
      rand() < 0.8 && group.length > 1
        ? (group[Math.floor(rand() * group.length)] ?? 0)
        : Math.floor(rand() * n);
    if (t === s) t = (s + 1) % n;
    const sk = kinds[s] ?? "person";
    const tk = kinds[t] ?? "person";
    const type =
      sk === "person" && tk === "state" && rand() < 0.4
        ? "ROLE"
        : sk === "place" && tk === "state"
          ? "LOCATED_IN"
          : (PLOVER_TYPES[Math.floor(rand() * PLOVER_TYPES.length)] ?? "CONSULT");
    const family = familyOf(type);
    const polarity = rand() < 0.05 ? "negated" : "affirmed";
    const weight = 1 + Math.floor(-Math.log(1 - rand()) * 0.8);
    const evidence: Evidence[] = [];
    for (let k = 0; k < perEdge; k++) {
      const d = Math.floor(rand() * docs);
      const doc = docName(d);
      const quote = `${names[s]?.ar} ${VERBS[type] ?? "التقى"} ${names[t]?.ar}`;
      const sentence = `${polarity === "negated" ? "نفى مصدر أن " : ""}${quote}.`;
      const sentenceStart = docLength[d] ?? 0;
      const quoteStart = sentenceStart + sentence.indexOf(quote);
      docLength[d] = sentenceStart + sentence.length + 1;
      const date = isoDay(Math.max(0, (docDate[d] ?? 0) - Math.floor(rand() * 7)));
      evidence.push({
        doc,
        sentence,
        span: [quoteStart, quoteStart + quote.length],
        outlet: OUTLETS[d % OUTLETS.length] ?? null,
        article_date: isoDay(docDate[d] ?? 0),
        date,
        attributed_to: rand() < 0.2 ? ref(Math.floor(rand() * n)) : null,
        modality: "asserted",
        mode: null,
        confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
        rule: "synthetic",
        section: "body",
        source_text: names[s]?.ar ?? "",
        target_text: names[t]?.ar ?? "",
      });
    }
    const dates = evidence.map((x) => x.date ?? "").sort();
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
    wdegree[s] = (wdegree[s] ?? 0) + weight;
    wdegree[t] = (wdegree[t] ?? 0) + weight;
    edges.push({
      key: `e${e}`,
      source: ids[s] ?? "",
      target: ids[t] ?? "",
      attributes: {
        type,
        family,
        mode: null,
        polarity,
        weight,
        mentions: weight + evidence.length - 1,
        first_date: dates[0] ?? null,
        last_date: dates[dates.length - 1] ?? null,
        evidence,
      },
    });
  }

  const totalDegree = degree.reduce((a, b) => a + b, 0) || 1;
  const nodes: GraphFile["nodes"] = ids.map((key, i) => {
    const kind = kinds[i] ?? "person";
    const [cx, cy] = centres[community[i] ?? 0] ?? [0, 0];
    const nm = names[i] ?? { ar: "", en: "" };
    return {
      key,
      attributes: {
        kind,
        label_ar: nm.ar,
        label_en: nm.en,
        aliases: [nm.ar],
        roles: [],
        provisional: false,
        mentions: (degree[i] ?? 0) * perEdge,
        articles: Math.min(docs, degree[i] ?? 0),
        degree: degree[i] ?? 0,
        weighted_degree: wdegree[i] ?? 0,
        pagerank: (degree[i] ?? 0) / totalDegree,
        community: community[i] ?? 0,
        x: Math.round((cx + gauss() * 90) * 100) / 100,
        y: Math.round((cy + gauss() * 90) * 100) / 100,
        size: Math.min(40, 4 + 2.4 * Math.sqrt(degree[i] ?? 0)),
        color: KIND_COLOR[kind],
        ...(kind === "event"
          ? { event_type: "meeting" as const, date: isoDay(Math.floor(rand() * DAYS)) }
          : {}),
      },
    };
  });

  return {
    meta: {
      schema: SCHEMA_VERSION,
      extractor: `synthetic seed=${seed}`,
      documents: docDate.map((d, i) => ({
        doc: docName(i),
        sha256: "0".repeat(64),
        bytes: docLength[i] ?? 0,
        title: `مقال تجريبي ${docName(i)}`,
        date: isoDay(d),
        source: OUTLETS[i % OUTLETS.length] ?? null,
        url: null,
      })),
      errors: [],
      counts: {
        articles: docs,
        mentions: m * perEdge * 2,
        relations: m * perEdge,
        entities: n - kinds.filter((k) => k === "event").length,
        events: kinds.filter((k) => k === "event").length,
        edges: m,
        errors: 0,
      },
    },
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

/**
 * The articles a synthetic graph's evidence points into: each article is its header plus its
 * evidence sentences, one a line, in edge order, so every span is `text.slice(start, end)`.
 */
export function syntheticArticles(graph: GraphFile): ArticlesFile {
  const texts = new Map<string, string[]>();
  for (const d of graph.meta.documents) texts.set(d.doc, [articleHeader(d.doc, d.date ?? "")]);
  for (const e of graph.edges) {
    for (const ev of e.attributes.evidence) texts.get(ev.doc)?.push(`${ev.sentence}\n`);
  }
  return {
    schema: SCHEMA_VERSION,
    articles: graph.meta.documents.map((d) => ({
      doc: d.doc,
      title: d.title,
      date: d.date,
      source: d.source,
      url: null,
      text: (texts.get(d.doc) ?? []).join(""),
    })),
  };
}
