// Nominal triggers: their frames (between, from-to, by-agent, genitive, the clause's owner),
// explicit owners before a clause's subject, and the pair that shares a peer relation.
import { describe, expect, it } from "vitest";
import { nounDrafts } from "../src/extract/noun-drafts.js";
import { verbDrafts } from "../src/extract/verb-drafts.js";
import { relationsOf, show } from "./helpers/pipeline.js";
import { drafted, scopeOf } from "./helpers/sentence.js";

/** The verbs then the nouns component on the first sentence. */
function nouns(text: string) {
  const s = scopeOf(text);
  verbDrafts(s);
  const before = s.drafts.length;
  nounDrafts(s);
  const own = s.drafts.slice(before);
  return { drafts: drafted({ drafts: own }), rules: own.map((d) => d.rule) };
}

describe("noun drafts", () => {
  it("pair every party of a meeting between several", () => {
    expect(nouns("جرت محادثات بين روسيا والصين وإيران في موسكو.")).toEqual({
      drafts: [
        "state:RU CONSULT state:CN",
        "state:RU CONSULT state:IR",
        "state:CN CONSULT state:IR",
      ],
      rules: ["noun-between", "noun-between", "noun-between"],
    });
  });

  it("read a visit to a state as the clause owner's, but not a journey from one place to another", () => {
    expect(
      nouns("وبدأ الرئيس الفرنسي إيمانويل ماكرون زيارة إلى الصين تستمر ثلاثة أيام.").drafts,
    ).toEqual(["person:emmanuel-macron CONSULT state:CN"]);
    expect(
      nouns(
        "وكان الإرهابي البريطاني ريتشارد ريد قد حاول تفجير طائرة ركاب في رحلة من باريس إلى ميامي.",
      ).drafts,
    ).toEqual([]);
  });

  it("take a nisba after the noun as its owner", () => {
    expect(nouns("العقوبات الأمريكية على إيران تضر بالاقتصاد.")).toEqual({
      drafts: ["state:US SANCTION state:IR"],
      rules: ["noun-genitive-on"],
    });
  });

  it("read the agent of a killing after برصاص", () => {
    expect(nouns("قتل ثلاثة فلسطينيين برصاص إسرائيلي.").drafts).toEqual([
      "state:IL ASSAULT state:PS",
    ]);
  });

  it("read a visit's genitive as what is visited when the clause names the visitor", () => {
    expect(nouns("يعتزم بوتين زيارة الصين.")).toEqual({
      drafts: ["person:vladimir-putin CONSULT state:CN"],
      rules: ["noun-visit-object"],
    });
    expect(nouns("جاءت زيارة لافروف إلى بكين بعد أسبوع.").rules).toEqual(["noun-genitive-to"]);
  });

  it("give a peer relation with no participants to the pair that is the subject", () => {
    expect(nouns("وقعت روسيا والصين اتفاقا للتعاون.")).toEqual({
      drafts: ["state:RU COOPERATE state:CN"],
      rules: ["noun-pair-subject"],
    });
  });

  it("take a pronoun suffix's owner from the clause: a stance's target after لـ", () => {
    expect(nouns("أعلنت روسيا دعمها لسوريا.").drafts).toEqual(["state:RU SUPPORT state:SY"]);
  });
});

describe("an attack noun's owner", () => {
  it("is never the dead counted before it: مقتل 12 مدنيا في القصف", () => {
    const r = nouns("قال المصدر إن الجيش السوري أعلن مقتل 12 مدنيا في القصف على الغوطة الشرقية.");
    expect(r.drafts.filter((d) => d.startsWith("group:civilians"))).toEqual([]);
  });
});

describe("a noun that a verb of judgement takes as its object", () => {
  it("is not its subject's doing: «أدانت فرنسا الهجوم على سوريا»", () => {
    expect(nouns("وأدانت فرنسا الهجوم على سوريا.").drafts).toEqual([]);
    expect(nouns("ورحبت مصر بالزيارة إلى إثيوبيا.").drafts).toEqual([]);
  });

  it("is its subject's when its suffix says so, or when denied: «نفت الفصائل مشاركتها في مفاوضات مع»", () => {
    expect(nouns("وأعلنت روسيا دعمها للحكومة السورية.").drafts).toEqual([
      "state:RU SUPPORT state:SY",
    ]);
    expect(
      nouns("ونفت الفصائل المعارضة مشاركتها في أي مفاوضات مع الحكومة السورية.").drafts,
    ).toContain("group:opposition CONSULT state:SY");
  });
});

describe("a noun's pronoun suffix", () => {
  it("refers to the clause's subject, not to the nearest actor before it", () => {
    expect(nouns("استقبل أردوغان وفدا روسيا قبل زيارته إلى الصين.").drafts).toEqual([
      "person:recep-tayyip-erdogan CONSULT state:CN",
    ]);
  });

  it("refers to the speaker in a reported clause that names no one before it", () => {
    const said = "وقال ترامب إن لقاءه المرتقب مع زعيم كوريا الشمالية كيم جونغ أون قد يفشل.";
    expect(nouns(said).drafts).toEqual(["person:donald-trump CONSULT person:kim-jong-un"]);
    // The clause's own actor before the noun comes first ("إن روسيا بدعمها لسوريا").
    const own = "وقالت المتحدثة الأمريكية إن روسيا بدعمها الثابت لسوريا تتحمل المسؤولية.";
    expect(nouns(own).drafts).toContain("state:RU SUPPORT state:SY");
  });
});

describe("an attack spoken of in a reported clause", () => {
  it("is not done by the subject of a verb before the verb of saying", () => {
    const text =
      'ودانت الأمم المتحدة الهجوم، وقال وكيل الأمين العام للشؤون الإنسانية توم فليتشر إن "الهجمات على المدنيين يجب أن تتوقف فورا".';
    const rels = relationsOf(text);
    expect(
      rels.filter((r) => r.type === "ASSAULT"),
      show(rels),
    ).toEqual([]);
  });
});

describe("a meeting noun and a pair named after it", () => {
  it("does not pair states that a verb of saying after the noun reports", () => {
    const text =
      "وفي واشنطن، حيث انطلقت الثلاثاء قمة حلف شمال الأطلسي، أعلن الرئيس الأميركي جو بايدن أن بلاده وألمانيا وهولندا ستزود أوكرانيا بمنظومات للدفاع الجوي.";
    const rels = relationsOf(text);
    expect(
      rels.filter((r) => r.type === "CONSULT"),
      show(rels),
    ).toEqual([]);
  });

  it("still shares a noun of the clause with the pair after it", () => {
    const rels = relationsOf(
      "وبعد 18 يوما من المفاوضات المكثفة، وقعت القوى العالمية وإيران اتفاقا تاريخيا.",
    );
    expect(rels.filter((r) => r.type === "CONSULT").length, show(rels)).toBeGreaterThan(0);
  });
});

describe("a noun after a light verb's participle", () => {
  it("is the speaker's act, not an actor's the claim names: «، موجها الشكر إلى قطر ومصر»", () => {
    const rels = relationsOf(
      "وقال خليل الحية إن الاتفاق ثمرة صمود الشعب الفلسطيني، موجها الشكر إلى قطر ومصر على جهودهما.",
    );
    const support = rels.filter((r) => r.type === "SUPPORT");
    expect(support.map((r) => `${r.source.id} ${r.target.id}`).sort(), show(rels)).toEqual([
      "person:khalil-al-hayya state:EG",
      "person:khalil-al-hayya state:QA",
    ]);
  });
});
