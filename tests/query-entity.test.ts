import { describe, expect, it } from "vitest";
import {
  AmbiguousEntityError,
  findEntity,
  resolveEntity,
  resolveEntityWithAlternatives,
  suggest,
  UnknownEntityError,
} from "../src/api.js";
import { graphFromFile } from "../src/graph-file.js";
import { knowledgeGraph } from "../src/query/knowledge-graph.js";
import { editDistance } from "../src/query/names.js";
import { sampleGraphFile } from "../src/query/sample.js";

const kg = knowledgeGraph(graphFromFile(sampleGraphFile()));
const first = (name: string) => findEntity(kg, name)[0]?.entity.id;

describe("findEntity", () => {
  it("finds an entity by its id, case-insensitively, and by the id's suffix", () => {
    expect(first("state:RU")).toBe("state:RU");
    expect(first("STATE:ru")).toBe("state:RU");
    expect(first("KP")).toBe("state:KP");
    expect(first("kim-jong-un")).toBe("person:kim-jong-un");
  });

  it("finds an entity by its Arabic label, alias or English label", () => {
    expect(first("روسيا")).toBe("state:RU");
    expect(first("بوتين")).toBe("person:vladimir-putin");
    expect(first("Kim Jong Un")).toBe("person:kim-jong-un");
    expect(first("north korea")).toBe("state:KP");
  });

  it("ignores hamza forms, tashkeel, tatweel and Persian letters", () => {
    expect(first("كيم جونغ اون")).toBe("person:kim-jong-un");
    expect(first("رُوسـيا")).toBe("state:RU");
    expect(first("کوریا الشمالیة")).toBe("state:KP");
  });

  it("reaches the entity through proclitics", () => {
    expect(first("وروسيا")).toBe("state:RU");
    expect(first("لروسيا")).toBe("state:RU");
    expect(first("بكوريا الشمالية")).toBe("state:KP");
    expect(findEntity(kg, "وروسيا")[0]?.match).toBe("clitic");
  });

  it("accepts spelling variants of a transliterated name", () => {
    expect(first("بيونج يانج")).toBe("state:KP");
    expect(first("بيونغيانغ")).toBe("state:KP");
    expect(first("كيم جونج أون")).toBe("person:kim-jong-un");
  });

  it("matches some of a name's words, English or Arabic, punctuation aside", () => {
    expect(first("Blinken")).toBe("person:antony-blinken");
    expect(first("Shoigu")).toBe("person:sergei-shoigu");
    expect(first("Kim Jong-un")).toBe("person:kim-jong-un");
    expect(first("شويغو")).toBe("person:sergei-shoigu");
    expect(findEntity(kg, "Blinken")[0]?.match).toBe("words");
  });

  it("returns nothing for a name the graph does not know", () => {
    expect(findEntity(kg, "ماكرون")).toEqual([]);
    expect(findEntity(kg, "   ")).toEqual([]);
  });

  it("ranks exact names above partial ones", () => {
    const c = findEntity(kg, "Kim");
    expect(c.map((x) => x.entity.id)).toContain("person:kim-jong-un");
    for (let i = 1; i < c.length; i++)
      expect(c[i - 1]?.score).toBeGreaterThanOrEqual(c[i]?.score ?? 0);
  });
});

describe("resolveEntity", () => {
  it("throws UnknownEntityError with the closest known names", () => {
    try {
      resolveEntity(kg, "Blinkn");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UnknownEntityError);
      const e = err as UnknownEntityError;
      expect(e.suggestions[0]?.entity.id).toBe("person:antony-blinken");
      expect(e.message).toContain("أنتوني بلينكن");
    }
  });

  const person = (key: string, label_ar: string, label_en: string | null, mentions = 1) => ({
    key: key as `person:${string}`,
    attributes: {
      kind: "person" as const,
      label_ar,
      label_en,
      aliases: [label_ar],
      roles: [],
      provisional: false,
      mentions,
      articles: 1,
    },
  });

  it("breaks a tie between equal matches by what the graph knows: relations, then mentions", () => {
    const file = sampleGraphFile();
    file.nodes.push(person("person:kim-yo-jong", "كيم يو جونغ", "Kim Yo Jong"));
    const g = knowledgeGraph(graphFromFile(file));
    // Both are "جونغ" in part; Kim Jong Un has relations, his sister none here.
    const r = resolveEntityWithAlternatives(g, "جونغ");
    expect(r.id).toBe("person:kim-jong-un");
    expect(r.alternatives.map((c) => c.entity.id)).toEqual(["person:kim-yo-jong"]);
    // "كيم" is an exact alias of Kim Jong Un only.
    expect(resolveEntity(g, "كيم")).toBe("person:kim-jong-un");
  });

  it("sends a capital that names its state to the state that acts in the news", () => {
    const file = sampleGraphFile();
    file.nodes.push({
      key: "place:washington",
      attributes: { ...person("x:x", "واشنطن", "Washington").attributes, kind: "place" },
    });
    const g = knowledgeGraph(graphFromFile(file));
    expect(resolveEntity(g, "واشنطن")).toBe("state:US");
    expect(findEntity(g, "واشنطن").map((c) => c.entity.id)).toEqual([
      "state:US",
      "place:washington",
    ]);
  });

  it("throws AmbiguousEntityError when nothing tells the matches apart", () => {
    const file = sampleGraphFile();
    file.nodes.push(
      person("person:ali-1", "علي حسن", null),
      person("person:ali-2", "علي حسين", null),
    );
    const g = knowledgeGraph(graphFromFile(file));
    expect(() => resolveEntity(g, "علي")).toThrow(AmbiguousEntityError);
    expect(resolveEntity(g, "علي حسن")).toBe("person:ali-1");
  });

  it("prefers a knowledge-base entity over a provisional one with the same name", () => {
    const file = sampleGraphFile();
    file.nodes.push({
      key: "person:unk-putin",
      attributes: {
        kind: "person",
        label_ar: "بوتين",
        label_en: null,
        aliases: ["بوتين"],
        roles: [],
        provisional: true,
        mentions: 9,
        articles: 1,
      },
    });
    expect(resolveEntity(knowledgeGraph(graphFromFile(file)), "بوتين")).toBe(
      "person:vladimir-putin",
    );
  });
});

describe("suggest", () => {
  it("offers the closest Arabic names for a misspelt one", () => {
    expect(suggest(kg, "روسياا")[0]?.entity.id).toBe("state:RU");
    expect(suggest(kg, "شويجوو").map((s) => s.entity.id)).toContain("person:sergei-shoigu");
  });

  it("offers nothing when no name is close", () => {
    expect(suggest(kg, "xyzxyzxyzxyz")).toEqual([]);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("روسيا", "روسيا")).toBe(0);
    expect(editDistance("شويغو", "شويجو")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("stops early past the bound", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
  });
});
