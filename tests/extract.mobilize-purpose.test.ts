// A mobilisation or an alert is aimed at whom its purpose names (src/extract/mobilize-purpose.ts;
// words.json mobilize_purposes): «ردا على»، «لمواجهة»، «لردع»، «تحسبا لـ».
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("a mobilisation's purpose", () => {
  it("names the target of an alert, every state of a list", () => {
    const out = rels(
      "ووضعت كوريا الشمالية قواتها في حالة تأهب قصوى ردا على المناورات العسكرية المشتركة بين الولايات المتحدة وكوريا الجنوبية.",
    );
    expect(find(out, "state:KP", "MOBILIZE", "state:US"), show(out)).toHaveLength(1);
    expect(find(out, "state:KP", "MOBILIZE", "state:KR"), show(out)).toHaveLength(1);
  });

  it("names the target of a deployment, by name or by the nisba on a threat", () => {
    const deterred = rels("وستنشر ألمانيا لواء عسكريا في ليتوانيا بشكل دائم لردع روسيا.");
    expect(find(deterred, "state:DE", "MOBILIZE", "state:RU"), show(deterred)).toHaveLength(1);
    const faced = rels(
      "ونشرت الولايات المتحدة حاملة الطائرات أبراهام لينكولن في الخليج لمواجهة التهديدات الإيرانية.",
    );
    expect(find(faced, "state:US", "MOBILIZE", "state:IR"), show(faced)).toHaveLength(1);
  });

  it("is negated with its verb, and an alert with no purpose targets no one", () => {
    const denied = rels("ولم تضع الصين قواتها في حالة تأهب ردا على المناورات الأمريكية.");
    const mobilized = find(denied, "state:CN", "MOBILIZE", "state:US");
    expect(mobilized, show(denied)).toHaveLength(1);
    expect(mobilized[0]?.polarity, show(denied)).toBe("negated");
    const bare = rels("ووضعت إيران قواتها في حالة تأهب.");
    expect(
      bare.filter((r) => r.type === "MOBILIZE"),
      show(bare),
    ).toHaveLength(0);
  });

  it("is not read in a noun «وضع» (the situation)", () => {
    const out = rels("وقال الرئيس إن وضع القوات الأمريكية في سوريا غير قانوني.");
    expect(
      out.filter((r) => r.type === "MOBILIZE"),
      show(out),
    ).toHaveLength(0);
  });
});

describe("a purpose that names no adversary", () => {
  it("is a request, a consequence or an origin («ردا على طلب إسرائيلي»)", () => {
    for (const text of [
      "ونشرت الولايات المتحدة قوات إضافية في الشرق الأوسط ردا على طلب إسرائيلي بتعزيز الدفاعات الجوية.",
      "ورفعت الكويت حالة التأهب تحسبا لتداعيات الضربة الأمريكية على إيران.",
      "ورفع الأردن حالة التأهب على حدوده الشمالية تحسبا لتسلل مهربين من سوريا.",
    ]) {
      const out = rels(text);
      expect(
        out.filter((r) => r.type === "MOBILIZE"),
        show(out),
      ).toHaveLength(0);
    }
  });

  it("still names the doer of a hostile act, by its organisation's nisba too", () => {
    const out = rels("ورفعت السعودية حالة التأهب للتصدي للهجمات الحوثية.");
    expect(find(out, "state:SA", "MOBILIZE", "org:houthis"), show(out)).toHaveLength(1);
  });
});
