// The components of a sentence's analysis, in the order they run: the order is the design,
// readable here in one place (a later component reads the drafts and frames of earlier ones).
import { accordingSource, dropAccordingEnds } from "./according.js";
import { dropArrivals } from "./arrivals.js";
import { ceasedActs } from "./ceased-acts.js";
import { chargedActs } from "./charged-acts.js";
import { complementObjectDrafts } from "./complement-object.js";
import { eventPlaces } from "./event-places.js";
import { accuseDrafts, denialDrafts, topicDrafts } from "./frames-accuse.js";
import { carriedAttackDrafts } from "./frames-attack-carried.js";
import { attackPlaceDrafts } from "./frames-attack-place.js";
import { claimDrafts } from "./frames-claims.js";
import {
  conflictDrafts,
  dropPassiveAssault,
  dropWarnedAbout,
  unnegateEasing,
} from "./frames-conflict.js";
import { dropWarnedPeers, rejectedTalks } from "./frames-coop-interview.js";
import { cooperationDrafts } from "./frames-cooperation.js";
import { diplomaticProtestDrafts } from "./frames-diplomatic-protest.js";
import { joinedMeetingDrafts } from "./frames-meeting-joined.js";
import { crowdProtestDrafts } from "./frames-protest.js";
import { relativeDoerDrafts } from "./frames-relative-doer.js";
import { undergoneDrafts } from "./frames-undergone.js";
import { vetoDrafts } from "./frames-veto.js";
import { headlineSpeaker } from "./headline-speaker.js";
import { liftedSanctions } from "./lifted-sanctions.js";
import { mobilizePurposes } from "./mobilize-purpose.js";
import { nounDrafts } from "./noun-drafts.js";
import type { ArticleComponent, SentenceComponent } from "./scope.js";
import { verbDrafts } from "./verb-drafts.js";

export const SENTENCE_COMPONENTS: readonly SentenceComponent[] = [
  // "بحسب X" / "وفقا لـ X": the whole sentence is X's claim.
  {
    name: "according",
    run: (s) => {
      s.according = accordingSource(s.v, s.lex, s.units);
    },
  },
  // "بلينكن: روسيا تقدم ...": an actor and a colon open the sentence; the rest is its claim.
  { name: "headline-speaker", run: headlineSpeaker },
  // Verbs first: their subjects are the owners nouns fall back on, their frames enclose them.
  { name: "verbs", run: verbDrafts },
  { name: "nouns", run: nounDrafts },
  { name: "complement-object", run: complementObjectDrafts },
  // Accusations in relative clauses and after a parenthesis; topics of stances.
  {
    name: "accusations",
    run: (s) => s.drafts.push(...accuseDrafts(s.v, s.lex, s.units, s.triggers, s.frames, s.drafts)),
  },
  {
    name: "topics",
    run: (s) => s.drafts.push(...topicDrafts(s.v, s.units, s.triggers, s.frames, s.drafts)),
  },
  // "أدان X الهجوم الذي شنته Y": the doer of what a stance is about, in a relative clause.
  { name: "relative-doers", run: relativeDoerDrafts },
  // "استخدمت X حق النقض ضد مشروع قرار قدمته Y": a veto rejects the draft's drafter.
  { name: "vetoes", run: vetoDrafts },
  // Victim-genitive nouns ("تسميم سكريبال"), relative objects ("الذي تحتجزه أنقرة"),
  // threatened acts; then negated easing, warnings about, passives.
  {
    name: "conflict",
    run: (s) =>
      s.drafts.push(...conflictDrafts(s.v, s.lex, s.units, s.frames, s.drafts, s.triggers)),
  },
  // "وضعت كوريا الشمالية قواتها في حالة تأهب ردا على ...": whom a mobilisation answers.
  { name: "mobilize-purposes", run: mobilizePurposes },
  // "اتهمت الكونغو رواندا بدعم حركة إم 23": the act an accusation charges the accused with.
  { name: "charged-acts", run: chargedActs },
  // "غارات على صنعاء نفذتها طائرات التحالف": an attack's doer named after its target.
  { name: "attacks-carried-out", run: carriedAttackDrafts },
  // "تعرضت دورية للجيش لإطلاق نار من مسلحين": an act undergone, its doer after من.
  { name: "undergone", run: undergoneDrafts },
  // "استدعت الخارجية الإيرانية السفير السويدي احتجاجا على": a protest through an envoy.
  { name: "diplomatic-protest", run: diplomaticProtestDrafts },
  { name: "unnegate-easing", run: (s) => unnegateEasing(s.v, s.drafts) },
  // "أوقف الحوثيون هجماتهم على السفن الأمريكية": an attack stopped is a de-escalation.
  { name: "ceased-acts", run: ceasedActs },
  // "رفعت الولايات المتحدة العقوبات عن كوبا": sanctions lifted are a concession.
  { name: "lifted-sanctions", run: liftedSanctions },
  { name: "drop-warned-about", run: (s) => dropWarnedAbout(s.v, s.drafts) },
  { name: "drop-passive-assault", run: (s) => dropPassiveAssault(s.v, s.drafts) },
  // "رفض X أي مفاوضات مع Y": talks rejected are a rejection of the partner.
  { name: "rejected-talks", run: rejectedTalks },
  // "حذرت إيران الإمارات من التعاون مع إسرائيل": cooperation warned against is not stated.
  { name: "drop-warned-peers", run: dropWarnedPeers },
  // Meetings with بـ, gatherings, peers of one verb, allies, expelled diplomats, tariffs, aid
  // received, requests, backing.
  {
    name: "cooperation",
    run: (s) =>
      s.drafts.push(
        ...cooperationDrafts({
          v: s.v,
          units: s.units,
          triggers: s.triggers,
          frames: s.frames,
          drafts: s.drafts,
          previousSubject: s.previousSubject,
          according: s.according,
        }),
      ),
  },
  // "إثر اجتماع جمعه برئيس الجمهورية ورئيس مجلس النواب": every two participants consult.
  { name: "joined-meetings", run: joinedMeetingDrafts },
  // "..., وفقا لوكالة رويترز": the source the sentence names is no end of its relations.
  { name: "drop-according-ends", run: (s) => dropAccordingEnds(s.according, s.drafts) },
  // "وصل 120 لاجئا إلى ألمانيا": refugees, gunmen or troops arriving visit no one.
  { name: "drop-arrivals", run: (s) => dropArrivals(s.v, s.lex, s.drafts) },
];

/** The steps over the whole article, in order, after its sentences (article.ts). */
export const ARTICLE_COMPONENTS: readonly ArticleComponent[] = [
  // Denials answer the article's earlier accusers ("نفت روسيا أي علاقة لها بالهجوم").
  { name: "answered-denials", run: (contexts) => denialDrafts(contexts) },
  // A crowd of protesters protests against the state it is in (frames-protest.ts).
  { name: "crowd-protests", run: (contexts, kb) => crowdProtestDrafts(contexts, kb) },
  // An attack with no actor hit, in a named place: against the place's state.
  { name: "attack-places", run: (contexts, kb) => attackPlaceDrafts(contexts, kb) },
  // "تبنى تنظيم داعش الهجوم على ...": the claimant attacked.
  { name: "claimed-attacks", run: (contexts, kb) => claimDrafts(contexts, kb) },
  // "اجتمعا في فلاديفوستوك": where each relation happened, when its clause says (last: every
  // draft is known by then).
  { name: "event-places", run: (contexts) => eventPlaces(contexts) },
];
