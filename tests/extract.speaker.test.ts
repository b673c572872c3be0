// Who says so when the speaker is not named: a sentence that opens with "وقال مسؤول ..." has
// its own subject, so the previous sentence's speaker is not it; the claim goes to the one
// organisation or nisba state in the speaker's description, else to no one.
import { describe, expect, it } from "vitest";
import { relationsOf, show } from "./helpers/pipeline.js";

const lead = "اتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا بالأسلحة.\n";

describe("an unnamed speaker", () => {
  it("speaks for the ministry its description names, not for the previous speaker", () => {
    const rels = relationsOf(
      `${lead}وقال مسؤول بوزارة الدفاع الكورية الشمالية إن بيونغ يانغ لم تقم مطلقا بصفقات أسلحة مع روسيا.`,
    );
    const deal = rels.filter((r) => r.sentence.startsWith("وقال مسؤول"));
    expect(deal.length, show(rels)).toBeGreaterThan(0);
    for (const r of deal) expect(r.attributed_to?.id, show(rels)).toBe("org:kp-defence-ministry");
  });

  it("speaks for the state a nisba in the description names", () => {
    const rels = relationsOf(`${lead}وقال مسؤول أمريكي إن روسيا أرسلت أسلحة إلى سوريا.`);
    // (What the official itself does, now that it is an actor, is its own act, no claim.)
    const sent = rels.filter(
      (r) => r.sentence.startsWith("وقال مسؤول") && r.source.id !== "state:US",
    );
    expect(sent.length, show(rels)).toBeGreaterThan(0);
    for (const r of sent) expect(r.attributed_to?.id).toBe("state:US");
  });

  it("with no affiliation, leaves the claim to the outlet", () => {
    const rels = relationsOf(`${lead}وقال محللون إن روسيا أرسلت أسلحة إلى سوريا.`);
    const sent = rels.filter((r) => r.sentence.startsWith("وقال محللون"));
    expect(sent.length, show(rels)).toBeGreaterThan(0);
    for (const r of sent) expect(r.attributed_to).toBeNull();
  });

  it("a pronoun subject is still the previous sentence's speaker: وقالت إنها", () => {
    const rels = relationsOf(
      "حذرت روسيا الولايات المتحدة من التصعيد.\nوقالت إنها سترد على أي هجوم تشنه واشنطن على سوريا.",
    );
    const second = rels.filter((r) => r.sentence.startsWith("وقالت إنها"));
    expect(second.length, show(rels)).toBeGreaterThan(0);
    for (const r of second) expect(r.attributed_to?.id, show(rels)).toBe("state:RU");
  });
});
