// Objects a count stands before («اتهامات إلى ثلاثة عناصر من الحرس الثوري»: src/extract/
// arguments.ts prepBeforeCount), and aid stopped with its owner's nisba and the one it went
// to after لـ («وقف التمويل الأمريكي لوكالة الأونروا»: the noun's frame genitive-to).
import { describe, expect, it } from "vitest";
import { run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("a count between a preposition and its actor", () => {
  it("leaves the actor the object of the preposition", () => {
    const out = rels("ووجهت الولايات المتحدة اتهامات إلى ثلاثة عناصر من الحرس الثوري الإيراني.");
    expect(
      out.filter(
        (r) =>
          r.type === "ACCUSE" &&
          r.source.id === "state:US" &&
          r.target.id === "org:ir-revolutionary-guard",
      ),
      show(out),
    ).toHaveLength(1);
  });
});

describe("aid or funding stopped, owned by a nisba", () => {
  it("is the nisba's state's sanction on the one after لـ", () => {
    const out = rels("وانتقدت الأمم المتحدة وقف التمويل الأمريكي لوكالة الأونروا.");
    expect(
      out.filter(
        (r) => r.type === "SANCTION" && r.source.id === "state:US" && r.target.id === "org:unrwa",
      ),
      show(out),
    ).toHaveLength(1);
  });
});
