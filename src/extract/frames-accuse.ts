// Accusation and rejection frames the per-sentence rules miss:
//   - an object set off by a comma after an apposed subject: "اتهمت المتحدثة باسم الخارجية،
//     ماريا زاخاروفا، بريطانيا والولايات المتحدة بـ..." (the list reader takes the accused for
//     more subjects, and the verb is left without an object) — apposedObject;
//   - a denial or a rejection of accusations with no actor named: "لكن روسيا نفت أي علاقة لها
//     بالهجوم", "رفضت موسكو هذه الاتهامات". It answers whoever accused the denier earlier in
//     the article ("اتهمت بريطانيا روسيا ...") — denialDrafts, over the whole article;
//   - the accused as a relative clause's object pronoun ("غولن، الذي تتهمه أنقرة بـ"), set off
//     by a parenthesis ("اتهمت إيران، وهي عضو في أوبك، ترامب بـ"), an exchange of accusations
//     ("تبادلت موسكو ولندن الاتهامات"), and an arrest on a charge ("بتهمة") — accuseDrafts;
//   - a reported clause's subject set off by a comma ("إن ترامب، لم يوجه أي اتهامات ضد
//     بوتين") — topicDrafts;
//   - a verb whose own subject names no actor ("ويتهم منتقدون الرئيس") does not take the
//     previous sentence's subject — unnamedSubject.
// The word lists are data (lexicon/accusations.json).
import { z } from "zod";
import { adjacent } from "../recognize/found.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { wordTest } from "../recognize/word-test.js";
import type { RelationType } from "../schema.js";
import { bundledLexiconFile } from "../text/lexicon-file.js";
import { normalizeForMatch } from "../text/normalize.js";
import { prepOf, unitAfterPrep, WITH } from "./arguments.js";
import { fixMisreadAccusations, type StanceWords, stanceDrafts } from "./frames-stance.js";
import { doerDrafts } from "./frames-stance-doer.js";
import { releaseDrafts } from "./frames-stance-release.js";
import { withdrawalDrafts } from "./frames-stance-withdraw.js";
import type { Lexicon, VerbEntry } from "./lexicon.js";
import { negatedAt } from "./modality.js";
import type { SentenceContext } from "./scope.js";
import { type Draft, type Frame, frameAround, type Trigger } from "./scope.js";
import {
  BETWEEN,
  coordinatedAfter,
  coordinatedBefore,
  hasBare,
  type SentenceView,
  type Unit,
} from "./units.js";

const AccusationsFile = z
  .object({
    about: z.string(),
    accusation_nouns: z.array(z.string()),
    determiners: z.array(z.string()),
    charges: z.array(z.string()),
    exchange_verbs: z.array(z.string()),
    describe_verbs: z.array(z.string()).default([]),
    describe_participles: z.array(z.string()).default([]),
    praise_words: z.array(z.string()).default([]),
    time_words: z.array(z.string()).default([]),
    responsible_words: z.array(z.string()).default([]),
    responsible_predicates: z.array(z.string()).default([]),
    copulas: z.array(z.string()).default([]),
    bear_verbs: z.array(z.string()).default([]),
    duty_words: z.array(z.string()).default([]),
    doubt_verbs: z.array(z.string()).default([]),
    retaliation_verbs: z.array(z.string()).default([]),
    retaliation_manner: z.array(z.string()).default([]),
    levelling_verbs: z.array(z.string()).default([]),
    answer_verbs: z.array(z.string()).default([]),
    victim_nouns: z.array(z.string()).default([]),
    undergo_verbs: z.array(z.string()).default([]),
    /** «تواجه ألمانيا ضغوطا أمريكية»: verbs of facing, whose act follows without لـ. */
    face_verbs: z.array(z.string()).default([]),
    /** «حظي X بإشادة من Y»، «لقي ترحيبا من»: verbs of receiving, whose act takes بـ or not. */
    receive_verbs: z.array(z.string()).default([]),
    /** «قال X إن Y تتدخل في ...»: verbs of wrongdoing in a speaker's words (the speaker blames). */
    wrongdoing_verbs: z.array(z.string()).default([]),
    /** «إن الضربات الأمريكية تمثل انتهاكا»: nouns of wrongdoing said of an actor's act. */
    wrongdoing_nouns: z.array(z.string()).default([]),
    /** «إن العقوبات الأمريكية غير قانونية»: what غير negates into wrongdoing. */
    unlawful_adjectives: z.array(z.string()).default([]),
    /** «تمثل»، «بأنها»: what may stand between the act and its judgment. */
    predicate_copulas: z.array(z.string()).default([]),
    /** «إن الاتهامات البريطانية باطلة»: what makes an accusation baseless on its own. */
    baseless_words: z.array(z.string()).default([]),
    /** «لا أساس لها»: what a negator before it makes baseless. */
    baseless_after_negator: z.array(z.string()).default([]),
    /** «غير صحيحة»، «ليست دقيقة»: what غير or a negator before it makes untrue. */
    untrue_adjectives: z.array(z.string()).default([]),
    /** «تسرق الأضواء»، «تقمع الإرهاب»: objects after which a verb of wrongdoing is none. */
    innocent_objects: z.array(z.string()).default([]),
    /** «إن روسيا تقف وراء الهجوم»: verbs of standing that, before وراء, are wrongdoing. */
    behind_verbs: z.array(z.string()).default([]),
    /** «تحول إلى دمية بيد الغرب»: contempt in a description that praise words also stand in. */
    contempt_words: z.array(z.string()).default([]),
    /** Imperfect forms of رد that open the retaliation frame after سوف / سـ. */
    reply_anchors: z.array(z.string()).default([]),
    /** The prepositions of whom criticism is levelled at («وجهها X لـY / إلى Y / ضد Y»). */
    levelled_prepositions: z.array(z.string()).default([]),
    /** What one withdraws from to reject its party («انسحب من الاتفاق النووي الإيراني»). */
    agreement_nouns: z.array(z.string()).default([]),
    /** Nouns of releasing a detainee («الإفراج عن X», «إطلاق سراح X»). */
    release_nouns: z.array(z.string()).default([]),
    /** «اتهامات وردت في تقرير لمنظمة العفو»: what a denial's accusations are contained in. */
    report_nouns: z.array(z.string()).default([]),
    /** «وردت في»، «جاء في»، «تضمنها»: the verbs that say an accusation is in a report. */
    contained_verbs: z.array(z.string()).default([]),
  })
  .strict();

interface AccusationWords {
  nouns: Set<string>;
  determiners: Set<string>;
  charges: Set<string>;
  exchange: Set<string>;
  reports: Set<string>;
  contained: Set<string>;
  stance: StanceWords;
}

/** "غير" (normalized), which opens the unlawful predicate before an adjective. */
const UNLAWFUL_NEGATOR = new Set(["غير"]);

/** The word lists of lexicon/accusations.json, read and validated on first use. */
const accusationWords = bundledLexiconFile(
  "accusations.json",
  AccusationsFile,
  "accusation word lists",
  (r): AccusationWords => {
    const words: AccusationWords = {
      nouns: new Set(r.accusation_nouns.map(normalizeForMatch)),
      determiners: new Set(r.determiners.map(normalizeForMatch)),
      charges: new Set(r.charges.map(normalizeForMatch)),
      exchange: new Set(r.exchange_verbs.map(normalizeForMatch)),
      reports: new Set(r.report_nouns.map(normalizeForMatch)),
      contained: new Set(r.contained_verbs.map(normalizeForMatch)),
      stance: {
        describe: new Set(r.describe_verbs.map(normalizeForMatch)),
        describeParticiples: new Set(r.describe_participles.map(normalizeForMatch)),
        praise: new Set(r.praise_words.map(normalizeForMatch)),
        time: new Set(r.time_words.map(normalizeForMatch)),
        responsible: new Set(r.responsible_words.map(normalizeForMatch)),
        responsiblePredicates: new Set(r.responsible_predicates.map(normalizeForMatch)),
        copulas: new Set(r.copulas.map(normalizeForMatch)),
        bear: new Set(r.bear_verbs.map(normalizeForMatch)),
        duties: new Set(r.duty_words.map(normalizeForMatch)),
        doubt: new Set(r.doubt_verbs.map(normalizeForMatch)),
        retaliate: new Set(r.retaliation_verbs.map(normalizeForMatch)),
        retaliationManner: new Set(r.retaliation_manner.map(normalizeForMatch)),
        determiners: new Set(r.determiners.map(normalizeForMatch)),
        accusationNouns: new Set(r.accusation_nouns.map(normalizeForMatch)),
        levelled: new Set(r.levelling_verbs.map(normalizeForMatch)),
        answer: new Set(r.answer_verbs.map(normalizeForMatch)),
        victimNouns: new Set(r.victim_nouns.map(normalizeForMatch)),
        undergo: new Set(r.undergo_verbs.map(normalizeForMatch)),
        face: new Set(r.face_verbs.map(normalizeForMatch)),
        receive: new Set(r.receive_verbs.map(normalizeForMatch)),
        wrongdoing: new Set(r.wrongdoing_verbs.map(normalizeForMatch)),
        behind: new Set(r.behind_verbs.map(normalizeForMatch)),
        wrongdoingNouns: new Set(r.wrongdoing_nouns.map(normalizeForMatch)),
        baseless: new Set(r.baseless_words.map(normalizeForMatch)),
        innocentObjects: new Set(r.innocent_objects.map(normalizeForMatch)),
        baselessAfterNegator: new Set(r.baseless_after_negator.map(normalizeForMatch)),
        untrue: new Set(r.untrue_adjectives.map(normalizeForMatch)),
        unlawful: new Set(r.unlawful_adjectives.map(normalizeForMatch)),
        predicateCopulas: new Set(r.predicate_copulas.map(normalizeForMatch)),
        contempt: new Set(r.contempt_words.map(normalizeForMatch)),
        levelledPreps: new Set(r.levelled_prepositions.map(normalizeForMatch)),
        agreements: new Set(r.agreement_nouns.map(normalizeForMatch)),
        release: new Set(r.release_nouns.map(normalizeForMatch)),
        // And below: the words that open the token frames.
        anchors: new Set(r.reply_anchors.map(normalizeForMatch)),
      },
    };
    const st = words.stance;
    for (const set of [
      st.describe,
      st.describeParticiples,
      st.responsible,
      st.responsiblePredicates,
      st.bear,
      st.doubt,
      st.retaliate,
      st.levelled,
      st.answer,
      st.wrongdoing,
      st.behind,
      st.wrongdoingNouns,
      UNLAWFUL_NEGATOR,
      st.baseless,
      st.baselessAfterNegator,
      st.untrue,
    ])
      for (const x of set) st.anchors.add(x);
    return words;
  },
);

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/**
 * "اتهم X، Y بـ...": a verb of accusing or rejecting (direct object) whose subject list holds
 * actors set off by a comma, with no object found: the first is the subject, the rest the
 * object. A list joined by و ("اتهم كل من A، وB") is left alone.
 */
export function apposedObject(
  v: SentenceView,
  subject: Unit[],
  entry: VerbEntry,
): { subject: Unit[]; object: Unit[] } | null {
  if (entry.type !== "ACCUSE" && entry.type !== "REJECT") return null;
  if (!entry.preps.includes("") || subject.length < 2) return null;
  const [first, second] = subject as [Unit, Unit];
  if (second.first !== first.last + 1) return null;
  const gap = v.norm.slice(tok(v, first.last).end, tok(v, second.first).start);
  if (!/[،,]/.test(gap) || tok(v, second.first).text.startsWith("و")) return null;
  return { subject: [first], object: subject.slice(1) };
}

/** Whether an accusation noun ("الاتهامات", "هذه المزاعم") follows token `i` closely. */
function accusationAfter(v: SentenceView, i: number): boolean {
  const w = accusationWords();
  for (let k = i + 1; k <= i + 3 && k < v.tokens.length; k++) {
    const t = tok(v, k);
    if (tokStems(t).some((s) => w.nouns.has(s.stem))) return true;
    if (!w.determiners.has(t.text)) return false;
  }
  return false;
}

/**
 * The author of a report or statement said to contain what a denial denies: "نفت الحكومة
 * اتهامات وردت في تقرير لمنظمة العفو الدولية"، "رفضت الصين ما جاء في بيان الخارجية
 * الأمريكية". The denial's object is «ما» or an accusation noun (after determiners), then at
 * most two words and one of contained_verbs, then في and a report noun (accusations.json), and
 * its author right after it, bare or with لـ. Not a report that only tells the news («نفت
 * إيران، بحسب ما ورد في تقرير لرويترز») or that the denier cites («مستشهدة بما ورد في»),
 * nor a refusal to comment («رفض التعليق على ما ورد في»).
 */
function reportAuthor(ctx: SentenceContext, i: number): Unit | undefined {
  const w = accusationWords();
  const v = ctx.view;
  const at = (k: number) => v.tokens[k]?.text ?? "";
  const adjacentAt = (k: number) =>
    !!v.tokens[k] && !!v.tokens[k - 1] && adjacent(v.norm, tok(v, k - 1).end, tok(v, k).start);
  let k = i + 1;
  while (w.determiners.has(at(k)) && adjacentAt(k + 1)) k++;
  const object =
    at(k) === "ما" || (v.tokens[k] && tokStems(tok(v, k)).some((x) => w.nouns.has(x.stem)));
  if (!object) return undefined;
  const isContained = (x: string) => w.contained.has(x) || w.contained.has(x.replace(/^و/, ""));
  let verb = -1;
  for (let j = k + 1; j <= k + 3 && verb < 0; j++) {
    if (!adjacentAt(j) || ctx.all.some((u) => u.first === j)) return undefined;
    if (isContained(at(j))) verb = j;
  }
  if (verb < 0 || at(verb + 1) !== "في" || !adjacentAt(verb + 1) || !adjacentAt(verb + 2))
    return undefined;
  if (!w.reports.has(at(verb + 2))) return undefined;
  const author = ctx.all.find((u) => u.first === verb + 3);
  const p = author ? prepOf(v, author) : null;
  return author && !author.place && (p === "" || p === "ل") ? author : undefined;
}

/** Relations whose doer a reporter blames. */
const BLAME = new Set(["ASSAULT", "COERCE"]);

/** The ids an actor answers for: its own, and the state an official speaks for. */
const idsOf = (u: Unit) => [u.ref.id, ...(u.office?.of ? [u.office.of.id] : [])];

/**
 * REJECTs of the accuser by a denial with no actor as its object (see the top of the file).
 * Accusations are the rules' ACCUSE drafts of the sentences read so far (and of the denial's
 * own sentence before the verb); a denier answers the latest one aimed at it.
 */
export function denialDrafts(contexts: readonly SentenceContext[]): void {
  const accusers = new Map<string, Unit>();
  const remember = (d: Draft) => {
    if (d.polarity !== "affirmed") return;
    if (d.type === "ACCUSE") for (const id of idsOf(d.target)) accusers.set(id, d.source);
    // "قالت الحكومة البريطانية إن روسيا تقف وراء الهجوم": who reports an attack blames its doer.
    const by = d.attributedTo;
    if (by && BLAME.has(d.type)) for (const id of idsOf(d.source)) accusers.set(id, by);
  };
  // Who says something of the denier in the same sentence, before the denial ("وقالت الحكومة
  // البريطانية إن روسيا تقف وراء الهجوم، بيد أن موسكو تنفي أي ضلوع لها فيه").
  const claimant = (ctx: SentenceContext, denier: Unit, at: number): Unit | undefined => {
    for (const f of ctx.result.frames) {
      if (!f.speaker || f.negates || f.draftType || f.verbFirst >= at) continue;
      if (denier.first >= f.from && denier.first < f.to) continue;
      const about = ctx.all.find(
        (u) => u.first >= f.from && u.first < f.to && !u.place && prepOf(ctx.view, u) === "",
      );
      if (about && idsOf(about).some((id) => idsOf(denier).includes(id))) return f.speaker;
    }
    return undefined;
  };
  for (const ctx of contexts) {
    const { view: v, result, triggers } = ctx;
    const added: Draft[] = [];
    for (const f of result.frames) {
      const t = triggers.find((x) => x.first === f.verbFirst && x.kind === "verb");
      const entry = t?.verb?.entry;
      if (!t || entry?.type !== "REJECT" || f.subjects.length === 0) continue;
      // A rejection (رفض) is a denial only when it takes an accusation as its object.
      // (after a subject that follows the verb: "ورفضت بكين هذه الاتهامات").
      const after = f.subjects.filter((u) => ctx.all.includes(u) && u.first > t.last);
      const objectFrom = Math.max(t.last, ...after.map((u) => u.last));
      const author = reportAuthor(ctx, objectFrom);
      if (!entry.negates && !author && !accusationAfter(v, objectFrom)) continue;
      // An actor already named as what is rejected: the rules have it.
      if (result.drafts.some((d) => d.type === "REJECT" && f.subjects.includes(d.source))) continue;
      for (const d of result.drafts) if (d.last < t.first) remember(d);
      for (const s of f.subjects) {
        const accuser =
          idsOf(s)
            .map((id) => accusers.get(id))
            .find((a) => a !== undefined) ??
          claimant(ctx, s, t.first) ??
          author;
        if (!accuser || idsOf(accuser).some((id) => idsOf(s).includes(id))) continue;
        const own = ctx.all.includes(s) ? [s] : [];
        added.push({
          type: "REJECT",
          mode: "deny",
          source: s,
          target: accuser,
          polarity: negatedAt(v, t.first) ? "negated" : "affirmed",
          modality: "asserted",
          attributedTo:
            frameAround(
              result.frames.filter((x) => x !== f),
              t.first,
            )?.speaker ?? result.according,
          first: Math.min(t.first, ...own.map((u) => u.first)),
          last: Math.max(t.last, ...own.map((u) => u.last)),
          rule: "deny-accuser",
          confidence: 0.55,
        });
      }
    }
    for (const d of result.drafts) remember(d);
    result.drafts.push(...added);
  }
}

/** The readings of a verb with an object pronoun ("تتهمه", "اتهمته", "يتهمونه") in `lex`. */
function verbWithPronoun(t: Tok, lex: Lexicon): VerbEntry | null {
  const m = /^[وف]?(.+?)(ه|ها|هم|هما)$/.exec(t.text);
  if (!m) return null;
  // "اتهمته" -> "اتهمت", "يتهمونه" -> "يتهمون".
  const stem = m[1] as string;
  for (const f of lex.verbs.get(stem) ?? []) {
    const e = f.entry;
    // A verb whose sense needs a word after it ("حمله المسؤولية") is left to the verb rules.
    const plain = f.rest.length === 0 && !f.participle && e.needs_after.length === 0;
    if ((e.type === "ACCUSE" || e.type === "REJECT") && plain) return e;
  }
  return null;
}

/** Acts two parties may exchange, each on the other: fire and strikes, threats. */
const EXCHANGED_ACTS: ReadonlySet<RelationType> = new Set(["ASSAULT", "THREATEN"]);

/** "تبادل" and its forms (a leading و/ف aside), asked of every word: kept per distinct word. */
const isExchange = wordTest((t: Tok, aw: AccusationWords) => hasBare(aw.exchange, t.text));

/**
 * Per sentence, accusations the verb rules miss:
 *   - a relative clause whose verb carries the accused as a pronoun: "فتح الله غولن، الذي
 *     تتهمه أنقرة بتدبير محاولة الانقلاب" (the subject after the verb accuses the antecedent);
 *   - an accused set off from its verb by a parenthesis: "واتهمت إيران، وهي عضو في منظمة
 *     أوبك، ترامب بمحاولة تسييس المنظمة" (the verb found no object close by; the accused is
 *     the first actor without a preposition followed by the charge's بـ).
 */
export function accuseDrafts(
  v: SentenceView,
  lex: Lexicon,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
): Draft[] {
  const { relatives, negators } = v.words;
  // Misread accusations (the victim of a condemned act, criticism undergone) are dropped from
  // the sentence's drafts, which this hook receives as its own array (frames-stance.ts).
  const out: Draft[] = fixMisreadAccusations(
    v,
    units,
    triggers,
    drafts as Draft[],
    accusationWords().stance,
  );
  // Both lists read in place (no joined copy per question).
  const has = (type: string, s: Unit, o: Unit) => {
    const same = (d: Draft) =>
      d.type === type && d.source.ref.id === s.ref.id && d.target.ref.id === o.ref.id;
    return drafts.some(same) || out.some(same);
  };
  // Who says so, unless it is the accuser itself ("طالبت أنقرة ...، الذي تتهمه أنقرة").
  const attributed = (i: number, source: Unit) => {
    const speaker = frameAround(frames, i)?.speaker ?? null;
    return speaker && speaker.ref.id !== source.ref.id ? speaker : null;
  };
  for (let i = 1; i < v.tokens.length; i++) {
    if (!relatives.has(tok(v, i - 1).text)) continue;
    const entry = verbWithPronoun(tok(v, i), lex);
    if (!entry) continue;
    const antecedent = units.findLast((u) => u.last < i - 1);
    // The subject after the verb; with the charge right after the verb and no subject named
    // ("مطالبين باستقالة الرئيس الذي يتهمونه بأنه متمسك بالسلطة"), the actor that opens the
    // sentence, whose clause the relative continues ("وكان آلاف المتظاهرين ...").
    const opener = units[0];
    const implicit =
      (v.tokens[i + 1]?.text.startsWith("ب") ?? false) &&
      opener !== undefined &&
      opener !== antecedent &&
      opener.first <= 2 &&
      prepOf(v, opener) === ""
        ? opener
        : undefined;
    const subject = units.find((u) => u.first === i + 1) ?? implicit;
    if (!antecedent || !subject || i - 1 - antecedent.last > 1 || antecedent.place) continue;
    if (subject.place || prepOf(v, subject) !== "" || has(entry.type, subject, antecedent))
      continue;
    out.push({
      type: entry.type,
      mode: entry.mode,
      source: subject,
      target: antecedent,
      polarity: negators.has(tok(v, i - 1).text) ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: attributed(i, subject),
      first: antecedent.first,
      last: subject.last,
      rule: "accuse-relative-pronoun",
      confidence: 0.6,
    });
  }
  // "وتبادل التحالف والمتمردون الاتهام بالوقوف وراء القصف": each party accuses the other.
  const aw = accusationWords();
  for (let i = 0; i < v.tokens.length; i++) {
    if (!isExchange(tok(v, i), aw)) continue;
    let charge = -1;
    let type: RelationType = "ACCUSE";
    for (let k = i + 1; k <= i + 8 && k < v.tokens.length && charge < 0; k++) {
      if (tokStems(tok(v, k)).some((x) => aw.nouns.has(x.stem))) charge = k;
      // "تبادلت القوات الهندية والباكستانية إطلاق النار"، "تبادل البلدان التهديدات": acts
      // exchanged, each party's on the other.
      const act = triggers.find((t) => t.kind === "noun" && t.first === k);
      const fire = hasBare(v.words.exchanged_fire, tok(v, k).text) ? "ASSAULT" : undefined;
      const actType = act?.noun?.type ?? fire;
      // Not a ceasefire («تبادل الأسرى ووقف إطلاق النار»).
      const stopped = hasBare(v.words.stop_words, tok(v, k - 1).text);
      if (charge < 0 && actType && EXCHANGED_ACTS.has(actType) && !stopped) {
        charge = k;
        type = actType;
      }
    }
    if (charge < 0) continue;
    // The parties: right after the verb (VSO, "فيه" may stand between) or right before it.
    const k = units.findIndex((u) => u.first > i && u.first <= i + 2 && u.last < charge);
    const b = units.findLast((u) => u.last < i);
    const group =
      k >= 0
        ? coordinatedAfter(v, units, k)
        : b && i - b.last === 1
          ? coordinatedBefore(v, units, units.indexOf(b))
          : [];
    const parties = group.flatMap((u) => u.members ?? [u]).filter((u) => !u.place);
    // The other side after مع, or both after بين: «تبادلت القوات الهندية إطلاق النار مع القوات
    // الباكستانية»، «تبادل لإطلاق النار بين الجيشين».
    const other = unitAfterPrep(
      v,
      units,
      charge + 1,
      charge + 4,
      parties.length > 0 ? WITH : BETWEEN,
    );
    if (other) parties.push(...other.group.filter((u) => !u.place && !parties.includes(u)));
    if (parties.length < 2) continue;
    for (const a of parties)
      for (const o of parties) {
        if (a.ref.id === o.ref.id || has(type, a, o)) continue;
        out.push({
          type,
          mode: type === "ACCUSE" ? "allege" : null,
          source: a,
          target: o,
          polarity: negatedAt(v, i) ? "negated" : "affirmed",
          modality: "asserted",
          attributedTo: attributed(i, a),
          first: Math.min(i, ...parties.map((u) => u.first)),
          last: Math.max(charge, ...parties.map((u) => u.last)),
          rule: type === "ACCUSE" ? "accuse-exchange" : "exchange",
          confidence: 0.6,
        });
      }
  }
  // "سجنت تركيا القس بتهمة التجسس": who arrests, tries or jails someone on a charge accuses.
  const { charges } = accusationWords();
  for (const d of drafts) {
    if (d.type !== "COERCE" || d.polarity !== "affirmed") continue;
    // The charge within a clause of the arrest ("وضعت برونسون تحت الإقامة الجبرية بعد سجنه
    // لمدة 21 شهرا بتهمة ..."), with no other actor between the target and it (whose charge
    // it would be).
    let charged = false;
    for (let k = d.first; k <= d.last + 12 && k < v.tokens.length && !charged; k++) {
      if (k > d.last && units.some((u) => u.first === k && !u.place)) break;
      charged = charges.has(tok(v, k).text.replace(/^و/, ""));
    }
    if (!charged || has("ACCUSE", d.source, d.target)) continue;
    out.push({
      ...d,
      type: "ACCUSE",
      mode: "allege",
      rule: "accuse-charge",
      confidence: 0.55,
      event: undefined,
    });
  }
  for (const f of frames) {
    const t = triggers.find((x) => x.first === f.verbFirst && x.kind === "verb");
    const entry = t?.verb?.entry;
    if (!t || entry?.type !== "ACCUSE" || !entry.complement.includes("ب")) continue;
    if (f.accused || f.subjects.length === 0 || t.verb?.participle) continue;
    const from = Math.max(t.last, ...f.subjects.map((u) => u.last)) + 1;
    const next = triggers.find((x) => x.first >= from && x.kind !== "noun")?.first;
    const accused = units.find(
      (u) =>
        u.first >= from &&
        u.first <= from + 12 &&
        (next === undefined || u.first < next) &&
        !u.place &&
        !f.subjects.includes(u) &&
        prepOf(v, u) === "" &&
        /[،,]\s*$/.test(v.norm.slice(tok(v, u.first - 1).end, tok(v, u.first).start)) &&
        (v.tokens[u.last + 1]?.text.startsWith("ب") ?? false),
    );
    if (!accused) continue;
    for (const s of f.subjects) {
      if (s.ref.id === accused.ref.id || has("ACCUSE", s, accused)) continue;
      out.push({
        type: "ACCUSE",
        mode: entry.mode,
        source: s,
        target: accused,
        polarity: negatedAt(v, t.first) ? "negated" : "affirmed",
        modality: "asserted",
        attributedTo: attributed(t.first, s),
        first: t.first,
        last: accused.last,
        rule: "accuse-after-parenthesis",
        confidence: 0.6,
      });
    }
  }
  // Withdrawals from an agreement reject its party (frames-stance-withdraw.ts); releases
  // concede (frames-stance-release.ts).
  out.push(...withdrawalDrafts(v, units, triggers, frames, drafts as Draft[], aw.stance, has));
  out.push(...releaseDrafts(v, units, triggers, frames, drafts, aw.stance, has));
  // Stances on an act whose doer a relative clause names (frames-stance-doer.ts).
  out.push(...doerDrafts(v, units, triggers, frames, [...drafts, ...out], has));
  // Descriptions, participles without a subject, objects after a time phrase (frames-stance.ts).
  out.push(...stanceDrafts(v, lex, units, triggers, frames, [...drafts, ...out], aw.stance, has));
  return out;
}

/**
 * An accusing or rejecting verb that opens its sentence with a word before its object that
 * is no preposition or time word ("ويتهم منتقدون الرئيس أردوغان بـ", "ونفى التقارير"), or a
 * verb of saying followed by a word that is none of those nor إن/إنه ("وقال مسؤول ... إن"):
 * the verb has a subject of its own that names no actor, so the previous sentence's subject
 * is not it.
 */
export function unnamedSubject(v: SentenceView, units: Unit[], t: Trigger): boolean {
  const type = t.verb?.entry.type;
  const speech = t.kind === "speech";
  if (!speech && (t.kind !== "verb" || (type !== "ACCUSE" && type !== "REJECT"))) return false;
  const next = v.tokens[t.last + 1];
  if (!next || units.some((u) => u.first === t.last + 1)) return false;
  const w = v.words;
  const text = next.text.replace(/^[وف]/, "");
  const free = [w.core_prepositions, w.fillers, w.weekdays, w.quantities, w.complementizers];
  if (free.some((s) => s.has(next.text) || s.has(text)) || /^\d/.test(text)) return false;
  // A verb of saying followed by a word that is none of these has its own subject, named or
  // not ("وقال مسؤول بوزارة الدفاع ... إن"): the previous sentence's speaker is not it.
  const gap = v.norm.slice(v.tokens[t.last]?.end ?? 0, next.start);
  if (speech) {
    const pronoun = w.pronoun_complementizers.has(next.text) || w.pronoun_complementizers.has(text);
    return !pronoun && !/[:"«“]/.test(gap) && /^[\u0621-\u064a]/.test(text);
  }
  // "نددت عدة دول بالهجوم"، "واتهم بعض المسؤولين الأمريكيين إيران": a counted subject is the
  // verb's own, named (subjectAfter reads past the count) or not.
  if (w.quantifiers.has(text)) return true;
  // A noun-like word standing before the object: the object follows within three words.
  if (units.some((u) => u.first > t.last + 1 && u.first <= t.last + 4)) return true;
  // A definite noun that is neither what is denied ("ونفى الاتهامات") nor owned by a nisba
  // ("وأدان الهجوم الإسرائيلي"): the subject, unnamed ("وتنفي المؤسسة العسكرية").
  const definite = text.startsWith("ال");
  const charge = tokStems(next).some((x) => accusationWords().nouns.has(x.stem));
  return definite && !charge && !v.byFirst.has(t.last + 2);
}

/**
 * The subject of a reported clause set off by a comma before its verb: "قال بيسكوف إن الرئيس
 * الأمريكي دونالد ترامب، لم يوجه أي اتهامات مباشرة ضد نظيره الروسي" (the subject rule stops at
 * the comma). Only after إن / أن, with nothing but a negator or future word before the verb.
 */
export function topicDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
): Draft[] {
  const w = v.words;
  const out: Draft[] = [];
  for (const t of triggers) {
    const entry = t.verb?.entry;
    if (t.kind !== "verb" || !entry || t.verb?.participle) continue;
    if (entry.type !== "ACCUSE" && entry.type !== "REJECT") continue;
    if (drafts.some((d) => d.first <= t.first && t.last <= d.last && d.type === entry.type))
      continue;
    const topic = units.findLast((u) => u.last < t.first);
    if (!topic || topic.place || t.first - topic.last > 3) continue;
    const opener = v.tokens[topic.first - 1]?.text;
    if (!opener || !w.complementizers.has(opener)) continue;
    if (!/^\s*[،,]\s*$/.test(v.norm.slice(tok(v, topic.last).end, tok(v, topic.last + 1).start)))
      continue;
    let between = true;
    for (let k = topic.last + 1; k < t.first; k++) {
      const x = tok(v, k).text;
      if (!w.negators.has(x) && !w.future.has(x)) between = false;
    }
    if (!between) continue;
    const next = triggers.find((x) => x.first > t.last && x.kind !== "noun")?.first;
    const limit = Math.min(next ?? v.tokens.length, t.last + 8);
    const preps = new Set(entry.preps.map(normalizeForMatch));
    const object = units.find(
      (u) =>
        u.first > t.last &&
        u.first <= limit &&
        !u.place &&
        u.ref.id !== topic.ref.id &&
        preps.has(prepOf(v, u)),
    );
    if (!object) continue;
    out.push({
      type: entry.type,
      mode: entry.mode,
      source: topic,
      target: object,
      polarity: negatedAt(v, t.first) ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: frameAround(frames, t.first)?.speaker ?? null,
      first: topic.first,
      last: object.last,
      rule: "accuse-topic-subject",
      confidence: 0.55,
    });
  }
  return out;
}

/** The verbs of undergoing ("تعرض"), which the conflict frames read too (frames-undergone.ts). */
export const undergoVerbs = (): ReadonlySet<string> => accusationWords().stance.undergo;
