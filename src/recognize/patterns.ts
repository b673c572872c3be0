// Names the knowledge base does not know, found by their context: an office or title before a
// name ("وزير الخارجية الفرنسي X"), a speech verb before a name ("وقال X،"), or an
// organisation's head noun ("وكالة الإعلام الروسية"). Conservative on purpose: a wrong
// entity is worse than a missed one.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundledKbDir } from "../kb/load.js";
import { type Stem, stems } from "../text/clitics.js";
import { hamzaContradicts } from "../text/hamza.js";
import { normalizeForMatch } from "../text/normalize.js";
import { bundledWords, type Words } from "../text/words.js";
import { bundledActors } from "./actors.js";
import { adjacent, type Found } from "./found.js";
import { imperfectVerb, officeBody } from "./office-words.js";
import { type Tok, tokStems } from "./segment.js";

// The cue words (office heads and links, verbs of saying, organisation heads, name links) are
// lists in lexicon/words.json (bundledWords()).

const ARABIC_WORD = /^[\u0621-\u064a]{2,}$/;

// A preposition glued to the article (بالسيطرة) or و before an imperfect verb (ويصف) starts
// ordinary words, not names.
const NOT_A_NAME_START = /^([وف]?[بلك]ال|[وف]?لل|[وف]ال|و[يتنام][\u0621-\u064a]{2,}$)/;

function nameLike(w: Words, t: string, first: boolean): boolean {
  if (!ARABIC_WORD.test(t) || w.stopwords.has(t) || w.weekdays.has(t)) return false;
  if (w.title_heads.has(t) || w.occupation_heads.has(t)) return false;
  if (w.org_heads.has(t) || w.speech_verbs.has(t)) return false;
  // "كبادرة حسن نية"، "قال شهود عيان"، "واجه يحيى العديد من الانتقادات".
  if (w.not_name_words.has(t) || w.quantifiers.has(t)) return false;
  if (first && (t.startsWith("ال") || NOT_A_NAME_START.test(t))) return false;
  // A preposition glued to a common word ("لأي"، "لثلاث"، "بهذه") is no name either.
  if (/^[بلكوف]/.test(t) && w.stopwords.has(t.slice(1))) return false;
  return true;
}

// An imperfect verb (يريد، يتعهد، سيطلب، ليرتفع): what follows an unnamed official ("الرئيس
// الأميركي يريد ...") far more often than a name. "تش" spells a foreign name's "ch".
const IMPERFECT = /^[سل]?[يت](?!ش)[\u0621-\u064a]{3,}$/;
// A pronoun suffix as written (ه, not ة): "قوله"، "استقالته"، "خلالها" are no names. Names
// ending in يه (نبيه، وجيه) and in الله are spared.
const PRONOUN_SUFFIX = /(?<!ي)(ه|ها|هم|هما|كم)$/;

/**
 * "علي" as written (with ي) is the name Ali: normalized it is the preposition "على" (a
 * stopword), so the written form decides. Only the bare word: "وعلي" stays ambiguous.
 */
function writtenAli(ctx: PatternContext, t: Tok): boolean {
  return t.text === "علي" && ctx.original(t.start, t.end) === "علي";
}

/**
 * "إلياس"، "ألبيرق": normalized they start as if with the article (الياس، البيرق); as written
 * the hamza shows a name's own letters.
 */
function hamzaAl(ctx: PatternContext, t: Tok): boolean {
  return t.text.startsWith("ال") && /^[أإآ]ل/.test(ctx.original(t.start, t.end));
}

// A preposition on a verbal noun (بإقرار، لإجراء، بتعديل، لمؤتمر): an adverbial phrase.
const PREPOSED_NOUN = /^[بل][إتم][\u0621-\u064a]{3,}$/;

/**
 * A preposition on a verbal noun, which ends a name ("أحسنت بتقديم"، "مستعد لإرسال"), as does
 * لـ on a word with ة ("وحيد لرئاسة"، "يحيى لمغادرة") and بـ on a longer one ("مُني بخسارة"،
 * "بدأت يحيى بكتابة"): the family names so shaped start with بو (بوتفليقة) or are shorter
 * (بركة).
 */
const prepositionalNoun = (written: string) =>
  PREPOSED_NOUN.test(written) ||
  /^ل[\u0621-\u064a]{2,}ة$/.test(written) ||
  /^ب[^و][\u0621-\u064a]{2,}ة$/.test(written);

// بـ or لـ and two or three letters, none of them a long vowel or hamza's seat.
const SHORT_PREPOSED = /^[بل][^\u0621-\u0627\u0648\u0649\u064a]{2,3}$/;

/** A damma inside a word: a verb's voice marked ("اعتُقل"، "أُعدم"), which names never have. */
const VOCALIZED = /[\u0621-\u064a]\u064f[\u0621-\u064a]/;
/**
 * A sound feminine plural of a derived verbal noun ("انتقادات"، "اتهامات"، "تهديدات"، "محادثات"):
 * seven letters at least, a prefix of the derived forms before the root, ات at the end. Names
 * of that shape are short (بركات، عرفات); a word like this after a name opens the object of
 * the sentence ("رفض هيكو ماس انتقادات السفير").
 */
const DERIVED_PLURAL = /^[اأإتم][\u0621-\u064a]{4,}ات$/;

/** A word of the article that cannot be part of a name, whatever the word lists say. */
function notNamePart(ctx: Context, t: Tok, first: boolean): boolean {
  if (ctx.given.has(t.text)) return false;
  // "شغل X منصب ...": the word for an office ends the name (lexicon/actors.json).
  if (bundledActors().officeRoles.officeNouns.has(t.text)) return true;
  if (first && IMPERFECT.test(t.text)) return true;
  // A preposition on an organisation's head ("الأستاذ بجامعة ليدز"، "لوزارة") starts a phrase.
  if (tokStems(t).some((s) => s.prefixLength > 0 && ctx.w.org_heads.has(s.stem))) return true;
  // "قال لرجال دين": a preposition on a noun of unnamed speakers.
  if (tokStems(t).some((s) => ctx.w.not_name_words.has(s.stem))) return true;
  // "المتحدث باسم إقليم نانجارهار": a word of place opens the place's name, not a person's.
  if (first && ctx.w.place_heads.has(t.text)) return true;
  const written = ctx.original(t.start, t.end);
  // A damma inside a word marks a verb's voice ("وكان ابنه راول اعتُقل"): names are not so
  // vocalized.
  if (VOCALIZED.test(written)) return true;
  if (!first && prepositionalNoun(written)) return true;
  if (!first && DERIVED_PLURAL.test(t.text) && !t.text.startsWith("ال")) return true;
  // An office or kin noun without the article after a name is in the construct state with
  // what follows: an apposition ("مايكل كوهين محامي ترمب"، "X مستشار الرئيس"), no name part.
  if (!first && constructOffice(ctx.w, t.text)) return true;
  // Tanween ("اتصالاً"، "هجوماً") marks an indefinite common word: names never take it. The
  // mark after the last letter lies outside the token's span, so one character more is read.
  if (ctx.original(t.start, Math.min(t.end + 1, ctx.norm.length)).includes("\u064b")) return true;
  // A preposition on a short word with no long vowel ("بشن"، "بنهب"، "بملف"، "لحزب") opens a
  // phrase: foreign names write their vowels (بول، بيل، بيتر), and the Arabic given names of
  // this shape are listed (بكر، بندر).
  if (first && SHORT_PREPOSED.test(t.text)) return true;
  // A preposition on a noun of an event opens a phrase: "تعرض موكب الرئيس لهجوم شنه مسلحون".
  if (first && tokStems(t).some((s) => s.prefixLength > 0 && ctx.w.event_nouns.has(s.stem)))
    return true;
  // A preposition on a word with ة opens an adverb ("بشدة"، "بقوة"), not a name.
  if (first && written.length >= 4 && written.startsWith("ب") && written.endsWith("ة")) return true;
  return written.length >= 4 && PRONOUN_SUFFIX.test(written) && !written.endsWith("الله");
}

/** An office or kin noun without the article (title_heads, kin_construct): a construct's head. */
function constructOffice(w: Words, text: string): boolean {
  return !text.startsWith("ال") && (w.title_heads.has(text) || w.kin_construct.has(text));
}

/**
 * A first word of three letters and no long vowel that is no known given name: a verbal noun
 * («طلب من العاهل السعودي رفع إنتاج النفط»، «دعم»، «فرض»), not a name; foreign names write
 * their vowels, and the Arabic names of that shape are listed (سعد، فهد، عمر).
 */
function shortMasdar(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j] as Tok;
  if (!/^[\u0621-\u064a]{3}$/.test(t.text) || /[اويى]/.test(t.text) || ctx.given.has(t.text))
    return false;
  // "عبد الغني"، "فضل الله": a link, or the first word of a compound name, is a name's; so is
  // a first name before a nisba-shaped family name that closes the name ("الناشطة عهد
  // التميمي،"): a verbal noun takes its object, not such a word.
  const next = ctx.tokens[j + 1]?.text ?? "";
  if (ctx.tokens[j + 1] && titledFamily(ctx, j, j + 1)) return false;
  return !ctx.w.name_links.has(t.text) && !compoundSeconds().has(next);
}

/**
 * A run whose last word is a feminine nisba as written ("دعوى قضائية"، "زيارة رسمية"): a noun
 * and its adjective after an office ("وأقامت الممثلة دعوى قضائية"), not a name; a known given
 * name is spared.
 */
function nisbaEnd(ctx: Context, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const t = ctx.tokens[to - 1] as Tok;
  return !ctx.given.has(t.text) && /[\u0621-\u064a]{2,}ية$/.test(ctx.original(t.start, t.end));
}

/**
 * A word that opens a common phrase, not a name, after an office or a verb of saying (unless it
 * is a known given name): one with ة ("أجرى وزير الدفاع الأمريكي زيارة مفاجئة"، "حصيلة
 * أولية"; foreign names write a final a with ا, the Arabic given names with ة are listed), or
 * a preposition on a verbal noun ("طالب الرئيس بإقرار القانون"، "دعا الوزير لإجراء").
 */
function commonNounStart(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j] as Tok;
  if (ctx.given.has(t.text)) return false;
  const written = ctx.original(t.start, t.end);
  return written.endsWith("ة") || PREPOSED_NOUN.test(written);
}

/**
 * An indefinite noun and its adjective in the accusative ("اتصالا هاتفيا"، "عفوا رئاسيا"،
 * "اقتراحا جديدا"، "خطابا مهما"), or such a noun and an imperfect verb ("مرسوما يقضي"): what
 * a verb's object looks like after "أجرى الرئيس التركي", not a name. A known given name is
 * spared ("فيكتوريا مارينوفا").
 */
// An imperfect verb as a relative clause opens it ("يقضي"، "يهدف"، "تنص"): short, its
// prefix not followed by a long vowel, as foreign names so written are ("سيفوينتس"، "تيريزا").
const SHORT_IMPERFECT = /^[يت](?![شوي])[\u0621-\u064a]{3,4}$/;

function accusativePhrase(ctx: Context, from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const a = (ctx.tokens[from] as Tok).text;
  const b = (ctx.tokens[to - 1] as Tok).text;
  if (!a.endsWith("ا") || ctx.given.has(a)) return false;
  // "وقع الرئيس الأمريكي مرسوما يقضي بـ": an object and the verb of its relative clause.
  return (b.length >= 4 && b.endsWith("ا")) || (SHORT_IMPERFECT.test(b) && !ctx.given.has(b));
}

// The same unknown names recur across articles: their SHA-1 is taken once.
const idCache = new Map<string, string>();

/** A stable provisional id from the normalized label. */
export function provisionalId(kind: "person" | "org", normLabel: string): string {
  const key = `${kind}\n${normLabel}`;
  let id = idCache.get(key);
  if (id === undefined) {
    const h = createHash("sha1").update(normLabel).digest("hex").slice(0, 10);
    id = `${kind}:unk-${h}`;
    if (idCache.size >= 100_000) idCache.clear();
    idCache.set(key, id);
  }
  return id;
}

/** A name not in the KB, labelled as written, at `at` (tokens first..last, offsets start..end). */
function provisionalFound(
  kind: "person" | "org",
  label: string,
  rule: string,
  at: Pick<Found, "first" | "last" | "start" | "end">,
): Found {
  return {
    entity: {
      id: provisionalId(kind, normalizeForMatch(label)),
      kind: kind === "org" ? "organization" : "person",
      label_ar: label,
      label_en: null,
    },
    rule,
    ...at,
    provisional: true,
  };
}

export interface PatternContext {
  norm: string;
  /** The original article text and a map from normalized offsets, for labels as written. */
  original: (start: number, end: number) => string;
  tokens: Tok[];
  /** Token index -> KB mention covering it. */
  covered: Array<Found | undefined>;
}

/** The context with the word lists and the given names (read once, on first use). */
interface Context extends PatternContext {
  w: Words;
  given: ReadonlySet<string>;
}

/**
 * A family name that opens with و right after a known given name, closed by punctuation or a
 * complementizer ("مايكل وايلدس، محامي"، "جون واتسون إن"): and-plus-a-word would go on ("مايكل
 * واصفا الوضع").
 */
function familyNameWithWaw(ctx: Context, i: number, j: number): boolean {
  const { tokens, norm, given, w } = ctx;
  if (j !== i + 1 || !given.has((tokens[i] as Tok).text)) return false;
  const t = tokens[j] as Tok;
  const nxt = tokens[j + 1];
  return !nxt || !adjacent(norm, t.end, nxt.start) || w.after_speech_name.has(nxt.text);
}

/**
 * Collects up to 3 name tokens from `i` (links like بن do not count); returns the index
 * after the name. A third part is taken only when a boundary closes it, since names are
 * followed by ordinary words with no capital letters to tell them apart.
 */
function nameRun(ctx: Context, i: number, maxParts = 3, titled = false): number {
  const { tokens, norm, covered, w, given } = ctx;
  let j = i;
  let parts = 0;
  while (j < tokens.length && parts < maxParts) {
    const t = tokens[j] as Tok;
    const link = w.name_links.has(t.text) && j + 1 < tokens.length;
    if (!link) {
      if (covered[j] || notNamePart(ctx, t, j === i)) break;
      // After a title, a long sound feminine plural opens a noun phrase, not a name: "نفى
      // متحدث باسم الحكومة اتهامات مماثلة" (names so written are shorter: فرحات، كايرات).
      if (titled && j === i && !given.has(t.text) && /^[\u0621-\u064a]{5,}ات$/.test(t.text)) break;
      // Nor does و before a word of three letters open the holder's name ("استقبل بوتين رئيس
      // تركيا ووقع اتفاقيات"، "وبحث معه"): it joins another clause; names so written are known
      // given names (وليد، وائل) or longer ("ويل غرانت" is no و + يل).
      if (titled && j === i && /^و[\u0621-\u064a]{3}$/.test(t.text) && !given.has(t.text)) break;
      const ok =
        nameLike(w, t.text, j === i) ||
        // A known given name is one whatever its first letters ("ويليام" is no و + verb).
        (j === i && given.has(t.text) && !w.stopwords.has(t.text)) ||
        writtenAli(ctx, t) ||
        // A first word so written must be a known given name or a long word ("إلياس"،
        // "إليانور"; not "ألقى"، "إلغاء").
        (hamzaAl(ctx, t) &&
          !w.stopwords.has(t.text) &&
          (j > i ||
            ctx.given.has(t.text) ||
            t.text.length >= 6 ||
            // The name's second part, after a given name ("محمد إلياس رحماني").
            (i > 0 && given.has((tokens[i - 1] as Tok).text))));
      if (!ok) break;
      // A known given name with و is a part ("طارق وليام صعب"): "and X" writes و twice (ووليام).
      const waw = /^و[\u0621-\u064a]{3,}$/.test(t.text);
      const wawName = waw && (given.has(t.text) || familyNameWithWaw(ctx, i, j));
      if (j > i && (waw || NOT_A_NAME_START.test(t.text)) && !wawName) break;
      // A family name with the article follows a given name or a link ("سعد الحريري",
      // "عبد الله"); after anything else it is an ordinary word ("لنواب البرلمان").
      // "عطا الله خوجاني": الله closes a theophoric name after any first word.
      if (j > i && t.text.startsWith("ال") && !hamzaAl(ctx, t) && t.text !== "الله") {
        const prev = (tokens[j - 1] as Tok).text;
        if (!given.has(prev) && !w.name_links.has(prev) && !(titled && titledFamily(ctx, i, j)))
          break;
      }
    }
    if (j > i && !adjacent(norm, (tokens[j - 1] as Tok).end, t.start)) break;
    j++;
    if (link) continue;
    // A hyphen joins one part ("مون جاي-إن"، "يون يونغ-تشان"): the word after it adds none.
    if (j - 1 > i && norm.slice((tokens[j - 2] as Tok).end, t.start) === "-") continue;
    parts++;
    if (parts === 3 || (parts === maxParts && maxParts < 3)) {
      const nxt = tokens[j];
      // The word after a link is a name's own ("محمد سالم بن حفيظ المحسوب على ...").
      const afterLink = j - 2 >= i && w.name_links.has((tokens[j - 2] as Tok).text);
      const closed =
        afterLink ||
        !nxt ||
        !adjacent(norm, t.end, nxt.start) ||
        w.stopwords.has(nxt.text) ||
        namesakeAt(w, norm, tokens, j) ||
        covered[j];
      if (!closed) j--;
    }
  }
  // A name never ends on a link word.
  while (j > i && w.name_links.has((tokens[j - 1] as Tok).text)) j--;
  return j > i ? withNamesake(ctx, j) : j;
}

/**
 * The end of a name that ends before `j`, past the word that tells a son from his father
 * ("دونالد ترامب جونيور"، "الابن") when one follows.
 */
function withNamesake(ctx: Context, j: number): number {
  return !ctx.covered[j] && namesakeAt(ctx.w, ctx.norm, ctx.tokens, j) ? j + 1 : j;
}

/**
 * Whether the word at `j`, right after a name, tells a son from his father (words.json
 * namesake_suffixes): "جونيور" always; "الابن" unless what follows makes it the son a verb
 * takes ("استقبل أردوغان الابن الأكبر للرئيس": son_words, or a genitive with ل).
 */
export function namesakeAt(w: Words, norm: string, tokens: readonly Tok[], j: number): boolean {
  const suffix = tokens[j];
  const last = tokens[j - 1];
  if (!suffix || !last || !w.namesake_suffixes.has(suffix.text)) return false;
  if (!adjacent(norm, last.end, suffix.start)) return false;
  if (!suffix.text.startsWith("ال")) return true;
  const after = tokens[j + 1];
  if (!after || !adjacent(norm, suffix.end, after.start)) return true;
  // "دعا نتنياهو الابن يائير": the son's own name follows.
  if (givenNames().has(after.text)) return false;
  return !w.son_words.has(after.text) && !/^لل?[\u0621-\u064a]{2,}$/.test(after.text);
}

/**
 * A family name with the article right after a first name that is no known given name, in a
 * name an office introduces ("وزير الصحة المغربي أنس الدكالي إن"): shaped as a nisba (ـي:
 * الدكالي، الحقاوي) and closing the name (punctuation, the sentence's end, a stopword or a
 * known mention after it). Not a word of time ("الماضي").
 */
function titledFamily(ctx: Context, i: number, j: number): boolean {
  const { tokens, norm, covered, w } = ctx;
  const t = tokens[j] as Tok;
  // Written with ي, not ى ("رفيع المستوى": high-level).
  if (j !== i + 1 || t.text.length < 6 || !ctx.original(t.start, t.end).endsWith("ي")) return false;
  if (w.stopwords.has(t.text) || w.fillers.has(t.text) || w.past_qualifiers.has(t.text))
    return false;
  const next = tokens[j + 1];
  return (
    !next || !adjacent(norm, t.end, next.start) || w.stopwords.has(next.text) || !!covered[j + 1]
  );
}

function makePerson(ctx: Context, from: number, to: number, rule: string): Found {
  const a = ctx.tokens[from] as Tok;
  const b = ctx.tokens[to - 1] as Tok;
  // "بميشيل باشيليت": a proclitic glued to a known given name is not part of the name.
  // A given name as a whole keeps its first letter, and ك (as) seldom comes before a name:
  // "كريم" is not ك + "ريم".
  const clitic = ctx.given.has(a.text)
    ? 0
    : (tokStems(a).find(
        (x) => x.prefixLength > 0 && ctx.given.has(x.stem) && !a.text.startsWith("ك"),
      )?.prefixLength ?? 0);
  // A hashtag writes the name with "_" for spaces ("#سلفا_كير"): the label has the spaces.
  const label = ctx
    .original(a.start + clitic, b.end)
    .replace(/_/g, " ")
    .replace(/^#/, "");
  return provisionalFound("person", label, rule, {
    first: from,
    last: to - 1,
    start: a.start + clitic,
    end: b.end,
  });
}

/** Title + name: skips the office's words (qualifiers, nisba, KB mentions), then a name. */
function titleNames(ctx: Context): Found[] {
  const out: Found[] = [];
  const { tokens, norm, covered, w } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    // "كزعيم" (as a leader) describes, it does not introduce a name.
    const head = cues(ctx, tokens[i] as Tok).title;
    if (covered[i] || !head || (tokens[i] as Tok).text.slice(0, head.prefixLength).endsWith("ك"))
      continue;
    // A plural head is a group's: "وزراء خارجية ألمانيا والنمسا لقاءات ثنائية" names no one.
    if (w.plural_title_heads.has(head.stem)) continue;
    let j = i + 1;
    // The office: definite words, links, and KB mentions (nisba, states, organisations).
    while (j < tokens.length && j - i <= 7) {
      const t = tokens[j] as Tok;
      if (!adjacent(norm, (tokens[j - 1] as Tok).end, t.start)) break;
      if (covered[j]) {
        const c = covered[j] as Found;
        if (c.entity.kind === "person") break;
        j = c.last + 1;
        continue;
      }
      // في / إلى / لدى continue an office only into a named place or body ("السفير لدى
      // الأمم المتحدة"); otherwise they start an adverbial ("في وقت سابق").
      const placeLink = w.place_links.has(t.text);
      // "ألقى"، "إلغاء": the hamza shows no article.
      if (hamzaAl(ctx, t)) break;
      if (
        (t.text.startsWith("ال") &&
          !w.weekdays.has(t.text) &&
          (!w.stopwords.has(t.text) || officeBody(t.text, w))) ||
        // "مستشار الرئيس للشؤون الأمنية"، "وزير الدولة لشؤون ...": ل on a definite word.
        (j > i + 1 && t.text.startsWith("لل") && t.text.length > 4) ||
        (w.title_links.has(t.text) && (!placeLink || covered[j + 1])) ||
        constructBody(ctx, j) ||
        // "الرئيس المنتخب حديثا X": an adverb after a participle of the office.
        (w.office_adverbs.has(t.text) && (tokens[j - 1] as Tok).text.startsWith("ال"))
      ) {
        j++;
        continue;
      }
      break;
    }
    // An indefinite head right before a word is a construct ("مدير مشروع"، "زعيم عصابة"،
    // "عمدة مدينة"): a name follows a definite office ("الرئيس X"، "وزير الخارجية X").
    if (
      (j === i + 1 || (j === i + 2 && constructBody(ctx, i + 1) && !covered[i + 2])) &&
      !definiteHead(head.stem, ctx.original((tokens[i] as Tok).start, (tokens[i] as Tok).end))
    )
      continue;
    // The name may follow a comma: "وزير الدفاع الروسي، سيرغي شويغو".
    const end = nameRun(ctx, j, 3, true);
    if (end === j) continue;
    // One-word names only when punctuation or the sentence's end closes them.
    const nxt = tokens[end];
    if (end - j === 1 && nxt && adjacent(norm, (tokens[j] as Tok).end, nxt.start)) continue;
    // A lone word with و is far more often "and + verb" (وقعا) than a name; so is any word
    // with و after the comma that closes an office ("الرئيس المكسيكي الجدار الحدودي، ووصف
    // سياسة ..."), unless it is a given name (وليد، وائل).
    const wa = (tokens[j] as Tok).text.startsWith("و");
    if (wa && end - j === 1) continue;
    const afterComma =
      j > 0 && !adjacent(norm, (tokens[j - 1] as Tok).end, (tokens[j] as Tok).start);
    if (wa && afterComma && !ctx.given.has((tokens[j] as Tok).text)) continue;
    if (
      accusativePhrase(ctx, j, end) ||
      commonNounStart(ctx, j) ||
      nisbaEnd(ctx, j, end) ||
      shortMasdar(ctx, j)
    )
      continue;
    out.push(makePerson(ctx, j, end, "title-name"));
    i = end - 1;
  }
  return out;
}

/**
 * A word in the construct state inside an office: "رئيس مجلس النواب"، "المتحدث باسم حكومة
 * بوركينا فاسو"، "وزير خارجية ألمانيا". Any word before a state or an organisation the KB
 * knows, or an organisation's or a collective's head before a word with the article.
 */
function constructBody(ctx: Context, j: number): boolean {
  const { tokens, norm, covered, w } = ctx;
  const t = tokens[j] as Tok;
  const next = tokens[j + 1];
  if (!next || t.text.startsWith("ال") || !adjacent(norm, t.end, next.start)) return false;
  if (w.stopwords.has(t.text) || !ARABIC_WORD.test(t.text) || t.text.length < 3) return false;
  if (imperfectVerb(t.text)) return false;
  // Any word before a state or an organisation: "وزير خارجية ألمانيا"، "رئيس وزراء إثيوبيا".
  const c = covered[j + 1];
  if (c && c.first === j + 1)
    return (
      c.entity.kind === "state" ||
      c.entity.kind === "organization" ||
      // "رئيس بلدية إسطنبول"، "حاكم ولاية نيوجيرسي": local government before its place.
      (c.entity.kind === "place" && w.local_bodies.has(t.text))
    );
  if (!w.org_heads.has(t.text) && !w.group_heads.has(t.text)) return false;
  return next.text.startsWith("ال") && !w.stopwords.has(next.text);
}

/** An office head with the article or a possessive pronoun ("الرئيس"، "نظيره"). */
const definiteHead = (stem: string, written: string) =>
  stem.startsWith("ال") || /(ه|ها)$/.test(written);

/**
 * A dual title shared by a list of names: "وزيرا الخارجية الروسي سيرغي لافروف والأميركي مايك
 * بومبيو". The office must hold a nisba (the first holder's state); each further name follows
 * "و" + its own nisba. Names the KB knows are kept as they are and skipped over.
 */
function dualTitleNames(ctx: Context): Found[] {
  const out: Found[] = [];
  const { tokens, norm, covered } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !(cues(ctx, tokens[i] as Tok).bits & DUAL_TITLE)) continue;
    let j = i + 1;
    let nisba = false;
    while (j < tokens.length && j - i <= 6) {
      const t = tokens[j] as Tok;
      if (!adjacent(norm, (tokens[j - 1] as Tok).end, t.start)) break;
      const c = covered[j];
      if (c?.adjective) nisba = true;
      if (c) {
        if (!c.adjective) break;
        j = c.last + 1;
        continue;
      }
      if (!nisba && t.text.startsWith("ال")) {
        j++;
        continue;
      }
      break;
    }
    if (!nisba) continue;
    // Each holder: a known person or a name, then "و" + the next holder's nisba.
    let p = j;
    while (p < tokens.length) {
      const known = covered[p];
      let end: number;
      if (known?.entity.kind === "person") end = known.last + 1;
      else {
        end = nameRun(ctx, p);
        if (end - p < 2) break; // one word after a nisba is too often an ordinary word
        out.push(makePerson(ctx, p, end, "dual-title-name"));
      }
      const next = covered[end];
      const nt = tokens[end];
      if (!next?.adjective || !nt?.text.startsWith("و") || next.first !== end) break;
      if (!adjacent(norm, (tokens[end - 1] as Tok).end, nt.start)) break;
      p = next.last + 1;
    }
    i = Math.max(i, p - 1);
  }
  return out;
}

/** "وزيرا"، "رئيسا"، "سفيرا": an office's head in the accusative (appointed or elected as). */
export function accusativeTitle(t: Tok, w: Words): boolean {
  if (!t.text.endsWith("ا") || t.text.startsWith("ال")) return false;
  const bare = t.text.slice(0, -1);
  return w.title_heads.has(bare) || (/^[وف]/.test(bare) && w.title_heads.has(bare.slice(1)));
}

/** How far after an appointing word its title may stand ("عين الرئيس X، ...، وزيرا"). */
export const APPOINTMENT_REACH = 14;

/**
 * The name of one appointed or elected: "عين الرئيس الفرنسي كريستوف كاستانير وزيرا للداخلية",
 * "تعيين كريستوف كاستانير، وزيرا": the name right before the accusative title, after the
 * appointing word or a mention.
 */
function appointedNames(ctx: Context): Found[] {
  const out: Found[] = [];
  const { tokens, covered, w } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!(cues(ctx, tokens[i] as Tok).bits & APPOINTMENT)) continue;
    let k = i + 2;
    while (k <= i + APPOINTMENT_REACH && k < tokens.length && !accusativeTitle(tokens[k] as Tok, w))
      k++;
    if (k >= tokens.length || k > i + APPOINTMENT_REACH || covered[k - 1]) continue;
    // The earliest start whose name runs exactly to the title, after the word or a mention.
    for (let p = Math.max(i + 1, k - 3); p <= k - 2; p++) {
      if (p - 1 !== i && !covered[p - 1]) continue;
      if (nameRun(ctx, p) !== k) continue;
      out.push(makePerson(ctx, p, k, "appointed-name"));
      break;
    }
    i = k;
  }
  return out;
}

/**
 * A relative named by a given name alone: "سكريبال وابنته يوليا"، "زوجته كلثوم". A kinship
 * word with its pronoun ("kin_heads") is followed by a name far more often than any title, so
 * one known given name is enough; the name-part coreference may give it its family name.
 */
function kinNames(ctx: Context): Found[] {
  const out: Found[] = [];
  const { tokens, norm, covered, given, w } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const kin = tokens[i] as Tok;
    if (!(cues(ctx, kin).bits & KIN) || covered[i + 1]) continue;
    const t = tokens[i + 1] as Tok;
    if (!given.has(t.text) || !adjacent(norm, kin.end, t.start)) continue;
    // Written with ة it is a construct, not a pronoun ("ابنة شقيقة سيرغي": his sister's).
    if (ctx.original(kin.start, kin.end).endsWith("ة")) continue;
    // A family name after it when punctuation or a small word closes the two ("زوجها رضا
    // خندان ""), not a verb or an ordinary word ("يوليا تعرضا"، "مريم فور صدور").
    let end = i + 2;
    const fam = tokens[i + 2];
    const after = tokens[i + 3];
    if (
      fam &&
      !covered[i + 2] &&
      adjacent(norm, t.end, fam.start) &&
      nameLike(w, fam.text, true) &&
      !notNamePart(ctx, fam, true) &&
      (!after || !adjacent(norm, fam.end, after.start) || w.stopwords.has(after.text))
    )
      end = i + 3;
    out.push(makePerson(ctx, i + 1, end, "kin-name"));
    i = end - 1;
  }
  return out;
}

/**
 * An office without the article right after a name that opens with a known given name:
 * "وقال يوسف العتيبة سفير الإمارات"، "مايكل كوهين محامي ترمب" (title_heads or kin_construct,
 * in the construct state with what follows). Any two words before it would be too often a
 * group's phrase ("وحذر نواب جمهوريون رئيس مجلس النواب"، "شهود عيان"); an office with the
 * article may be the verb's object ("وحذر مستشارون كبار الرئيس") or a place's name (حي الشيخ).
 */
function apposedOffice(ctx: Context, first: number, nxt: Tok): boolean {
  return constructOffice(ctx.w, nxt.text) && ctx.given.has((ctx.tokens[first] as Tok).text);
}

/**
 * Speech verb + name, right after it, when the name is closed by punctuation or a
 * complementizer.
 */
function speechNames(ctx: Context): Found[] {
  const out: Found[] = [];
  const { tokens, norm, covered, w } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(cues(ctx, tokens[i] as Tok).bits & SPEECH_VERB) || covered[i + 1]) continue;
    // What follows a colon or a quotation mark is what was said ("وأضاف: "أعتقد حقيقة أن").
    if (!adjacent(norm, (tokens[i] as Tok).end, (tokens[i + 1] as Tok).start)) continue;
    const end = nameRun(ctx, i + 1);
    // Single words after a verb are too often nouns.
    if (end - (i + 1) < 2 || commonNounStart(ctx, i + 1) || nounAndAdjective(ctx, i + 1, end))
      continue;
    const last = tokens[end - 1] as Tok;
    const nxt = tokens[end];
    const closed =
      !nxt ||
      !adjacent(norm, last.end, nxt.start) ||
      w.after_speech_name.has(nxt.text) ||
      w.weekdays.has(nxt.text) ||
      apposedOffice(ctx, i + 1, nxt);
    if (closed) out.push(makePerson(ctx, i + 1, end, "speech-name"));
  }
  return out;
}

// Endings a noun and its adjective share in number: a sound masculine plural (ـون، ـين), a
// dual (ـان). Not the singular's nisba (ـي): foreign names end so too ("إيمانويلي جيسي").
const AGREEING_ENDINGS = [/[\u0621-\u064a]{2,}(ون|ين)$/, /[\u0621-\u064a]{2,}ان$/];

/**
 * Two words after a verb of saying that end alike, a noun and its adjective agreeing in number
 * ("قال محللون سياسيون"، "قال دبلوماسيان غربيان"): unnamed speakers, not a name. A known given
 * name opens a name whatever its ending ("قال سلمان رشدي").
 */
function nounAndAdjective(ctx: Context, from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const [a, b] = [ctx.tokens[from] as Tok, ctx.tokens[from + 1] as Tok];
  if (ctx.given.has(a.text)) return false;
  const [x, y] = [ctx.original(a.start, a.end), ctx.original(b.start, b.end)];
  return AGREEING_ENDINGS.some((e) => e.test(x) && e.test(y));
}

/** Organisation head + its qualifiers: "وكالة الإعلام الروسية", "جامعة كوكمين". */
function orgNames(ctx: Context): Found[] {
  const out: Found[] = [];
  const { tokens, norm, covered, w } = ctx;
  // Time words and generic nouns end the name ("مجلس الوزراء الأسبوع"، "وكالة أنباء").
  const stops = bundledActors().orgNameStops;
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Tok;
    if (covered[i] || !(cues(ctx, head).bits & ORG_HEAD)) continue;
    const quoted = quotedNameEnd(ctx, i);
    if (quoted > 0) {
      const f = makeOrg(ctx, i, quoted, "org-quoted", unquoted);
      // The closing quote is part of the name as written («حركة "أمل"»), as the opening is.
      if (CLOSE_QUOTE.test(norm.charAt(f.end))) f.end++;
      out.push(f);
      i = quoted - 1;
      continue;
    }
    let j = i + 1;
    let partOf: string | undefined;
    let definite = 0;
    let bareWords = 0;
    while (j < tokens.length && j - i <= 5) {
      const t = tokens[j] as Tok;
      if (!adjacent(norm, (tokens[j - 1] as Tok).end, t.start)) break;
      const c = covered[j];
      if (c) {
        if (!c.adjective) break; // a named entity after the head is its owner, not its name
        partOf ??= c.entity.id;
        j = c.last + 1;
        continue;
      }
      const word = t.text.replace(/^و(?=ال)/, "");
      // "إلياس": the hamza shows a name's own letters, not the article of a qualifier.
      if (stops.has(word) || hamzaAl(ctx, t)) break;
      if (word.startsWith("ال") && !w.stopwords.has(word) && !w.weekdays.has(word)) {
        definite++;
        j++;
        continue;
      }
      // Bare proper words right after the head: "جامعة كوكمين", "صحيفة نيويورك تايمز".
      // Adjectives (أمني، دولية) are not names.
      // Nor are verbs and pronoun-suffixed words ("تحالف تقوده"، "شركة تعمل"، "حزب بعينه").
      // A first word written with ة is an Arabic noun or adjective ("مركز مدينة"، "محكمة
      // مكتظة"), not a foreign name.
      const proper =
        nameLike(w, t.text, j === i + 1) &&
        !/(ي|يه|يين|يون)$/.test(t.text) &&
        !(j === i + 1 && ctx.original(t.start, t.end).endsWith("ة")) &&
        !notNamePart(ctx, t, true);
      if (definite === 0 && !partOf && j - i <= 2 && proper && !head.text.startsWith("ال")) {
        bareWords++;
        j++;
        continue;
      }
      break;
    }
    // A lone definite noun after the head is usually a common phrase ("حركة البضائع").
    const bare = bareWords > 0 && definite === 0;
    if (j === i + 1 || (!partOf && !bare && definite < 2)) continue;
    const f = makeOrg(ctx, i, j, "org-head", (label) => label);
    if (partOf) f.partOf = partOf;
    out.push(f);
    i = j - 1;
  }
  return out;
}

/** The most words a quoted organisation name may have («شركة "أمان القابضة"»). */
const QUOTED_NAME_WORDS = 4;
const OPEN_QUOTE = /^\s*["«“]\s*$/;
const CLOSE_QUOTE = /^["»”]/;

/**
 * An organisation's head followed by its name in quotes: «شركة "أمان القابضة"»، «حزب
 * "الحرية"». Returns the index after the name's last word, or -1. The words inside must be
 * unknown to the KB (a known name is already found) and stand together.
 */
function quotedNameEnd(ctx: Context, i: number): number {
  const { tokens, norm, covered } = ctx;
  const head = tokens[i] as Tok;
  const first = tokens[i + 1];
  if (!first || !OPEN_QUOTE.test(norm.slice(head.end, first.start))) return -1;
  for (let k = i + 1; k < tokens.length && k <= i + QUOTED_NAME_WORDS; k++) {
    const t = tokens[k] as Tok;
    if (covered[k] || !/^[\u0621-\u064a]{2,}$/.test(t.text)) return -1;
    const next = tokens[k + 1];
    const gap = norm.slice(t.end, next ? next.start : norm.length).trimStart();
    if (CLOSE_QUOTE.test(gap)) return k + 1;
    if (next && !adjacent(norm, t.end, next.start)) return -1;
  }
  return -1;
}

/**
 * A provisional organisation from its head at `i` (without the head's proclitics) to the
 * token before `end`, labelled as written through `label`.
 */
function makeOrg(
  ctx: Context,
  i: number,
  end: number,
  rule: string,
  label: (written: string) => string,
): Found {
  const head = ctx.tokens[i] as Tok;
  const last = ctx.tokens[end - 1] as Tok;
  const stem = stems(head.text).find((s) => ctx.w.org_heads.has(s.stem)) ?? { prefixLength: 0 };
  const start = head.start + stem.prefixLength;
  const name = label(ctx.original(start, last.end));
  return provisionalFound("org", name, rule, { first: i, last: end - 1, start, end: last.end });
}

/** The label without its quotes: «شركة أمان القابضة». */
const unquoted = (written: string) => written.replace(/["«»“”]/g, "").replace(/\s+/g, " ");

let givenCache: ReadonlySet<string> | null = null;
let compoundCache: ReadonlySet<string> = new Set();
let spellingCache: Map<string, string[]> | null = null;

/** Given names (lexicon/given-names.json) that open a person's name, read on first use. */
export function givenNames(): ReadonlySet<string> {
  if (givenCache) return givenCache;
  const path = join(bundledKbDir(), "..", "lexicon", "given-names.json");
  const raw = JSON.parse(readFileSync(path, "utf8")) as {
    given?: unknown;
    compound_seconds?: unknown;
  };
  if (!Array.isArray(raw.given)) throw new Error(`${path}: expected {"given": [names]}`);
  givenCache = new Set(raw.given.map((n) => normalizeForMatch(String(n))));
  spellingCache = new Map();
  for (const n of raw.given) {
    const key = normalizeForMatch(String(n));
    spellingCache.set(key, [...(spellingCache.get(key) ?? []), String(n)]);
  }
  const seconds = Array.isArray(raw.compound_seconds) ? raw.compound_seconds : [];
  compoundCache = new Set(seconds.map((n) => normalizeForMatch(String(n))));
  return givenCache;
}

/** The given names as the list spells them, by their normalized form. */
function givenSpellings(): ReadonlyMap<string, string[]> {
  if (!spellingCache) givenNames();
  return spellingCache as Map<string, string[]>;
}

/** Second words of compound given names ("جلال الدين"، "عطا الله"): one part with the first. */
function compoundSeconds(): ReadonlySet<string> {
  givenNames();
  return compoundCache;
}

/**
 * A definite word with ة after a known given name, with no title before them, is most often a
 * noun phrase whose first word only looks like the name ("جمال المدينة"، "كريم العناية"،
 * "عمر الظاهرة"): a family name with ة (الطراونة) is too rare to read one there.
 */
const definiteFeminine = (written: string) => /^ال[\u0621-\u064a]{2,}ة$/.test(written);

/** A known given name followed by further name parts: "دونالد رامسفيلد", "سعيد الهاجري". */
function givenNameMentions(ctx: Context): Found[] {
  const out: Found[] = [];
  const { tokens, norm, covered, w } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (covered[i]) continue;
    // Cues are kept per token text, and "علي" is also "على": the written form is read here.
    const st =
      cues(ctx, tokens[i] as Tok).given ??
      (writtenAli(ctx, tokens[i] as Tok) ? { stem: "علي", prefixLength: 0 } : undefined);
    if (!st) continue;
    const next = tokens[i + 1] as Tok;
    if (covered[i + 1] || !adjacent(norm, (tokens[i] as Tok).end, next.start)) continue;
    // "بأول خطاب" (with the first speech) is no "باول".
    const self = tokens[i] as Tok;
    const spelled = ctx.original(self.start + st.prefixLength, self.end);
    if (hamzaContradicts(spelled, givenSpellings().get(st.stem) ?? [])) continue;
    // "إعصار كاترينا"، "سانتا كلارا": a storm or a place (words.json given_name_blockers).
    const before = tokens[i - 1];
    const blockers = w.given_name_blockers;
    if (before && (blockers.has(before.text) || blockers.has(before.text.replace(/^[وف]/, ""))))
      continue;
    if (!nameLike(w, next.text, false) || NOT_A_NAME_START.test(next.text) || /^و/.test(next.text))
      continue;
    const written = ctx.original(next.start, next.end);
    if (prepositionalNoun(written) || definiteFeminine(written) || VOCALIZED.test(written))
      continue;
    // "جلال الدين حقاني": the compound given name is one part; the name runs on after it.
    const third = tokens[i + 2];
    const compound =
      compoundSeconds().has(next.text) &&
      !!third &&
      !covered[i + 2] &&
      adjacent(norm, next.end, third.start);
    const end = withNamesake(
      ctx,
      compound ? Math.max(i + 2, nameRun(ctx, i + 2, 2)) : Math.max(i + 2, nameRun(ctx, i + 1, 2)),
    );
    const f = makePerson(ctx, i, end, "given-name");
    out.push(f);
    i = end - 1;
  }
  return out;
}

/** What a token can open: one bit per pattern, and the readings that open them. */
const TITLE = 1;
const SPEECH_VERB = 2;
const GIVEN_NAME = 4;
const ORG_HEAD = 8;
const DUAL_TITLE = 16;
const APPOINTMENT = 32;
const KIN = 64;

interface Cues {
  bits: number;
  /** The first reading that is an office's head. */
  title: Stem | undefined;
  /** The first reading that is a given name behind at most two proclitic letters. */
  given: Stem | undefined;
}

/** Shared by the many tokens that open nothing (one hot object rather than thousands). */
const NO_CUES: Cues = { bits: 0, title: undefined, given: undefined };

function computeCues(ctx: Context, t: Tok): Cues {
  const { w } = ctx;
  let title: Stem | undefined;
  let given: Stem | undefined;
  let bits = w.speech_verbs.has(t.text) ? SPEECH_VERB : 0;
  if (w.dual_title_heads.has(t.text)) bits |= DUAL_TITLE;
  if (w.appointment_words.has(t.text)) bits |= APPOINTMENT;
  if (w.kin_heads.has(t.text) || (/^[وف]/.test(t.text) && w.kin_heads.has(t.text.slice(1))))
    bits |= KIN;
  for (const x of tokStems(t)) {
    // An occupation introduces a name as an office does ("الطبيب الكونغولي دينيس ماكفيغا").
    if (!title && (w.title_heads.has(x.stem) || w.occupation_heads.has(x.stem))) title = x;
    // Not after ل: "لصالح" (in favour of) and "لجان" (committees) are no names.
    if (
      !given &&
      x.prefixLength <= 2 &&
      !t.text.slice(0, x.prefixLength).endsWith("ل") &&
      ctx.given.has(x.stem)
    )
      given = x;
    if (w.org_heads.has(x.stem)) bits |= ORG_HEAD;
  }
  if (title) bits |= TITLE;
  if (given) bits |= GIVEN_NAME;
  return bits === 0 ? NO_CUES : { bits, title, given };
}

/** The token's cues, kept on its info record: every pass asks them of every token. */
function cues(ctx: Context, t: Tok): Cues {
  const info = t.info;
  if (!info) return computeCues(ctx, t);
  info.patternMemo ??= computeCues(ctx, t);
  return info.patternMemo as Cues;
}

export function patternMentions(pctx: PatternContext): Found[] {
  // Written out, not spread: a spread context made every pass slower.
  const ctx: Context = {
    norm: pctx.norm,
    original: pctx.original,
    tokens: pctx.tokens,
    covered: pctx.covered,
    w: bundledWords(),
    given: givenNames(),
  };
  const found: Found[] = [];
  const mark = (f: Found) => {
    // Given names before a known person's name are his: "باراك حسين أوباما"، "دونالد جيه
    // ترامب" (the KB knows "أوباما"), when the first is his own ("مايكل كوهين محامي ترمب" is
    // another man): the KB mention grows over them.
    const known = ctx.covered[f.last + 1];
    if (
      f.entity.kind === "person" &&
      known?.entity.kind === "person" &&
      !known.provisional &&
      known.first === f.last + 1 &&
      known.rule === "kb" &&
      adjacent(ctx.norm, (ctx.tokens[f.last] as Tok).end, (ctx.tokens[known.first] as Tok).start) &&
      skeleton(ctx.norm.slice(f.start, (ctx.tokens[f.first] as Tok).end)) ===
        skeleton(normalizeForMatch(known.entity.label_ar).split(" ")[0] as string)
    ) {
      for (let k = f.first; k <= f.last; k++) if (ctx.covered[k]) return false;
      known.first = f.first;
      known.start = f.start;
      for (let k = f.first; k <= f.last; k++) ctx.covered[k] = known;
      return false;
    }
    // An organisation's name may swallow a nisba adjective ("وكالة الإعلام الروسية").
    for (let k = f.first; k <= f.last; k++) {
      const c = ctx.covered[k];
      if (c && !(f.entity.kind === "organization" && c.adjective)) return false;
    }
    for (let k = f.first; k <= f.last; k++) ctx.covered[k] = f;
    found.push(f);
    return true;
  };
  // Each pass starts only at a token with its cue: a sentence without one skips the pass.
  let bits = 0;
  for (const t of ctx.tokens) bits |= cues(ctx, t).bits | (writtenAli(ctx, t) ? GIVEN_NAME : 0);
  // Persons first: a title's office words must not be swallowed as an organisation's name.
  if (bits & TITLE) for (const f of titleNames(ctx)) mark(f);
  if (bits & DUAL_TITLE) for (const f of dualTitleNames(ctx)) mark(f);
  if (bits & APPOINTMENT) for (const f of appointedNames(ctx)) mark(f);
  if (bits & SPEECH_VERB) for (const f of speechNames(ctx)) mark(f);
  if (bits & KIN) for (const f of kinNames(ctx)) mark(f);
  if (bits & GIVEN_NAME) for (const f of givenNameMentions(ctx)) mark(f);
  if (bits & ORG_HEAD) for (const f of orgNames(ctx)) mark(f);
  if (bits & GIVEN_NAME) growKnownOverGiven(ctx);
  return found;
}

/**
 * A name's letters without its long vowels and hamza seats: transliterations differ there
 * ("ديميتري" and "دميتري", "ميخائيل" and "ميخايل"), rarely in the consonants.
 */
function skeleton(word: string): string {
  const n = normalizeForMatch(word);
  return (
    n.charAt(0) +
    n
      .slice(1)
      .replace(/[اويىءئؤأإآ]/g, "")
      .replace(/[هة]$/, "")
  );
}

/**
 * A lone given name right before a known person's surname is his own when it is his given
 * name as another transliteration or a short form spells it ("ديميتري بيسكوف", the KB knowing
 * "دميتري بيسكوف" and "بيسكوف"; "جيم" for "جيمس"): the KB mention grows over it. Another
 * given name makes another person of that surname ("دينا باول", "إيفانكا ترامب").
 */
function growKnownOverGiven(ctx: Context): void {
  const { tokens, norm, covered } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const known = covered[i + 1];
    if (covered[i] || !known || known.first !== i + 1 || known.rule !== "kb") continue;
    if (known.entity.kind !== "person" || known.provisional) continue;
    const t = tokens[i] as Tok;
    const given = cues(ctx, t).given;
    if (!given || given.prefixLength > 0 || !adjacent(norm, t.end, known.start)) continue;
    const first = normalizeForMatch(known.entity.label_ar).split(" ")[0] as string;
    const [a, b] = [skeleton(given.stem), skeleton(first)];
    if (a.startsWith(b) || b.startsWith(a)) {
      known.first = i;
      known.start = t.start;
      covered[i] = known;
    } else if (known.first === known.last && !ctx.w.common_given.has(t.text)) {
      // Another given name before a surname alone is another person of that name ("دينا
      // باول" is not Jerome Powell): an unknown person over both words.
      const other = makePerson(ctx, i, known.last + 1, "given-name");
      known.entity = other.entity;
      known.rule = other.rule;
      known.provisional = true;
      known.first = i;
      known.start = other.start;
      covered[i] = known;
    }
  }
}
