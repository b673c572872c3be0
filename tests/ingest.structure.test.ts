import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDate } from "../src/ingest/dates.js";
import { readArticles } from "../src/ingest/read.js";
import { parseTxt } from "../src/ingest/txt.js";
import type { Article } from "../src/schema.js";
import { normalizeForMatch } from "../src/text/normalize.js";
import { CORPUS, HAS_CORPUS, NO_CORPUS_MESSAGE, SEED_FILES, SEEDS } from "./helpers/paths.js";

function readSeed(name: string): Article {
  const r = readArticles({ path: join(SEEDS, name), doc: name }, new Map());
  expect(r.errors).toEqual([]);
  expect(r.articles).toHaveLength(1);
  return r.articles[0] as Article;
}

const slice = (a: Article, p: { start: number; end: number }) => a.text.slice(p.start, p.end);
const body = (a: Article) => a.pieces.filter((p) => p.section === "body").map((p) => slice(a, p));
const related = (a: Article) =>
  a.pieces.filter((p) => p.section === "related").map((p) => slice(a, p));
const txt = (text: string) => parseTxt(text, { doc: "t.txt", sha256: "0" });

describe("ingest of the seed articles (.txt structure)", () => {
  const a0 = readSeed("000_77e392895dce245a.txt");

  it("keeps the original file's text, so offsets point into the file", () => {
    for (const name of SEED_FILES) {
      const a = readSeed(name);
      expect(a.text).toBe(readFileSync(join(SEEDS, name), "utf8"));
      expect(a.doc).toBe(name);
    }
  });

  it("takes the first line as the title", () => {
    expect(a0.title).toBe("بلينكن: لدينا مخاوف بالغة إزاء العلاقات بين روسيا وكوريا الشمالية");
    expect(a0.pieces[0]?.section).toBe("title");
    expect(slice(a0, a0.pieces[0] as Article["pieces"][0])).toBe(a0.title);
  });

  it('reads the date line "تاريخ النشر: 9th, November 2023 GMT" as 2023-11-09 and leaves it out', () => {
    expect(a0.date).toBe("2023-11-09");
    expect(readSeed("001_d06de67a4468fdf3.txt").date).toBe("2023-09-17");
    expect(a0.pieces.some((p) => slice(a0, p).includes("تاريخ النشر"))).toBe(false);
  });

  it('reads the outlet from "المصدر:" and leaves the line out', () => {
    expect(a0.source).toBe("موقع 24");
    expect(readSeed("001_d06de67a4468fdf3.txt").source).toBe("الحرة");
    expect(readSeed("003_53c4675156747ac2.txt").source).toBe("صدى البلد");
    expect(a0.pieces.some((p) => slice(a0, p).includes("المصدر:"))).toBe(false);
  });

  it('leaves the keywords line ("كلمات دلالية:") out of every piece', () => {
    for (const name of SEED_FILES) {
      const a = readSeed(name);
      const kw = a.text.indexOf("كلمات دلالية");
      if (kw < 0) continue;
      for (const p of a.pieces) expect(p.start <= kw && kw < p.end).toBe(false);
      // The keyword line's names (کوریا الشمالیة) are no piece's text.
      expect(a.pieces.some((p) => slice(a, p).includes("کوریا الشمالیة"))).toBe(false);
    }
  });

  it('starts the related section at "إقرأ أيضاً:" and not before', () => {
    for (const name of ["000_77e392895dce245a.txt", "001_d06de67a4468fdf3.txt"]) {
      const a = readSeed(name);
      const at = a.text.indexOf("إقرأ أيضاً");
      expect(at).toBeGreaterThan(0);
      for (const p of a.pieces) expect(p.section === "related").toBe(p.start > at);
      expect(a.pieces.some((p) => slice(a, p).includes("إقرأ أيضاً"))).toBe(false);
    }
    expect(related(a0)[0]).toContain("مدمرة الرعب");
  });

  it('starts the related section at "مقالات مشابهة"', () => {
    const a = readSeed("003_53c4675156747ac2.txt");
    const at = a.text.indexOf("مقالات مشابهة");
    for (const p of a.pieces) if (p.start > at) expect(p.section).toBe("related");
    expect(related(a).some((t) => t.startsWith("الآلاف من قوات كوريا الشمالية"))).toBe(true);
  });

  it("cuts an embedded tweet's byline and keeps the sentence glued after it", () => {
    const all = a0.pieces.map((p) => slice(a0, p));
    expect(all.some((t) => t.includes("@YonhapArabic"))).toBe(false);
    expect(all.some((t) => t.includes("November 9, 2023"))).toBe(false);
    expect(
      body(a0).some((t) => t.startsWith("وأدانت الولايات المتحدة وكوريا الجنوبية واليابان")),
    ).toBe(true);
  });

  it("keeps the body sentences the relations come from", () => {
    expect(
      body(a0).some((t) => t.startsWith("وتنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة")),
    ).toBe(true);
    const a1 = readSeed("001_d06de67a4468fdf3.txt");
    expect(body(a1).some((t) => t.startsWith("واجتمع كيم مع الرئيس الروسي، فلاديمير بوتين"))).toBe(
      true,
    );
  });

  it("leaves the site's promotion and comment furniture out", () => {
    const a2 = readSeed("002_a7bbb34af9144896.txt");
    const all2 = a2.pieces.map((p) => slice(a2, p)).join("\n");
    expect(all2).not.toContain("ننقل لكم في موقع كتاكيت");
    expect(all2).not.toContain("نتمنى لكم الفائدة");
    expect(all2).not.toContain("اكتشاف المزيد من موقع كتاكيت");
    const a4 = readSeed("004_8cd855bd8944e8de.txt");
    const all4 = a4.pieces.map((p) => slice(a4, p)).join("\n");
    expect(all4).not.toContain("اترك تعليقك");
    expect(all4).not.toContain("لن يتم نشر عنوان بريدك");
    expect(all4).not.toContain("دقيقة للقراءة");
  });

  it("gives every piece [start, end) offsets that slice the original, in order, trimmed", () => {
    for (const name of SEED_FILES) {
      const a = readSeed(name);
      expect(a.pieces.length).toBeGreaterThan(3);
      let prev = 0;
      for (const p of a.pieces) {
        expect(p.start).toBeGreaterThanOrEqual(prev);
        expect(p.end).toBeGreaterThan(p.start);
        expect(p.end).toBeLessThanOrEqual(a.text.length);
        const s = slice(a, p);
        expect(s).toBe(s.trim());
        expect(s).not.toContain("\n");
        prev = p.end;
      }
    }
  });
});

describe("ingest of constructed plain-text articles", () => {
  it('excludes a CNN dateline "دبي، الإمارات العربية المتحدة (CNN)—" from the body piece', () => {
    const text =
      "كيف سيتأثر اقتصاد إيران بعودة عقوبات أمريكا؟\n" +
      "دبي، الإمارات العربية المتحدة (CNN)— أعلن الرئيس الأمريكي، دونالد ترامب، الثلاثاء، انسحاب بلاده من الاتفاق النووي.\n";
    const a = txt(text);
    expect(body(a)).toEqual([
      "أعلن الرئيس الأمريكي، دونالد ترامب، الثلاثاء، انسحاب بلاده من الاتفاق النووي.",
    ]);
  });

  it("excludes datelines with a double dash and a space before it", () => {
    const a = txt(
      "عنوان\nباريس، فرنسا (CNN)-- قرر الرئيس الفرنسي، إيمانويل ماكرون، الثلاثاء، تعيين سفير.\n" +
        "واشنطن، الولايات المتحدة الأمريكية (CNN) -- قال مستشار الأمن القومي الأمريكي إن ...\n",
    );
    expect(body(a)[0]?.startsWith("قرر الرئيس الفرنسي")).toBe(true);
    expect(body(a)[1]?.startsWith("قال مستشار الأمن القومي")).toBe(true);
  });

  it('reads Arabic date lines: "٩ نوفمبر ٢٠٢٣" and "9 تشرين الثاني 2023"', () => {
    expect(txt("عنوان\nتاريخ النشر: ٩ نوفمبر ٢٠٢٣\nنص الخبر.").date).toBe("2023-11-09");
    expect(txt("عنوان\nتاريخ النشر: 9 تشرين الثاني 2023\nنص الخبر.").date).toBe("2023-11-09");
    expect(txt("عنوان\nنشر في: 17 أيلول 2023\nنص.").date).toBe("2023-09-17");
  });

  it("parses the date forms on their own (normalized input)", () => {
    const d = (s: string) => parseDate(normalizeForMatch(s));
    expect(d("9th, November 2023 GMT")).toBe("2023-11-09");
    expect(d("٩ نوفمبر ٢٠٢٣")).toBe("2023-11-09");
    expect(d("9 تشرين الثاني/نوفمبر 2023")).toBe("2023-11-09");
    expect(d("1 كانون الثاني 2024")).toBe("2024-01-01");
    expect(d("15 آذار 2022")).toBe("2022-03-15");
    expect(d("November 9, 2023")).toBe("2023-11-09");
    expect(d("31 فبراير 2023")).toBeNull();
    expect(d("لا تاريخ هنا")).toBeNull();
  });

  it("reads a file with CRLF line ends with the same structure and exact offsets", () => {
    const lf =
      "عنوان الخبر\nتاريخ النشر: 9th, November 2023 GMT\nقال بلينكن إن روسيا تقدم الأسلحة.\nالمصدر: موقع 24\n";
    const crlf = lf.replaceAll("\n", "\r\n");
    const a = txt(crlf);
    const b = txt(lf);
    expect(a.title).toBe("عنوان الخبر");
    expect(a.date).toBe("2023-11-09");
    expect(a.source).toBe("موقع 24");
    expect(a.pieces.map((p) => slice(a, p))).toEqual(b.pieces.map((p) => slice(b, p)));
    for (const p of a.pieces) expect(slice(a, p)).not.toMatch(/[\r\n]/);
  });

  it('reads "اقرأ أيضا" without hamza as the start of the related section', () => {
    const a = txt("عنوان\nنص الخبر الأول.\nاقرأ أيضا\nخبر آخر عن روسيا.\n");
    expect(body(a)).toEqual(["نص الخبر الأول."]);
    expect(related(a)).toEqual(["خبر آخر عن روسيا."]);
  });
});

describe.skipIf(!HAS_CORPUS)(
  `ingest of a corpus article with a dateline (${NO_CORPUS_MESSAGE})`,
  () => {
    it("starts 0121.txt's body after its CNN dateline and takes the date from the manifest", () => {
      const r = readArticles({ path: join(CORPUS, "0121.txt"), doc: "0121.txt" }, new Map());
      const a = r.articles[0] as Article;
      expect(body(a)[0]?.startsWith("أعلن الرئيس الأمريكي، دونالد ترامب")).toBe(true);
      expect(a.date).toBe("2018-05-09");
    });
  },
);
