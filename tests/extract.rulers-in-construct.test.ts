// An office in the construct state before its state as a verb's subject: a ruler's title
// («أمير قطر»، «ملك الأردن»; words.json construct_titles) and an office word that is also a
// stopword («رئيس وزراء العراق»), with or without the holder's name after them.
import { describe, expect, it } from "vitest";
import { run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2023-06-01").relations;
const consults = (text: string) =>
  rels(text)
    .filter((r) => r.type === "CONSULT")
    .map((r) => `${r.source.id} ${r.target.id}`);

describe("an office in the construct state before its state", () => {
  it("is the state acting, when another official is the object", () => {
    expect(consults("واستقبل أمير قطر وزير الخارجية الأمريكي.")).toContain(
      "state:QA person:antony-blinken",
    );
    expect(consults("واستقبل ملك الأردن الرئيس الفرنسي.")).toContain(
      "state:JO person:emmanuel-macron",
    );
    expect(consults("والتقى رئيس وزراء العراق نظيره الأمريكي.")).toContain("state:IQ state:US");
  });

  it("is the ruler named after it", () => {
    expect(consults("واستقبل أمير قطر تميم بن حمد آل ثاني وزير الخارجية الأمريكي.")).toContain(
      "person:tamim-bin-hamad-al-thani person:antony-blinken",
    );
    expect(consults("واستقبل ملك الأردن عبد الله الثاني الرئيس الفرنسي.")).toContain(
      "person:abdullah-ii-of-jordan person:emmanuel-macron",
    );
  });

  it("leaves «أمير» a given name before a name («أمير عبد اللهيان»)", () => {
    const out = rels("والتقى أمير عبد اللهيان نظيره السعودي.");
    expect(
      out.some((r) => r.type === "CONSULT" && r.target.id === "state:SA"),
      show(out),
    ).toBe(true);
  });
});
