// Misfires a helper's review of the eighteenth round found in 268 hard sentences, each
// mended: votes for a draft, a veto not used, cooperation rejected
// or warned against, a reception of refugees, an offer waved, an agent of a player, a second
// subject who opposed, pressure asked for, a source after another noun, the one spoken to.
import { describe, expect, it } from "vitest";
import { find, relationsOf, show } from "./helpers/pipeline.js";

describe("votes and vetoes", () => {
  it("reject a drafter only against the draft, and a veto not used is negated", () => {
    const yes = relationsOf("صوتت الهند لصالح مشروع القرار الذي قدمته الإمارات.");
    expect(
      yes.filter((t) => t.type === "REJECT"),
      show(yes),
    ).toEqual([]);
    const no = relationsOf("وصوتت فرنسا ضد مشروع القرار الروسي.");
    expect(find(no, "state:FR", "REJECT", "state:RU").length, show(no)).toBe(1);
    const unused = relationsOf(
      "لم تستخدم الولايات المتحدة حق النقض ضد مشروع القرار الذي قدمته الجزائر هذه المرة.",
    );
    expect(find(unused, "state:US", "REJECT", "state:DZ")[0]?.polarity, show(unused)).toBe(
      "negated",
    );
  });
});

describe("cooperation rejected or warned against", () => {
  it("is a rejection of the partner, or nothing", () => {
    const r = relationsOf("ورفضت السعودية تطوير العلاقات مع إسرائيل قبل قيام دولة فلسطينية.");
    expect(find(r, "state:SA", "REJECT", "state:IL").length, show(r)).toBe(1);
    expect(find(r, "state:SA", "COOPERATE", "state:IL"), show(r)).toEqual([]);
    const w = relationsOf("وحذرت إيران الإمارات من تعزيز العلاقات مع إسرائيل.");
    expect(
      w.filter((t) => t.type === "COOPERATE"),
      show(w),
    ).toEqual([]);
  });
});

describe("other mends", () => {
  it("receives no crowd as a guest", () => {
    const r = relationsOf("أشادت الأمم المتحدة باستقبال الأردن للاجئين السوريين.");
    expect(
      r.filter((t) => t.type === "CONSULT"),
      show(r),
    ).toEqual([]);
  });

  it("reads an offer waved as no threat, and a player's agent as no office", () => {
    const o = relationsOf(
      "لوح الرئيس الأمريكي بإعادة فتح السفارة في طهران إذا التزمت إيران بالاتفاق.",
    );
    expect(
      o.filter((t) => t.type === "THREATEN"),
      show(o),
    ).toEqual([]);
    const a = relationsOf("قال وكيل اللاعب المصري محمد صلاح إن ليفربول يرغب في تجديد عقده.");
    expect(
      a.filter((t) => t.type === "ROLE"),
      show(a),
    ).toEqual([]);
  });

  it("names no second doer who opposed what the first did", () => {
    const r = relationsOf("رفضت إسرائيل الخطة التي قدمتها مصر ورفضتها الولايات المتحدة أيضا.");
    expect(find(r, "state:IL", "REJECT", "state:US"), show(r)).toEqual([]);
    expect(find(r, "state:IL", "REJECT", "state:EG").length, show(r)).toBe(1);
  });

  it("reads pressure asked for after «إلى» as no act of the asker", () => {
    const r = relationsOf(
      "اتهمت حركة حماس إسرائيل بالمماطلة، ودعت الحركة إلى ضغط دولي على تل أبيب.",
    );
    expect(
      r.filter((t) => t.type === "COERCE"),
      show(r),
    ).toEqual([]);
  });

  it("takes no source from «وفقا لـ» followed by another noun", () => {
    const r = relationsOf("وفقا للاتفاق بين مصر وقطر، ستستضيف القاهرة جولة المفاوضات المقبلة.");
    expect(find(r, "state:EG", "AGREE", "state:QA").length, show(r)).toBe(1);
  });

  it("does not make the medium spoken to the speaker", () => {
    const r = relationsOf("وقال مصدر لوكالة الأناضول إن تركيا ستدعم السويد في محادثات الناتو.");
    expect(
      r.filter((t) => t.attributed_to?.id === "org:tr-anadolu"),
      show(r),
    ).toEqual([]);
  });
});
