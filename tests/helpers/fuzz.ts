// Generated articles for the fuzz suite: real sentences (seeds and, when present, the corpus)
// mixed with shuffled words, long lists of actors, stray markup, control and bidi characters,
// other scripts and digits. Everything is drawn by fast-check, so a seed replays a run.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { CORPUS, HAS_CORPUS, SEED_FILES, SEEDS } from "./paths.js";

/** Sentences of the seeds and of up to `corpusFiles` corpus articles. */
export function sentencePool(corpusFiles = 300): string[] {
  const paths = SEED_FILES.map((f) => join(SEEDS, f));
  if (HAS_CORPUS)
    paths.push(
      ...readdirSync(CORPUS)
        .filter((f) => /^\d+\.txt$/.test(f))
        .sort()
        .slice(0, corpusFiles)
        .map((f) => join(CORPUS, f)),
    );
  const out = new Set<string>();
  for (const p of paths)
    for (const s of readFileSync(p, "utf8").split(/(?<=[.!؟?])\s+|\n+/))
      if (s.trim().length > 20) out.add(s.trim());
  return [...out].sort();
}

const ACTORS = [
  "روسيا",
  "الولايات المتحدة",
  "الصين",
  "إيران",
  "كوريا الشمالية",
  "الاتحاد الأوروبي",
  "حلف الناتو",
  "الأمم المتحدة",
  "فلاديمير بوتين",
  "سيرغي لافروف",
  "كيم جونغ أون",
  "أنطونيو غوتيريش",
  "موسكو",
  "واشنطن",
  "بكين",
  "طهران",
  "الحوثيين",
  "الجيش السوري",
  "الشرطة العراقية",
  "مسلحون",
];
const MARKUP = [
  "<b>",
  "</p>",
  '<div class="x">',
  "<script>alert(1)</script>",
  "&nbsp;",
  "&amp;",
  "<!-- تعليق -->",
  "<br/>",
  "<<>>",
  "</html>",
  "<a href='http://x'>رابط</a>",
  "]]>",
  '<?xml version="1.0"?>',
];
const CONTROL = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\b",
  "\u000b",
  "\f",
  "\r",
  "\u001b",
  "\u007f",
  "\u0085",
  "\t",
];
const INVISIBLE = [
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u061c",
  "\u200b",
  "\u200c",
  "\u200d",
  "\ufeff",
  "\u0640",
  "\u064b",
  "\u0651",
  "\u0670",
];
const OTHER_SCRIPTS = [
  "Путин",
  "Владимир",
  "习近平",
  "金正恩",
  "Emmanuel Macron",
  "NATO",
  "🇷🇺",
  "😀",
  "👍🏽",
  "e\u0301",
  "Ελλάδα",
  "שלום",
  "ک",
  "ی",
  "ۀ",
  "ﻻ",
  "ﷲ",
  "١٢٣",
  "۱۲۳",
  "2023",
  "٢٠٢٣/١١/٠٩",
  "9th, November",
];
const SEPARATORS = [" ", "\n", ". ", "، ", "\n\n", "؟ ", " و", ": ", " - ", "\u00a0"];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** One piece of an article's body. */
function piece(pool: readonly string[]): fc.Arbitrary<string> {
  const sentence = pick(pool);
  const shuffled = sentence.chain((s) => {
    const words = s.split(/\s+/);
    return fc.shuffledSubarray(words, { minLength: words.length }).map((w) => w.join(" "));
  });
  const list = fc
    .array(pick(ACTORS), { minLength: 2, maxLength: 120 })
    .chain((xs) => pick([" و", "، ", " و ", "،و"]).map((sep) => `أدانت ${xs.join(sep)} الهجوم.`));
  const noise = fc
    .array(fc.oneof(pick(MARKUP), pick(CONTROL), pick(INVISIBLE), pick(OTHER_SCRIPTS)), {
      minLength: 1,
      maxLength: 6,
    })
    .map((xs) => xs.join(""));
  const interleaved = fc
    .tuple(
      sentence,
      fc.array(fc.oneof(pick(INVISIBLE), pick(CONTROL), pick(OTHER_SCRIPTS)), { maxLength: 4 }),
      fc.nat(),
    )
    .map(([s, inserts, at]) => {
      let out = s;
      for (const [k, x] of inserts.entries()) {
        const i = (at * (k + 7)) % (out.length + 1);
        out = out.slice(0, i) + x + out.slice(i);
      }
      return out;
    });
  const text = fc.string({ unit: "binary", maxLength: 40 });
  return fc.oneof(
    { arbitrary: sentence, weight: 6 },
    { arbitrary: shuffled, weight: 2 },
    { arbitrary: list, weight: 1 },
    { arbitrary: noise, weight: 1 },
    { arbitrary: interleaved, weight: 2 },
    { arbitrary: text, weight: 1 },
  );
}

/** A whole .txt article: a title line, then pieces joined by random separators. */
export function articleText(pool: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      pick(pool),
      fc.array(fc.tuple(piece(pool), pick(SEPARATORS)), { minLength: 0, maxLength: 12 }),
    )
    .map(([title, parts]) => `${title}\n\n${parts.map(([p, sep]) => p + sep).join("")}`);
}
