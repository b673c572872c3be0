// Conflict frames the lexicon's noun frames cannot express. Those frames read a noun's genitive
// as its doer ("غارات التحالف على ..."); these nouns take their victim as the genitive
// ("تسميم سكريبال", "اعتقال الناشطة", "اغتيال السفير") and name the doer around them:
//   X يقف وراء N Y        "روسيا تقف وراء تسميم سكريبال"
//   X مسؤول عن N Y        "موسكو هي المسؤولة عن محاولة اغتيال سكريبال"
//   ضلوع X في N Y         "نفت روسيا أي ضلوع لها في تسميم سكريبال" (negated by the denial)
//   N Y على يد / من قبل X  "اعتقال الناشط على يد قوات الأمن"
//   the accused of an enclosing accusation: "اتهمت لندن موسكو بتسميم سكريبال".
// Also: such a noun stating its clause's purpose ("أطلقت الشرطة الغاز لتفريق المتظاهرين"),
// casualties of an attack whose doer is named ("قتل خمسة جنود في هجوم انتحاري"), objects a
// verb's own reading misses (a number of a group, "اعتقلت الشرطة العشرات من المحتجين"; a
// state's nisba, "هاجم متظاهرون مقر السفارة الأمريكية"; a crowd, "وسط حشد من المتظاهرين"),
// passives with their agent ("اعتقل الناشط من قبل السلطات"), and references back to an
// attack named before ("نفت موسكو أي ضلوع لها في الهجوم"; frames-attack-coref.ts).
// The word lists are data (lexicon/conflict.json).
import { z } from "zod";
import { isCount, type Tok, tokStems } from "../recognize/segment.js";
import { RelationType } from "../schema.js";
import { bundledLexiconFile } from "../text/lexicon-file.js";
import { normalizeForMatch } from "../text/normalize.js";
import {
  asideEnd,
  FRONT,
  normPrep,
  ON,
  prepOf,
  subjectAfter,
  subjectBefore,
  unconjoined,
} from "./arguments.js";
import {
  type AttackReference,
  noteFreshAttack,
  noteReference,
  noteSentence,
  noteVictim,
} from "./frames-attack-coref.js";
import {
  type CourtAnchor,
  type CourtWords,
  countedObjectOf,
  courtAnchor,
  courtDrafts,
} from "./frames-conflict-courts.js";
import { isTollAnchor, type TollWords, tollDrafts } from "./frames-conflict-toll.js";
import { type Lexicon, senseWords, type VerbForm } from "./lexicon.js";
import { modalityAt, negatedAt } from "./modality.js";
import { nisbaOwner } from "./nisba.js";
import { type Draft, type Frame, frameAround, type Trigger } from "./scope.js";
import {
  coordinatedAfter,
  coordinatedBefore,
  hasBare,
  isBare,
  ofSentence,
  type SentenceView,
  type Unit,
  unbroken,
  unitOf,
} from "./units.js";

const ConflictFile = z
  .object({
    about: z.string(),
    patient_nouns: z.array(
      z.object({ type: RelationType, mode: z.string().nullable(), heads: z.array(z.string()) }),
    ),
    behind: z.array(z.string()),
    responsible: z.array(z.string()),
    involvement: z.array(z.string()),
    agent_markers: z.array(z.array(z.string())),
    /** «تظاهر المئات من أنصار المعارضة»: the followers of an actor protest as it. */
    followers: z.array(z.string()).default([]),
    /** «أمرت محكمة تركية باحتجاز ...»: whoever orders the act does it. */
    order_verbs: z.array(z.string()).default([]),
    /** «قامت الشرطة باعتقال ...»: a verb that carries out the act its بـ noun names. */
    light_verbs: z.array(z.string()).default([]),
    /** «أقدمت السلطات على إعدام ...»: a verb that undertakes the act its على noun names. */
    undertake_verbs: z.array(z.string()).default([]),
    /** «أمر ترامب بشن ضربات على»: verbal nouns that launch the attack noun after them. */
    launch_masdars: z.array(z.string()).default([]),
    /** «هجوم تجاري»، «هجوم دبلوماسي»: words after an attack noun that make it no attack. */
    figurative_attacks: z.array(z.string()).default([]),
    /** «الجامعة الأمريكية»: heads a state's nisba names after that state, not as its own. */
    named_after_heads: z.array(z.string()).default([]),
    /** «إيرانية الصنع»: words after a nisba that make it the maker's, not the owner's. */
    make_words: z.array(z.string()).default([]),
    /** «استدعت الخارجية السفير احتجاجا»: verbs that summon an envoy (frames-diplomatic-protest.ts). */
    summon_verbs: z.array(z.string()).default([]),
    /** «السفير»، «القائم بالأعمال»: words that open an envoy's description. */
    envoy_heads: z.array(z.string()).default([]),
    /** «قدمت احتجاجا إلى»، «وأبلغته احتجاجا»: verbs that deliver a protest. */
    deliver_verbs: z.array(z.string()).default([]),
    /** Words of a protest delivered or a summons made in protest (احتجاجا، للاحتجاج). */
    protest_words: z.array(z.string()).default([]),
    /** «رفضا لترشح الرئيس»: a crowd's purpose, with what it protests against after it. */
    purpose_targets: z.array(z.string()).default([]),
    /**
     * «محتجين يرفضون حكم المجلس العسكري»، «الذين يطالبون»: verbs of a crowd's stance after it,
     * which make a crowd that is fired on one that protests (frames-protest.ts statedPurpose).
     */
    crowd_stance_verbs: z.array(z.string()).default([]),
    /** «بعد»، «كانت»: words that end the clause an attack's place may stand in. */
    place_breaks: z.array(z.string()).default([]),
    /** «شارك الجيش في الهجوم»: verbs whose subject takes part in the act after في. */
    take_part_verbs: z.array(z.string()).default([]),
    /** «أجل تحالف المعارضة مسيرة»: verbs that call a protest off (frames-protest.ts). */
    called_off_verbs: z.array(z.string()).default([]),
    /** «ضد الحكومة»، «مناهضة للحكومة»: a government word standing alone, and what puts it against. */
    government_words: z.array(z.string()).default([]),
    government_against: z.array(z.string()).default([]),
    /** «قتل متظاهران برصاص الشرطة»: a weapon of the agent before it (the verb is passive). */
    agent_weapons: z.array(z.string()).default([]),
    skip_before: z.array(z.string()),
    easing_verbs: z.array(z.string()),
    attack_on_nouns: z.array(z.string()),
    victim_preps: z.array(z.string()),
    not_threatened: z.array(z.string()),
    threatened_strikes: z.array(z.string()).default([]),
    attack_refs: z.array(z.string()).default([]),
    /** «تبنى تنظيم داعش الهجوم»: verbs that claim an attack (frames-claims.ts). */
    claim_verbs: z.array(z.string()).default([]),
    strike_verbs: z
      .object({
        about: z.string().optional(),
        breaks: z.array(z.string()).default([]),
        words: z.array(z.string()),
      })
      .optional(),
    /** Claims told otherwise: responsibility for it, a relative claim, ascribing, charging. */
    claims: z
      .object({
        about: z.string().optional(),
        pronouns: z.array(z.string()),
        relatives: z.array(z.string()),
        back_refs: z.array(z.string()).default([]),
        ref_adjectives: z.array(z.string()).default([]),
        ascribe_verbs: z.array(z.string()),
        charge_verbs: z.array(z.string()),
      })
      .optional(),
    pronoun_refs: z
      .object({ behind: z.array(z.string()), in: z.array(z.string()) })
      .default({ behind: [], in: [] }),
    purpose_words: z.array(z.string()).default([]),
    figurative_means: z.array(z.string()).default([]),
    crowd_nouns: z.array(z.string()).default([]),
    verbal_bodies: z.array(z.string()).default([]),
    /** «أي علاقة لها بـ»: a pronoun of ownership before the act someone is tied to. */
    own_pronouns: z.array(z.string()).default([]),
    /** «تظاهر ... أمام السفارة»: in front of what a protest stands. */
    in_front: z.array(z.string()).default([]),
    /** «في بغداد», «خرج المحتجون إلى شوارع بغداد»: what places a crowd in a city. */
    placing_prepositions: z.array(z.string()).default([]),
    resident_words: z.array(z.string()).default([]),
    toward_place: z.array(z.string()).default([]),
    protest_act_verbs: z.array(z.string()).default([]),
    /** Titles of unnamed officials who attack in words («هاجم وزير الخارجية الإيراني»). */
    verbal_officials: z.array(z.string()).default([]),
    /** «تعرض لإطلاق نار من»: two-word acts undergone (frames-undergone.ts). */
    undergone_fire: z.array(z.string()).default([]),
    casualty: z
      .object({
        about: z.string(),
        preps: z.array(z.string()),
        nouns: z.array(z.string()),
        words: z.array(z.string()),
        doer_verbs: z.array(z.string()),
        /** «لقي خمسة جنود مصرعهم في هجوم»: the word of death before the preposition. */
        death_words: z.array(z.string()).default([]),
        /** «في صفوف»، «من»: words joining a word of casualty to the group it counts. */
        victim_links: z.array(z.string()).default([]),
        /** «القتلى»، «الجرحى»: nouns of a toll, which count a group as a casualty does. */
        toll_nouns: z.array(z.string()).default([]),
        /** «وأصيب عشرة آخرون»: the others wounded between the casualties and the attack. */
        others: z.array(z.string()).default([]),
        /** «خلال مواجهات مع الجيش»: a clash, whose other side comes after مع. */
        clash_nouns: z.array(z.string()).default([]),
      })
      .strict()
      .optional(),
    courts: z
      .object({
        about: z.string(),
        detain_verbs: z.array(z.string()),
        sentence_verbs: z.array(z.string()),
        penalties: z.array(z.string()),
        descriptors: z.array(z.string()).default([]),
        warrant_verbs: z.array(z.string()).default([]),
        warrants: z.array(z.string()).default([]),
        warrant_kinds: z.array(z.string()).default([]),
        warrant_preps: z.array(z.string()).default([]),
      })
      .strict()
      .optional(),
    toll: z
      .object({
        about: z.string(),
        result_verbs: z.array(z.string()),
        preps: z.array(z.string()),
        tolls: z.array(z.string()),
        between: z.array(z.string()).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();

interface ConflictWords {
  own: Set<string>;
  inFront: Set<string>;
  placing: Set<string>;
  /** «أهالي»، «سكان» right before a place: the crowd is there. */
  residentWords: Set<string>;
  /** «أمام»، «نحو»: they place a crowd before a place (a city), not before a state's name. */
  towardPlace: Set<string>;
  /** Verbs of a protest's act («أغلق»، «أضرب»): their group subject may protest. */
  protestActVerbs: Set<string>;
  fire: Set<string>;
  heads: Map<string, Head>;
  behind: Set<string>;
  responsible: Set<string>;
  involvement: Set<string>;
  agentMarkers: string[][];
  agentWeapons: Set<string>;
  orders: Set<string>;
  lightVerbs: Set<string>;
  undertakeVerbs: Set<string>;
  launchMasdars: Set<string>;
  figurativeAttacks: Set<string>;
  namedAfterHeads: Set<string>;
  makeWords: Set<string>;
  summonVerbs: Set<string>;
  envoyHeads: Set<string>;
  deliverVerbs: Set<string>;
  protestWords: Set<string>;
  purposeTargets: Set<string>;
  crowdStanceVerbs: Set<string>;
  placeBreaks: Set<string>;
  takePartVerbs: Set<string>;
  calledOff: Set<string>;
  governmentWords: Set<string>;
  governmentAgainst: Set<string>;
  followers: Set<string>;
  skipBefore: Set<string>;
  easing: Set<string>;
  attackOn: Set<string>;
  victimPreps: Set<string>;
  notThreatened: Set<string>;
  /** "بضرب"، "بفرض" ...: threatened acts whose target a nisba alone may name. */
  threatenedStrikes: Set<string>;
  purpose: Set<string>;
  figurative: Set<string>;
  crowd: Set<string>;
  verbalBodies: string[];
  claimVerbs: Set<string>;
  strikeVerbs: Set<string>;
  strikeBreaks: Set<string>;
  claimPronouns: Set<string>;
  claimRelatives: Set<string>;
  claimBackRefs: Set<string>;
  claimRefAdjectives: Set<string>;
  ascribeVerbs: Set<string>;
  chargeVerbs: Set<string>;
  verbalOfficials: Set<string>;
  casualtyPreps: Set<string>;
  casualtyNouns: Set<string>;
  casualtyWords: Set<string>;
  /** «في صفوف»، «من» between a word of casualty and the group it counts. */
  victimLinks: Set<string>;
  tollNouns: Set<string>;
  casualtyDoerVerbs: Set<string>;
  deathWords: Set<string>;
  others: Set<string>;
  clashNouns: Set<string>;
  courts: CourtWords;
  toll: TollWords;
}

/** The word lists of lexicon/conflict.json, read and validated on first use. */
export const conflictWords = bundledLexiconFile(
  "conflict.json",
  ConflictFile,
  "conflict word lists",
  (r): ConflictWords => {
    const n = normalizeForMatch;
    const heads = new Map<string, Head>();
    for (const e of r.patient_nouns)
      for (const h of e.heads) heads.set(n(h), { type: e.type, mode: e.mode });
    // Words that refer back to an attack (frames-attack-coref.ts); a victim noun keeps its entry.
    const refer = (words: string[], ref: Head["ref"]) => {
      for (const h of words)
        if (!heads.has(n(h))) heads.set(n(h), { type: "ASSAULT", mode: "attack", ref });
    };
    refer(r.attack_refs, "noun");
    refer(r.pronoun_refs.behind, "behind");
    refer(r.pronoun_refs.in, "in");
    const words: ConflictWords = {
      heads,
      behind: new Set(r.behind.map(n)),
      responsible: new Set(r.responsible.map(n)),
      involvement: new Set(r.involvement.map(n)),
      agentMarkers: r.agent_markers.map((m) => m.map(n)),
      agentWeapons: new Set(r.agent_weapons.map(n)),
      orders: new Set(r.order_verbs.map(n)),
      lightVerbs: new Set(r.light_verbs.map(n)),
      undertakeVerbs: new Set(r.undertake_verbs.map(n)),
      launchMasdars: new Set(r.launch_masdars.map(n)),
      figurativeAttacks: new Set(r.figurative_attacks.map(n)),
      namedAfterHeads: new Set(r.named_after_heads.map(n)),
      makeWords: new Set(r.make_words.map(n)),
      summonVerbs: new Set(r.summon_verbs.map(n)),
      envoyHeads: new Set(r.envoy_heads.map(n)),
      deliverVerbs: new Set(r.deliver_verbs.map(n)),
      protestWords: new Set(r.protest_words.map(n)),
      purposeTargets: new Set(r.purpose_targets.map(n)),
      crowdStanceVerbs: new Set(r.crowd_stance_verbs.map(n)),
      placeBreaks: new Set(r.place_breaks.map(n)),
      takePartVerbs: new Set(r.take_part_verbs.map(n)),
      calledOff: new Set(r.called_off_verbs.map(n)),
      governmentWords: new Set(r.government_words.map(n)),
      governmentAgainst: new Set(r.government_against.map(n)),
      followers: new Set(r.followers.map(n)),
      skipBefore: new Set(r.skip_before.map(n)),
      easing: new Set(r.easing_verbs.map(n)),
      attackOn: new Set(r.attack_on_nouns.map(n)),
      // Tokens are matched as written and as normalized (على / علي).
      victimPreps: new Set([...r.victim_preps, ...r.victim_preps.map(n)]),
      notThreatened: new Set([...r.not_threatened, ...r.not_threatened.map(n)]),
      threatenedStrikes: new Set(r.threatened_strikes.map(n)),
      purpose: new Set([...r.purpose_words, ...r.purpose_words.map(n)]),
      figurative: new Set(r.figurative_means.map(n)),
      crowd: new Set(r.crowd_nouns.map(n)),
      verbalBodies: r.verbal_bodies.map(n),
      claimVerbs: new Set(r.claim_verbs.map(n)),
      strikeVerbs: new Set((r.strike_verbs?.words ?? []).map(n)),
      strikeBreaks: new Set((r.strike_verbs?.breaks ?? []).map(n)),
      claimPronouns: new Set((r.claims?.pronouns ?? []).map(n)),
      claimRelatives: new Set((r.claims?.relatives ?? []).map(n)),
      claimBackRefs: new Set((r.claims?.back_refs ?? []).map(n)),
      claimRefAdjectives: new Set((r.claims?.ref_adjectives ?? []).map(n)),
      ascribeVerbs: new Set((r.claims?.ascribe_verbs ?? []).map(n)),
      chargeVerbs: new Set((r.claims?.charge_verbs ?? []).map(n)),
      verbalOfficials: new Set(r.verbal_officials.map(n)),
      // Matched as written and as normalized (أمام / امام, إلى / الي).
      own: new Set([...r.own_pronouns, ...r.own_pronouns.map(n)]),
      inFront: new Set([...r.in_front, ...r.in_front.map(n)]),
      placing: new Set([...r.placing_prepositions, ...r.placing_prepositions.map(n)]),
      residentWords: new Set(r.resident_words.map(n)),
      towardPlace: new Set(r.toward_place.map(n)),
      protestActVerbs: new Set(r.protest_act_verbs.map(n)),
      fire: new Set(r.undergone_fire.map(n)),
      casualtyPreps: new Set((r.casualty?.preps ?? []).map(n)),
      // A clash is a casualty noun too ("في معارك مع الحوثيين").
      casualtyNouns: new Set(
        [...(r.casualty?.nouns ?? []), ...(r.casualty?.clash_nouns ?? [])].map(n),
      ),
      casualtyWords: new Set((r.casualty?.words ?? []).map(n)),
      victimLinks: new Set((r.casualty?.victim_links ?? []).map(n)),
      tollNouns: new Set((r.casualty?.toll_nouns ?? []).map(n)),
      casualtyDoerVerbs: new Set((r.casualty?.doer_verbs ?? []).map(n)),
      deathWords: new Set((r.casualty?.death_words ?? []).map(n)),
      others: new Set((r.casualty?.others ?? []).map(n)),
      clashNouns: new Set((r.casualty?.clash_nouns ?? []).map(n)),
      courts: {
        detain: new Set((r.courts?.detain_verbs ?? []).map(n)),
        sentence: new Set((r.courts?.sentence_verbs ?? []).map(n)),
        penalties: new Set((r.courts?.penalties ?? []).map(n)),
        descriptors: new Set((r.courts?.descriptors ?? []).map(n)),
        warrantVerbs: new Set((r.courts?.warrant_verbs ?? []).map(n)),
        warrants: new Set((r.courts?.warrants ?? []).map(n)),
        warrantKinds: new Set((r.courts?.warrant_kinds ?? []).map(n)),
        warrantPreps: new Set((r.courts?.warrant_preps ?? []).map(n)),
      },
      toll: {
        results: new Set((r.toll?.result_verbs ?? []).map(n)),
        preps: new Set((r.toll?.preps ?? []).map(n)),
        tolls: new Set((r.toll?.tolls ?? []).map(n)),
        between: new Set((r.toll?.between ?? []).map(n)),
        attackNouns: new Set((r.casualty?.nouns ?? []).map(n)),
        doerVerbs: new Set((r.casualty?.doer_verbs ?? []).map(n)),
      },
    };
    return words;
  },
);

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
/** Whether the token, or the token without a leading و/ف ("ووراء", not "في"), is in `set`. */
const isIn = (set: ReadonlySet<string>, t: Tok | undefined) => !!t && hasBare(set, t.text);

/** A noun of an attack or clash, with or without its article ("الهجوم"، "تفجير"، "معارك"). */
export function isAttackNoun(t: Tok | undefined): boolean {
  const nouns = conflictWords().casualtyNouns;
  return !!t && tokStems(t).some((st) => nouns.has(st.stem.replace(/^ال/, "")));
}
const B = new Set(["ب"]);

interface Head {
  type: RelationType;
  mode: string | null;
  /**
   * A word that refers back to an attack: a noun ("الحادث"), a pronoun after وراء
   * ("وراءها"), or one after a word of involvement ("ضلوع لها فيه").
   */
  ref?: "noun" | "behind" | "in";
  /** Written with ال ("التسميم", "بالهجوم"): it may refer back to an attack named before. */
  definite?: boolean;
}
/** What the conflict frames read in a word: its noun head, an attack noun, a casualty noun. */
interface WordMemo {
  head: Head | null;
  /** An attack noun whose victim may follow على / ضد ("الهجوم على"). */
  attackOn: boolean;
  /** An attack noun with casualties before it ("قتل خمسة جنود في هجوم"). */
  casualty: boolean;
  /** An arrest or sentencing verb (frames-conflict-courts.ts). */
  court: CourtAnchor | null;
  /** A verb of result: "أسفر الهجوم عن مقتل ..." (frames-conflict-toll.ts). */
  toll: boolean;
}

/**
 * The conflict frames' reading of a word: once per distinct word, on its shared info record
 * (null for the most words, which none of the frames reads: one lookup rules them out).
 */
function memoOf(t: Tok, w: ConflictWords): WordMemo | null {
  const info = t.info;
  if (info && info.conflictHead !== undefined) return info.conflictHead as WordMemo | null;
  let head: Head | null = null;
  for (const st of tokStems(t)) {
    const bare = st.stem.startsWith("ال") ? w.heads.get(st.stem.slice(2)) : undefined;
    const h = w.heads.get(st.stem) ?? bare;
    if (h) {
      head = bare && h === bare ? { ...h, definite: true } : h;
      break;
    }
  }
  const attackOn = isIn(w.attackOn, t);
  const casualty = isIn(w.casualtyNouns, t);
  const court = courtAnchor(t, w.courts);
  const toll = isTollAnchor(t, w.toll);
  const memo =
    head || attackOn || casualty || court || toll
      ? { head, attackOn, casualty, court, toll }
      : null;
  if (info) info.conflictHead = memo;
  return memo;
}

/** The nearest actor ending before token `before`, at most `reach` tokens away. */
function actorBefore(units: Unit[], before: number, reach: number): Unit | null {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.last >= before || u.place) continue;
    return before - u.last <= reach ? u : null;
  }
  return null;
}

/** The first actor after the noun, at most four words of description away. */
function victimAfter(v: SentenceView, units: Unit[], i: number): Unit | null {
  const { core_prepositions, quantities } = v.words;
  for (const u of units) {
    if (u.first <= i) continue;
    if (u.first > i + 5) return null;
    // A nisba is no victim, save an unnamed official's ("اغتيال السفير الروسي").
    if (u.place || (u.found.adjective && !u.official)) continue;
    if (u.first === i + 2 && isIn(B, tok(v, i + 1))) return u;
    for (let k = i + 1; k < u.first; k++) {
      // How many of a group ("تفريق آلاف المتظاهرين", "اعتقال عشرات من الناشطين").
      const text = tok(v, k).text;
      const howMany =
        text !== "من" && (quantities.has(text) || isDigits(text) || isCount(tok(v, k), v.words));
      if (howMany || (text === "من" && k > i + 1 && quantities.has(tok(v, k - 1).text))) continue;
      // Only a description stands between: definite nouns and adjectives (الجاسوس الروسي).
      if (
        !tok(v, k).text.startsWith("ال") ||
        isIn(core_prepositions, tok(v, k)) ||
        /[،,.:؛]/.test(v.norm.slice(tok(v, k).end, tok(v, k + 1).start))
      )
        return null;
    }
    return u;
  }
  return null;
}

/**
 * "اعتقال الشرطة للمتظاهرين", "قمع قوات الأمن للمحتجين": a victim noun whose genitive is its
 * doer, the victim after لـ within three words of it.
 */
function doerThenVictim(
  v: SentenceView,
  units: Unit[],
  i: number,
): { doer: Unit; victim: Unit } | null {
  // «الاعتقال الإيراني للمحتجين»: a state's nisba right after the noun is its doer too.
  const doer =
    units.find((u) => u.first === i + 1 && !u.place) ??
    (/^[وف]?ب?ال/.test(tok(v, i).text) ? nisbaOwner(v, { last: i }) : undefined);
  if (!doer || prepOf(v, doer) !== "") return null;
  const victim = units.find(
    (u) => u.first > doer.last && u.first <= doer.last + 3 && !u.place && u !== doer,
  );
  if (!victim || prepOf(v, victim) !== "ل" || victim.ref.id === doer.ref.id) return null;
  for (let j = doer.last + 1; j <= victim.first; j++)
    if (/[،,.:؛]/.test(v.norm.slice(tok(v, j - 1).end, tok(v, j).start))) return null;
  return { doer, victim };
}

/**
 * The act a victim noun names on one victim, by the doer found around it (or the clause's
 * subject when the noun states the clause's purpose); null when none is, or the pair is read.
 */
function victimDraft(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  i: number,
  head: Head,
  victim: Unit,
  w: ConflictWords,
): Draft | null {
  // (Not a victim named earlier in the sentence as someone else: a given name that a
  // namesake's full name stands for, "سيرغي لافروف ... تسميم الجاسوس سيرغي سكريبال".)
  if (
    head.type === "ASSAULT" &&
    !units.some((u) => u !== victim && u.ref.id === victim.ref.id && u.last < i)
  )
    noteVictim(v, victim, i);
  const found = doerOf(v, units, frames, i, victim, w);
  const frame = frameAround(frames, i);
  let doer = found;
  // "أطلقت الشرطة الغاز لتفريق المتظاهرين", "بهدف اعتقال ...": the noun states the purpose
  // of the clause, whose subject does it.
  if (!doer && (purposeAt(v, i, w) || orderedAt(v, units, i, w)))
    doer = clauseSubject(v, units, triggers, i, victim);
  if (!doer || doer.ref.id === victim.ref.id) return null;
  const by = doer;
  const from = Math.min(doer.first, i);
  const dup = drafts.some(
    (d) =>
      d.type === head.type && d.source.ref.id === by.ref.id && d.target.ref.id === victim.ref.id,
  );
  if (dup) return null;
  let negated = frame?.negates ?? false;
  for (let k = Math.max(0, from - 2); k < i && !negated; k++)
    if (v.words.negators.has(tok(v, k).text)) negated = true;
  return {
    type: head.type,
    mode: head.mode,
    source: doer,
    target: victim,
    polarity: negated ? "negated" : "affirmed",
    modality: "asserted",
    attributedTo: frame?.speaker ?? null,
    first: from,
    last: Math.max(victim.last, doer.last, i),
    rule: found ? "conflict-victim-noun" : "conflict-purpose-noun",
    confidence: 0.6,
  };
}

/** Whether token `k` is a word with ال (after و / ف): "الجاسوس". */
function isDefinite(v: SentenceView, k: number): boolean {
  const t = v.tokens[k]?.text;
  if (!t) return false;
  const c0 = t.charCodeAt(0);
  const at = c0 === 0x648 || c0 === 0x641 ? 1 : 0;
  return t.charCodeAt(at) === 0x627 && t.charCodeAt(at + 1) === 0x644 && t.length > at + 3;
}

function isDigits(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return text.length > 0;
}

const CONFLICT_TYPES = new Set<string>(["ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "PROTEST"]);
const OBJECT_PRONOUN = /(ه|ها|هم|هما|هن)$/;

/** The conflict verb a token is with an object pronoun (تحتجزه، اعتقلوه), if any. */
function verbWithPronoun(lex: Lexicon, text: string, prep: string): VerbForm | null {
  const m = OBJECT_PRONOUN.exec(text);
  if (!m || text.length - m[0].length < 3) return null;
  const stem = text.slice(0, -m[0].length).replace(/^[وف](?=[يتان])/, "");
  for (const s of stem.endsWith("و") ? [`${stem}ا`, stem] : [stem])
    for (const f of lex.verbs.get(s) ?? [])
      if (CONFLICT_TYPES.has(f.entry.type) && f.rest.length === 0 && f.entry.preps.includes(prep))
        return f;
  return null;
}

/** "Y، الذي تحتجزه X" / "Y الذي حكمت عليه X": X does it to Y. */
function relativeObjectDrafts(v: SentenceView, lex: Lexicon, units: Unit[]): Draft[] {
  const { relatives } = v.words;
  const out: Draft[] = [];
  for (let i = 1; i < v.tokens.length; i++) {
    if (!relatives.has(tok(v, i - 1).text)) continue;
    let verb = verbWithPronoun(lex, tok(v, i).text, "");
    let after = i + 1;
    // "حكمت عليه": the pronoun on the preposition.
    if (!verb && v.tokens[i + 1]) {
      const m = /^(على|علي|ب)(ه|ها|هم|هما)$/.exec(tok(v, i + 1).text);
      const forms = m ? (lex.verbs.get(tok(v, i).text.replace(/^[وف]/, "")) ?? []) : [];
      const prep = m?.[1] === "ب" ? "ب" : "على";
      verb =
        forms.find(
          (f) =>
            CONFLICT_TYPES.has(f.entry.type) && f.rest.length === 0 && f.entry.preps.includes(prep),
        ) ?? null;
      after = i + 2;
    }
    if (!verb) continue;
    // A sense constraint ("حكم عليه ... بالسجن") within the clause.
    const needs = senseWords(verb.entry);
    if (
      needs.length > 0 &&
      !v.tokens
        .slice(after, after + 8)
        .some((t) =>
          tokStems(t).some((st) => needs.some((n) => st.stem.replace(/^ال/, "").startsWith(n))),
        )
    )
      continue;
    // The antecedent right before the relative (a comma may stand between).
    const victim = units.find((u) => u.last === i - 2 && !u.place);
    // The doer right after the verb ("السلطات الإيرانية": its nisba one word on).
    const doer = units.find((u) => !u.place && u.first >= after && u.first <= after + 1);
    if (!victim || !doer || doer.ref.id === victim.ref.id) continue;
    out.push({
      type: verb.entry.type,
      mode: verb.entry.mode,
      source: doer,
      target: victim,
      polarity: "affirmed",
      modality: "asserted",
      attributedTo: null,
      first: victim.first,
      last: doer.last,
      rule: "conflict-relative-object",
      confidence: 0.6,
    });
  }
  return out;
}

/**
 * "لن تخفف ضغوطها على كوريا الشمالية", "لم توقف هجماتها على": the negator denies the easing,
 * so the pressure or the attack goes on. Flips such noun drafts of the conflict types back.
 */
export function unnegateEasing(v: SentenceView, drafts: Draft[]): void {
  const w = conflictWords();
  const { negators } = v.words;
  for (const d of drafts) {
    if (d.polarity !== "negated" || !d.rule.startsWith("noun-") || !CONFLICT_TYPES.has(d.type))
      continue;
    for (let k = Math.max(1, d.first - 4); k <= d.last; k++) {
      if (isIn(w.easing, tok(v, k)) && negators.has(tok(v, k - 1).text)) {
        d.polarity = "affirmed";
        break;
      }
    }
  }
}

/** "هدد X بـ<فعل> ... Y": X threatens Y, the actor the threatened act is on. */
function threatComplementDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  w: ConflictWords,
): Draft[] {
  const out: Draft[] = [];
  for (const t of triggers) {
    if (t.kind !== "verb" || t.verb?.entry.type !== "THREATEN" || t.verb.participle) continue;
    if (drafts.some((d) => d.type === "THREATEN" && d.first <= t.first && t.first <= d.last))
      continue;
    // The subject: right after the verb, else right before it.
    const after = units.find((u) => !u.place && u.first > t.last && u.first <= t.last + 2);
    const before = units.findLast((u) => !u.place && u.last < t.first);
    const subject =
      after && !/^ب/.test(tok(v, after.first).text)
        ? after
        : before && t.first - before.last <= 2
          ? before
          : null;
    if (!subject) continue;
    // The threatened act: a word with بـ soon after the verb and its subject, past an aside
    // the subject's commas set off ("هدد الحوثي، في خطاب متلفز، باستهداف").
    const from = asideEnd(v, Math.max(t.last, subject.last) + 1);
    let k = -1;
    for (let j = from; j < v.tokens.length && j <= from + 2; j++) {
      const text = tok(v, j).text;
      // Not a word of manner ("حذرت مصر بشدة من التصعيد في ليبيا" threatens no one).
      if (v.words.manner_words.has(text) || v.words.manner_openers.has(text)) continue;
      if (/^(ب|وب)/.test(text) && text.length >= 3 && !v.byFirst.has(j)) {
        k = j;
        break;
      }
    }
    if (k < 0) continue;
    // What a strike or a sanction threatens may be named by its state's nisba only ("بضرب
    // القواعد الأمريكية"، "بفرض رسوم على السلع الصينية"), when no actor is named.
    const nisbas = isIn(w.threatenedStrikes, tok(v, k))
      ? v.found
          .filter(
            (f) => f.adjective && (f.entity.kind === "state" || f.entity.kind === "organization"),
          )
          .filter((f) => !units.some((u) => u.first <= f.first && f.last <= u.last))
          .map(unitOf)
      : [];
    const named = threatenedIn(v, units, k, subject, w, false);
    const byNisba = named ? null : threatenedIn(v, nisbas, k, subject, w, true);
    // Every member of a list threatened («ضد الولايات المتحدة وكوريا الجنوبية»، «على الهجمات
    // الأمريكية البريطانية»).
    const targets = named
      ? coordinatedAfter(v, units, units.indexOf(named)).flatMap((x) => x.members ?? [x])
      : byNisba
        ? nisbaRun(nisbas, byNisba)
        : [];
    // "لم يهدد ترامب بفرض رسوم"، "نفت كوريا الشمالية أنها هددت": no threat.
    const negated = negatedAt(v, t.first) || (frameAround(frames, t.first)?.negates ?? false);
    for (const target of targets) {
      const dup = [...drafts, ...out].some(
        (d) =>
          d.type === "THREATEN" &&
          d.source.ref.id === subject.ref.id &&
          d.target.ref.id === target.ref.id,
      );
      if (dup || target.ref.id === subject.ref.id) continue;
      out.push({
        type: "THREATEN",
        mode: t.verb.entry.mode,
        source: subject,
        target,
        polarity: negated ? "negated" : "affirmed",
        modality: "asserted",
        attributedTo: null,
        first: Math.min(subject.first, t.first),
        last: target.last,
        rule: "conflict-threat-complement",
        confidence: 0.55,
      });
    }
  }
  return out;
}

/** A nisba and the nisbas right after it («الهجمات الأمريكية البريطانية»، «الأمريكية والبريطانية»). */
export function nisbaRun(nisbas: readonly Unit[], first: Unit): Unit[] {
  const run = [first];
  for (const u of nisbas) {
    const prev = run[run.length - 1] as Unit;
    if (u.first === prev.last + 1) run.push(u);
  }
  return run;
}

/**
 * The first of `candidates` within reach of the threatened act at `k`, in its clause (no
 * comma) and not past a preposition that puts it outside the threat ("بالانسحاب من الاتفاق مع
 * Y"; for a nisba, anywhere before it: "من الاتفاق النووي الإيراني"); null when none.
 */
function threatenedIn(
  v: SentenceView,
  candidates: readonly Unit[],
  k: number,
  subject: Unit,
  w: ConflictWords,
  nisba: boolean,
): Unit | null {
  const outside = (j: number) => w.notThreatened.has(tok(v, j).text.replace(/^[وف](?=.)/, ""));
  for (const u of candidates) {
    if (u.first <= k || u.place || u.ref.id === subject.ref.id) continue;
    if (u.first > k + 7) break;
    // "توعد خامنئي بالرد على اغتيال سليماني": the victim of the act replied to is not threatened
    // (its doer's nisba is: "بالرد على الهجوم الإسرائيلي").
    const before = tok(v, u.first - 1);
    if (!nisba && tokStems(before).some((x) => w.heads.has(x.stem.replace(/^ال/, "")))) continue;
    for (let j = k; j < u.first; j++)
      if (/[،,.:؛]/.test(v.norm.slice(tok(v, j).end, tok(v, j + 1).start))) return null;
    if (outside(u.first - 1)) return null;
    if (nisba && Array.from({ length: u.first - k - 1 }, (_, n) => k + 1 + n).some(outside))
      return null;
    return u;
  }
  return null;
}

/**
 * "حذر الرئيس من عزلة الصين": the actor after «من <noun>» is what the warning is about, not
 * the one warned or threatened. Drops such verb drafts of THREATEN.
 */
export function dropWarnedAbout(v: SentenceView, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (d.type !== "THREATEN" || !d.rule.startsWith("verb-")) continue;
    const t = d.target.first;
    const about = [t - 2, t - 3].some(
      (k) => k > d.source.last && k >= 0 && tok(v, k).text.replace(/^و/, "") === "من",
    );
    if (about) drafts.splice(i, 1);
  }
  // The other passes over this sentence's verb drafts: passives with their agent, and an
  // attack amid a crowd (crowdObjectDrafts).
  passiveAgents(v, drafts);
  dropConjoined(v, drafts);
  dropMasdarSubject(v, drafts);
  dropBeyondCrowd(drafts);
  dropPlaceProtest(drafts);
}

/**
 * "تظاهر الطلاب أمام السفارة الأمريكية في القاهرة": with the actor protested to named, the
 * state of the place the protest is in is not another target.
 */
function dropPlaceProtest(drafts: Draft[]): void {
  for (const c of drafts) {
    if (c.rule !== "conflict-protest-before") continue;
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i] as Draft;
      if (
        d.type === "PROTEST" &&
        d.rule.startsWith("verb-") &&
        d.target.place &&
        d.source.ref.id === c.source.ref.id &&
        d.first <= c.last
      )
        drafts.splice(i, 1);
    }
  }
}

/**
 * "فجر انتحاري نفسه وسط حشد من المتظاهرين خارج مركز للشرطة": the crowd is what the attack
 * hits; an object the verb's reading found further on is only where it happened.
 */
function dropBeyondCrowd(drafts: Draft[]): void {
  for (const c of drafts) {
    if (c.rule !== "conflict-crowd-object") continue;
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i] as Draft;
      if (
        d.type === c.type &&
        d.rule.startsWith("verb-") &&
        d.source.ref.id === c.source.ref.id &&
        d.target.first > c.target.last &&
        d.first <= c.last
      )
        drafts.splice(i, 1);
    }
  }
}

/**
 * "اعتقل الناشط نبيل رجب من قبل السلطات البحرينية", "اختطف الصحفي الأمريكي على أيدي
 * مسلحين"، "اتهمت إيران من قبل الولايات المتحدة": a passive, written like the active, with its
 * agent after "من قبل" / "على يد". The verb's reading takes the victim for the subject and the
 * agent for the object: the agent does it to the victim. Reverses such drafts (or drops them when the agent's own reading,
 * "على يد X", already gives the relation).
 */
/**
 * "الهجوم يستهدف بوركينا فاسو وفرنسا": an attack verb whose subject is no actor reads the
 * first of two conjoined objects as its subject; a subject and its object are never joined by و.
 */
function dropConjoined(v: SentenceView, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (d.type !== "ASSAULT" && d.type !== "COERCE") continue;
    if (!d.rule.startsWith("verb-vso")) continue;
    const joined =
      (d.target.first === d.source.last + 1 && prepOf(v, d.target) === "و") ||
      (d.target.first === d.source.last + 2 && v.tokens[d.source.last + 1]?.text === "و");
    if (joined) drafts.splice(i, 1);
  }
}

/**
 * "أدانت فرنسا قصف النظام السوري للمدنيين": a verbal noun written as its verb («قصف», «قتل»,
 * «قمع») with its doer as genitive and its victim after لـ is no verb whose subject stands
 * before it (France did not bomb). Dropped when the word after the "subject" is followed by an
 * actor and then a لـ actor within three words.
 */
function dropMasdarSubject(v: SentenceView, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if ((d.type !== "ASSAULT" && d.type !== "COERCE") || d.rule !== "verb-svo") continue;
    const genitive = d.target;
    if (genitive.first !== d.source.last + 2 || prepOf(v, genitive) !== "") continue;
    const victim = drafts.some(
      (x) => x.rule === "conflict-doer-genitive" && x.source.ref.id === genitive.ref.id,
    );
    let lam = victim;
    for (let j = genitive.last + 1; !lam && j <= genitive.last + 3 && j < v.tokens.length; j++)
      lam = tok(v, j).text.startsWith("ل") && v.byFirst.has(j);
    if (lam) drafts.splice(i, 1);
  }
}

/**
 * Where the list joined by و that ends with the mention at `at` begins ("من قبل الولايات
 * المتحدة وبريطانيا": the agent marker stands before its first member).
 */
function listStart(v: SentenceView, at: number): number {
  let k = at;
  for (;;) {
    const joined = v.tokens[k]?.text.startsWith("و") ? v.byLast.get(k - 1) : undefined;
    const apart = v.tokens[k - 1]?.text === "و" ? v.byLast.get(k - 2) : undefined;
    const before = joined ?? apart;
    if (!before) return k;
    k = before.first;
  }
}

/** Whether the words of an agent marker (conflict.json agent_markers: «من قبل») start at `k`. */
export function agentMarkerAt(v: SentenceView, k: number, marker: readonly string[]): boolean {
  return marker.every((x, j) => isBare(x, v.tokens[k + j]?.text ?? ""));
}

function passiveAgents(v: SentenceView, drafts: Draft[]): void {
  const w = conflictWords();
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (!d.rule.startsWith("verb-vso")) continue;
    const at = listStart(v, d.target.first);
    // Any verb's passive has its agent after من قبل or على يد ("واتُّهمت إيران من قبل الولايات
    // المتحدة"); a weapon names an attacker only.
    const violent = d.type === "ASSAULT" || d.type === "COERCE";
    const agent =
      w.agentMarkers.some(
        (m) => at - m.length > d.source.last && agentMarkerAt(v, at - m.length, m),
      ) ||
      (violent && at - 1 > d.source.last && isIn(w.agentWeapons, v.tokens[at - 1]));
    if (!agent) continue;
    const reversed = drafts.some(
      (x) =>
        x.type === d.type &&
        x.source.ref.id === d.target.ref.id &&
        x.target.ref.id === d.source.ref.id,
    );
    if (reversed) drafts.splice(i, 1);
    else drafts[i] = { ...d, source: d.target, target: d.source, rule: "verb-passive-agent" };
  }
}

/**
 * An attack or deployment verb with no subject of its own after it is most often a passive,
 * which Arabic writes like the active ("قتل أربعة فلسطينيين", "استهدف الجاسوس", "نشر الآلاف
 * من الجنود"): the subject carried over from elsewhere is then not the doer. Drops such drafts.
 */
export function dropPassiveAssault(v: SentenceView, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if ((d.type === "ASSAULT" || d.type === "MOBILIZE") && d.rule === "verb-vso-inferred")
      drafts.splice(i, 1);
  }
  dropVictimsAsDoers(drafts);
  verbalAttacks(v, drafts);
}

/**
 * "قتل مدنيون في غارات روسية على ريف إدلب": the verb before the casualties of an attack is a
 * passive (the casualty frame names its doer); its casualties attack no one.
 */
function dropVictimsAsDoers(drafts: Draft[]): void {
  // The casualties of a clash were a side of it: they fought too.
  // By id: a victim coordinated with others is its own unit ("قتل مدنيون وجنود في غارات").
  const victims = new Set(
    drafts
      .filter((d) => d.rule === "conflict-casualty" && d.mode !== "clash")
      .map((d) => d.target.ref.id),
  );
  // The ones killed by an agent's fire do not attack that agent ("قتل ثلاثة متظاهرين برصاص
  // إسرائيلي"); the same people may attack it elsewhere in the sentence ("رشق فلسطينيون
  // الجنود بالحجارة وقتل شاب فلسطيني برصاص إسرائيلي"), so only that unit, and only back.
  const fired = drafts.filter((d) => d.rule === "noun-by-agent");
  const back = (d: Draft) =>
    fired.some(
      (f) =>
        f.target.ref.id === d.source.ref.id &&
        f.target.first === d.source.first &&
        f.source.ref.id === d.target.ref.id,
    );
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (d.type !== "ASSAULT" || d.rule === "conflict-casualty") continue;
    if (victims.has(d.source.ref.id) || back(d)) drafts.splice(i, 1);
  }
}

/**
 * "هاجمت وزارة الخارجية الروسية الولايات المتحدة", "شنت صحيفة نيويورك تايمز حملة ضد ترامب",
 * "هاجم وزير الخارجية الإيراني السياسة الأمريكية": a body that speaks and cannot fight, or an
 * unnamed official, attacks in words, as a person does (the verbs' person type): ACCUSE, not
 * ASSAULT.
 */
function verbalAttacks(v: SentenceView, drafts: Draft[]): void {
  const w = conflictWords();
  const civilian = (u: Unit) =>
    u.official === true &&
    ofSentence(v, u) &&
    tokStems(tok(v, u.first)).some((st) => w.verbalOfficials.has(st.stem.replace(/^ال/, "")));
  for (const d of drafts) {
    const verbal = d.rule.startsWith("verb-") || d.rule === "conflict-nisba-object";
    if (d.type !== "ASSAULT" || !verbal || d.source.ref.kind === "person") continue;
    const label = normalizeForMatch(d.source.ref.label_ar);
    // An unnamed official ("وزير الخارجية الإيراني") speaks for the state: in words too.
    if (civilian(d.source) || w.verbalBodies.some((b) => label.startsWith(b))) {
      d.type = "ACCUSE";
      d.mode = "disapprove";
    }
  }
}

/** Drafts of the victim-genitive conflict nouns and relative objects of one sentence. */
export function conflictDrafts(
  v: SentenceView,
  lex: Lexicon,
  units: Unit[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  triggers: readonly Trigger[] = [],
): Draft[] {
  const w = conflictWords();
  const out: Draft[] = relativeObjectDrafts(v, lex, units).filter(
    (d) =>
      !drafts.some(
        (x) =>
          x.type === d.type &&
          x.source.ref.id === d.source.ref.id &&
          x.target.ref.id === d.target.ref.id,
      ),
  );
  out.push(...threatComplementDrafts(v, units, triggers, frames, [...drafts, ...out], w));
  out.push(...quantityObjectDrafts(v, units, triggers, frames, [...drafts, ...out], w));
  out.push(...crowdObjectDrafts(v, units, triggers, frames, [...drafts, ...out], w));
  out.push(...protestBeforeDrafts(v, units, triggers, frames, [...drafts, ...out]));
  noteSentence(v);
  const courts: Array<[number, CourtAnchor]> = [];
  const tolls: number[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    const memo = memoOf(tok(v, i), w);
    if (!memo) continue;
    if (memo.court) courts.push([i, memo.court]);
    if (memo.toll) tolls.push(i);
    // "الهجوم على Y": an attack noun whose victim follows على / ضد.
    const on = memo.attackOn && w.victimPreps.has(v.tokens[i + 1]?.text ?? "");
    const head: Head | null = on ? { type: "ASSAULT" as RelationType, mode: "attack" } : memo.head;
    // "قتل خمسة جنود في هجوم انتحاري": the casualties of an attack whose doer is named.
    if (memo.casualty && i > 0 && w.casualtyPreps.has(tok(v, i - 1).text)) {
      const d = casualtyDraft(v, units, frames, i, w);
      // "قتل مدنيون وجنود في غارات": each casualty coordinated with the nearest one.
      const k = d ? units.indexOf(d.target) : -1;
      const victims = k >= 0 ? coordinatedBefore(v, units, k) : [];
      for (const target of victims) {
        const each = { ...(d as Draft), target, first: Math.min(target.first, (d as Draft).first) };
        if (!sameDraft([...drafts, ...out], each)) out.push(each);
      }
    }
    if (!head) continue;
    // The victim: the genitive right after the noun ("الإطاحة بالرئيس": after بـ), or a name
    // after its description ("تسميم الجاسوس الروسي السابق سيرغي سكريبال"; the nisba is not it).
    // A word that refers back to an attack names none.
    // "اعتقال الشرطة للمتظاهرين": the genitive is the doer when the victim follows with لـ.
    const pair = head.ref || on ? null : doerThenVictim(v, units, i);
    if (pair) {
      const d: Draft = {
        type: head.type,
        mode: head.mode,
        source: pair.doer,
        target: pair.victim,
        polarity: frameAround(frames, i)?.negates ? "negated" : "affirmed",
        modality: "asserted",
        attributedTo: frameAround(frames, i)?.speaker ?? null,
        first: i,
        last: pair.victim.last,
        rule: "conflict-doer-genitive",
        confidence: 0.6,
      };
      if (!sameDraft([...drafts, ...out], d)) out.push(d);
      continue;
    }
    const victim = head.ref ? null : victimAfter(v, units, on ? i + 1 : i);
    if (!victim) {
      // "نفت روسيا أي ضلوع لها في الهجوم", "اتهمت لندن موسكو بالوقوف وراءها": a doer of the
      // article's last attack (frames-attack-coref.ts).
      // A definite noun, or one whose genitive is a description ("تسميم الجاسوس السابق").
      // ("هجوم بغاز الأعصاب": the attack described by its weapon is the one named before.)
      const next = v.tokens[i + 1];
      const described =
        !on &&
        !units.some((u) => u.first === i + 1) &&
        (isDefinite(v, i + 1) || (next !== undefined && hasB(next)));
      const pronoun = head.ref === "behind" || head.ref === "in";
      if (head.type === "ASSAULT" && (pronoun || head.definite || described)) {
        const r = referenceDoer(v, units, frames, i, head, w);
        if (r) noteReference(v, { ...r, at: i, mode: head.mode });
      } else if (head.type === "ASSAULT" && head.ref === "noun" && !head.definite && !on)
        noteFreshAttack(v, i);
      continue;
    }
    // "تسميم سيرغي سكريبال وابنته يوليا": each victim the list names.
    for (const each of coordinatedAfter(v, units, units.indexOf(victim))) {
      const d = victimDraft(v, units, triggers, frames, [...drafts, ...out], i, head, each, w);
      if (d) out.push(d);
    }
  }
  if (courts.length > 0)
    out.push(
      ...courtDrafts(
        v,
        units,
        courts,
        (i) => frameAround(frames, i),
        (d) => sameDraft([...drafts, ...out], d),
        w.courts,
      ),
    );
  if (tolls.length > 0)
    out.push(
      ...tollDrafts(
        v,
        units,
        tolls,
        (i) => frameAround(frames, i),
        (d) => sameDraft([...drafts, ...out], d),
        w.toll,
        (r) => attackerBefore(v, units, triggers, r),
      ),
    );
  return out;
}

/**
 * The subject of the last attack verb before `r`, when the attack's result follows it as a
 * clause of its own ("فجر انتحاريون أنفسهم أمام الكنائس، ما أدى إلى سقوط قتلى في صفوف
 * المصلين"): what the attack did is the result verb's toll.
 */
function attackerBefore(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  r: number,
): Unit | null {
  const what = v.tokens[r - 1]?.text ?? "";
  if (!v.words.result_openers.has(what)) return null;
  const verb = [...triggers]
    .reverse()
    .find((t) => t.kind === "verb" && t.last < r && t.verb?.entry.type === "ASSAULT");
  if (!verb || verb.verb?.participle) return null;
  const subject = verb.split
    ? subjectAfter(v, units, verb.split[0])
    : (subjectBefore(v, units, verb.first) ?? subjectAfter(v, units, verb.last + 1));
  return subject?.length === 1 ? (subject[0] as Unit) : null;
}

/**
 * Who does what the noun at `i` names, from the words around it: "على يد X" after the victim,
 * "X يقف وراء N", "X مسؤول عن N", "ضلوع X في N", or the accused of an enclosing accusation.
 */
function doerOf(
  v: SentenceView,
  units: Unit[],
  frames: readonly Frame[],
  i: number,
  victim: Unit | null,
  w: ConflictWords,
): Unit | null {
  // Walk back over "محاولة", "بمحاولة", "عملية", "أي", "في", "عن" to the word that names
  // the doer.
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && tokStems(tok(v, j)).some((st) => w.skipBefore.has(st.stem))) j--;
  let doer: Unit | null = null;
  // "على يد X" / "من قبل X" after the victim.
  if (victim) {
    for (const m of w.agentMarkers) {
      const at = victim.last + 1;
      if (agentMarkerAt(v, at, m)) {
        doer = units.find((u) => u.first === at + m.length && !u.place) ?? null;
        if (doer) break;
      }
    }
  }
  const reason = j >= 0 ? tok(v, j) : undefined;
  // "عن" / "في" stood between the doer's word and the noun, or the noun carries بـ ("أي
  // علاقة لها بتسميم", "ضلوع لها بالحادث").
  const stepped = j < i - 1 || conflictWords().own.has(reason?.text ?? "") || hasB(tok(v, i));
  if (!doer && j >= 0) {
    if (isIn(w.behind, reason)) {
      doer = actorBefore(units, j, 4);
    } else if (isIn(w.responsible, reason)) {
      // "X هي المسؤولة عن N", "حمل جونسون بوتين مسؤولية N": the actor before the word;
      // "مسؤولية X عن N": the genitive after it.
      doer = units.find((u) => u.first === j + 1 && !u.place) ?? actorBefore(units, j, 4);
    } else if (stepped) {
      // "ضلوع X في N", "أي ضلوع لها في N" (the doer stands before: "نفت روسيا أي ضلوع").
      doer = involvedBefore(v, units, frames, j, i, w);
    }
  }
  const frame = frameAround(frames, i);
  // "اتهمت لندن موسكو بمحاولة اغتيال ...": the accused right before the charge.
  if (!doer && frame?.accused && frame.accused.last < i && i - frame.accused.last <= 4)
    doer = frame.accused;
  return doer;
}

/** Whether the token carries بـ (after و / ف): "بالحادث", "وبتسميم". */
export function hasB(t: Tok): boolean {
  const c0 = t.text.charCodeAt(0);
  const at = c0 === 0x648 || c0 === 0x641 ? 1 : 0;
  return t.text.charCodeAt(at) === 0x628 && t.text.length > at + 3;
}

/**
 * "ضلوع X في", "أي ضلوع لها في", "متورطة في" ending at token `j`: X, or the actor before
 * the word, or (its own involvement: "تنفي بشدة أي ضلوع لها") the denier of the clause.
 */
function involvedBefore(
  v: SentenceView,
  units: Unit[],
  frames: readonly Frame[],
  j: number,
  i: number,
  w: ConflictWords,
): Unit | null {
  // The word before the reference may be the sentence's start: nothing is involved then.
  if (j < 0) return null;
  let k = j;
  let own = w.own.has(tok(v, k).text);
  if (own) k--;
  if (k < 0 || !isIn(w.involvement, tok(v, k))) return null;
  // "نفت روسيا ضلوعها في": the pronoun on the word is the denier's own.
  const word = tok(v, k).text;
  own ||= word.endsWith("ها") || word.endsWith("ه");
  const after = units.find((u) => u.first === k + 1 && u.last < i && !u.place);
  if (after) return after;
  const before = actorBefore(units, k, 4);
  if (before) return before;
  const frame = frameAround(frames, i);
  return own && frame?.negates ? (frame.subjects[0] ?? null) : null;
}

/** The doer of a word that refers back to an attack, with the frame's polarity and speaker. */
function referenceDoer(
  v: SentenceView,
  units: Unit[],
  frames: readonly Frame[],
  i: number,
  head: Head,
  w: ConflictWords,
): Omit<AttackReference, "at" | "mode"> | null {
  // "الهجوم الإسرائيلي", "الحادث في سالزبري": a noun with an actor right after it is not
  // a bare reference to the attack named before.
  if (
    head.ref !== "behind" &&
    head.ref !== "in" &&
    (v.byFirst.has(i + 1) ||
      v.byFirst.get(i + 2)?.adjective ||
      units.some((u) => u.first === i + 1))
  )
    return null;
  let doer: Unit | null = null;
  if (head.ref === "behind") {
    // "تقف وراءها", "بالوقوف وراءه"
    doer = actorBefore(units, i, 4);
  } else if (head.ref === "in") {
    // "ضلوع لها فيه", "أي علاقة لها به"
    doer =
      involvedBefore(v, units, frames, i - 1, i, w) ??
      involvedBefore(v, units, frames, i - 2, i, w);
    if (!doer) return null;
  } else {
    doer = doerOf(v, units, frames, i, null, w);
  }
  const frame = frameAround(frames, i);
  if (!doer && frame?.accused && frame.accused.last < i && i - frame.accused.last <= 4)
    doer = frame.accused;
  if (!doer) return null;
  const { negators } = v.words;
  const from = Math.min(doer.first, i);
  let negated = frame?.negates ?? false;
  for (let k = Math.max(0, from - 2); k < i && !negated; k++)
    if (negators.has(tok(v, k).text)) negated = true;
  return {
    doer,
    first: from,
    last: Math.max(doer.last, i),
    negated,
    attributedTo: frame?.speaker ?? null,
  };
}

/**
 * "أمرت محكمة تركية باحتجاز ...", "قررت السلطات ترحيل ...": the noun is what the clause's
 * subject orders, right after it (VSO) or right after the verb (SVO).
 */
function orderedAt(v: SentenceView, units: Unit[], i: number, w: ConflictWords): boolean {
  // "قامت الشرطة باعتقال ...", "قام مسلحون باختطاف ...": a light verb carries the act out
  // (the noun after its بـ only).
  const ordering = (t: Tok | undefined) =>
    isIn(w.orders, t) || (isIn(w.lightVerbs, t) && hasB(tok(v, i)));
  if (i > 0 && ordering(tok(v, i - 1))) return true;
  const subject = units.find((u) => u.last === i - 1 && !u.place);
  if (subject && subject.first > 0 && ordering(tok(v, subject.first - 1))) return true;
  // "أقدمت السلطات على إعدام ...": the noun after على, the verb before it or its subject.
  if (i < 2 || unconjoined(tok(v, i - 1).text, v.words) !== ON) return false;
  if (isIn(w.undertakeVerbs, tok(v, i - 2))) return true;
  const doer = units.find((u) => u.last === i - 2 && !u.place);
  return !!doer && doer.first > 0 && isIn(w.undertakeVerbs, tok(v, doer.first - 1));
}

/**
 * "قامت القوات التركية بقصف ...", "إسرائيل قامت بقصف ...": who carries out the act that the
 * noun at `i` (after its بـ) names with a light verb: the actor between the verb and the
 * noun, or right before the verb.
 */
export function lightVerbDoer(v: SentenceView, units: Unit[], i: number): Unit | null {
  const w = conflictWords();
  if (i < 1 || !hasB(tok(v, i))) return null;
  const bare = (u: Unit) => !u.place && (prepOf(v, u) === "" || prepOf(v, u) === "و");
  if (isIn(w.lightVerbs, tok(v, i - 1)))
    return units.find((u) => u.last === i - 2 && bare(u)) ?? null;
  const subject = units.find((u) => u.last === i - 1 && bare(u));
  return subject && subject.first > 0 && isIn(w.lightVerbs, tok(v, subject.first - 1))
    ? subject
    : null;
}

/** "لتفريق", "للاعتقال", "بهدف اعتقال", "من أجل تفريق": the noun states a purpose. */
function purposeAt(v: SentenceView, i: number, w: ConflictWords): boolean {
  // لـ on the noun, or after و / ف: no head of the list starts with ل itself.
  const text = tok(v, i).text;
  const lam = 0x644;
  const c0 = text.charCodeAt(0);
  if (c0 === lam || ((c0 === 0x648 || c0 === 0x641) && text.charCodeAt(1) === lam)) return true;
  return i > 0 && isIn(w.purpose, tok(v, i - 1));
}

/**
 * The subject of the clause before token `i`: the nearest actor without a preposition, when
 * no word of another kind of relation stands between ("دعت إلى وضع حد لقمع المتظاهرين" is a
 * call, "أدانت ... لاعتقال" a condemnation: their subject does not do it).
 */
function clauseSubject(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  i: number,
  victim: Unit,
): Unit | null {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.last >= i || u.place || u === victim) continue;
    if (i - u.last > 10) return null;
    const p = prepOf(v, u);
    if (p !== "" && p !== "و") continue;
    const other = triggers.some((t) => {
      if (t.first >= i || t.last < u.first - 1) return false;
      const type = t.verb?.entry.type ?? t.noun?.type;
      return t.kind === "speech" || !type || !CONFLICT_TYPES.has(type);
    });
    return other ? null : u;
  }
  return null;
}

export function sameDraft(drafts: readonly Draft[], d: Draft): boolean {
  return drafts.some(
    (x) =>
      x.type === d.type &&
      x.source.ref.id === d.source.ref.id &&
      x.target.ref.id === d.target.ref.id,
  );
}

/**
 * "قتل ثلاثة فلسطينيين وأصيب عشرة آخرون في غارة": the start of the others wounded (و, a word
 * of casualty, a count, آخرون) between the first casualties and the preposition before the
 * attack noun at `i`; -1 when none stands there.
 */
function otherCasualties(v: SentenceView, i: number, w: ConflictWords): number {
  if (!isIn(w.others, v.tokens[i - 2])) return -1;
  for (let k = i - 3; k >= 0 && k >= i - 5; k--) {
    const t = tok(v, k);
    if (t.text.startsWith("و") && tokStems(t).some((st) => w.casualtyWords.has(st.stem))) return k;
  }
  return -1;
}

/**
 * The casualties of the attack noun at `i`: right before its preposition (a word of death or
 * the others wounded may stand between), after a word of casualty ("قتل خمسة جنود أتراك في
 * هجوم"); null when none.
 */
export function casualtiesOf(
  v: SentenceView,
  units: Unit[],
  i: number,
  w: ConflictWords = conflictWords(),
): Unit | null {
  // "لقي خمسة جنود مصرعهم في هجوم": the word of death between the dead and the preposition.
  const death = i > 2 && tokStems(tok(v, i - 2)).some((st) => w.deathWords.has(st.stem));
  const victim =
    actorBefore(units, death ? i - 2 : i - 1, 1) ?? actorBefore(units, otherCasualties(v, i, w), 1);
  if (!victim) return null;
  for (let k = victim.first - 1; k >= 0 && victim.first - k <= 4; k--)
    if (tokStems(tok(v, k)).some((st) => w.casualtyWords.has(st.stem))) return victim;
  return null;
}

/**
 * "قتل خمسة جنود في هجوم انتحاري", "أصيب شرطيان في هجوم لمسلحين", "في هجوم شنته طالبان":
 * the attack noun at `i` after في / جراء; its victims right before the preposition, after a
 * word of casualty; its doer right after the noun (an actor, a nisba, لـ) or after a verb that
 * carries it out or claims it. No doer, no relation ("قتل 12 مدنيا في هجوم").
 */
function casualtyDraft(
  v: SentenceView,
  units: Unit[],
  frames: readonly Frame[],
  i: number,
  w: ConflictWords,
): Draft | null {
  const victim = casualtiesOf(v, units, i, w);
  if (!victim) return null;
  // The doer: right after the noun, or after "شنته" / "نفذه" / "تبنته" (one word between).
  let doer: Unit | null = null;
  let clash = false;
  for (let k = i + 1; k <= i + 4 && k < v.tokens.length && !doer; k++) {
    const u = units.find((x) => x.first === k && !x.place && x !== victim) ?? null;
    const f = v.byFirst.get(k);
    const nisba = !u && f?.adjective && f.entity.kind === "state" ? unitOf(f) : null;
    const actor = u ?? nisba;
    if (actor) {
      const p = prepOf(v, actor);
      // "شنه مسلحو حزب العمال": the fighters of an actor stand between the verb and it.
      const forces = k > i + 2 && v.words.force_heads.has(tok(v, k - 1).text);
      const verbAt = forces ? k - 2 : k - 1;
      const claimed = verbAt > i && isIn(w.casualtyDoerVerbs, tok(v, verbAt));
      // "خلال مواجهات مع الجيش": the other side of a clash the casualties were in.
      clash = p === "مع" && k <= i + 2 && isIn(w.clashNouns, tok(v, i));
      // "في هجوم لمسلحي بوكو حرام": لـ on the fighters of the actor right after the noun.
      const head = tok(v, k - 1).text;
      const theirs = k === i + 2 && head.startsWith("ل") && v.words.force_heads.has(head.slice(1));
      if (clash || theirs || (k === i + 1 ? p === "" || p === "ل" : claimed)) doer = actor;
      break;
    }
    // Only an adjective of the attack ("انتحاري", "مسلح"), the verb or the fighters of the
    // actor may stand between.
    const between = tok(v, k).text;
    if (
      !isIn(w.casualtyDoerVerbs, tok(v, k)) &&
      !between.startsWith("ال") &&
      !v.words.force_heads.has(between) &&
      k > i + 1
    )
      break;
  }
  if (!doer || doer.ref.id === victim.ref.id) return null;
  const frame = frameAround(frames, i);
  return {
    type: "ASSAULT",
    mode: clash ? "clash" : "attack",
    source: doer,
    target: victim,
    polarity: "affirmed",
    modality: "asserted",
    attributedTo: frame?.speaker ?? null,
    first: Math.min(victim.first, i),
    last: Math.max(doer.last, i),
    rule: "conflict-casualty",
    confidence: 0.55,
  };
}

/** Verbs whose object may be a number of a group (a release frees them: CONCEDE). */
const QUANTITY_OBJECT_TYPES = new Set(["ASSAULT", "COERCE", "SANCTION", "CONCEDE"]);

/**
 * "اعتقلت قوات الأمن العشرات من المحتجين", "قتل الجيش عشرات من المسلحين": an attack or
 * arrest verb whose object is a number of a group, with من before the group (the verb's own
 * object reading takes no actor after من).
 */
function quantityObjectDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  w: ConflictWords,
): Draft[] {
  const { quantities, negators } = v.words;
  const out: Draft[] = [];
  for (const t of triggers) {
    const e = t.verb?.entry;
    if (t.kind !== "verb" || !e || t.verb?.participle || e.resumptive || e.symmetric) continue;
    if (!QUANTITY_OBJECT_TYPES.has(e.type)) continue;
    const s = verbSubject(v, units, t) ?? joinedSubject(v, units, triggers, t);
    if (!s) continue;
    const { subject, next: k } = s;
    const q = v.tokens[k]?.text ?? "";
    let object: Unit | undefined;
    let counted = true;
    // "ألقت قوات الأمن القبض على ثلاثة مسلحين" (after the entry's preposition), "اعتقلت الشرطة
    // خمسة ناشطين", "قتل مسلحون ثلاثة جنود": a count of a group.
    const group = countedObjectOf(v, units, t, k, w.courts);
    let others: Unit[] = [];
    if (e.type === "SANCTION") {
      // "فرضت واشنطن عقوبات على شركات صينية": a sanction's target named by its nisba only;
      // or the origin of the goods it falls on ("رسوما على واردات الصلب من الاتحاد الأوروبي
      // وكندا"), each of a list.
      counted = !!group;
      const origins = group ? [] : importOrigins(v, units, t, k);
      object = group ?? nisbaAfterPrep(v, units, t, k) ?? origins[0];
      others = object === origins[0] ? origins.slice(1) : [];
    } else if (e.type === "CONCEDE" && !group && !e.preps.includes("")) {
      // So is the state of those a release frees after its preposition ("أفرجت إيران عن بحار
      // بريطاني"), when the release is told, not hoped for ("نأمل أن تفرج الحكومة التركية عن").
      counted = false;
      // (Nor when it may or will come: "قد تفرج إيران"، "ستفرج إيران".)
      const wished = tok(v, t.first - 1)?.text === "ان" || modalityAt(v, t.first, t) !== "asserted";
      object = wished ? undefined : nisbaAfterPrep(v, units, t, k);
    } else if (!e.preps.includes("") || group) {
      object = group ?? undefined;
    } else if (q !== "من" && (quantities.has(q) || isDigits(q))) {
      const at = v.tokens[k + 1]?.text === "من" ? k + 2 : k + 1;
      object = units.find((u) => u.first === at && !u.place);
    } else if (e.type === "COERCE" || subject.ref.kind !== "person") {
      counted = false;
      // "هاجم متظاهرون مقر السفارة الأمريكية", "احتجزت إيران ناقلة نفط بريطانية": what a
      // state owns, named by its nisba (a person's attack on it is verbal).
      // After the entry's preposition too: "أطلق مسلحون النار على دورية أمريكية", "أطلق
      // الحوثيون صاروخا باليستيا على مدينة سعودية" (the weapon first).
      object = nisbaObject(v, units, k, t.last) ?? nisbaAfterPrep(v, units, t, k);
    }
    if (!object || object.ref.id === subject.ref.id) continue;
    if (e.type === "ASSAULT" && figurative(v, object.last, w)) continue;
    if (drafts.some((d) => d.type === e.type && d.first <= t.first && t.first <= d.last)) continue;
    let negated = false;
    for (let j = Math.max(0, t.first - 2); j < t.first; j++)
      if (negators.has(tok(v, j).text)) negated = true;
    const frame = frameAround(frames, t.first);
    const d: Draft = {
      type: e.type,
      mode: e.mode,
      source: subject,
      target: object,
      polarity: negated || frame?.negates ? "negated" : "affirmed",
      modality: modalityAt(v, t.first, t),
      attributedTo: frame?.speaker ?? null,
      first: Math.min(t.first, subject.first),
      last: object.last,
      rule: counted ? "conflict-quantity-object" : "conflict-nisba-object",
      confidence: 0.6,
    };
    if (!sameDraft([...drafts, ...out], d)) out.push(d);
    for (const o of others) {
      const each = { ...d, target: o, last: o.last };
      if (o.ref.id !== subject.ref.id && !sameDraft([...drafts, ...out], each)) out.push(each);
    }
  }
  return out;
}

/** "استهدفت واشنطن الشركات الصينية بعقوبات": the attack is by sanctions, tariffs, words. */
function figurative(v: SentenceView, from: number, w: ConflictWords): boolean {
  for (let k = from + 1; k <= from + 4 && k < v.tokens.length; k++) {
    const t = tok(v, k);
    if (t.text.startsWith("ب") && tokStems(t).some((st) => w.figurative.has(st.stem))) return true;
  }
  return false;
}

/** The subject of a verb trigger: right after it (VSO), else right before it (SVO). */
function verbSubject(
  v: SentenceView,
  units: Unit[],
  t: Trigger,
): { subject: Unit; next: number } | null {
  // Inside the predicate: "فتحت الشرطة النار", "أطلقت قوات الأمن النار".
  if (t.split) {
    const inner = units.find((u) => !u.place && u.first === t.split?.[0]);
    return inner ? { subject: inner, next: t.last + 1 } : null;
  }
  const vso = units.find(
    (u) => !u.place && u.first > t.last && u.first <= t.last + 2 && prepOf(v, u) === "",
  );
  if (vso) return { subject: vso, next: vso.last + 1 };
  const svo = units.find(
    (u) => !u.place && u.last === t.first - 1 && ["", "و"].includes(prepOf(v, u)),
  );
  return svo ? { subject: svo, next: t.last + 1 } : null;
}

/**
 * "اشتبكت قوات الأمن مع المتظاهرين، وألقت القبض على عدد من المحتجين": a verb joined by و
 * without a subject of its own shares the subject of the sentence's verb before it.
 */
function joinedSubject(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  t: Trigger,
): { subject: Unit; next: number } | null {
  if (!tok(v, t.first).text.startsWith("و")) return null;
  let before: Trigger | undefined;
  for (const x of triggers) if (x.kind === "verb" && x.last < t.first) before = x;
  const s = before && verbSubject(v, units, before);
  return s ? { subject: s.subject, next: t.last + 1 } : null;
}

/** How far after the goods «من» and their origin may stand («واردات الصلب والألمنيوم من»). */
const ORIGIN_REACH = 4;

/**
 * The states goods come from, after the verb's preposition and a word of goods (words.json
 * goods_nouns: «على واردات الصلب من الاتحاد الأوروبي وكندا»): a tariff falls on them.
 */
function importOrigins(v: SentenceView, units: Unit[], t: Trigger, k: number): Unit[] {
  for (let j = k; j <= k + PREP_REACH && j < v.tokens.length; j++) {
    if (units.some((u) => u.first === j)) return [];
    if (!entryPrep(t, tok(v, j).text)) continue;
    if (!isIn(v.words.goods_nouns, v.tokens[j + 1])) return [];
    for (let m = j + 2; m <= j + 2 + ORIGIN_REACH && m < v.tokens.length; m++) {
      if (units.some((u) => u.first === m) || !unbroken(v, m - 1, m)) return [];
      if (tok(v, m).text !== "من") continue;
      const at = units.findIndex((u) => u.first === m + 1 && !u.place);
      return at < 0 ? [] : coordinatedAfter(v, units, at).flatMap((x) => x.members ?? [x]);
    }
    return [];
  }
  return [];
}

/** How far after the verb's subject its preposition may stand before a nisba object. */
const PREP_REACH = 7;

/** Whether `text` is one of the verb's prepositions written as a word («على»). */
const entryPrep = (t: Trigger, text: string) =>
  (t.verb?.entry.preps ?? []).some((x) => x !== "" && normPrep(x) === text);

/**
 * A nisba object after the entry's preposition within PREP_REACH words of `k` ("على دورية
 * أمريكية"), past a measure of the object («رسوما جمركية بنسبة 25 في المئة على واردات
 * صينية»), not past punctuation.
 */
function nisbaAfterPrep(v: SentenceView, units: Unit[], t: Trigger, k: number): Unit | undefined {
  for (let j = k; j <= k + PREP_REACH && j < v.tokens.length; j++) {
    if (units.some((u) => u.first === j)) return undefined;
    if (j > k && !unbroken(v, j - 1, j)) return undefined;
    if (entryPrep(t, tok(v, j).text)) {
      const object = nisbaObject(v, units, j + 1, t.last);
      if (object) return object;
    }
  }
  return undefined;
}

/**
 * The state whose nisba ends the object phrase at token `k`: "مقر السفارة الأمريكية", "ناقلة
 * نفط بريطانية" (up to three words before the nisba; no preposition, actor or clause break).
 */
export function nisbaObject(v: SentenceView, units: Unit[], k: number, from: number): Unit | null {
  const { core_prepositions, relatives } = v.words;
  for (let j = k; j <= k + 3 && j < v.tokens.length; j++) {
    const f = v.byFirst.get(j);
    if (f?.adjective && f.entity.kind === "state") return j > k ? unitOf(f) : null;
    const text = tok(v, j).text;
    if (
      f ||
      units.some((u) => u.first <= j && j <= u.last) ||
      isIn(core_prepositions, tok(v, j)) ||
      relatives.has(text) ||
      (j > from + 1 && /[،,.:؛]/.test(v.norm.slice(tok(v, j - 1).end, tok(v, j).start)))
    )
      return null;
  }
  return null;
}

/**
 * An attack amid a crowd of a group: "فجر انتحاري نفسه وسط حشد من المتظاهرين", "أطلقت الشرطة
 * النار على حشد من المحتجين", "أوقع قتلى في صفوف المسلحين". The verb's own reading takes no
 * actor after من; the group is the one attacked.
 */
function crowdObjectDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  w: ConflictWords,
): Draft[] {
  const { negators } = v.words;
  const out: Draft[] = [];
  for (const t of triggers) {
    const e = t.verb?.entry;
    if (t.kind !== "verb" || !e || e.type !== "ASSAULT" || e.symmetric || e.resumptive) continue;
    const s = verbSubject(v, units, t);
    if (!s) continue;
    for (let k = s.next; k <= s.next + 6 && k + 2 < v.tokens.length; k++) {
      if (units.some((u) => u.first <= k && k <= u.last)) break;
      if (!tokStems(tok(v, k)).some((st) => w.crowd.has(st.stem.replace(/^ال/, "")))) continue;
      const at = tok(v, k + 1).text === "من" ? k + 2 : k + 1;
      const object = units.find((u) => u.first === at && !u.place);
      if (!object || object.ref.id === s.subject.ref.id) break;
      let negated = false;
      for (let j = Math.max(0, t.first - 2); j < t.first; j++)
        if (negators.has(tok(v, j).text)) negated = true;
      const frame = frameAround(frames, t.first);
      const d: Draft = {
        type: "ASSAULT",
        mode: e.mode,
        source: s.subject,
        target: object,
        polarity: negated || frame?.negates ? "negated" : "affirmed",
        modality: "asserted",
        attributedTo: frame?.speaker ?? null,
        first: Math.min(t.first, s.subject.first),
        last: object.last,
        rule: "conflict-crowd-object",
        confidence: 0.6,
      };
      if (!sameDraft([...drafts, ...out], d)) out.push(d);
      break;
    }
  }
  return out;
}

/**
 * The actor a protest stands in front of, after the first أمام from `from` to `to`: the one
 * right after it, after the building it owns ("أمام مقر البرلمان"), or the nisba of that
 * building ("أمام السفارة الأمريكية"). `clause` is where the clause's words start.
 */
export function inFrontOf(
  v: SentenceView,
  units: Unit[],
  from: number,
  to: number,
  clause: number,
): Unit | null {
  for (let k = from; k <= to && k + 1 < v.tokens.length; k++) {
    if (!isIn(conflictWords().inFront, tok(v, k))) continue;
    const named = units.find(
      (u) =>
        !u.place &&
        (prepOf(v, u) === "" || prepOf(v, u) === FRONT) &&
        (u.first === k + 1 || (u.first === k + 2 && !v.byFirst.has(k + 1))),
    );
    return named ?? nisbaObject(v, units, k + 1, clause);
  }
  return null;
}

/**
 * "تظاهر المئات من أنصار المعارضة ضد الحكومة التركية": a protest verb whose subject is a count
 * of an actor's followers; what they protest follows the verb's own preposition (ضد، على).
 */
function followersProtest(
  v: SentenceView,
  units: Unit[],
  t: Trigger,
  frames: readonly Frame[],
): Draft | null {
  const w = conflictWords();
  let k = t.last + 1;
  if (isCount(v.tokens[k], v.words)) k++;
  if (v.tokens[k]?.text === "من") k++;
  if (!isIn(w.followers, v.tokens[k])) return null;
  const source = units.find((u) => u.first === k + 1 && !u.place);
  const e = t.verb?.entry;
  if (!source || !e) return null;
  const target = units.find(
    (u) => u.first > source.last && u.first <= source.last + 4 && !u.place && u !== source,
  );
  if (!target || target.ref.id === source.ref.id) return null;
  const p = prepOf(v, target);
  if (p === "" || !e.preps.some((x) => x !== "" && x !== "في" && normPrep(x) === p)) return null;
  const frame = frameAround(frames, t.first);
  return {
    type: "PROTEST",
    mode: e.mode ?? "demonstrate",
    source,
    target,
    polarity: frame?.negates ? "negated" : "affirmed",
    modality: "asserted",
    attributedTo: frame?.speaker ?? null,
    first: t.first,
    last: target.last,
    rule: "conflict-followers-protest",
    confidence: 0.55,
  };
}

/**
 * "تظاهر آلاف الطلاب أمام السفارة الأمريكية", "اعتصم المحتجون أمام مقر البرلمان التونسي": a
 * protest in front of what an actor owns is a protest to that actor (the protest verbs' own
 * reading takes no object after أمام).
 */
function protestBeforeDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
): Draft[] {
  const out: Draft[] = [];
  for (const t of triggers) {
    const e = t.verb?.entry;
    if (t.kind !== "verb" || !e || e.type !== "PROTEST" || t.verb?.participle) continue;
    // Followers first: the verb's subject reading may take the actor they follow as its
    // subject and miss what they protest ("تظاهر أنصار المعارضة ضد الرئيس").
    const d = followersProtest(v, units, t, frames);
    if (d) {
      if (!sameDraft([...drafts, ...out], d)) out.push(d);
      continue;
    }
    const s = verbSubject(v, units, t);
    if (!s || s.subject.ref.kind === "person") continue;
    const object = inFrontOf(v, units, s.next, s.next + 5, t.last);
    if (object && object.ref.id !== s.subject.ref.id) {
      const frame = frameAround(frames, t.first);
      const d: Draft = {
        type: "PROTEST",
        mode: e.mode ?? "demonstrate",
        source: s.subject,
        target: object,
        polarity: frame?.negates ? "negated" : "affirmed",
        modality: "asserted",
        attributedTo: frame?.speaker ?? null,
        first: Math.min(t.first, s.subject.first),
        last: object.last,
        rule: "conflict-protest-before",
        confidence: 0.55,
      };
      if (!sameDraft([...drafts, ...out], d)) out.push(d);
    }
  }
  return out;
}
