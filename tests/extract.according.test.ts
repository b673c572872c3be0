// "بحسب X" / "وفقا لـ X": the source that makes a whole sentence a claim.
import { describe, expect, it } from "vitest";
import { accordingSource } from "../src/extract/according.js";
import { bundledLexicon } from "../src/extract/lexicon.js";
import { find, relationsOf, show } from "./helpers/pipeline.js";
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

  it("makes the source it names no end of the sentence's relations", () => {
    const r = relationsOf(
      "وبدأت الدول الأوروبية العمل على حماية مصالحها إذا نفذ ترامب تهديده وانسحب من الاتفاق، وفقا لوكالة رويترز للأنباء.",
    );
    expect(
      r.filter((t) => t.target.id === "org:reuters" || t.source.id === "org:reuters"),
      show(r),
    ).toEqual([]);
    const aid = relationsOf("أرسلت روسيا مساعدات إنسانية إلى سوريا، وفقا لوكالة رويترز.");
    const sent = find(aid, "state:RU", "AID", "state:SY");
    expect(
      sent.map((t) => t.attributed_to?.id),
      show(aid),
    ).toEqual(["org:reuters"]);
  });
});
