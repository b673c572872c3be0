// A person's name inside the name of a place or an institution named after them is no mention
// of the person (src/recognize/eponyms.ts; lexicon/words.json eponym_heads).
import { describe, expect, it } from "vitest";
import { mentionsOf } from "./helpers/pipeline.js";

const persons = (text: string) =>
  mentionsOf(text)
    .filter((m) => m.entity.kind === "person")
    .map((m) => m.text);

describe("eponyms", () => {
  it("name no person: a centre, an airport, a tower, with or without a title", () => {
    expect(persons("وأرسل مركز الملك سلمان للإغاثة شحنة مساعدات إلى اليمن.")).toEqual([]);
    expect(persons("ووصل الوفد إلى مطار رفيق الحريري الدولي في بيروت.")).toEqual([]);
    expect(persons("واجتمع المستشار مع المحامين في برج ترامب بنيويورك.")).toEqual([]);
  });

  it("leave the person whose act or office a word before names", () => {
    expect(persons("واستقبل الملك سلمان في قصره الرئيس الفرنسي.")).toContain("الملك سلمان");
    expect(persons("وعين جيرمي هانت وزيرا للخارجية.")).toContain("جيرمي هانت");
  });
});
