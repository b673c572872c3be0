// Withdrawals from a land (lexicon/relations.json RETREAT nouns with "genitive-from";
// src/extract/noun-drafts.ts genitiveFrame; arguments.ts prepOf through a word of direction).
import { describe, it } from "vitest";
import { expectNone, expectRel } from "./helpers/pipeline.js";

describe("a withdrawal from a land", () => {
  it("is the withdrawing force's retreat from it («انسحاب القوات الروسية من سوريا»)", () => {
    expectRel("وبدأ انسحاب القوات الروسية من سوريا.", "org:ru-armed-forces", "RETREAT", "state:SY");
  });

  it("reads the land past a word of direction («من جنوب لبنان»)", () => {
    expectRel("وانسحبت القوات الإسرائيلية من جنوب لبنان.", "org:il-idf", "RETREAT", "state:LB");
  });

  it("is none when only asked for («طالبت روسيا بانسحاب القوات الأمريكية من سوريا»)", () => {
    expectNone("وطالبت روسيا بانسحاب القوات الأمريكية من سوريا.", "RETREAT");
  });

  it("is no retreat from a body («انسحابها من الاتحاد الأوروبي»)", () => {
    expectNone("وبدأ انسحاب بريطانيا من الاتحاد الأوروبي.", "RETREAT", { target: "org:eu" });
  });
});

describe("a word of direction after a part of a land", () => {
  it("leaves the part's من alone («تحتل تركيا أجزاء من شمال سوريا»)", () => {
    expectRel("وتحتل تركيا أجزاء من شمال سوريا.", "state:TR", "ASSAULT", "state:SY");
  });

  it("carries where a launch comes from («صواريخ من جنوب لبنان على شمال إسرائيل»)", () => {
    expectRel(
      "وأطلق حزب الله صواريخ من جنوب لبنان على شمال إسرائيل.",
      "org:hezbollah",
      "ASSAULT",
      "state:IL",
    );
    expectNone("وأطلق حزب الله صواريخ من جنوب لبنان على شمال إسرائيل.", "ASSAULT", {
      target: "state:LB",
    });
  });
});
