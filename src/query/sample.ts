// A small hand-built graph in the shape of the seeds' story (North Korea, Russia and the
// United States in late 2023). It lets the API, the exporters and their tests run before a
// build exists, and gives the docs something real to point at.
import type { Evidence, GraphFile } from "../graph-schema.js";
import { familyOf } from "../merge/family.js";
import { SCHEMA_VERSION } from "../schema.js";

type Node = GraphFile["nodes"][number];
type Edge = GraphFile["edges"][number];

function entity(
  key: Node["key"],
  kind: Node["attributes"]["kind"],
  label_ar: string,
  label_en: string | null,
  aliases: string[],
  extra: Partial<Node["attributes"]> = {},
): Node {
  return {
    key,
    attributes: {
      kind,
      label_ar,
      label_en,
      aliases,
      roles: [],
      provisional: false,
      mentions: 1,
      articles: 1,
      ...extra,
    },
  };
}

const REF = {
  "state:US": {
    id: "state:US",
    kind: "state",
    label_ar: "الولايات المتحدة",
    label_en: "United States",
  },
  "state:KP": {
    id: "state:KP",
    kind: "state",
    label_ar: "كوريا الشمالية",
    label_en: "North Korea",
  },
} as const;

function evidence(e: Partial<Evidence> & Pick<Evidence, "doc" | "sentence" | "span">): Evidence {
  return {
    outlet: "موقع 24",
    article_date: "2023-11-09",
    date: null,
    attributed_to: null,
    modality: "asserted",
    mode: null,
    confidence: 0.9,
    rule: "sample",
    section: "body",
    source_text: "",
    target_text: "",
    ...e,
  };
}

function relation(
  source: Edge["source"],
  type: Edge["attributes"]["type"],
  target: Edge["target"],
  attrs: Partial<Edge["attributes"]> & Pick<Edge["attributes"], "evidence">,
): Edge {
  const polarity = attrs.polarity ?? "affirmed";
  const family = attrs.family ?? familyOf(type);
  const docs = new Set(attrs.evidence.map((e) => e.doc));
  const dates = attrs.evidence
    .map((e) => e.date ?? e.article_date)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    key: `${source}|${type}|${target}|${polarity}`,
    source,
    target,
    attributes: {
      type,
      family,
      mode: null,
      polarity,
      weight: docs.size,
      mentions: attrs.evidence.length,
      first_date: dates[0] ?? null,
      last_date: dates[dates.length - 1] ?? null,
      ...attrs,
    },
  };
}

const D0 = "000_77e392895dce245a.txt";
const D1 = "001_d06de67a4468fdf3.txt";
const D3 = "003_53c4675156747ac2.txt";

/** A fresh copy each call, so a test may change it freely. */
export function sampleGraphFile(): GraphFile {
  const nodes: Node[] = [
    entity(
      "state:KP",
      "state",
      "كوريا الشمالية",
      "North Korea",
      ["كوريا الشمالية", "کوریا الشمالیة", "بيونغ يانغ"],
      {
        mentions: 12,
        articles: 3,
      },
    ),
    entity("state:RU", "state", "روسيا", "Russia", ["روسيا", "موسكو", "الكرملين"], {
      mentions: 10,
      articles: 3,
    }),
    entity(
      "state:US",
      "state",
      "الولايات المتحدة",
      "United States",
      ["الولايات المتحدة", "واشنطن", "أمريكا"],
      {
        mentions: 6,
        articles: 2,
      },
    ),
    entity("person:kim-jong-un", "person", "كيم جونغ أون", "Kim Jong Un", ["كيم جونغ أون", "كيم"], {
      roles: [{ title_ar: "الزعيم", title_en: "Leader", of: "state:KP" }],
      mentions: 4,
      articles: 2,
    }),
    entity(
      "person:vladimir-putin",
      "person",
      "فلاديمير بوتين",
      "Vladimir Putin",
      ["بوتين", "الرئيس الروسي"],
      {
        roles: [{ title_ar: "الرئيس", title_en: "President", of: "state:RU" }],
        mentions: 3,
        articles: 2,
      },
    ),
    entity(
      "person:antony-blinken",
      "person",
      "أنتوني بلينكن",
      "Antony Blinken",
      ["أنتوني بلينكن", "بلينكن"],
      {
        roles: [
          {
            title_ar: "وزير الخارجية",
            title_en: "Secretary of State",
            of: "state:US",
            from: "2021-01",
          },
        ],
        mentions: 3,
      },
    ),
    entity(
      "person:sergei-shoigu",
      "person",
      "سيرغي شويغو",
      "Sergei Shoigu",
      ["سيرغي شويغو", "شويغو"],
      {
        roles: [
          {
            title_ar: "وزير الدفاع",
            title_en: "Minister of Defence",
            of: "state:RU",
            until: "2024-05",
          },
        ],
      },
    ),
    entity("org:un-security-council", "organization", "مجلس الأمن الدولي", "UN Security Council", [
      "مجلس الأمن",
    ]),
    entity("place:vladivostok", "place", "فلاديفوستوك", "Vladivostok", ["فلاديفوستوك"]),
    entity("event:summit-kim-putin-2023-09-13", "event", "قمة كيم وبوتين", "Kim–Putin summit", [], {
      event_type: "summit",
      date: "2023-09-13",
    }),
    entity("person:unk-park-jin", "person", "بارك جين", null, ["بارك جين"], { provisional: true }),
  ];
  const S1 =
    "وأدانت الولايات المتحدة وكوريا الجنوبية واليابان مرارًا تدفق الأسلحة من كوريا الشمالية إلى روسيا.";
  const S2 = "تنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة.";
  const S3 = "اجتمع كيم مع الرئيس الروسي فلاديمير بوتين في قاعدة فوستوشني الفضائية.";
  const edges: Edge[] = [
    relation("state:KP", "AID", "state:RU", {
      mode: "military",
      evidence: [
        evidence({
          doc: D0,
          sentence: S1,
          span: [612, 709],
          date: "2023-11",
          attributed_to: REF["state:US"],
          mode: "military",
          source_text: "كوريا الشمالية",
          target_text: "روسيا",
        }),
        evidence({
          doc: D1,
          sentence: "وتتهم واشنطن بيونغ يانغ بتزويد موسكو بالذخائر.",
          span: [1040, 1086],
          outlet: "الحرة",
          article_date: "2023-10-14",
          attributed_to: REF["state:US"],
          mode: "military",
          source_text: "بيونغ يانغ",
          target_text: "موسكو",
        }),
      ],
    }),
    relation("state:KP", "AID", "state:RU", {
      polarity: "negated",
      evidence: [
        evidence({
          doc: D1,
          sentence: S2,
          span: [2210, 2257],
          outlet: "الحرة",
          article_date: "2023-10-14",
          attributed_to: REF["state:KP"],
          source_text: "كوريا الشمالية",
          target_text: "روسيا",
        }),
      ],
    }),
    relation("state:US", "ACCUSE", "state:KP", {
      mode: "disapprove",
      evidence: [
        evidence({
          doc: D0,
          sentence: S1,
          span: [612, 709],
          mode: "disapprove",
          source_text: "الولايات المتحدة",
          target_text: "كوريا الشمالية",
        }),
      ],
    }),
    relation("state:US", "SANCTION", "state:RU", {
      evidence: [
        evidence({
          doc: D3,
          sentence: "فرضت واشنطن عقوبات جديدة على موسكو.",
          span: [300, 335],
          outlet: "صدى البلد",
          article_date: "2023-12-01",
          source_text: "واشنطن",
          target_text: "موسكو",
        }),
      ],
    }),
    relation("state:US", "REQUEST", "org:un-security-council", {
      evidence: [
        evidence({
          doc: D3,
          sentence: 'دعت الولايات المتحدة مجلس الأمن إلى "تحرك عاجل" <رد> & متابعة.',
          span: [400, 462],
          outlet: "صدى البلد",
          article_date: "2023-12-01",
          source_text: "الولايات المتحدة",
          target_text: "مجلس الأمن",
        }),
      ],
    }),
    relation("person:kim-jong-un", "CONSULT", "person:vladimir-putin", {
      mode: "visit",
      evidence: [
        evidence({
          doc: D1,
          sentence: S3,
          span: [900, 968],
          outlet: "الحرة",
          article_date: "2023-10-14",
          date: "2023-09-13",
          mode: "visit",
          source_text: "كيم",
          target_text: "الرئيس الروسي فلاديمير بوتين",
        }),
      ],
    }),
    relation("person:antony-blinken", "ROLE", "state:US", {
      title: "وزير الخارجية الأمريكي",
      evidence: [
        evidence({
          doc: D0,
          sentence:
            "قال وزير الخارجية الأمريكي أنتوني بلينكن، الخميس، إنه ونظيره الكوري الجنوبي بارك جين لديهما مخاوف.",
          span: [98, 190],
          rule: "title",
          source_text: "أنتوني بلينكن",
          target_text: "الأمريكي",
        }),
      ],
    }),
    relation("person:sergei-shoigu", "ROLE", "state:RU", {
      title: "وزير الدفاع الروسي",
      evidence: [
        evidence({
          doc: D3,
          sentence: "وزار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ في يوليو.",
          span: [500, 556],
          outlet: "صدى البلد",
          article_date: "2023-12-01",
          date: "2023-07",
          rule: "title",
          source_text: "سيرغي شويغو",
          target_text: "الروسي",
        }),
      ],
    }),
    relation("person:kim-jong-un", "ROLE", "state:KP", {
      title: "الزعيم الكوري الشمالي",
      evidence: [
        evidence({ doc: D1, sentence: S3, span: [900, 968], outlet: "الحرة", rule: "kb-role" }),
      ],
    }),
    relation("person:vladimir-putin", "ROLE", "state:RU", {
      title: "الرئيس الروسي",
      evidence: [
        evidence({ doc: D1, sentence: S3, span: [900, 968], outlet: "الحرة", rule: "title" }),
      ],
    }),
    relation("event:summit-kim-putin-2023-09-13", "PARTICIPANT", "person:kim-jong-un", {
      role: "actor",
      evidence: [
        evidence({ doc: D1, sentence: S3, span: [900, 968], outlet: "الحرة", date: "2023-09-13" }),
      ],
    }),
    relation("event:summit-kim-putin-2023-09-13", "PARTICIPANT", "person:vladimir-putin", {
      role: "recipient",
      evidence: [
        evidence({ doc: D1, sentence: S3, span: [900, 968], outlet: "الحرة", date: "2023-09-13" }),
      ],
    }),
    relation("place:vladivostok", "LOCATED_IN", "state:RU", {
      evidence: [
        evidence({ doc: D1, sentence: S3, span: [900, 968], outlet: "الحرة", rule: "kb" }),
      ],
    }),
  ];
  const docs = [
    { doc: D0, outlet: "موقع 24", date: "2023-11-09" },
    { doc: D1, outlet: "الحرة", date: "2023-10-14" },
    { doc: D3, outlet: "صدى البلد", date: "2023-12-01" },
  ];
  return {
    meta: {
      schema: SCHEMA_VERSION,
      extractor: "sample",
      documents: docs.map((d) => ({
        doc: d.doc,
        sha256: "0".repeat(64),
        bytes: 4000,
        title: null,
        date: d.date,
        source: d.outlet,
        url: null,
      })),
      errors: [],
      counts: {
        articles: docs.length,
        mentions: 40,
        relations: edges.reduce((n, e) => n + e.attributes.mentions, 0),
        entities: nodes.filter((n) => n.attributes.kind !== "event").length,
        events: nodes.filter((n) => n.attributes.kind === "event").length,
        edges: edges.length,
        errors: 0,
      },
    },
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}
