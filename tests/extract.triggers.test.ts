// Triggers: verbs with the rest of their predicate (a subject may stand inside it), verbs of
// saying, nominal heads with a pronoun suffix, and verbs whose words give another sense.
import { describe, expect, it } from "vitest";
import type { Trigger } from "../src/extract/scope.js";
import { contextOf } from "./helpers/sentence.js";

const shown = (ts: Trigger[]) =>
  ts.map(
    (t) =>
      `${t.kind} ${t.first}-${t.last} ${t.verb?.entry.type ?? t.noun?.type ?? ""}` +
      `${t.split ? " split" : ""}${t.pronoun ? " pronoun" : ""}${t.future ? " future" : ""}`,
  );
const triggersOf = (text: string) => shown(contextOf(text).triggers);

describe("triggers", () => {
  it("read a multi-word predicate with its subject inside it", () => {
    expect(triggersOf("فرضت واشنطن عقوبات على طهران.")).toEqual(["verb 0-2 SANCTION split"]);
  });

  it("read a verb of saying and a verb in the clause it reports", () => {
    expect(triggersOf("قال وزير الخارجية الروسي سيرغي لافروف إن بلاده ستدعم سوريا.")).toEqual([
      "speech 0-0 ",
      "verb 8-8 SUPPORT future",
    ]);
  });

  it("read a noun head with a pronoun suffix as owned by someone named elsewhere", () => {
    expect(triggersOf("وصلت زيارته إلى الصين إلى نهايتها.")).toContain("noun 1-1 CONSULT pronoun");
  });

  it("skip the tokens of a recognised actor", () => {
    // "اتحاد" could open a nominal trigger; inside the organisation's name it does not.
    const c = contextOf("التقى رئيس الاتحاد الأوروبي بوزير الخارجية الصيني.");
    for (const t of c.triggers)
      for (const u of c.units) expect(t.first > u.last || t.last < u.first).toBe(true);
  });

  it("leave out a warning that something is so", () => {
    expect(triggersOf("حذر من أن الأزمة ستتفاقم في المنطقة.")).toEqual([]);
    expect(triggersOf("هدد ترامب إيران بعقوبات جديدة.")[0]).toMatch(/^verb 0-0 THREATEN/);
  });

  it("leave out a trip for treatment or a flight, not a visit («رحلة علاج»)", () => {
    expect(triggersOf("سافر رئيس الوزراء في رحلة علاج إلى ألمانيا.")).not.toContain(
      "noun 3-3 CONSULT",
    );
    expect(triggersOf("وعاد الوفد في رحلة جوية إلى القاهرة.")).not.toContain("noun 3-3 CONSULT");
    expect(triggersOf("وبدأ ماكرون رحلة إلى الصين تستمر ثلاثة أيام.")).toContain(
      "noun 2-2 CONSULT",
    );
  });
});
