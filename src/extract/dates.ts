// The date a relation happened, from the sentence's words resolved against the article's
// date: weekdays (الخميس), أمس/اليوم, "الشهر الماضي", month names with or without a year.
import { isoDate, MONTHS } from "../ingest/dates.js";
import type { Tok } from "../recognize/segment.js";
import type { Words } from "../text/words.js";

// The words of relative dates, compared one by one below (normalized).
const YESTERDAY = "امس";
const TODAY = "اليوم";
const MONTH = "الشهر";

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const bare = (t: string) => t.replace(/^(و|ف)?(ب|ل|في)?/, "");

interface DateWords {
  words: Words;
  /** Weekday -> day of the week (0 = Sunday), from the order of the "weekdays" list. */
  weekday: Map<string, number>;
  /** First words of every date expression, to skip the other tokens at once. */
  starts: Set<string>;
  /** mayStartDate's answer per distinct word (its info record), worked out once. */
  mayStart: WeakMap<object, boolean>;
}

// Worked out once per word lists (a Language's "weekdays" and "past_qualifiers").
const dateWordsOf = new WeakMap<Words, DateWords>();

function dateWordsFor(words: Words): DateWords {
  const known = dateWordsOf.get(words);
  if (known) return known;
  const weekday = new Map([...words.weekdays].map((d, i) => [d, i]));
  const starts = new Set([
    ...weekday.keys(),
    ...Object.keys(MONTHS).map((m) => m.split(" ")[0] as string),
    YESTERDAY,
    TODAY,
    MONTH,
  ]);
  const made = { words, weekday, starts, mayStart: new WeakMap() };
  dateWordsOf.set(words, made);
  return made;
}

function mayStartDate(starts: Set<string>, t: string): boolean {
  return starts.has(t) || starts.has(bare(t)) || starts.has(t.replace(/^(و|ف)?(ب|يوم)?/, ""));
}

/** mayStartDate of a token, answered once per distinct word when it has an info record. */
function tokenMayStartDate(d: DateWords, t: Tok): boolean {
  if (!t.info) return mayStartDate(d.starts, t.text);
  let answer = d.mayStart.get(t.info);
  if (answer === undefined) {
    answer = mayStartDate(d.starts, t.text);
    d.mayStart.set(t.info, answer);
  }
  return answer;
}

export function resolveDate(
  tokens: Tok[],
  from: number,
  to: number,
  articleDate: string | null,
  lists: Words,
): string | null {
  const dates = dateWordsFor(lists);
  const { words, weekday } = dates;
  const full = articleDate && articleDate.length === 10 ? articleDate : null;
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) {
    if (!tokenMayStartDate(dates, tokens[i] as Tok)) continue;
    const t = (tokens[i] as Tok).text;
    const w = weekday.get(t.replace(/^(و|ف)?(ب|يوم)?/, "")) ?? weekday.get(t);
    if (w !== undefined && full) {
      const cur = new Date(`${full}T00:00:00Z`).getUTCDay();
      return shift(full, -((cur - w + 7) % 7));
    }
    if (full && (t === YESTERDAY || t === `و${YESTERDAY}`)) return shift(full, -1);
    if (full && (t === TODAY || t === `و${TODAY}`) && (tokens[i + 1]?.text ?? "") !== "") {
      // "اليوم" alone is often "today's" in a general sense; only with a weekday next.
      const nxt = weekday.get((tokens[i + 1] as Tok).text);
      if (nxt !== undefined) return full;
    }
    const next = tokens[i + 1]?.text;
    if (articleDate && t === MONTH && next !== undefined && words.past_qualifiers.has(next)) {
      const [y, m] = articleDate.split("-").map(Number) as [number, number];
      return m === 1 ? isoDate(y - 1, 12) : isoDate(y, m - 1);
    }
    const two = next ? `${bare(t)} ${next}` : "";
    const month = MONTHS[two] ?? MONTHS[bare(t)];
    const prev = tokens[i - 1]?.text ?? "";
    const monthContext =
      words.month_openers.has(prev) ||
      /^\d+$/.test(prev) ||
      /^\d{4}$/.test(next ?? "") ||
      words.month_closers.has(next ?? "");
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
