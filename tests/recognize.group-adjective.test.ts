// A sector word that describes the one before it is one group with it: «مسلحون انفصاليون»
// are separatist gunmen, not gunmen and separatists (src/recognize/group-adjective.ts).
import { describe, expect, it } from "vitest";
import { agreesAsAdjective, caseShown } from "../src/recognize/group-adjective.js";
import { find, relationsOf, run } from "./helpers/pipeline.js";

const groups = (text: string) =>
  run(text)
    .mentions.filter((m) => m.entity.id.startsWith("group:"))
    .map((m) => `${m.entity.id} ${m.text}`);

describe("a group word describing the one before it", () => {
  it("reads the case a plural's ending shows", () => {
    expect(caseShown("والمسلحون")).toBe("nominative");
    expect(caseShown("للمتظاهرين")).toBe("oblique");
    expect(caseShown("أكرادا")).toBe("accusative");
    expect(caseShown("طلاب")).toBe("unseen");
  });

  it("agrees in case and definiteness only as an adjective does", () => {
    expect(agreesAsAdjective("مسلحون", "انفصاليون")).toBe(true);
    expect(agreesAsAdjective("المسلحين", "الانفصاليين")).toBe(true);
    expect(agreesAsAdjective("طلاب", "معارضون")).toBe(true);
    // The subject and the object of one verb.
    expect(agreesAsAdjective("مسلحون", "متظاهرين")).toBe(false);
    // A noun and the definite noun it is in construct with.
    expect(agreesAsAdjective("مسلحين", "المعارضين")).toBe(false);
  });

  it("makes separatist gunmen the attackers, not the attacked", () => {
    const rels = relationsOf("وقتل مسلحون انفصاليون جنديين في الكاميرون.");
    expect(find(rels, "group:militants", "ASSAULT", "group:separatists")).toHaveLength(0);
    expect(find(rels, "group:militants", "ASSAULT", "group:army")).toHaveLength(1);
    expect(groups("وهاجم المسلحون الانفصاليون قاعدة للجيش.")).toContain(
      "group:militants المسلحون الانفصاليون",
    );
  });

  it("keeps opposition activists one actor, with no attack on the opposition", () => {
    const rels = relationsOf("وهاجم ناشطون معارضون مقر الحزب الحاكم.");
    expect(find(rels, "group:activists", "ASSAULT", "group:opposition")).toHaveLength(0);
    expect(groups("وهاجم ناشطون معارضون مقر الحزب الحاكم.")).toEqual([
      "group:activists ناشطون معارضون",
    ]);
  });

  it("keeps the gunmen and the protesters they attack two groups", () => {
    const rels = relationsOf("وهاجم مسلحون متظاهرين في بغداد.");
    expect(find(rels, "group:militants", "ASSAULT", "group:protesters")).toHaveLength(1);
  });
});

describe("fighters named by an organisation's nisba", () => {
  it("are the organisation («مقاتلون حوثيون»), and its people in the plural too", () => {
    const rels = relationsOf("وهاجم مقاتلون حوثيون مواقع الجيش اليمني في مأرب.");
    expect(find(rels, "org:houthis", "ASSAULT", "org:ye-armed-forces")).toHaveLength(1);
    const peers = relationsOf("وناقش روحاني التعاون بين الأوروبيين والإيرانيين.");
    expect(
      peers.some((r) => r.type === "COOPERATE" && [r.source.id, r.target.id].includes("org:eu")),
    ).toBe(true);
  });

  it("leave unarmed people of a nisba their own group («طلاب أوروبيون»)", () => {
    expect(groups("وتظاهر طلاب أوروبيون أمام السفارة.")).toContain("group:students طلاب");
  });
});
