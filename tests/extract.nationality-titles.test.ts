// A title that names what a person does rather than an office («الناشطة»، «الكاتب»، «الصحافي»،
// «المعارض»; words.json nationality_heads): a state's nisba in it is the person's nationality,
// so no ROLE with that state; an office keeps its ROLE, and the name is still recognized.
import { describe, expect, it } from "vitest";
import { expectRel, relationsOf, show } from "./helpers/pipeline.js";

const roles = (text: string) => relationsOf(text).filter((r) => r.type === "ROLE");

describe("a nationality in a title that is no office", () => {
  it("gives an activist no ROLE with her state", () => {
    const text = "وقالت الناشطة الأيزيدية العراقية نادية مراد إن تنظيم داعش ارتكب إبادة بحق شعبها.";
    expect(roles(text), show(relationsOf(text))).toHaveLength(0);
  });

  it("gives a writer or a journalist none, before or after the name", () => {
    for (const text of [
      "وكتب الكاتب الأمريكي المخضرم بوب وودوارد أن البيت الأبيض يعيش فوضى.",
      "وقال فيصل مطاوي، الصحافي الجزائري، إن الإقالة كانت متوقعة.",
    ])
      expect(roles(text), `${text}\n${show(relationsOf(text))}`).toHaveLength(0);
  });

  it("keeps the ROLE of an office with the same nisba", () => {
    expectRel(
      "وقال وزير الخارجية العراقي إبراهيم الجعفري إن بغداد ترفض التدخل.",
      "person:ibrahim-al-jaafari",
      "ROLE",
      "state:IQ",
    );
  });
});
