// A dateline that names the outlet after its places and a slash or dash (media.ts), and a
// known given name written with و inside a name (patterns.ts).
import { describe, expect, it } from "vitest";
import { mentionsOf } from "./helpers/pipeline.js";

const ids = (text: string) => mentionsOf(text).map((m) => `${m.entity.id} ${m.text}`);

describe("a dateline of places and a medium", () => {
  it("drops the medium after a slash or a dash, and keeps its places places", () => {
    const a = mentionsOf("الدوحة/ الأناضول\nأعلنت قطر التوصل إلى اتفاق.");
    expect(a.some((m) => m.entity.id === "org:tr-anadolu")).toBe(false);
    expect(a.find((m) => m.text === "الدوحة")?.entity.kind).toBe("place");
    const b = mentionsOf("جنيف، طرابلس ــ العربي الجديد\nقالت البعثة الأممية إن الحظر يُنتهك.");
    expect(b.some((m) => m.entity.id === "org:al-araby-al-jadeed")).toBe(false);
    expect(b.find((m) => m.text === "طرابلس")?.entity.kind).toBe("place");
  });

  it("keeps a medium that a sentence names as an actor", () => {
    expect(ids("وقالت الأناضول إن الوفد وصل.")).toContain("org:tr-anadolu الأناضول");
  });
});

describe("a given name with و", () => {
  it("is a part of the name, not «and»", () => {
    expect(
      ids("وقال المدعي العام طارق وليام صعب إن التحقيق بدأ.").map((x) =>
        x.split(" ").slice(1).join(" "),
      ),
    ).toContain("طارق وليام صعب");
    expect(
      ids("وقالت مايا وانغ، الباحثة في المنظمة، إن الوضع خطير.").some((x) =>
        x.endsWith("مايا وانغ"),
      ),
    ).toBe(true);
  });
});
