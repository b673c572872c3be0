// Arguments: the preposition an actor carries, and the pairs of a group.
import { describe, expect, it } from "vitest";
import { everyPair, prepOf } from "../src/extract/arguments.js";
import { expectNone, expectRel, relationsOf, show } from "./helpers/pipeline.js";
import { contextOf } from "./helpers/sentence.js";

/** Each actor unit of the first sentence with the preposition it carries. */
function preps(text: string): string[] {
  const c = contextOf(text);
  return c.all.map((u) => `${u.ref.id}:${prepOf(c.view, u)}`);
}

describe("arguments", () => {
  it("read a clitic preposition, a preposition word, and none", () => {
    expect(preps("أعلنت روسيا دعمها لسوريا.")).toEqual(["state:RU:", "state:SY:ل"]);
    expect(preps("أجرى بوتين محادثات مع شي جين بينغ في بكين.")).toEqual([
      "person:vladimir-putin:",
      "person:xi-jinping:مع",
      "place:beijing:في",
    ]);
  });

  it("read و on a coordinated actor as a conjunction", () => {
    expect(preps("التقى ماكرون وميركل في برلين.")).toEqual([
      "person:emmanuel-macron:",
      "person:angela-merkel:و",
      "place:berlin:في",
    ]);
  });

  it("read كل من as opening a list, not as the preposition من", () => {
    expect(preps("زار الوزير كلا من روسيا وإيران.")).toContain("state:RU:");
  });

  it("pair each actor of a group with every later one, once", () => {
    const c = contextOf("جرت محادثات بين روسيا والصين وإيران.");
    const pairs = everyPair(c.all).map(([a, b]) => `${a.ref.id}-${b.ref.id}`);
    expect(pairs).toEqual(["state:RU-state:CN", "state:RU-state:IR", "state:CN-state:IR"]);
  });
});

describe("a name right after a group's nisba", () => {
  it("is the verb's object, the group its subject («اعتقلت السلطات الصينية منغ هونغوي»)", () => {
    expectRel(
      "واعتقلت السلطات الصينية منغ هونغوي فور وصوله إلى بكين.",
      "state:CN",
      "COERCE",
      "person:meng-hongwei",
    );
  });

  it("still holds the office a title and nisba give it («الرئيس الروسي فلاديمير بوتين»)", () => {
    expectRel(
      "وقال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار.",
      "person:vladimir-putin",
      "ROLE",
      "state:RU",
    );
  });
});

describe("a description of the subject set off by commas", () => {
  it("holds no object: «نددت كوبا، أبرز حلفاء مادورو في المنطقة، بالعقوبات الأمريكية»", () => {
    const text = "كما نددت كوبا، أبرز حلفاء مادورو في المنطقة، بالعقوبات الأمريكية.";
    expectRel(text, "state:CU", "ACCUSE", "state:US");
    expectNone(
      "كما نددت كوبا، أبرز حلفاء مادورو في المنطقة، بالعقوبات، وقال وزير خارجيتها إن هافانا تقف معه.",
      "ACCUSE",
    );
  });

  it("is passed over to the object after it: «وانتقدت روسيا، الحليف الأبرز لسوريا، الضربات الأمريكية»", () => {
    expectRel(
      "وانتقدت روسيا، الحليف الأبرز لسوريا، الضربات الأمريكية.",
      "state:RU",
      "ACCUSE",
      "state:US",
    );
  });
});

describe("a clause opened by «في حين»", () => {
  it("has its own subject, no object of the clause before: «حث بلينكن ...، في حين طلبت فرنسا»", () => {
    const rels = relationsOf(
      "وحث بلينكن على وقف العمليات العسكرية، في حين طلبت فرنسا عقد جلسة طارئة.",
    );
    expect(
      rels.filter((r) => r.target.id === "state:FR"),
      show(rels),
    ).toEqual([]);
  });
});
