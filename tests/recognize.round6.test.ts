// Round 6 of entity recall: the definite forms of armed factions as militants
// (lexicon/actors.json), and a name joined to a title by و read as another person.
import { describe, expect, it } from "vitest";
import { find, run } from "./helpers/pipeline.js";

const ids = (text: string, date = "2018-06-01") =>
  run(text, date).mentions.map((m) => `${m.entity.id} ${m.text}`);

describe("armed factions", () => {
  it("reads the definite forms as militants", () => {
    expect(ids("هاجمت الفصائل المسلحة مواقع للجيش قرب دمشق.")).toEqual(
      expect.arrayContaining(["group:militants الفصائل المسلحة"]),
    );
    expect(ids("قال الجيش إن الجماعات المسلحة انسحبت من المدينة.")).toEqual(
      expect.arrayContaining(["group:militants الجماعات المسلحة"]),
    );
  });
});

describe("a name joined to a title by و", () => {
  it("is another person, not the title's holder", () => {
    // The article is about the United States (its home state), so a bare title serves it.
    const text =
      "وقال الرئيس الأمريكي دونالد ترامب في واشنطن إن الإدارة ستواصل الضغط على إيران. " +
      "وتبحث الولايات المتحدة فرض عقوبات جديدة على طهران. " +
      "وقالت المتحدثة إن الرئيس وبومبيو ناقشا الملف الإيراني.";
    const rels = run(text, "2018-07-25").relations;
    expect(find(rels, "person:donald-trump", "ROLE", "state:US").length).toBeGreaterThan(0);
    const pompeo = rels.filter((r) => r.source.id === "person:mike-pompeo" && r.type === "ROLE");
    expect(pompeo.map((r) => r.sentence)).not.toContainEqual(
      expect.stringContaining("الرئيس وبومبيو"),
    );
  });
});

describe("a word with و after the comma that closes an office", () => {
  it("is the next clause, not the office holder's name", () => {
    const found = ids("وانتقد الرئيس المكسيكي الجدار الحدودي، ووصف سياسة ترامب بأنها عنصرية.");
    expect(found.filter((m) => m.startsWith("person:unk"))).toEqual([]);
  });

  it("is still a name when it is a given name", () => {
    const found = ids("وقال وزير الخارجية المصري، وليد عبد الله، إن الحوار سيستمر.");
    expect(found).toContainEqual(expect.stringMatching(/^person:\S+ وليد عبد الله$/));
  });
});

describe("a place that is also an ordinary word", () => {
  it("is no place without a word of place or a preposition before it", () => {
    expect(ids("وتشير الجماعات إلى أنها تشتبك مع خصومها دوما.")).not.toContainEqual(
      expect.stringMatching(/^place:douma/),
    );
  });

  it("is the place after one", () => {
    expect(ids("قصفت قوات النظام مدينة دوما.")).toContainEqual("place:douma دوما");
    expect(ids("سيطر الجيش على دوما.")).toContainEqual("place:douma دوما");
  });
});

describe("a capital that names a treaty or a meeting", () => {
  it("is the place, not its state acting: «معاهدة لشبونة»، «قمة هلسنكي»", () => {
    expect(ids("ما الذي تعنيه المادة 50 من معاهدة لشبونة؟")).toEqual(["place:lisbon لشبونة"]);
    expect(ids("قالت موسكو إن قمة هلسنكي كانت ناجحة.")).toContainEqual("place:helsinki هلسنكي");
  });

  it("still acts after a verbal noun: «إعلان أنقرة عن رغبتها»", () => {
    expect(ids("بسبب إعلان أنقرة عن رغبتها في شراء منظومة الدفاع.")).toContainEqual(
      "state:TR أنقرة",
    );
  });
});

describe("the District of Columbia", () => {
  it("is a place of the United States, not Colombia", () => {
    expect(ids("وتضم الولايات التي شملتها الدعوى فرمونت ومقاطعة كولومبيا.")).toContainEqual(
      "place:district-of-columbia مقاطعة كولومبيا",
    );
  });
});
