// Dates written in English or Arabic (standard, Levantine/Iraqi and Maghrebi month names,
// Arabic-Indic digits). Input is normalized text (see text/normalize.ts).

/** Normalized month names -> month number. */
export const MONTHS: Record<string, number> = {
  // English (lower case after normalization)
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Arabic (Egyptian/Gulf)
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  اغسطس: 8,
  اغسطوس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  // Levantine / Iraqi
  "كانون الثاني": 1,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  "تشرين الاول": 10,
  "تشرين الثاني": 11,
  "كانون الاول": 12,
  // Maghrebi
  جانفي: 1,
  فيفري: 2,
  افريل: 4,
  ماي: 5,
  جوان: 6,
  جويليه: 7,
  اوت: 8,
};
// biome-ignore format: one table
const MONTH_ALTERNATION = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");

const pad = (n: number) => String(n).padStart(2, "0");

export function isoDate(y: number, m: number, d?: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12)) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// "9th, November 2023", "9 نوفمبر 2023", "9 تشرين الثاني/نوفمبر 2023"
const DAY_MONTH_YEAR = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:من\\s+)?(${MONTH_ALTERNATION})(?:\\s*[/(]\\s*(?:${MONTH_ALTERNATION})\\s*\\)?)?,?\\s+(\\d{4})`,
  "u",
);
// "November 9, 2023"
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_ALTERNATION})\\s+(\\d{1,2}),?\\s+(\\d{4})`, "u");
const ISO = /(\d{4})-(\d{2})-(\d{2})/;
const DMY_NUM = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;

/** The first full date in a normalized string, as YYYY-MM-DD, or null. */
export function parseDate(norm: string): string | null {
  const s = norm.toLowerCase();
  // Groups as numbers / month numbers (absent groups give NaN or 0, which isoDate refuses).
  const n = (m: RegExpExecArray, i: number) => Number(m[i]);
  const mo = (m: RegExpExecArray, i: number) => MONTHS[m[i] ?? ""] ?? 0;
  let m = ISO.exec(s);
  if (m) return isoDate(n(m, 1), n(m, 2), n(m, 3));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return isoDate(n(m, 3), mo(m, 2), n(m, 1));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return isoDate(n(m, 3), mo(m, 1), n(m, 2));
  m = DMY_NUM.exec(s);
  if (m) return isoDate(n(m, 3), n(m, 2), n(m, 1));
  return null;
}

/** RFC 2822 dates as in RSS ("Mon, 12 Mar 2018 17:20:20 +0400"): the local calendar date. */
export function parseRssDate(s: string): string | null {
  const m = /(\d{1,2})\s+([A-Za-z]{3,})\s+(\d{4})/.exec(s);
  if (m) {
    const mo = MONTHS[(m[2] ?? "").toLowerCase()];
    if (mo) return isoDate(Number(m[3]), mo, Number(m[1]));
  }
  return parseDate(s);
}
