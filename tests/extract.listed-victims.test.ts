// One act named by a noun on several victims in a list («تسميم سيرغي سكريبال وابنته يوليا»)
// is done to each of them (src/extract/frames-conflict.ts victimDraft), and a later bare
// reference to that attack («نفت موسكو أي ضلوع لها فيه») refers to all of them
// (src/extract/frames-attack-coref.ts).
import { describe, expect, it } from "vitest";
import { run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2018-04-01").relations;
const assaultsBy = (rs: ReturnType<typeof rels>, by: string) =>
  rs.filter((r) => r.type === "ASSAULT" && r.source.id === by);

describe("victims listed after an act's noun", () => {
  it("are each the victim of its doer", () => {
    const out = rels(
      "وتتهم بريطانيا روسيا بتسميم العميل السابق سيرغي سكريبال وابنته يوليا في سالزبري.",
    );
    const victims = assaultsBy(out, "state:RU").map((r) => r.target.text);
    expect(victims, show(out)).toEqual(expect.arrayContaining(["سيرغي سكريبال", "يوليا"]));
  });

  it("are each the victim of a later reference to the attack", () => {
    const out = rels(
      "وتتهم بريطانيا روسيا بتسميم العميل السابق سيرغي سكريبال وابنته يوليا في سالزبري. ونفت موسكو أي ضلوع لها في الهجوم.",
    );
    const denied = assaultsBy(out, "state:RU").filter((r) => r.polarity === "negated");
    expect(
      denied.map((r) => r.target.text),
      show(out),
    ).toEqual(expect.arrayContaining(["سيرغي سكريبال", "يوليا"]));
  });
});
