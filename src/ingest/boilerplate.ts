// Line classifiers for news pages saved as text: what is metadata, what is site furniture,
// and where the related-article teasers start. Input lines are normalized (text/normalize.ts).

export type LineKind = "date" | "source" | "keywords" | "boilerplate" | "related-start" | "content";

const DATE_LINE = /^(تاريخ النشر|تاريخ الاضافه|نشر في|نشر بتاريخ|published)\s*[:：]/;
const SOURCE_LINE = /^(المصدر|source)\s*[:：]\s*(.+)$/;
const KEYWORDS_LINE = /^(كلمات دلاليه|كلمات مفتاحيه|الكلمات الدلاليه|الوسوم|وسوم|tags)\s*[:：]?/;
const RELATED_START =
  /^(اقرا ايضا|اقرا ايضاً|اقرأ ايضا|اقرا المزيد|مقالات مشابهه|مقالات ذات صله|اخبار ذات صله|مواضيع ذات صله|قد يعجبك ايضا|المزيد من الاخبار)\s*[:：]?\s*$/;
// Site furniture: sharing, comments, subscriptions, bylines, reading time, site promotion.
const BOILERPLATE = [
  /^(شارك|مشاركه|شارك المقال|شارك الخبر|انشر|طباعه|تابعونا|تابعنا|تابعوا)(?=\s|$).{0,40}$/,
  /^(اترك تعليقا|اترك تعليقك|اترك تعليقاً|اضف تعليق|التعليقات|لا توجد تعليقات)/,
  /^لن يتم نشر عنوان بريدك/,
  /^(اشترك|سجل)(?=\s|$).{0,80}(بريدك|النشره|التدوينات|قناتنا)/,
  /^اكتشاف المزيد من/,
  /^(كتب|بقلم|اعداد|تحرير)?\s*فريق التحرير/,
  /^\d+\s*(دقيقه|دقائق)\s*للقراءه$/,
  /^كتب(?=\s).{0,40}\d+\s*(دقيقه|دقائق)\s*للقراءه$/,
  /(ننقل لكم|نتمني لكم الفائده|نشكر المصدر الاصلي|موقع منوع|والمصدر الاصلي هو)/,
  /^(حقوق النشر|جميع الحقوق محفوظه|©)/,
];

export function classifyLine(normLine: string): LineKind {
  const s = normLine.trim();
  if (DATE_LINE.test(s)) return "date";
  if (SOURCE_LINE.test(s)) return "source";
  if (KEYWORDS_LINE.test(s)) return "keywords";
  if (RELATED_START.test(s)) return "related-start";
  if (BOILERPLATE.some((r) => r.test(s))) return "boilerplate";
  return "content";
}

/** The outlet named on a "المصدر: ..." line (original text). */
export function sourceOf(line: string): string | null {
  const m = /^\s*(?:المصدر|source)\s*[:：]\s*(.+?)\s*$/i.exec(line);
  return m?.[1] ?? null;
}
