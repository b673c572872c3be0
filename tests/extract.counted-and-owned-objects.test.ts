// Objects a count stands before («اتهامات إلى ثلاثة عناصر من الحرس الثوري»: src/extract/
// arguments.ts prepBeforeCount), and a threat of one's own state's act, which threatens the
// one it is on (src/extract/complement-object.ts).
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

describe("a threat of one's own state's act", () => {
  it("threatens the one the act is on, not the threatener's state", () => {
    const out = rels("وهدد ترامب بتعليق المساعدات الأمريكية للسلطة الفلسطينية.");
    expect(
      out.filter((r) => r.type === "THREATEN" && r.target.id === "org:palestinian-authority"),
      show(out),
    ).toHaveLength(1);
    expect(
      out.filter((r) => r.type === "THREATEN" && r.target.id === "state:US"),
      show(out),
    ).toHaveLength(0);
  });
});
