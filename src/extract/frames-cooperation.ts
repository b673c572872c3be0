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
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { bundledKbDir } from "../kb/load.js";
import type { Found } from "../recognize/found.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import type { RelationType } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { prepOf } from "./arguments.js";
import { modalityAt, negatedAt } from "./modality.js";
import { type Draft, type Frame, frameAround, type Trigger } from "./scope.js";
import {
  coordinatedAfter,
  coordinatedBefore,
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
    tariff_nouns: z.array(z.string()),
    impose_words: z.array(z.string()),
    goods_nouns: z.array(z.string()),
    receive_verbs: z.array(z.string()),
    aid_nouns: z.array(z.string()),
    auxiliaries: z.array(z.string()),
    backing_words: z.array(z.string()),
    resumptive_prepositions: z.array(z.string()),
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
  tariff: Set<string>;
  impose: Set<string>;
  goods: Set<string>;
  receive: Set<string>;
  aid: Set<string>;
  auxiliaries: Set<string>;
  backing: Set<string>;
  resumptivePreps: Set<string>;
  /** Every word the per-token frames start from: a token with none of them is skipped. */
  anchors: Set<string>;
}

let cached: CooperationWords | null = null;

function cooperationWords(): CooperationWords {
  if (cached) return cached;
  const path = join(bundledKbDir(), "..", "lexicon", "cooperation.json");
  const r = CooperationFile.parse(JSON.parse(readFileSync(path, "utf8")));
  const set = (xs: string[]) => new Set(xs.map(normalizeForMatch));
  cached = {
    meetingWith: set(r.meeting_with),
    joint: r.joint_meetings.map((m) => normalizeForMatch(m).split(" ")),
    gather: set(r.gather_verbs),
    ally: set(r.ally_nouns),
    allyOwn: set(r.ally_possessives),
    expel: set(r.expel_words),
    envoy: set(r.envoy_words),
    tariff: set(r.tariff_nouns),
    impose: set(r.impose_words),
    goods: set(r.goods_nouns),
    receive: set(r.receive_verbs),
    aid: set(r.aid_nouns),
    auxiliaries: set(r.auxiliaries),
    backing: set(r.backing_words),
    resumptivePreps: set(r.resumptive_prepositions),
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
        REQUEST_NOUN,
      ].map(normalizeForMatch),
    ]),
  };
  return cached;
}

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
/** "بطلب من", "بناء على طلب": the noun of a request. */
const REQUEST_NOUN = "طلب";
/** Whether a token is an anchor: once per distinct word, on its shared info record. */
function isAnchor(t: Tok, w: CooperationWords): boolean {
  const info = t.info;
  if (info?.coopAnchor !== undefined) return info.coopAnchor;
  const hit = tokStems(t).some((st) => w.anchors.has(st.stem));
  if (info) info.coopAnchor = hit;
  return hit;
}
const PRONOUN = /(ه|ها|هما|هم)$/;
const WITH = new Set(["مع"]);

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

/** Every pair of distinct actors of a group. */
function everyPair(group: readonly Unit[]): Array<[Unit, Unit]> {
  const out: Array<[Unit, Unit]> = [];
  for (let a = 0; a < group.length; a++)
    for (let b = a + 1; b < group.length; b++) out.push([group[a] as Unit, group[b] as Unit]);
  return out;
}

const SYMMETRIC = new Set<RelationType>(["CONSULT", "COOPERATE", "AGREE"]);

export interface CooperationInput {
  v: SentenceView;
  units: Unit[];
  triggers: readonly Trigger[];
  frames: readonly Frame[];
  drafts: readonly Draft[];
  previousSubject: Unit[] | null;
  according: Unit | null;
}

/** Drafts of the cooperative frames of one sentence (none the rules already drafted). */
export function cooperationDrafts(input: CooperationInput): Draft[] {
  const { v, units, triggers, frames, drafts, previousSubject, according } = input;
  const w = cooperationWords();
  const out: Draft[] = [];
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
          (SYMMETRIC.has(type) && d.source.ref.id === o.ref.id && d.target.ref.id === s.ref.id));
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
  const mine = new Set<RelationType>([...SYMMETRIC, "REQUEST", "SUPPORT", "AID", "SANCTION"]);
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
    if (!subjectUnit) continue;
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
      if (victim && doers)
        add(
          "SANCTION",
          "tariff",
          doers.map((d) => [d, victim] as [Unit, Unit]),
          i,
          "coop-tariff",
        );
    }

    // Aid received: "حصلت مصر على قرض ... من صندوق النقد الدولي" (the giver after من).
    if (readingIn(t, w.receive)) {
      let aidAt = -1;
      for (let k = i + 1; k <= i + 6 && k < v.tokens.length && aidAt < 0; k++)
        if (readingIn(tok(v, k), w.aid)) aidAt = k;
      const giver =
        aidAt >= 0
          ? units.find(
              (u) => u.first > aidAt && u.first <= aidAt + 10 && !u.place && prepOf(v, u) === "من",
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
        if (receivers)
          add("AID", "aid", cross(groupOf(v, units, giver), receivers), i, "coop-received");
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
      const named = unitAt(v, units, k, 0, new Set(["من"]));
      let backer: Unit[] | null = named ? groupOf(v, units, named) : null;
      if (!backer) {
        // A state's nisba right after the noun, or after one adjective ("بدعم عسكري روسي").
        for (let j = i + 1; j <= i + 2 && !backer; j++) {
          const f = v.byFirst.get(j);
          if (f?.adjective && f.entity.kind === "state") backer = [unitOf(f)];
          else if (f || punctAfter(v, j - 1)) break;
        }
      }
      const backed = backer ? ownerBefore(v, units, i, 8) : null;
      if (backer && backed) add("SUPPORT", "backing", cross(backer, backed), i, "coop-backing");
    }
  }
  return out;
}
