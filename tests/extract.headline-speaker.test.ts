// A sentence that opens with an actor and a colon, as headlines do ("لافروف: ..."), is that
// actor's statement: what the rest relates is attributed to it. A state or a place before the
// colon is the news's place, not a speaker.
import { describe, expect, it } from "vitest";
import { relationsOf } from "./helpers/pipeline.js";

const attributed = (text: string) =>
  relationsOf(text)
    .filter((r) => r.rule !== "model")
    .map((r) => `${r.source.id} ${r.type} ${r.target.id} by ${r.attributed_to?.id ?? "-"}`);

describe("a speaker before a colon", () => {
  it("attributes the statement after «لافروف:» to Lavrov", () => {
    expect(attributed("لافروف: روسيا ستطرد دبلوماسيين بريطانيين ردا على لندن.")).toContain(
      "state:RU SANCTION state:GB by person:sergey-lavrov",
    );
  });

  it("takes a body as a speaker: «وزارة الخارجية الروسية:»", () => {
    expect(attributed("وزارة الخارجية الروسية: موسكو ستطرد دبلوماسيين بريطانيين.")).toContain(
      "state:RU SANCTION state:GB by org:ru-foreign-ministry",
    );
  });

  it("does not make a state before a colon a speaker: «فرنسا: صدامات ...»", () => {
    const found = attributed("فرنسا: صدامات بين متظاهرين وقوات الأمن في مدينة نانت.");
    expect(found).toContain("group:protesters ASSAULT group:security-forces by -");
    expect(found.some((r) => r.endsWith("by state:FR"))).toBe(false);
  });

  it("gives the speaker the talks it speaks of, not the sanctions", () => {
    expect(attributed("ترامب: المحادثات مع كوريا الشمالية قد تسفر عن أعظم اتفاق.")).toContain(
      "person:donald-trump CONSULT state:KP by person:donald-trump",
    );
    expect(
      attributed("وقال لافروف إن العقوبات على إيران غير قانونية.").filter((r) =>
        r.startsWith("person:sergey-lavrov SANCTION"),
      ),
    ).toEqual([]);
  });
});
