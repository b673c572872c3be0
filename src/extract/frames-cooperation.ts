// Cooperative frames the lexicon's verb and noun frames cannot express (the words are data:
// lexicon/cooperation.json):
//   meeting noun + بـ        "خلال لقائه بالرئيس الأمريكي", "اجتماع ترامب بالزعيم الكوري"
//   joint meetings + مع      "في مؤتمر صحافي مشترك مع", "عقد اجتماعا مغلقا مع"
//   a meeting that gathers   "القمة التي جمعته بترامب", "قمة تجمع الرئيس X والزعيم Y",
//                            "اللقاء الذي جمع بين X وY" (every pair of a list)
//   peers of one verb        "اتفقت روسيا والولايات المتحدة على خطة مع سوريا" (RU–US too),
//                            "الاتفاق الذي وقعت عليه إيران مع بريطانيا" (subject after عليه)
//   an auxiliary             "الإنتربول كانت قد طالبت السلطات الصينية" (كان، قد before the verb)
//   allies                   "السعودية، حليف الولايات المتحدة", "إيران وحليفها حزب الله"
//   expelled diplomats       "طرد 60 دبلوماسيا روسيا", "وردت موسكو بطرد دبلوماسيين بريطانيين"
//                            (the diplomats' nisba names the state sanctioned)
//   tariffs                  "فرض الولايات المتحدة رسوما على بضائع صينية"
//   aid received             "حصلت مصر على قرض ... من صندوق النقد الدولي"
//   at someone's request     "بطلب من إيران", "بناء على طلب من وزير الخارجية"
//   backing                  "تشن القوات الحكومية ... بدعم روسي", "بإسناد من التحالف"
// The lexicon's frames read a meeting noun's partner only after مع, a noun's owner only as
// its genitive, a verb's subject only right before or after it and its object only as an
// actor: these read the rest. Pairs the rules already drafted are not drafted again.
import { z } from "zod";
import type { Found } from "../recognize/found.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { type RelationType, SYMMETRIC_TYPES } from "../schema.js";
import { bundledLexiconFile } from "../text/lexicon-file.js";
import { normalizeForMatch } from "../text/normalize.js";
import { prepOf, WITH } from "./arguments.js";
import { dropInterviews } from "./frames-coop-interview.js";
import { dropPresentReplies, dropUnrealActs } from "./frames-coop-unreal.js";
import { modalityAt, negatedAt } from "./modality.js";
import { type Draft, type Frame, frameAround, type Trigger } from "./scope.js";
import {
  actorNisba,
  commaBetween,
  coordinatedAfter,
  coordinatedBefore,
  hasBare,
  isTitleHead,
  masculineStateName,
  type SentenceView,
  type Unit,
  unitOf,
} from "./units.js";

const CooperationFile = z
  .object({
    about: z.string(),
    meeting_with: z.array(z.string()),
    joint_meetings: z.array(z.string()),
    gather_verbs: z.array(z.string()),
    ally_nouns: z.array(z.string()),
    ally_possessives: z.array(z.string()),
    expel_words: z.array(z.string()),
    envoy_words: z.array(z.string()),
    /** Staff that are diplomats when a mission's word follows («موظفا في السفارة الفرنسية»). */
    staff_words: z.array(z.string()).default([]),
    /** A state's missions abroad («السفارة الفرنسية»، «القنصليات التابعة لها»). */
    mission_words: z.array(z.string()).default([]),
    /** The prepositions between staff and their mission («موظفا في السفارة»، «من القنصلية»). */
    staff_links: z.array(z.string()).default([]),
    tariff_nouns: z.array(z.string()),
    impose_words: z.array(z.string()),
    goods_nouns: z.array(z.string()),
    receive_verbs: z.array(z.string()),
    aid_nouns: z.array(z.string()),
    auxiliaries: z.array(z.string()),
    backing_words: z.array(z.string()),
    resumptive_prepositions: z.array(z.string()),
    call_nouns: z.array(z.string()).default([]),
    congratulation_nouns: z.array(z.string()).default([]),
    phone_adverbs: z.array(z.string()).default([]),
    phone_via: z.array(z.string()).default([]),
    welcome_nouns: z.array(z.string()).default([]),
    welcome_possessed: z.array(z.string()).default([]),
    country_possessives: z.array(z.string()).default([]),
    spokesman_words: z.array(z.string()).default([]),
    visit_doers: z.array(z.string()).default([]),
    pronoun_objects: z.array(z.string()).default([]),
    withdraw_words: z.array(z.string()).default([]),
    ending_words: z.array(z.string()).default([]),
    relative_support_verbs: z.array(z.string()).default([]),
    /** "التهاني من قادة كازاخستان": who sends on a state's behalf, between من and it. */
    sender_heads: z.array(z.string()).default([]),
    /** "حيث تزور", "بعد أن التقى": a verb after them continues its clause's subject. */
    continuing_connectors: z.array(z.string()).default([]),
  })
  .strict();

interface CooperationWords {
  meetingWith: Set<string>;
  /** Meetings that name a partner only after مع (a press conference alone is no meeting). */
  joint: string[][];
  gather: Set<string>;
  ally: Set<string>;
  allyOwn: Set<string>;
  expel: Set<string>;
  envoy: Set<string>;
  staff: Set<string>;
  mission: Set<string>;
  staffLinks: Set<string>;
  tariff: Set<string>;
  impose: Set<string>;
  goods: Set<string>;
  receive: Set<string>;
  aid: Set<string>;
  auxiliaries: Set<string>;
  backing: Set<string>;
  resumptivePreps: Set<string>;
  calls: Set<string>;
  congratulations: Set<string>;
  phoneAdverbs: Set<string>;
  phoneVia: Set<string>;
  welcome: Set<string>;
  welcomeOwn: Set<string>;
  countryOwn: Set<string>;
  spokesman: Set<string>;
  /** "قام بها", "يجريها": a visit's doer after it (two words are matched as one string). */
  visitDoers: string[][];
  pronounObjects: Set<string>;
  withdraw: Set<string>;
  /** Words of ending or cutting that undo cooperation (not talks or a visit, which were held). */
  ending: Set<string>;
  relativeSupport: Set<string>;
  senderHeads: Set<string>;
  /** The connectors, each as its words (normalized). */
  connectors: string[][];
  /** Every word the per-token frames start from: a token with none of them is skipped. */
  anchors: Set<string>;
}

/** The word lists of lexicon/cooperation.json, read and validated on first use. */
const cooperationWords = bundledLexiconFile(
  "cooperation.json",
  CooperationFile,
  "cooperation word lists",
  (r): CooperationWords => {
    const set = (xs: string[]) => new Set(xs.map(normalizeForMatch));
    const words: CooperationWords = {
      meetingWith: set(r.meeting_with),
      joint: r.joint_meetings.map((m) => normalizeForMatch(m).split(" ")),
      gather: set(r.gather_verbs),
      ally: set(r.ally_nouns),
      allyOwn: set(r.ally_possessives),
      expel: set(r.expel_words),
      envoy: set(r.envoy_words),
      staff: set(r.staff_words),
      mission: set(r.mission_words),
      staffLinks: set(r.staff_links),
      tariff: set(r.tariff_nouns),
      impose: set(r.impose_words),
      goods: set(r.goods_nouns),
      receive: set(r.receive_verbs),
      aid: set(r.aid_nouns),
      auxiliaries: set(r.auxiliaries),
      backing: set(r.backing_words),
      resumptivePreps: set(r.resumptive_prepositions),
      calls: set(r.call_nouns),
      congratulations: set(r.congratulation_nouns),
      phoneAdverbs: set(r.phone_adverbs),
      phoneVia: set(r.phone_via),
      welcome: set(r.welcome_nouns),
      welcomeOwn: set(r.welcome_possessed),
      countryOwn: set(r.country_possessives),
      spokesman: set(r.spokesman_words),
      visitDoers: r.visit_doers.map((m) => normalizeForMatch(m).split(" ")),
      pronounObjects: set(r.pronoun_objects),
      withdraw: set(r.withdraw_words),
      ending: set(r.ending_words),
      relativeSupport: set(r.relative_support_verbs),
      senderHeads: set(r.sender_heads),
      connectors: r.continuing_connectors.map((c) => normalizeForMatch(c).split(" ")),
      anchors: new Set([
        ...r.joint_meetings.map((m) => normalizeForMatch(m).split(" ")[0] ?? ""),
        ...[
          ...r.gather_verbs,
          ...r.ally_nouns,
          ...r.ally_possessives,
          ...r.expel_words,
          ...r.tariff_nouns,
          ...r.receive_verbs,
          ...r.backing_words,
          ...r.phone_adverbs,
          ...r.welcome_nouns,
          ...r.welcome_possessed,
          ...r.relative_support_verbs,
          VIA,
          RECEPTION,
          REQUEST_NOUN,
        ].map(normalizeForMatch),
      ]),
    };
    return words;
  },
);

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
/** "بطلب من", "بناء على طلب": the noun of a request. */
const REQUEST_NOUN = "طلب";
/** "عبر الهاتف", "عبر مكالمة هاتفية": the word before the means of a call. */
const VIA = "عبر";
/** "في استقبال X": the noun of a reception (normalized). */
const RECEPTION = "استقبال";
/** Whether a token is an anchor: once per distinct word, on its shared info record. */
function isAnchor(t: Tok, w: CooperationWords): boolean {
  const info = t.info;
  if (info?.coopAnchor !== undefined) return info.coopAnchor;
  const hit = tokStems(t).some((st) => w.anchors.has(st.stem));
  if (info) info.coopAnchor = hit;
  return hit;
}
const PRONOUN = /(ه|ها|هما|هم)$/;

/** The reading of a token (clitics off) that is in `set`, if any. */
function readingIn(t: Tok | undefined, set: ReadonlySet<string>) {
  return t ? tokStems(t).find((st) => set.has(st.stem)) : undefined;
}

/** Whether punctuation stands between token `i` and the next one. */
const punctAfter = (v: SentenceView, i: number) =>
  i + 1 < v.tokens.length &&
  /[،,.:؛!?؟"«»()]/.test(v.norm.slice(tok(v, i).end, tok(v, i + 1).start));

/** A unit with the actors coordinated after it ("X وY وZ"). */
function groupOf(v: SentenceView, units: Unit[], u: Unit): Unit[] {
  if (u.members) return u.members;
  const k = units.indexOf(u);
  return k < 0 ? [u] : coordinatedAfter(v, units, k).flatMap((x) => x.members ?? [x]);
}

/**
 * The first actor starting in [from, from + gap] whose preposition is in `preps` ("" for
 * none); the words before it may only be descriptions (no actor, no punctuation).
 */
function unitAt(
  v: SentenceView,
  units: Unit[],
  from: number,
  gap: number,
  preps: ReadonlySet<string>,
): Unit | null {
  for (const u of units) {
    if (u.first < from) continue;
    if (u.first > from + gap) return null;
    for (let k = from; k < u.first; k++) if (punctAfter(v, k)) return null;
    if (u.place) return null;
    return preps.has(prepOf(v, u)) ? u : null;
  }
  return null;
}

/**
 * The actor a phrase at `i` is about: the nearest one ending at most `reach` tokens before it
 * with no preposition (a subject or a topic), with the actors coordinated before it.
 */
function ownerBefore(v: SentenceView, units: Unit[], i: number, reach: number): Unit[] | null {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.last >= i) continue;
    if (i - u.last > reach) return null;
    const p = prepOf(v, u);
    if (u.place || (p !== "" && p !== "و")) continue;
    return u.members ?? coordinatedBefore(v, units, k).flatMap((x) => x.members ?? [x]);
  }
  return null;
}

/** How far after the backer's comma the clause's subject may stand ("، تشن إسرائيل"). */
const BACKED_REACH = 3;

/**
 * A backing phrase that opens the clause ("وبدعم من الولايات المتحدة، تشن إسرائيل"): the
 * backed is the subject after its comma (past the verb), with no preposition.
 */
function backedAfter(v: SentenceView, units: Unit[], backer: Unit[]): Unit[] | null {
  const end = Math.max(...backer.map((u) => u.last));
  if (
    !punctAfter(v, end) ||
    !/[،,]/.test(v.norm.slice(tok(v, end).end, v.tokens[end + 1]?.start ?? 0))
  )
    return null;
  const u = units.find(
    (x) =>
      x.first > end + 1 && x.first <= end + 1 + BACKED_REACH && !x.place && prepOf(v, x) === "",
  );
  return u ? (u.members ?? [u]) : null;
}

/** Every pair of distinct actors of a group. */
function everyPair(group: readonly Unit[]): Array<[Unit, Unit]> {
  const out: Array<[Unit, Unit]> = [];
  for (let a = 0; a < group.length; a++)
    for (let b = a + 1; b < group.length; b++) out.push([group[a] as Unit, group[b] as Unit]);
  return out;
}

export interface CooperationInput {
  v: SentenceView;
  units: Unit[];
  triggers: readonly Trigger[];
  frames: readonly Frame[];
  drafts: readonly Draft[];
  previousSubject: Unit[] | null;
  according: Unit | null;
}

/**
 * Whether a connector ("حيث", "بعد أن") ends right before token `i`, its first word bare
 * or after و: the verb at `i` then continues the subject of its clause ("... حيث تزور غانا").
 */
export function afterConnector(v: SentenceView, i: number): boolean {
  return connectorBefore(v, i) >= 0;
}

/** Where the connector that ends right before token `i` starts, or -1. */
export function connectorBefore(v: SentenceView, i: number): number {
  for (const c of cooperationWords().connectors) {
    const k = i - c.length;
    if (k < 0) continue;
    const first = tok(v, k).text;
    if (first !== c[0] && first !== `و${c[0]}`) continue;
    // "في حين" (whereas) opens a clause of its own, with its own subject.
    if (first === c[0] && k > 0 && tok(v, k - 1).text === "في") continue;
    if (c.every((w, j) => j === 0 || tok(v, k + j).text === w)) return k;
  }
  return -1;
}

/** Drafts of the cooperative frames of one sentence (none the rules already drafted). */
export function cooperationDrafts(input: CooperationInput): Draft[] {
  const { v, units, triggers, frames, drafts, previousSubject, according } = input;
  const w = cooperationWords();
  const out: Draft[] = [];
  // "رحبت الولايات المتحدة على لسان رئيسها دونالد ترامب بـ": who speaks for the subject is
  // no object of its verb. The rules' drafts are this sentence's own list: drop those.
  dropSpokesmanObjects(v, drafts as Draft[], w);
  dropMisreadVerbs(v, units, triggers, drafts as Draft[], w);
  dropInterviews(v, triggers, drafts as Draft[]);
  dropUnrealActs(v, triggers, drafts as Draft[]);
  dropPresentReplies(triggers, drafts as Draft[]);
  const inSentence = (u: Unit) => !previousSubject?.includes(u);
  const add = (
    type: RelationType,
    mode: string,
    pairs: Array<[Unit, Unit]>,
    at: number,
    rule: string,
    event?: string,
  ) => {
    const frame = frameAround(frames, at);
    const negated = negatedAt(v, at, true) || (frame?.negates ?? false);
    for (const [s, o] of pairs) {
      if (s.ref.id === o.ref.id || s.place) continue;
      const same = (d: Draft) =>
        d.type === type &&
        ((d.source.ref.id === s.ref.id && d.target.ref.id === o.ref.id) ||
          (SYMMETRIC_TYPES.has(type) &&
            d.source.ref.id === o.ref.id &&
            d.target.ref.id === s.ref.id));
      if (drafts.some(same) || out.some(same)) continue;
      const ends = [s, o].filter(inSentence);
      out.push({
        type,
        mode,
        source: s,
        target: o,
        polarity: negated ? "negated" : "affirmed",
        modality: modalityAt(v, at, { future: false }),
        attributedTo: frame?.speaker ?? according,
        first: Math.min(at, ...ends.map((u) => u.first)),
        last: Math.max(at, ...ends.map((u) => u.last)),
        rule,
        confidence: 0.6,
        ...(event ? { event } : {}),
      });
    }
  };
  const cross = (a: Unit[], b: Unit[]) => a.flatMap((x) => b.map((y) => [x, y] as [Unit, Unit]));
  const meetings = triggers.filter(
    (t) =>
      t.kind === "noun" &&
      t.noun?.type === "CONSULT" &&
      (t.noun.event === "meeting" || t.noun.event === "summit"),
  );

  // A meeting noun and its partner after بـ: "لقاء ترامب بكيم", "خلال لقائه بالرئيس".
  for (const t of meetings) {
    // "قمة تاريخية مرتقبة في غضون أسابيع بين X وY": بين further on than the rules read it
    // (only descriptions between: no actor, no other trigger, no clause punctuation).
    const far = betweenFar(v, units, triggers, t);
    if (far) add("CONSULT", "meeting", everyPair(far), t.first, "coop-meeting-between", "meeting");
    const head = tokStems(tok(v, t.first)).find((st) =>
      t.noun?.heads.some((h) => normalizeForMatch(h) === st.stem),
    )?.stem;
    const own = units.find((u) => u.first === t.last + 1 && !u.place && prepOf(v, u) === "");
    // "لقائه", "اجتماعه", "محادثاته": a head of the entry with a pronoun suffix ("قمه" is none).
    const heads = new Set(t.noun?.heads.map(normalizeForMatch));
    const bare = head?.replace(PRONOUN, "").replace(/ئ$/, "ء");
    const pronoun = t.pronoun || (bare !== undefined && bare !== head && heads.has(bare));
    let owner: Unit[] | null = null;
    let from = t.last + 1;
    if (own && !pronoun) {
      // "مكالمة بومبيو ولافروف", "لقاء ترامب وكيم": a meeting of the coordinated genitives.
      const group = groupOf(v, units, own);
      // Joined by و alone ("قمة هلسنكي، فالإدارة الأميركية" is no pair).
      const joined = group.every(
        (u, k) => k === 0 || (!punctAfter(v, u.first - 1) && tok(v, u.first).text.startsWith("و")),
      );
      if (group.length >= 2 && joined) {
        add("CONSULT", "meeting", everyPair(group), t.first, "coop-meeting-pair", "meeting");
        continue;
      }
      owner = [own];
      from = own.last + 1;
    } else if (pronoun) {
      owner = ownerBefore(v, units, t.first, 12) ?? previousSubject;
    }
    if (!owner) continue;
    const partner = unitAt(v, units, from, 2, w.meetingWith);
    if (!partner) continue;
    add(
      "CONSULT",
      "meeting",
      cross(owner, groupOf(v, units, partner)),
      t.first,
      "coop-meeting-bi",
      "meeting",
    );
  }

  // "وكانت الأمم المتحدة قد دعت ...", "الإنتربول كانت قد طالبت السلطات الصينية": an
  // auxiliary (كان، قد) stands between the subject and a verb the rules left without one.
  // The types whose verbs this frame completes (MINE, made once).
  const mine = MINE;
  for (const t of triggers) {
    const entry = t.verb?.entry;
    if (t.kind !== "verb" || !entry || !mine.has(entry.type) || t.verb?.participle) continue;
    // A pledge's بـ names what is promised, not a party ("كان قد وعد بسحب القوات").
    if (entry.mode === "pledge") continue;
    let k = t.first - 1;
    while (k >= 0 && t.first - k <= 2 && w.auxiliaries.has(tok(v, k).text)) k--;
    if (k === t.first - 1 || k < 0) continue;
    const subjectUnit = units.find(
      (u) => u.last === k && !u.place && ["", "و"].includes(prepOf(v, u)),
    );
    // "زوجة مينغ قد اتصلت": the kin of an actor acts, not the actor.
    if (!subjectUnit || v.words.kin_construct.has(v.tokens[subjectUnit.first - 1]?.text ?? ""))
      continue;
    const subject = coordinatedBefore(v, units, units.indexOf(subjectUnit)).flatMap(
      (x) => x.members ?? [x],
    );
    if (drafts.some((d) => d.type === entry.type && subject.includes(d.source))) continue;
    const preps = new Set(entry.preps.map(normalizeForMatch));
    const reach = entry.speech_event ? 2 : 10;
    const object = units.find(
      (u) =>
        u.first > t.last &&
        u.first <= t.last + reach &&
        !u.place &&
        !subject.includes(u) &&
        preps.has(prepOf(v, u)),
    );
    if (!object) continue;
    const before = out.length;
    add(
      entry.type,
      entry.mode ?? "",
      cross(subject, groupOf(v, units, object)),
      t.first,
      "coop-auxiliary",
      entry.event,
    );
    if (negatedAt(v, t.first)) for (const d of out.slice(before)) d.polarity = "negated";
  }

  conjoinedVerbDrafts(v, units, triggers, drafts, CONJOINED, add, out);
  visitDoerDrafts(v, units, triggers, w, add);
  countryOwnedDrafts(v, units, triggers, previousSubject, w, add);

  // Verbs of peers.
  for (const t of triggers) {
    const entry = t.verb?.entry;
    if (t.kind !== "verb" || !entry?.symmetric || t.verb?.participle) continue;
    const preps = new Set(entry.preps.map(normalizeForMatch));
    // "الاتفاق الذي وقعت عليه إيران مع بريطانيا": a pronoun with a preposition (عليه، فيه)
    // refers back to the noun; the subject stands after it.
    const resumed = w.resumptivePreps.has(v.tokens[t.last + 1]?.text ?? "");
    // "اتفقت روسيا والولايات المتحدة على خطة مع سوريا": the subjects agree among themselves
    // whatever else they agree with (a verb before its subject; or after a list of them).
    const after = unitAt(v, units, t.last + (resumed ? 2 : 1), 0, new Set(["", "و"]));
    const beforeIdx = units.findIndex((u) => u.last === t.first - 1 && !u.place);
    const subject = after
      ? groupOf(v, units, after)
      : beforeIdx >= 0 && !resumed
        ? coordinatedBefore(v, units, beforeIdx).flatMap((x) => x.members ?? [x])
        : null;
    if (!subject) continue;
    const negated = negatedAt(v, t.first);
    const mode = entry.mode ?? "peers";
    const pairs = subject.length >= 2 ? everyPair(subject) : [];
    if (resumed) {
      const end = Math.max(...subject.map((u) => u.last));
      const object = units.find(
        (u) => u.first > end && u.first <= end + 6 && !u.place && preps.has(prepOf(v, u)),
      );
      if (object) pairs.push(...cross(subject, groupOf(v, units, object)));
    }
    const before = out.length;
    add(
      entry.type,
      mode,
      pairs,
      t.first,
      resumed ? "coop-resumed-subject" : "coop-co-subjects",
      entry.event,
    );
    if (negated) for (const d of out.slice(before)) d.polarity = "negated";
  }

  for (let i = 0; i < v.tokens.length; i++) {
    const t = tok(v, i);
    // Each frame below starts from one of its words; most tokens are none of them.
    if (!isAnchor(t, w)) continue;
    // "قال X في مؤتمر صحافي مشترك مع Y", "عقد X اجتماعا مغلقا مع Y": one or two words may
    // describe the meeting before مع.
    const joint = w.joint.find((m) =>
      m.every((x, k) => {
        const n = v.tokens[i + k];
        return !!n && tokStems(n).some((st) => st.stem === x);
      }),
    );
    if (joint) {
      const end = i + joint.length - 1;
      const partner = unitAt(v, units, end + 1, 3, WITH);
      const owner = partner ? ownerBefore(v, units, i, 12) : null;
      if (owner && partner)
        add(
          "CONSULT",
          "meeting",
          cross(owner, groupOf(v, units, partner)),
          i,
          "coop-joint",
          "meeting",
        );
    }
    // A call by phone: "قال شينزو آبي لبوتين عبر مكالمة هاتفية", "خاطب آبي بوتين هاتفيا"
    // (the actor before it and the one it is addressed to), "تحدث X هاتفيا مع Y".
    if (readingIn(t, w.phoneAdverbs) || (t.text === VIA && readingIn(tok1(v, i + 1), w.phoneVia)))
      add("CONSULT", "phone", phonePair(v, units, i), i, "coop-phone", "meeting");
    // "وكان في استقبال بومبيو نظيره الكوري الشمالي": the guest right after the noun, the
    // hosts after it (past a place: "لدى وصوله إلى مطار القاهرة").
    if (t.text === RECEPTION && /^و?في$/.test(tok1(v, i - 1)?.text ?? "")) {
      const guest = unitAt(v, units, i + 1, 0, new Set([""]));
      const host = guest
        ? units.find(
            (u) =>
              u.first > guest.last && u.first <= guest.last + 12 && !u.place && prepOf(v, u) === "",
          )
        : undefined;
      if (guest && host)
        add(
          "CONSULT",
          "meeting",
          groupOf(v, units, host).map((h) => [h, guest] as [Unit, Unit]),
          i,
          "coop-reception",
          "meeting",
        );
    }
    // "حزب الله الذي تدعمه إيران", "الفصائل التي تدعمها تركيا": a support verb with a
    // pronoun after a relative; its subject after it supports the actor before the relative.
    if (readingIn(t, w.relativeSupport) && v.words.relatives.has(tok1(v, i - 1)?.text ?? "")) {
      const backed = units.find((u) => u.last === i - 2 && !u.place);
      let backer: Unit | undefined;
      for (let k = i + 1; k <= i + 4 && k < v.tokens.length && !backer; k++) {
        const u = units.find((x) => x.first === k);
        if (u) backer = !u.place && prepOf(v, u) === "" ? u : undefined;
        if (u || punctAfter(v, k - 1)) break;
      }
      if (backed && backer)
        add("SUPPORT", "backing", [[backer, backed]], i, "coop-relative-support");
    }
    // A welcome or praise noun with بـ: "أعربت الخارجية السعودية عن ترحيبها بقرار الولايات
    // المتحدة", "سارع ترامب إلى الترحيب بإعلان كيم", "ترحيب واشنطن بالإعلان الكوري".
    const welcome = readingIn(t, w.welcome);
    if (welcome || readingIn(t, w.welcomeOwn)) {
      const genitive = welcome ? unitAt(v, units, i + 1, 0, new Set([""])) : null;
      const target = welcomedActor(v, units, genitive ? genitive.last + 1 : i + 1);
      const owner = !target
        ? null
        : genitive
          ? [genitive]
          : (ownerBefore(v, units, i, 10) ?? (welcome ? null : previousSubject));
      if (owner && target) add("SUPPORT", "praise", cross(owner, target), i, "coop-welcome");
    }

    // A meeting that gathers its parties: "القمة التي جمعته بترامب", "تجمع X وY", "جمع بين".
    const gather = readingIn(t, w.gather);
    if (gather && meetings.some((m) => m.last < i && i - m.last <= 5)) {
      const meeting = [...meetings].reverse().find((m) => m.last < i) as Trigger;
      const next = v.tokens[i + 1]?.text.replace(/^و/, "");
      if (next === "بين") {
        const first = units.find((u) => u.first === i + 2 || u.first === i + 3);
        if (first) {
          const group = groupOf(v, units, first);
          if (group.length >= 2)
            add("CONSULT", "meeting", everyPair(group), i, "coop-gather", "meeting");
        }
      } else if (PRONOUN.test(gather.stem) && gather.stem !== "جمعه") {
        const owner = ownerBefore(v, units, meeting.first, 12) ?? previousSubject;
        const partner = unitAt(v, units, i + 1, 2, new Set([...w.meetingWith, ...WITH]));
        if (owner && partner)
          add(
            "CONSULT",
            "meeting",
            cross(owner, groupOf(v, units, partner)),
            i,
            "coop-gather",
            "meeting",
          );
      } else {
        const x = unitAt(v, units, i + 1, 2, new Set([""]));
        if (x) {
          const group = groupOf(v, units, x);
          const last = group[group.length - 1] as Unit;
          const partner = unitAt(v, units, last.last + 1, 2, new Set([...w.meetingWith, ...WITH]));
          if (partner)
            add(
              "CONSULT",
              "meeting",
              cross(group, groupOf(v, units, partner)),
              i,
              "coop-gather",
              "meeting",
            );
          else if (group.length >= 2)
            add("CONSULT", "meeting", everyPair(group), i, "coop-gather", "meeting");
        }
      }
    }

    // Allies: "السعودية، حليف الولايات المتحدة", "إسرائيل، الحليف القريب للولايات المتحدة".
    // Not after و ("عدوة الرياض وحليفة الحوثيين", "وحلفاء آخرين لبريطانيا": another noun's).
    if (readingIn(t, w.ally) && !/^[وف]/.test(t.text)) {
      const ally = units.find((u) => u.last === i - 1 && !u.place);
      const of =
        unitAt(v, units, i + 1, 0, new Set([""])) ?? unitAt(v, units, i + 1, 2, new Set(["ل"]));
      if (ally && of) add("COOPERATE", "alliance", [[ally, of]], i, "coop-ally");
    }
    // "إيران وحليفها حزب الله", "الولايات المتحدة وحليفتها كوريا الجنوبية".
    if (readingIn(t, w.allyOwn)) {
      const owner = units.find((u) => u.last === i - 1 && !u.place);
      const ally = unitAt(v, units, i + 1, 1, new Set(["", "في"]));
      if (owner && ally) add("COOPERATE", "alliance", [[ally, owner]], i, "coop-ally");
    }

    // Expelled diplomats: the state of their nisba is the one sanctioned.
    if (readingIn(t, w.expel)) {
      let target: Found | undefined;
      let envoyAt = -1;
      // "وطردت بريطانيا وأكثر من عشرين دولة حليفة لها أكثر من 150 دبلوماسيا روسيا".
      for (let k = i + 1; k <= i + 12 && k < v.tokens.length && envoyAt < 0; k++) {
        if (readingIn(tok(v, k), w.envoy)) envoyAt = k;
        // "اثني عشر موظفا في السفارة الفرنسية": staff of a mission, named by its nisba.
        else if (
          readingIn(tok(v, k), w.staff) &&
          w.staffLinks.has(tok1(v, k + 1)?.text ?? "") &&
          tok1(v, k + 2) &&
          readingIn(tok(v, k + 2), w.mission)
        )
          envoyAt = k + 2;
        else if (punctAfter(v, k)) break;
      }
      if (envoyAt >= 0) {
        for (let k = envoyAt + 1; k <= envoyAt + 2 && !target; k++) {
          const f = v.byFirst.get(k);
          if (f && f.entity.kind === "state") target = f;
          else if (f) break;
        }
      }
      if (target) {
        const victim =
          units.find((u) => u.first <= target.first && target.last <= u.last) ?? unitOf(target);
        // A verb before its subject ("وطردت بريطانيا ... دبلوماسيا روسيا"), else the actor the
        // clause is about ("وردت موسكو بطرد", "أعلنت الخارجية الأمريكية طرد").
        const after = unitAt(v, units, i + 1, 0, new Set([""]));
        const doers =
          after && after.last < envoyAt
            ? groupOf(v, units, after).filter((u) => u.last < envoyAt)
            : ownerBefore(v, units, i, 10);
        if (doers)
          add(
            "SANCTION",
            "expel",
            doers.map((d) => [d, victim] as [Unit, Unit]),
            i,
            "coop-expel",
          );
      }
    }

    // Tariffs on a state or on its goods: "فرض الولايات المتحدة رسوما على بضائع صينية",
    // "يفرض المزيد من الرسوم الجمركية على الصين", "تعريفات جديدة ضد الصين".
    if (readingIn(t, w.tariff)) {
      let on = -1;
      for (let k = i + 1; k <= i + 4 && k < v.tokens.length && on < 0; k++) {
        const x = v.tokens[k]?.text.replace(/^و/, "");
        if (x === "علي" || x === "ضد") on = k;
        else if (punctAfter(v, k)) break;
      }
      let victim: Unit | null = null;
      if (on >= 0) {
        victim = units.find((u) => u.first === on + 1 && !u.place) ?? null;
        if (!victim && readingIn(v.tokens[on + 1], w.goods)) {
          const f = v.byFirst.get(on + 2);
          if (f && f.entity.kind === "state")
            victim = units.find((u) => u.first === on + 2) ?? unitOf(f);
        }
      }
      // The doer: the genitive of فرض ("فرض واشنطن رسوما"), else the actor before it.
      let verbAt = -1;
      for (let k = i - 1; k >= 0 && i - k <= 4 && verbAt < 0; k--)
        if (readingIn(tok(v, k), w.impose)) verbAt = k;
      const genitive = verbAt >= 0 ? unitAt(v, units, verbAt + 1, 0, new Set([""])) : null;
      // Or the actor right before فرض ("واشنطن تفرض رسوما"); no فرض, no doer named.
      const before = verbAt >= 0 ? units.find((u) => u.last === verbAt - 1 && !u.place) : undefined;
      const doers = genitive && genitive.last < i ? [genitive] : before ? [before] : null;
      // "هدد ترامب بفرض رسوم على السلع الصينية": tariffs threatened are not imposed (the
      // threat is the threat frame's).
      const threatened =
        verbAt >= 0 &&
        tok(v, verbAt).text.startsWith("ب") &&
        triggers.some(
          (x) => x.verb?.entry.type === "THREATEN" && x.last < verbAt && verbAt - x.last <= 4,
        );
      if (victim && doers && !threatened)
        add(
          "SANCTION",
          "tariff",
          doers.map((d) => [d, victim] as [Unit, Unit]),
          i,
          "coop-tariff",
        );
    }

    // Aid received: "حصلت مصر على قرض ... من صندوق النقد الدولي" (the giver after من); a
    // call received ("تلقى السيسي اتصالا هاتفيا من بوتين": the two consult) and
    // congratulations received ("تلقى بوتين التهاني من قادة ...": the sender supports).
    if (readingIn(t, w.receive)) {
      let aidAt = -1;
      let kind: "aid" | "call" | "congratulations" = "aid";
      // Six words after the verb, or after its subject ("تلقى ولي العهد السعودي الأمير محمد
      // بن سلمان اتصالا").
      const subjectAfter = unitAt(v, units, i + 1, 1, new Set([""]));
      const reach = (subjectAfter?.last ?? i) + 6;
      for (let k = i + 1; k <= reach && k < v.tokens.length && aidAt < 0; k++) {
        const x = tok(v, k);
        if (readingIn(x, w.aid)) aidAt = k;
        else if (readingIn(x, w.calls)) [aidAt, kind] = [k, "call"];
        else if (readingIn(x, w.congratulations)) [aidAt, kind] = [k, "congratulations"];
      }
      // The giver after من, or a state after "من قادة" (its leaders sent it).
      const fromLeaders = (u: Unit) =>
        prepOf(v, u) === "" &&
        w.senderHeads.has(tok1(v, u.first - 1)?.text ?? "") &&
        tok1(v, u.first - 2)?.text === "من";
      const giver =
        aidAt >= 0
          ? units.find(
              (u) =>
                u.first > aidAt &&
                u.first <= aidAt + 10 &&
                !u.place &&
                (prepOf(v, u) === "من" || fromLeaders(u)),
            )
          : undefined;
      if (giver) {
        const after = unitAt(v, units, i + 1, 1, new Set([""]));
        let k = i - 1;
        while (k >= 0 && i - k <= 2 && w.auxiliaries.has(tok(v, k).text)) k--;
        const receivers =
          after && after.last < aidAt
            ? [after]
            : (() => {
                const u = units.find((x) => x.last === k && !x.place);
                return u ? [u] : null;
              })();
        const givers = groupOf(v, units, giver);
        if (receivers && kind === "aid")
          add("AID", "aid", cross(givers, receivers), i, "coop-received");
        else if (receivers && kind === "call")
          add("CONSULT", "phone", cross(receivers, givers), i, "coop-received-call", "meeting");
        else if (receivers)
          add("SUPPORT", "praise", cross(givers, receivers), i, "coop-received-congratulations");
      }
    }

    // Done at someone's request: "تحدثا بناء على طلب من وزير الخارجية الأمريكي", "بطلب من
    // إيران" (the requester after من; the one asked is the actor the clause is about).
    const request =
      tokStems(t).some(
        (st) =>
          st.stem === REQUEST_NOUN && t.text.slice(0, st.prefixLength).replace(/^[وف]/, "") === "ب",
      ) ||
      (t.text === REQUEST_NOUN &&
        (v.tokens[i - 1]?.text === "علي" || v.tokens[i - 1]?.text === "وعلي"));
    if (request) {
      const named = unitAt(v, units, i + 1, 1, new Set(["من"]));
      const asked = named ? ownerBefore(v, units, i, 15) : null;
      if (named && asked)
        add("REQUEST", "request", cross(groupOf(v, units, named), asked), i, "coop-at-request");
    }

    // Backing: "بدعم روسي", "بدعم من الولايات المتحدة", "بإسناد من التحالف".
    const backing = tokStems(t).find(
      (st) =>
        w.backing.has(st.stem) && t.text.slice(0, st.prefixLength).replace(/^[وف]/, "") === "ب",
    );
    if (backing) {
      // One more conjoined word may stand before من: "بدعم وتسليح من".
      let k = i + 1;
      if (v.tokens[k]?.text.startsWith("و") && !v.byFirst.has(k) && v.tokens[k + 1]?.text === "من")
        k++;
      const named = unitAt(v, units, k, 1, new Set(["من"]));
      let backer: Unit[] | null = named ? groupOf(v, units, named) : null;
      if (!backer) {
        // A state's nisba right after the noun, or after one adjective ("بدعم عسكري روسي").
        for (let j = i + 1; j <= i + 2 && !backer; j++) {
          const f = v.byFirst.get(j);
          if (actorNisba(f)) backer = [unitOf(f)];
          else if (f || punctAfter(v, j - 1)) break;
        }
      }
      const backed = backer ? (ownerBefore(v, units, i, 8) ?? backedAfter(v, units, backer)) : null;
      if (backer && backed) add("SUPPORT", "backing", cross(backer, backed), i, "coop-backing");
    }
  }
  return out;
}

type AddDrafts = (
  type: RelationType,
  mode: string,
  pairs: Array<[Unit, Unit]>,
  at: number,
  rule: string,
  event?: string,
) => void;

const tok1 = (v: SentenceView, i: number): Tok | undefined => v.tokens[i];

/** Drops the rules' drafts (of the cooperative types) whose object is a spokesman. */
function dropSpokesmanObjects(v: SentenceView, drafts: Draft[], w: CooperationWords): void {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k] as Draft;
    if (d.rule.startsWith("noun")) continue;
    // "على لسان رئيسها دونالد ترامب": the word before the phrase, or before its office. Of
    // any verb: "رفضت بكين على لسان المتحدث باسم خارجيتها لين جيان اتهامات الناتو".
    const f = d.target.first;
    if ([f - 1, f - 2].some((j) => j >= 0 && readingIn(tok1(v, j), w.spokesman)))
      drafts.splice(k, 1);
  }
}

const MINE: ReadonlySet<string> = new Set([
  ...SYMMETRIC_TYPES,
  "REQUEST",
  "SUPPORT",
  "AID",
  "SANCTION",
]);

/** Types whose verb, joined by و to an earlier verb, shares its subject (conjoinedVerbDrafts). */
const CONJOINED: ReadonlySet<string> = new Set([...MINE, "ACCUSE", "THREATEN"]);

/**
 * The two sides of a call named by its means ("عبر الهاتف", "هاتفيا") at `i`: the actor the
 * clause is about and the one after مع / بـ ("اتصل X هاتفيا بـ Y"), or the one addressed
 * right before the means ("قال آبي لبوتين عبر مكالمة", "خاطب آبي بوتين هاتفيا").
 */
function phonePair(v: SentenceView, units: Unit[], i: number): Array<[Unit, Unit]> {
  const end = tok(v, i).text === VIA ? i + 1 : i;
  const after = unitAt(v, units, end + 1, 1, new Set(["مع", "ب"]));
  if (after) {
    const owner = ownerBefore(v, units, i, 10);
    return owner
      ? owner.flatMap((o) => groupOf(v, units, after).map((p) => [o, p] as [Unit, Unit]))
      : [];
  }
  let partner: Unit | undefined;
  for (const u of units) if (u.last < i) partner = u;
  if (!partner || i - partner.last > 3 || partner.place) return [];
  for (let k = partner.last; k < i; k++) if (punctAfter(v, k)) return [];
  const p = prepOf(v, partner);
  if (p === "ل" || p === "ب" || p === "مع") {
    const owner = ownerBefore(v, units, partner.first, 6);
    return owner && !owner.includes(partner) ? owner.map((o) => [o, partner] as [Unit, Unit]) : [];
  }
  // Two actors side by side, the verb's subject and its object ("خاطب آبي بوتين").
  if (p !== "") return [];
  const subject = units.find(
    (u) => u.last === partner.first - 1 && !u.place && prepOf(v, u) === "",
  );
  return subject ? [[subject, partner]] : [];
}

/**
 * What a welcome noun's بـ names at `from`: an actor ("ترحيبه بالرئيس"), the owner of the
 * thing welcomed ("بقرار الولايات المتحدة", "بإعلان كيم") or its nisba ("بالإعلان الكوري
 * الشمالي").
 */
function welcomedActor(v: SentenceView, units: Unit[], from: number): Unit[] | null {
  const direct = unitAt(v, units, from, 0, new Set(["ب"]));
  if (direct) return groupOf(v, units, direct);
  const x = tok1(v, from);
  if (!x || units.some((u) => u.first <= from && from <= u.last)) return null;
  // A noun with بـ: three letters at least after it ("بعد", "بين" are no nouns with بـ).
  const withB = tokStems(x).some(
    (st) => x.text.slice(0, st.prefixLength).replace(/^و/, "") === "ب" && st.stem.length >= 3,
  );
  if (!withB || punctAfter(v, from)) return null;
  const owner = unitAt(v, units, from + 1, 0, new Set([""]));
  if (owner) return [owner];
  for (let k = from + 1; k <= from + 2; k++) {
    const f = v.byFirst.get(k);
    // One state's nisba: "بالاتفاق الإيراني الأمريكي" is a deal between two.
    const next = f ? v.byFirst.get(f.last + 1) : undefined;
    if (actorNisba(f) && !next?.adjective) return [unitOf(f)];
    if (f || punctAfter(v, k)) break;
  }
  return null;
}

/** Nouns whose owner may be the speaker's country ("دعم بلاده لـ", "دعوة بلاده إلى"). */
const COUNTRY_OWNED = new Set<RelationType>(["SUPPORT", "REQUEST", "AID"]);

/**
 * "أكد شكري دعم بلاده للحكومة الليبية": the noun's owner is the country of the actor the
 * clause is about, who speaks for it (the named official is the source, as ANNOTATION.md
 * asks); the one after لـ / إلى is the target.
 */
function countryOwnedDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  previousSubject: Unit[] | null,
  w: CooperationWords,
  add: AddDrafts,
): void {
  for (const t of triggers) {
    // "دعم" is read as a verb too; before بلاده it is the noun.
    const n = t.noun ?? (t.verb && !t.verb.participle ? t.verb.entry : undefined);
    if (!n || !COUNTRY_OWNED.has(n.type)) continue;
    if (!readingIn(tok1(v, t.last + 1), w.countryOwn)) continue;
    const target = unitAt(v, units, t.last + 2, 2, new Set(["ل", "الي"]));
    if (!target) continue;
    const owner = ownerBefore(v, units, t.first, 12) ?? previousSubject;
    if (owner)
      add(
        n.type,
        n.mode ?? "",
        owner.flatMap((o) => groupOf(v, units, target).map((x) => [o, x] as [Unit, Unit])),
        t.first,
        "coop-country-owned",
        n.event,
      );
  }
}

const wawCache = new WeakMap<object, boolean>();
/** Whether a verb's own forms start with و (وقع، وصل، وعد): then و is no conjunction. */
function startsWithWaw(entry: { past: string[]; present: string[] }): boolean {
  let x = wawCache.get(entry);
  if (x === undefined) {
    x = [...entry.past, ...entry.present].some((f) => f.startsWith("و"));
    wawCache.set(entry, x);
  }
  return x;
}

/** How far before an aid noun a verb of threat makes it a threat, not aid. */
const THREAT_REACH = 6;

/** «هدد الحوثيون بإرسال صواريخ إلى إيلات»: a verb of threat shortly before the noun. */
function threatenedBefore(triggers: readonly Trigger[], t: Trigger): boolean {
  return triggers.some(
    (x) =>
      x.kind === "verb" &&
      x.verb?.entry.type === "THREATEN" &&
      x.last < t.first &&
      t.first - x.last <= THREAT_REACH,
  );
}

/** The grammatical gender a verb form shows: past -ت or present تـ is feminine. */
export function verbGender(text: string): "f" | "m" {
  const x = text.replace(/^[وف]/, "").replace(/^س/, "");
  return x.endsWith("ت") || x.startsWith("ت") ? "f" : "m";
}

/**
 * "وأدانت السعودية الهجوم ودعت المجتمع الدولي إلى التحرك": a verb joined by و to an earlier
 * verb of the same clause, with no subject of its own, shares that verb's subject; the actor
 * after it is its object. Only when the rules drafted nothing for it, the two verbs agree in
 * gender and no relative pronoun or clause break stands between them.
 */
function conjoinedVerbDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  drafts: readonly Draft[],
  types: ReadonlySet<string>,
  add: AddDrafts,
  out: Draft[],
): void {
  const words = v.words;
  for (const t of triggers) {
    const entry = t.verb?.entry;
    if (t.kind !== "verb" || !entry || !types.has(entry.type) || t.verb?.participle || t.split)
      continue;
    const text = tok(v, t.first).text;
    // و must be the conjunction, not the verb's first letter (وقع، وصل، وعد).
    if (!text.startsWith("و") || startsWithWaw(entry)) continue;
    if (drafts.some((d) => d.type === entry.type && d.first <= t.first && t.last <= d.last))
      continue;
    if (units.some((u) => u.last === t.first - 1)) continue;
    let prev: Trigger | undefined;
    for (const x of triggers) if (x.kind !== "noun" && x.last < t.first) prev = x;
    if (!prev || t.first - prev.last > 15 || prev.verb?.participle) continue;
    let blocked = false;
    for (let k = prev.last + 1; k < t.first && !blocked; k++) {
      const x = tok(v, k).text;
      if (words.relatives.has(x) || words.complementizers.has(x) || words.clause_breaks.has(x))
        blocked = true;
    }
    if (blocked || verbGender(tok(v, prev.first).text) !== verbGender(text)) continue;
    const vso = unitAt(v, units, prev.last + 1, 1, new Set([""]));
    const svoIdx = units.findIndex(
      (u) => u.last === prev.first - 1 && !u.place && ["", "و"].includes(prepOf(v, u)),
    );
    const subject =
      vso && vso.last < t.first
        ? groupOf(v, units, vso).filter((u) => u.last < t.first)
        : svoIdx >= 0
          ? coordinatedBefore(v, units, svoIdx).flatMap((x) => x.members ?? [x])
          : null;
    if (!subject?.length) continue;
    const preps = new Set(entry.preps.map(normalizeForMatch));
    const reach = entry.speech_event ? 2 : 6;
    const object = units.find(
      (u) => u.first > t.last && u.first <= t.last + reach && !u.place && !subject.includes(u),
    );
    if (!object || !preps.has(prepOf(v, object))) continue;
    const before = out.length;
    add(
      entry.type,
      entry.mode ?? "",
      subject.flatMap((s) => groupOf(v, units, object).map((o) => [s, o] as [Unit, Unit])),
      t.first,
      "coop-conjoined-verb",
      entry.event,
    );
    if (negatedAt(v, t.first)) for (const d of out.slice(before)) d.polarity = "negated";
  }
}

/** The trigger of a type inside a draft's span (the verb or noun that drafted it). */
function triggerOf(d: Draft, triggers: readonly Trigger[]): Trigger | undefined {
  return triggers.find(
    (t) =>
      t.first >= d.first &&
      t.last <= d.last &&
      (t.verb?.entry.type === d.type || t.noun?.type === d.type),
  );
}

/**
 * A masculine pronoun on a noun ("زيارته", "دعمه") does not refer to a state, which Arabic
 * treats as feminine ("زيارتها"): the nearest state before it is then not its owner ("بعد
 * اختفاء رئيس الإنتربول ... في ليون شرق فرنسا، بعد زيارته إلى الصين"). Not when an
 * official stands for the state, nor for a state with a masculine name (العراق، لبنان).
 */
function masculineOwnerMisread(v: SentenceView, t: Trigger, d: Draft) {
  const head = tok(v, t.first).text;
  if (!head.endsWith("ه") || head.endsWith("اه")) return false;
  const s = d.source;
  if (s.ref.kind !== "state" || s.office || s.members) return false;
  return !masculineStateName(v, s);
}

/**
 * A feminine pronoun on a noun ("زيارتها") does not refer to an official whose title is
 * masculine: "أكدت ميلانيا ترامب ... فيستمع لها الرئيس الأمريكي ..، خلال زيارتها لمصر" is
 * her visit, not the president's. Only the title tells the holder's gender here.
 */
function feminineOwnerMisread(v: SentenceView, t: Trigger, d: Draft) {
  if (!tok(v, t.first).text.endsWith("ها")) return false;
  const s = d.source;
  // "قال ترامب إن إدارته ستواصل دعمها لإسرائيل": a state's body named between them owns it.
  for (let k = s.last + 1; k < t.first; k++) {
    // Not a body inside an office ("رئيس الحكومة"، "وزيرة الخارجية").
    const inOffice = k > 0 && isTitleHead(tok(v, k - 1), v.words) !== undefined;
    if (!inOffice && hasBare(v.words.feminine_bodies, tok(v, k).text)) return false;
  }
  const at = s.office && !s.office.after ? s.office.first : s.official ? s.first : -1;
  const title = at >= 0 ? isTitleHead(tok(v, at), v.words) : undefined;
  // Normalized, ة is written ه ("وزيره").
  return !!title && !/[ةه]$/.test(title.stem);
}

/** Relations one side does to the other (a dual verb's subject is two actors). */
const ONE_SIDED = new Set<RelationType>(["REQUEST", "SUPPORT", "AID", "SANCTION"]);

/**
 * Drops the rules' drafts (of the cooperative types) that misread their verb or noun:
 *   a dual verb after one person is a noun ("رفض ماتيس طلبا من ترامب": a request, not "the
 *   two asked");
 *   a subject carried over to a verb that has its own after a pronoun object ("وقد طلب منه
 *   الفاتيكان التنحي": the Vatican asks, not the previous sentence's subject);
 *   support, aid, cooperation or talks withdrawn or suspended ("أعلن ترامب سحب تأييده
 *   للبيان"، "أعلنت كندا تعليق صفقة أسلحة مع السعودية") are none;
 *   a "verb" right after a preposition is a verbal noun ("على منح مصر القرض").
 */
function dropMisreadVerbs(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  drafts: Draft[],
  w: CooperationWords,
): void {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k] as Draft;
    if (!MINE.has(d.type)) continue;
    const t = triggerOf(d, triggers);
    if (!t) continue;
    let drop = false;
    const entry = t.verb?.entry;
    const form = tok(v, t.first).text.replace(/^[وف]/, "");
    if (
      d.rule === "verb-svo" &&
      entry &&
      !entry.symmetric &&
      ONE_SIDED.has(entry.type) &&
      t.verb?.number === "dual" &&
      // Not also a singular form ("دعا").
      ![...entry.past, ...entry.present].some((f) => normalizeForMatch(f) === form) &&
      d.source.ref.kind === "person"
    ) {
      const sources = new Set(
        drafts.filter((x) => triggerOf(x, triggers) === t).map((x) => x.source.ref.id),
      );
      drop = sources.size === 1;
    } else if ((d.rule.endsWith("-inferred") || d.rule.endsWith("-joined")) && t.kind === "verb") {
      const own = units.find((u) => u.first === t.last + 2 && !u.place);
      drop =
        !!own &&
        prepOf(v, own) === "" &&
        readingIn(tok1(v, t.last + 1), w.pronounObjects) !== undefined;
    } else if (t.kind === "noun") {
      // The word right before the noun, or before the subject that stands between them
      // («أوقفت الولايات المتحدة المساعدات الأمريكية لأفغانستان»).
      const owner = units.find((u) => u.last === t.first - 1 && !u.place);
      const at = [t.first - 1, t.first - 2, ...(owner ? [owner.first - 1] : [])];
      const before = at.filter((j) => j >= 0).map((j) => tok(v, j));
      const cut = d.type === "COOPERATE" || d.type === "AID";
      drop =
        before.some((x) => readingIn(x, w.withdraw)) ||
        (cut && before.some((x) => readingIn(x, w.ending))) ||
        (d.type === "AID" && threatenedBefore(triggers, t));
    }
    if (!drop && t.kind === "noun" && t.pronoun)
      drop = masculineOwnerMisread(v, t, d) || feminineOwnerMisread(v, t, d);
    // No verb follows a preposition: "وافق الصندوق على منح مصر القرض" is a verbal noun,
    // whose genitive is no subject when a direct object is read after it ("مع توجه بومبيو
    // إلى بيونغ يانغ" keeps its doer). A target carried from the sentence before is not
    // this sentence's to read.
    if (!drop && t.kind === "verb" && d.rule.startsWith("verb-") && !t.verb?.participle)
      drop =
        t.first > 0 &&
        v.words.core_prepositions.has(tok(v, t.first - 1).text) &&
        units.includes(d.target) &&
        prepOf(v, d.target) === "";
    if (drop) drafts.splice(k, 1);
  }
}

/**
 * "خلال زيارة قام بها إلى النمسا", "زيارة رسمية لواشنطن يبدأها ماكرون", "في زيارة يقوم بها
 * وزير الخارجية إلى موسكو": a visit noun whose doer is named after a light verb with a
 * pronoun (قام بها، يجريها، يبدأها) or, with none named, is the actor the clause is about.
 * Talks held the same way meet their partner after مع: "المفاوضات التي تجريها الولايات
 * المتحدة لتعديل الاتفاق مع كندا والمكسيك".
 */
function visitDoerDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  w: CooperationWords,
  add: AddDrafts,
): void {
  for (const t of triggers) {
    if (t.kind !== "noun" || t.noun?.type !== "CONSULT") continue;
    const visit = t.noun.event === "visit";
    let at = -1;
    let len = 0;
    for (let k = t.last + 1; k <= t.last + 4 && k < v.tokens.length && at < 0; k++) {
      const m = w.visitDoers.find((p) =>
        p.every((x, j) => tok1(v, k + j)?.text.replace(/^و/, "") === x),
      );
      if (m) [at, len] = [k, m.length];
      else if (punctAfter(v, k)) break;
    }
    if (at < 0) continue;
    const end = at + len - 1;
    const named = unitAt(v, units, end + 1, 1, new Set([""]));
    // No doer named: the actor the clause is about (not the previous sentence's subject).
    const doers = named ? groupOf(v, units, named) : ownerBefore(v, units, t.first, 12);
    if (!doers) continue;
    const after = named ? Math.max(...doers.map((u) => u.last)) + 1 : end + 1;
    if (!visit) {
      // Talks: a named doer, and its partners after مع within the clause.
      const k = named
        ? units.findIndex(
            (u) =>
              u.first >= after &&
              u.first <= after + TALKS_REACH &&
              !doers.includes(u) &&
              prepOf(v, u) === "مع" &&
              !commaBetween(v, after - 1, u.first),
          )
        : -1;
      const partners = k >= 0 ? coordinatedAfter(v, units, k).filter((u) => !u.place) : [];
      if (partners.length > 0)
        add(
          "CONSULT",
          t.noun.mode ?? "",
          doers.flatMap((d) => partners.map((p) => [d, p] as [Unit, Unit])),
          t.first,
          "coop-talks-doer",
          t.noun.event,
        );
      continue;
    }
    // The destination before the light verb ("زيارة رسمية لواشنطن يبدأها") or after it.
    const to = new Set(["ل", "الي"]);
    const dest = units.find(
      (u) =>
        ((u.first > t.last && u.last < at) || (u.first >= after && u.first <= after + 3)) &&
        !doers.includes(u) &&
        to.has(prepOf(v, u)),
    );
    if (!dest) continue;
    add(
      "CONSULT",
      "visit",
      doers.map((d) => [d, dest] as [Unit, Unit]),
      t.first,
      "coop-visit-doer",
      "visit",
    );
  }
}

/** How far after the doer of talks their partner's مع may stand ("لتعديل الاتفاق ... مع"). */
const TALKS_REACH = 8;

/** "بين": the word of a meeting's parties (normalized). */
const BETWEEN_WORD = "بين";

/**
 * The parties after بين up to seven words after a meeting noun, when only descriptions stand
 * between them ("قمة تاريخية مرتقبة في غضون أسابيع بين الزعيمين"); null otherwise.
 */
function betweenFar(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  t: Trigger,
): Unit[] | null {
  for (let k = t.last + 1; k <= t.last + 7 && k < v.tokens.length; k++) {
    if (units.some((u) => u.first <= k && k <= u.last)) return null;
    if (triggers.some((x) => x !== t && x.first <= k && k <= x.last)) return null;
    // "اللقاء في المنطقة المنزوعة السلاح بين الكوريتين": the zone is between them.
    if (v.words.between_places.has(tok(v, k).text)) return null;
    if (tok(v, k).text.replace(/^و/, "") === BETWEEN_WORD) {
      if (k <= t.last + 3) return null;
      const first = units.find((u) => u.first === k + 1 && !u.place);
      const group = first ? groupOf(v, units, first) : [];
      return group.length >= 2 ? group : null;
    }
    if (punctAfter(v, k)) return null;
  }
  return null;
}
