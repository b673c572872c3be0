// Acts two parties exchange, nisbas that share one head, and a frontier named with its
// owner's pronoun.
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2022-06-01").relations;

describe("acts exchanged", () => {
  it("are each party's on the other: fire and shelling", () => {
    const fire = rels("وتبادلت الهند وباكستان إطلاق النار على خط المراقبة.");
    expect(find(fire, "state:IN", "ASSAULT", "state:PK"), show(fire)).toHaveLength(1);
    expect(find(fire, "state:PK", "ASSAULT", "state:IN"), show(fire)).toHaveLength(1);
    const shelling = rels("وتبادلت روسيا وأوكرانيا القصف على محطة زابوريجيا.");
    expect(find(shelling, "state:UA", "ASSAULT", "state:RU"), show(shelling)).toHaveLength(1);
  });

  it("take the other side after مع, or both sides after بين", () => {
    const withOther = rels("وتبادلت القوات الهندية إطلاق النار مع القوات الباكستانية.");
    expect(
      find(withOther, "org:pk-armed-forces", "ASSAULT", "org:in-armed-forces"),
      show(withOther),
    ).toHaveLength(1);
    const between = rels("واندلع تبادل لإطلاق النار بين الشرطة ومسلحين.");
    expect(find(between, "group:militants", "ASSAULT", "group:police"), show(between)).toHaveLength(
      1,
    );
  });

  it("are no attack when the fire is stopped («تبادل الأسرى ووقف إطلاق النار»)", () => {
    const out = rels("واتفقت روسيا وأوكرانيا على تبادل الأسرى ووقف إطلاق النار.");
    expect(
      out.filter((r) => r.type === "ASSAULT"),
      show(out),
    ).toHaveLength(0);
  });
});

describe("a nisba after و sharing the head of the one before", () => {
  it("is its own state's force after a force the KB names («القوات الهندية والباكستانية»)", () => {
    const out = rels("وتبادلت القوات الهندية والباكستانية إطلاق النار.");
    expect(
      out.filter((r) => r.type === "ASSAULT" && r.target.id === "state:PK"),
      show(out),
    ).toHaveLength(1);
    const strikes = rels("وقصفت القوات الروسية والسورية مواقع المعارضة.");
    expect(find(strikes, "state:SY", "ASSAULT", "group:opposition"), show(strikes)).toHaveLength(1);
  });

  it("is one of two a dual head names («الجيشان الهندي والباكستاني»، «الحكومتان»)", () => {
    const out = rels("وتبادل الجيشان الهندي والباكستاني إطلاق النار.");
    expect(find(out, "state:PK", "ASSAULT", "state:IN"), show(out)).toHaveLength(1);
    const agreed = rels("واتفقت الحكومتان المصرية والسودانية على التعاون.");
    expect(
      agreed.some((r) => r.type === "AGREE" && r.target.id === "state:SD"),
      show(agreed),
    ).toBe(true);
  });
});

describe("two sides named by their nisbas after a dual («الجانبان الروسي والتركي»)", () => {
  it("are both states, as subject and as object", () => {
    const met = rels("التقى الجانبان الروسي والتركي في سوتشي.");
    expect(
      met.some((r) => r.type === "CONSULT" && r.target.id === "state:TR"),
      show(met),
    ).toBe(true);
    const asked = rels("ودعت واشنطن الجانبين الروسي والأوكراني إلى التفاوض.");
    expect(find(asked, "state:US", "REQUEST", "state:RU"), show(asked)).toHaveLength(1);
    expect(find(asked, "state:US", "REQUEST", "state:UA"), show(asked)).toHaveLength(1);
  });
});

describe("a frontier with its owner's pronoun", () => {
  it("leads a mobilisation to the state after مع («على حدودها مع أوكرانيا»)", () => {
    const out = rels("وحشدت روسيا عشرات الآلاف من الجنود على حدودها مع أوكرانيا.");
    expect(find(out, "state:RU", "MOBILIZE", "state:UA"), show(out)).toHaveLength(1);
  });
});
