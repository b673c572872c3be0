// The date a relation happened, from the sentence's words resolved against the article's
// date: weekdays (الخميس), أمس/اليوم, "الشهر الماضي", month names with or without a year.
import { isoDate, MONTHS } from "../ingest/dates.js";
import type { Tok } from "../recognize/segment.js";

const WEEKDAY: Record<string, number> = {
  الاحد: 0,
  الاثنين: 1,
  الثلاثاء: 2,
  الاربعاء: 3,
  الخميس: 4,
  الجمعه: 5,
  السبت: 6,
};

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const bare = (t: string) => t.replace(/^(و|ف)?(ب|ل|في)?/, "");

/** First words of every date expression, to skip the other tokens at once. */
const STARTS = new Set([
  ...Object.keys(WEEKDAY),
  ...Object.keys(MONTHS).map((m) => m.split(" ")[0] as string),
  "امس",
  "اليوم",
  "الشهر",
]);

function mayStartDate(t: string): boolean {
  return STARTS.has(t) || STARTS.has(bare(t)) || STARTS.has(t.replace(/^(و|ف)?(ب|يوم)?/, ""));
}

export function resolveDate(
  tokens: Tok[],
  from: number,
  to: number,
  articleDate: string | null,
): string | null {
  const full = articleDate && articleDate.length === 10 ? articleDate : null;
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) {
    const t = (tokens[i] as Tok).text;
    if (!mayStartDate(t)) continue;
    const w = WEEKDAY[t.replace(/^(و|ف)?(ب|يوم)?/, "")] ?? WEEKDAY[t];
    if (w !== undefined && full) {
      const cur = new Date(`${full}T00:00:00Z`).getUTCDay();
      return shift(full, -((cur - w + 7) % 7));
    }
    if (full && (t === "امس" || t === "وامس")) return shift(full, -1);
    if (full && (t === "اليوم" || t === "واليوم") && (tokens[i + 1]?.text ?? "") !== "") {
      // "اليوم" alone is often "today's" in a general sense; only with a weekday next.
      const nxt = WEEKDAY[(tokens[i + 1] as Tok).text];
      if (nxt !== undefined) return full;
    }
    const next = tokens[i + 1]?.text;
    if (
      articleDate &&
      (t === "الشهر" || t === "الشهر") &&
      (next === "الماضي" || next === "المنصرم")
    ) {
      const [y, m] = articleDate.split("-").map(Number) as [number, number];
      return m === 1 ? isoDate(y - 1, 12) : isoDate(y, m - 1);
    }
    const two = next ? `${bare(t)} ${next}` : "";
    const month = MONTHS[two] ?? MONTHS[bare(t)];
    const prev = tokens[i - 1]?.text ?? "";
    const monthContext =
      /^(في|خلال|منذ|مطلع|اواخر|اوائل|منتصف|بدايه|نهايه|\d+)$/.test(prev) ||
      /^(\d{4}|الماضي|المقبل|المنصرم)$/.test(next ?? "");
    if (month && !/^[a-z]/.test(t) && monthContext) {
      // A year right after (possibly after a bracketed alternative name) wins.
      for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
        const y = Number((tokens[k] as Tok).text);
        if (y >= 1900 && y <= 2100) return isoDate(y, month);
      }
      if (!articleDate) return null;
      const [ay, am] = articleDate.split("-").map(Number) as [number, number];
      return isoDate(month > am ? ay - 1 : ay, month);
    }
  }
  return null;
}
