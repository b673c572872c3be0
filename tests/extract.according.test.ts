// "بحسب X" / "وفقا لـ X": the source that makes a whole sentence a claim.
import { describe, expect, it } from "vitest";
import { accordingSource } from "../src/extract/according.js";
import { bundledLexicon } from "../src/extract/lexicon.js";
import { contextOf } from "./helpers/sentence.js";

const sourceOf = (text: string) => {
  const c = contextOf(text);
  return accordingSource(c.view, bundledLexicon(), c.all)?.ref.id ?? null;
};

describe("according to", () => {
  it("names the actor right after بحسب", () => {
    expect(sourceOf("بحسب وزارة الخارجية الروسية، فإن موسكو لن تعترف بالانتخابات.")).toBe(
      "org:ru-foreign-ministry",
    );
  });

  it("reads وفقا لـ with its clitic", () => {
    expect(sourceOf("فرضت واشنطن عقوبات على طهران وفقا لوزارة الخزانة الأمريكية.")).toMatch(
      /^org:/,
    );
  });

  it("finds none in a sentence that names no source", () => {
    expect(sourceOf("فرضت واشنطن عقوبات على طهران.")).toBeNull();
  });

  it("keeps looking after a phrase that names no actor", () => {
    expect(sourceOf("بحسب التقارير فإن العقوبات ستشمل النفط، وفقا لوزارة الخارجية الروسية.")).toBe(
      "org:ru-foreign-ministry",
    );
  });
});
