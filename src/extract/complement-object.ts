// An accusation or condemnation with no stated object targets the doer of what it condemns
// ("أدانت الولايات المتحدة ... تدفق الأسلحة من كوريا الشمالية إلى روسيا").
import { negatedAt } from "./modality.js";
import { frameAround, type SentenceScope } from "./scope.js";

export function complementObjectDrafts(s: SentenceScope): void {
  const { v, drafts, previousSubject } = s;
  for (const f of s.frames) {
    if (!f.draftType || f.subjects.length === 0) continue;
    // Not a deal a relative clause describes ("إلغاء الاتفاق الذي أبرم بين X وY"): what is
    // called for or condemned is then the deal, not its parties' act.
    const inner = drafts.find(
      (d) =>
        d.first >= f.from &&
        d.attributedTo === f.speaker &&
        d.type !== f.draftType &&
        d.rule !== "verb-between",
    );
    if (!inner) continue;
    // Condemning or fearing a peer relation ("صفقة أسلحة بين روسيا وكوريا الشمالية") is
    // against both parties; otherwise against its doer.
    const peers =
      inner.rule === "noun-between" || ["COOPERATE", "CONSULT", "AGREE"].includes(inner.type);
    // A threat of one's own state's act («هدد ترامب بتعليق المساعدات الأمريكية للسلطة
    // الفلسطينية»: the nisba owns the act) threatens the one it is on.
    const ownAct =
      f.draftType === "THREATEN" &&
      inner.source.found.adjective &&
      v.tokens.slice(f.from, inner.first + 1).some((x) => x.text.startsWith("ب"));
    const targets = peers ? [inner.source, inner.target] : ownAct ? [inner.target] : [inner.source];
    for (const a of f.subjects) {
      for (const target of targets) {
        if (a.ref.id === target.ref.id) continue;
        drafts.push({
          type: f.draftType,
          mode: f.mode,
          source: a,
          target,
          polarity: negatedAt(v, f.verbFirst) ? "negated" : "affirmed",
          modality: "asserted",
          attributedTo: frameAround(s.frames, f.verbFirst)?.speaker ?? s.according,
          first: Math.min(f.verbFirst, ...(previousSubject?.includes(a) ? [] : [a.first])),
          last: Math.max(inner.last, ...(previousSubject?.includes(a) ? [] : [a.last])),
          rule: "verb-object-from-complement",
          confidence: 0.6,
        });
      }
    }
  }
}
