// Objects a count stands before («اتهامات إلى ثلاثة عناصر من الحرس الثوري»: src/extract/
// arguments.ts prepBeforeCount), and a threat of one's own state's act, which threatens the
// one it is on (src/extract/complement-object.ts), and a state after a topic word (حول، بشأن)
// that is no bare object (arguments.ts afterNonObjectWord).
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

describe("a state after a word of what the act is about", () => {
  it("is no bare object of the verb («رحبت تركيا بالاتفاق حول سوريا»)", () => {
    const out = rels("ورحبت تركيا بالاتفاق حول سوريا.");
    expect(
      out.filter((r) => r.source.id === "state:TR" && r.target.id === "state:SY"),
      show(out),
    ).toHaveLength(0);
    const praised = rels("ورحبت تركيا بموقف روسيا بشأن سوريا.");
    expect(
      praised.filter((r) => r.type === "SUPPORT" && r.target.id === "state:RU"),
      show(praised),
    ).toHaveLength(1);
  });
});
