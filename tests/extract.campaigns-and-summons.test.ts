// «شن حملة» is an attack only on someone, and not a campaign of arrests, criticism, vaccination
// or the media; «استدعى» recalls or summons envoys, not reservists.
import { describe, expect, it } from "vitest";
import { find, mentionsOf, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2022-06-01").relations;

describe("a campaign waged", () => {
  it("is an attack on the one after على or ضد", () => {
    const out = rels("وشنت إسرائيل حملة عسكرية على غزة.");
    expect(find(out, "state:IL", "ASSAULT", "state:PS"), show(out)).toHaveLength(1);
  });

  it("of arrests is coercion, of criticism an accusation", () => {
    const arrests = rels("وشنت السلطات المصرية حملة اعتقالات واسعة ضد المعارضين.");
    expect(find(arrests, "state:EG", "COERCE", "group:opposition"), show(arrests)).toHaveLength(1);
    expect(
      arrests.filter((r) => r.type === "ASSAULT"),
      show(arrests),
    ).toHaveLength(0);
    const critics = rels("وشن الرئيس الأمريكي حملة انتقادات ضد الصين.");
    expect(
      critics.some((r) => r.type === "ACCUSE" && r.target.id === "state:CN"),
      show(critics),
    ).toBe(true);
    expect(
      critics.filter((r) => r.type === "ASSAULT"),
      show(critics),
    ).toHaveLength(0);
  });

  it("of vaccination attacks no one, and polio names no children", () => {
    const out = rels("وشنت الحكومة المغربية حملة واسعة لتطعيم الأطفال ضد شلل الأطفال.");
    expect(
      out.filter((r) => r.type === "ASSAULT"),
      show(out),
    ).toHaveLength(0);
    const ids = mentionsOf("وانتشر شلل الأطفال في المنطقة.").map((m) => m.entity.id);
    expect(ids).not.toContain("group:children");
  });
});

describe("a summons", () => {
  it("of another state's envoy is a protest, of one's own a sanction, of reservists none", () => {
    // The annotators' practice: summoning a foreign envoy protests to its state (PROTEST, or
    // ACCUSE with PROTEST as an alternative); recalling one's own cuts relations.
    const envoy = rels("واستدعت الخارجية المصرية السفير الإسرائيلي.");
    expect(
      envoy.some((r) => r.type === "PROTEST" && r.target.id === "state:IL"),
      show(envoy),
    ).toBe(true);
    expect(
      envoy.filter((r) => r.type === "SANCTION"),
      show(envoy),
    ).toHaveLength(0);
    const own = rels("واستدعى الاتحاد الأوروبي سفيره في موسكو لإجراء مشاورات.");
    expect(
      own.some((r) => r.type === "SANCTION" && r.target.id === "state:RU"),
      show(own),
    ).toBe(true);
    const unsaid = rels("ولم تستدع الخارجية التركية السفير الروسي.");
    expect(
      unsaid.filter((r) => r.type === "PROTEST").map((r) => r.polarity),
      show(unsaid),
    ).toEqual(["negated"]);
    const reserves = rels("واستدعى الجيش الإسرائيلي 300 ألف جندي احتياط.");
    expect(
      reserves.filter((r) => r.type === "SANCTION"),
      show(reserves),
    ).toHaveLength(0);
  });
});
