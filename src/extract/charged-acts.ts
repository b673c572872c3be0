// The act an accusation charges: «اتهمت الكونغو الديمقراطية رواندا بدعم حركة إم 23»,
// «اتهمت واشنطن طهران بتزويد الحوثيين بالأسلحة». The accusing verb's frame knows the accused
// (verb-drafts.ts); the charge is a verbal noun with بـ right after it, and what it is done to
// is the noun's genitive or the actor after its preposition. The accused does that act, as the
// accuser claims it: the relation is attributed to the accuser. Attacks and arrests named by a
// victim's noun (بتسميم، باغتيال) are read by frames-conflict.ts; this reads the other acts
// (support, aid, cooperation, pressure) and the attack nouns whose genitive may be a doer.

import type { Tok } from "../recognize/segment.js";
import { prepOf, unitAfterPrep } from "./arguments.js";
import { hasB } from "./frames-conflict.js";
import { negatedAt } from "./modality.js";
import { type Draft, type Frame, frameAround, type SentenceScope, type Trigger } from "./scope.js";
import type { Unit } from "./units.js";

/** How far the charge may stand after the accused («رواندا بدعم»، «رواندا مجددا بدعم»). */
const CHARGE_REACH = 2;

/** What the act at `t` is done to: its genitive, or the actor after «إلى» / «لـ» / «على». */
function patientOf(s: SentenceScope, t: Trigger, accused: Unit): Unit | null {
  const { v, units } = s;
  const genitive = units.find((u) => u.first === t.last + 1 && !u.place);
  if (genitive && prepOf(v, genitive) === "") return genitive;
  const preps = new Set([...v.words.to_prepositions, ...v.words.against_prepositions]);
  const after = unitAfterPrep(v, units, t.last + 1, t.last + 4, preps);
  const found = after?.unit ?? null;
  return found && !found.place && found.ref.id !== accused.ref.id ? found : null;
}

function chargedDraft(s: SentenceScope, f: Frame, accused: Unit, t: Trigger): Draft | null {
  const type = t.noun?.type;
  if (!type || type === "ACCUSE" || type === "ROLE") return null;
  const patient = patientOf(s, t, accused);
  if (!patient || patient.ref.id === accused.ref.id) return null;
  const known = s.drafts.some(
    (d) =>
      d.type === type && d.source.ref.id === accused.ref.id && d.target.ref.id === patient.ref.id,
  );
  if (known) return null;
  return {
    type,
    mode: t.noun?.mode ?? null,
    source: accused,
    target: patient,
    polarity: f.negates ? "negated" : "affirmed",
    modality: "asserted",
    attributedTo: f.speaker,
    first: accused.first,
    last: Math.max(patient.last, t.last),
    rule: "charged-act",
    confidence: 0.6,
  };
}

/** Whether a frame of denial encloses the accusation's verb. */
const deniedAround = (s: SentenceScope, f: Frame) =>
  frameAround(
    s.frames.filter((x) => x !== f),
    f.verbFirst,
  )?.negates ?? false;

export function chargedActs(s: SentenceScope): void {
  for (const f of s.frames) {
    const accused = f.accused;
    // An accusation not made («لم تتهم فرنسا روسيا بدعم ...»، «نفت أن تكون قد اتهمت
    // الصين بـ») charges no one.
    if (!accused || negatedAt(s.v, f.verbFirst) || deniedAround(s, f)) continue;
    const t = s.triggers.find(
      (x) =>
        x.kind === "noun" &&
        x.first > accused.last &&
        x.first - accused.last <= CHARGE_REACH &&
        // The charge carries بـ: «بدعم»، «وبتزويد».
        hasB(s.v.tokens[x.first] as Tok),
    );
    const draft = t && chargedDraft(s, f, accused, t);
    if (draft) s.drafts.push(draft);
  }
}
