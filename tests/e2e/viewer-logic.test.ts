// The viewer's pure logic, without a browser: span placement, URL state, filters, search.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeVisibility, dateBounds } from "../../viewer/src/filters.js";
import { graphFromAthar } from "../../viewer/src/from-athar.js";
import { spanInSentence, splitAt } from "../../viewer/src/highlight.js";
import { monthBuckets } from "../../viewer/src/histogram.js";
import { queryForms, SearchIndex } from "../../viewer/src/search.js";
import { defaultState, stateFromUrl, stateToSearch } from "../../viewer/src/state.js";
import { ROOT } from "./helpers.js";

const fixture = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/viewer-graph.json"), "utf8"));
const { graph } = graphFromAthar(fixture, "fixture");

describe("spanInSentence", () => {
  const article = "العنوان\nقال فلان إن روسيا وكوريا الشمالية تعاونتا. ثم قال روسيا مرة أخرى.";
  const sentence = "ثم قال روسيا مرة أخرى.";

  it("places the span by the sentence's position in the article", () => {
    const start = article.lastIndexOf("روسيا");
    const range = spanInSentence(sentence, article, [start, start + 5]);
    expect(range).not.toBeNull();
    if (range) expect(splitAt(sentence, range)[1]).toBe("روسيا");
  });

  it("falls back to finding the quote when the sentence is not verbatim in the article", () => {
    const start = article.indexOf("روسيا");
    expect(spanInSentence("روسيا وكوريا", article, [start, start + 5])).toEqual([0, 5]);
  });

  it("gives null without the article, or for a span outside it", () => {
    expect(spanInSentence(sentence, null, [0, 3])).toBeNull();
    expect(spanInSentence(sentence, article, [5, 99999])).toBeNull();
    expect(spanInSentence(sentence, article, [5, 5])).toBeNull();
  });

  it("matches the fixture's Kim–Putin evidence to the seed file", () => {
    const consult = fixture.edges.find(
      (e: { key: string }) => e.key === "person:kim-jong-un|CONSULT|person:vladimir-putin|affirmed",
    );
    const ev = consult.attributes.evidence[0];
    const text = readFileSync(join(ROOT, "seeds", ev.doc), "utf8");
    const range = spanInSentence(ev.sentence, text, ev.span);
    expect(range).toEqual([0, "واجتمع كيم مع الرئيس الروسي، فلاديمير بوتين".length]);
  });
});

describe("URL state", () => {
  it("round-trips filters, selection and language", () => {
    const s = defaultState();
    s.node = "person:vladimir-putin";
    s.edge = "a|CONSULT|b|affirmed";
    s.lang = "en";
    s.hiddenTypes = new Set(["CONSULT", "ACCUSE"]);
    s.hiddenKinds = new Set(["place"]);
    s.hiddenOutlets = new Set(["الحرة"]);
    s.polarity = "negated";
    s.from = "2023-09-01";
    s.to = "2023-10";
    s.events = false;
    const q = stateToSearch(s, new URLSearchParams("graph=./x.json&junk=1"));
    expect(q).toContain("graph=.%2Fx.json");
    expect(q).not.toContain("junk");
    expect(stateFromUrl(q)).toEqual(s);
  });

  it("ignores malformed values", () => {
    const s = stateFromUrl("?polarity=maybe&from=yesterday&lang=fr");
    expect(s.polarity).toBe("all");
    expect(s.from).toBeNull();
    expect(s.lang).toBe("ar");
  });
});

describe("filters", () => {
  it("hides a relation type", () => {
    const s = defaultState();
    s.hiddenTypes.add("CONSULT");
    const v = computeVisibility(graph, s);
    const consult = graph.filterEdges((_e, a) => a.relation === "CONSULT");
    expect(consult.length).toBeGreaterThan(0);
    for (const e of consult) expect(v.hiddenEdges.has(e)).toBe(true);
    expect(v.visibleEdges).toBe(graph.size - consult.length);
  });

  it("hides event nodes and their edges", () => {
    const s = defaultState();
    s.events = false;
    const v = computeVisibility(graph, s);
    const events = graph.filterNodes((_n, a) => a.kind === "event");
    expect(events.length).toBe(1);
    for (const e of graph.edges(events[0])) expect(v.hiddenEdges.has(e)).toBe(true);
  });

  it("keeps only negated relations", () => {
    const s = defaultState();
    s.polarity = "negated";
    const v = computeVisibility(graph, s);
    graph.forEachEdge((e, a) => expect(v.hiddenEdges.has(e)).toBe(a.polarity !== "negated"));
  });

  it("filters by date range, month dates overlapping the range, structural edges kept", () => {
    const s = defaultState();
    s.from = "2023-09-15";
    s.to = "2023-09-30";
    const v = computeVisibility(graph, s);
    // Kim–Putin CONSULT has evidence dated 2023-09 (a month overlapping the range).
    expect(v.hiddenEdges.has("person:kim-jong-un|CONSULT|person:vladimir-putin|affirmed")).toBe(
      false,
    );
    // Shoigu's visit is dated 2023-07.
    expect(v.hiddenEdges.has("person:sergei-shoigu|CONSULT|state:KP|affirmed")).toBe(true);
    expect(v.hiddenEdges.has("person:vladimir-putin|ROLE|state:RU|affirmed")).toBe(false);
    expect(dateBounds("2023-09")).toEqual(["2023-09-01", "2023-09-31"]);
  });

  it("filters by outlet", () => {
    const s = defaultState();
    s.hiddenOutlets.add("الحرة");
    const v = computeVisibility(graph, s);
    // Shoigu's visit is only reported by الحرة; Kim–Putin also by صدى البلد.
    expect(v.hiddenEdges.has("person:sergei-shoigu|CONSULT|state:KP|affirmed")).toBe(true);
    expect(v.hiddenEdges.has("person:kim-jong-un|CONSULT|person:vladimir-putin|affirmed")).toBe(
      false,
    );
  });

  it("buckets dated evidence by month for the histogram", () => {
    const b = monthBuckets(graph);
    expect(b.months[0]).toBe("2023-07");
    expect(b.months.at(-1)).toBe("2023-11");
    expect(b.months.length).toBe(5);
    expect(b.counts.reduce((x, y) => x + y, 0)).toBeGreaterThan(5);
  });
});

describe("search", () => {
  const index = new SearchIndex(graph);
  const top = (q: string) => index.search(q)[0]?.node;

  it("finds Arabic names, with clitics, tashkeel and spelling variants", () => {
    expect(top("بوتين")).toBe("person:vladimir-putin");
    expect(top("وبوتين")).toBe("person:vladimir-putin");
    expect(top("بُوتِين")).toBe("person:vladimir-putin");
    expect(top("كيم جونج اون")).toBe("person:kim-jong-un");
    expect(top("کوریا الشمالیة")).toBe("state:KP");
    expect(top("لروسيا")).toBe("state:RU");
    expect(top("شويجو")).toBe("person:sergei-shoigu");
  });

  it("finds English names and ids, case-insensitive", () => {
    expect(top("putin")).toBe("person:vladimir-putin");
    expect(top("North Korea")).toBe("state:KP");
    expect(top("state:KP")).toBe("state:KP");
  });

  it("suggests by prefix and returns nothing for nonsense", () => {
    expect(index.search("فلادي").map((h) => h.node)).toContain("person:vladimir-putin");
    expect(index.search("zzzz")).toEqual([]);
    expect(index.search("   ")).toEqual([]);
  });

  it("reads proclitics off the first word only", () => {
    expect(queryForms("وبوتين")).toContain("بوتين");
    expect(queryForms("بوتين")[0]).toBe("بوتين");
  });
});
