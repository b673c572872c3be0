// A written hamza that no listed spelling of a name has is another word (src/text/hamza.ts),
// read by the KB match and the given names of the recognizer.
import { describe, expect, it } from "vitest";
import { hamzaContradicts } from "../src/text/hamza.js";
import { mentionsOf } from "./helpers/pipeline.js";

describe("hamzaContradicts", () => {
  it("is true when the text writes a hamza where every spelling has a bare alif", () => {
    expect(hamzaContradicts("وأم", ["وام"])).toBe(true);
    expect(hamzaContradicts("بأول", ["باول"])).toBe(true);
  });

  it("is false when a spelling has the hamza, or the text drops one", () => {
    expect(hamzaContradicts("أحمد", ["أحمد"])).toBe(false);
    expect(hamzaContradicts("احمد", ["أحمد"])).toBe(false);
    expect(hamzaContradicts("إيران", ["ايران", "إيران"])).toBe(false);
  });

  it("is false when no spelling has the same letters to compare", () => {
    expect(hamzaContradicts("أم", ["وام"])).toBe(false);
    expect(hamzaContradicts("وأم", [])).toBe(false);
  });
});

describe("the recognizer", () => {
  it("reads «وأم» (and a mother) as no news agency, «وام» as the agency", () => {
    const ids = (t: string) => mentionsOf(t).map((m) => m.entity.id);
    expect(ids("وقالت إنها متزوجة وأم لطفلين.")).not.toContain("org:ae-wam");
    expect(ids("ونقلت وام عن الوزير قوله إن الزيارة ناجحة.")).toContain("org:ae-wam");
  });

  it("reads «بأول» (with the first) as no given name", () => {
    const persons = mentionsOf("تيلرسون يبرز بأول خطاب بعد إقالته إنجازاته.")
      .filter((m) => m.entity.kind === "person")
      .map((m) => m.text);
    expect(persons).toEqual(["تيلرسون"]);
  });
});
