// An unnamed official named by a singular noun and the state's nisba («مسؤول أمريكي»،
// «دبلوماسيا صينيا») speaks for that state, as the plural («مسؤولون أمريكيون») does
// (ANNOTATION.md: an unnamed official is the state; src/extract/units.ts officialNisba).
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("a singular unnamed official", () => {
  it("acts for the state of its nisba", () => {
    const out = rels("وانتقد مسؤول أمريكي رفيع الصين بشدة.");
    expect(find(out, "state:US", "ACCUSE", "state:CN"), show(out)).toHaveLength(1);
    const accused = rels("واتهم مسؤول أوكراني موسكو بارتكاب جرائم حرب.");
    expect(find(accused, "state:UA", "ACCUSE", "state:RU"), show(accused)).toHaveLength(1);
  });

  it("is the state as an object too", () => {
    const out = rels("والتقى وزير الخارجية الأمريكي مسؤولا صينيا في بكين.");
    expect(
      out.filter((r) => r.type === "CONSULT" && r.target.id === "state:CN"),
      show(out),
    ).toHaveLength(1);
  });

  it("is not made of a responsible party with the article («الجيش الإسرائيلي مسؤول»)", () => {
    const out = rels("وقالت حماس إن الجيش الإسرائيلي مسؤول عن الهجوم.");
    expect(
      out.filter((r) => r.source.text.startsWith("مسؤول")),
      show(out),
    ).toHaveLength(0);
  });
});

describe("an unnamed official who does not speak for the state", () => {
  it("is no actor when former or retired", () => {
    for (const text of [
      "اتهم مسؤول أمريكي سابق إيران بدعم الحوثيين عسكريا.",
      "طالب مسؤول أمريكي كبير سابق إسرائيل بوقف الحرب.",
      "اتهم دبلوماسي روسي متقاعد الغرب بإشعال الحرب في أوكرانيا.",
    ]) {
      const out = rels(text);
      expect(
        out.filter((r) => r.source.id === "state:US" || r.source.id === "state:RU"),
        show(out),
      ).toHaveLength(0);
    }
  });

  it("is the one killed, not the attacker, in «قتل مسؤول إيراني في غارة»", () => {
    const out = rels("قتل مسؤول إيراني في الحرس الثوري في غارة إسرائيلية على دمشق.");
    expect(
      out.filter((r) => r.type === "ASSAULT" && r.source.id === "state:IR"),
      show(out),
    ).toHaveLength(0);
    const object = rels("قتل الجيش الإسرائيلي مسؤولا إيرانيا في غارة على دمشق.");
    expect(find(object, "org:il-idf", "ASSAULT", "state:SY"), show(object)).toHaveLength(1);
    expect(
      object.filter((r) => r.type === "ASSAULT" && r.source.id === "state:IR"),
      show(object),
    ).toHaveLength(0);
  });
});

describe("an unnamed official's other forms", () => {
  it("is the state in the feminine and after a qualifier", () => {
    const she = rels("وانتقدت مسؤولة أمريكية الصين.");
    expect(find(she, "state:US", "ACCUSE", "state:CN"), show(she)).toHaveLength(1);
    const security = rels("واتهم مسؤول أمني عراقي تنظيم داعش بتنفيذ الهجوم.");
    expect(find(security, "state:IQ", "ACCUSE", "org:isis"), show(security)).toHaveLength(1);
  });

  it("is the state in the feminine after a feminine qualifier («مسؤولة عسكرية أمريكية»)", () => {
    const out = rels("واتهمت مسؤولة عسكرية أمريكية الصين بتهديد تايوان.");
    expect(find(out, "state:US", "ACCUSE", "state:CN"), show(out)).toHaveLength(1);
  });
});
