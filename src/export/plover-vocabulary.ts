// PLOVER's vocabulary as data, quoted from the manual: openeventdata/PLOVER, PLOVER_MANUAL.tex
// ("DRAFT Version: 0.8", commit 6b85b9a7506bb372bf6828d68bf922f1e92e750a), chapter "Data
// Fields", table "PLOVER JSON" (tab:json); the mode tables of chapter "Event Categories"; the
// context tables (tab:context, "Special contexts"); the table "Quad categories in PLOVER".
// https://github.com/openeventdata/PLOVER/blob/master/PLOVER_MANUAL.tex

export interface PloverField {
  name: string;
  /** The manual's "Required?" column. */
  required: boolean;
  /** The manual's "Content" column. */
  content: string;
}

/**
 * Table "PLOVER JSON": every field an event record may have. The manual names the acting
 * actor `source` (not `actor`) and the acted-on one `recipient`; the location is `event_loc`.
 */
export const PLOVER_JSON_FIELDS: readonly PloverField[] = [
  { name: "id", required: true, content: "unique identifier" },
  { name: "has_event", required: false, content: "event has been coded (True/False)" },
  { name: "date", required: true, content: "date in YYYY-MM-DD format" },
  { name: "time", required: false, content: "ISO 8601-formatted time" },
  { name: "enddate", required: false, content: "date in YYYY-MM-DD format" },
  { name: "endtime", required: false, content: "ISO 8601-formatted time" },
  { name: "source", required: true, content: "list of actor objects" },
  { name: "recipient", required: false, content: "list of actor objects" },
  { name: "event", required: true, content: "list of event categories" },
  { name: "event_loc", required: false, content: "location object for event" },
  { name: "event_text", required: false, content: "list of texts of event" },
  { name: "quad_code", required: false, content: "1, 2, 3 or 4" },
  { name: "event_scale", required: false, content: "floating point scale value" },
  { name: "mode", required: false, content: "list of modes" },
  { name: "context", required: false, content: "list of contexts" },
  { name: "link", required: false, content: "link identifier" },
  { name: "text", required: false, content: "text from which the record was coded" },
  { name: "text_info", required: false, content: "textInfo object for text" },
  { name: "cite_info", required: false, content: "citeInfo object for text" },
  { name: "coder", required: false, content: "coder identification" },
  { name: "coded_date", required: false, content: "date of coding" },
  { name: "coded_time", required: false, content: "time of coding in ISO 8601-formatted time" },
  { name: "comment", required: false, content: "any text" },
];

/** Table "Information object for actors". */
export const PLOVER_ACTOR_FIELDS = [
  "code",
  "sector",
  "actor_text",
  "identifier_id",
  "identifier_text",
  "actor_loc",
  "religion",
  "ethnicity",
  "office",
  "gender",
  "age",
] as const;

/** Table "Information object for text". */
export const PLOVER_TEXT_FIELDS = ["sequence", "start", "end", "text_story"] as const;

/** Table "Information object for citations". */
export const PLOVER_CITE_FIELDS = [
  "corpus",
  "citation",
  "url",
  "title",
  "language",
  "publication",
  "license",
  "copyright",
  "coder",
  "codebook",
  "version",
] as const;

/** Table "Location object" (geonames' fields); athar knows a place's name only. */
export const PLOVER_LOCATION_FIELDS = ["geonameid", "name", "asciiname"] as const;

/**
 * Table "Quad categories in PLOVER". (The SANCTION section says MATERIAL CONFLICT; the table,
 * which gives the numbers, puts it in verbal conflict, and the table is followed here.)
 */
export const PLOVER_QUAD: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  DEMAND: 3,
  ACCUSE: 3,
  REJECT: 3,
  SANCTION: 3,
  THREATEN: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** The PLOVER event categories: the quad table's. */
export const PLOVER_EVENTS: readonly string[] = Object.keys(PLOVER_QUAD);

const DEMAND_REJECT = ["assist", "change", "yield", "meet"];

/** Each category's mode table ("Supplementary fields: modes"); categories without one have none. */
export const PLOVER_MODES: Readonly<Record<string, readonly string[]>> = {
  CONSULT: ["visit", "third-party", "multilateral", "phone"],
  RETREAT: ["withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"],
  DEMAND: DEMAND_REJECT,
  REJECT: DEMAND_REJECT,
  ACCUSE: ["disapprove", "investigate", "allege"],
  THREATEN: ["restrict", "ban", "arrest", "relations", "expel", "territory", "violence"],
  PROTEST: ["demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"],
  SANCTION: ["convict", "expel", "withdraw", "discontinue"],
  MOBILIZE: ["troops", "weapons", "police", "militia"],
  COERCE: [
    "confiscate",
    "restrict",
    "ban",
    "censor",
    "curfew",
    "martial-law",
    "arrest",
    "deport",
    "withhold",
  ],
  ASSAULT: [
    "abduct",
    "beat",
    "torture",
    "execute",
    "sexual",
    "assassinate",
    "destroy",
    "primitive",
    "firearms",
    "explosives",
    "suicide-attack",
    "heavy-weapons",
    "cleansing",
    "massacre",
    "unconventional",
    "sideAB",
  ],
};

/** Table "General contexts", usable with any category. */
export const PLOVER_GENERAL_CONTEXTS: readonly string[] = [
  "military",
  "intelligence",
  "peacekeeping",
  "economic",
  "diplomatic",
  "resource",
  "disease",
  "enviro_disaster",
  "migration",
  "humanitarian",
  "asylum",
  "legal",
  "human_rights",
  "rights_freedoms",
  "gender",
  "lgbt",
  "terrorism",
  "human_security",
  "religion_ethnicity",
  "executive",
  "election",
  "legislative",
  "cbrn",
  "cyber",
  "political_institutions",
  "corruption",
  "crime",
  "illegal_drugs",
];

/** Section "Special contexts": "Negated events can be excluded from the final event dataset." */
export const PLOVER_SPECIAL_CONTEXTS = [
  "historical",
  "future",
  "hypothetical",
  "negation",
] as const;
