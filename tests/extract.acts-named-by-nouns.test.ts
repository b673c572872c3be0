// Acts named by verbal nouns whose sides the noun phrase gives: a definite stance noun with its
// owner's nisba («الاتهامات الأمريكية لموسكو»; lexicon/relations.json, frames genitive-to
// only, so that a known accusation is never the clause subject's); a doer named as the
// genitive of an act after a stance noun («إدانتها لإطلاق كوريا الشمالية»; words.json
// bridge_nouns); a subject's own forces pulled out («سحب قواتها من»); a membership suspended;
// a protest's stated purpose.
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2022-11-10").relations;
const has = (text: string, s: string, type: string, t: string) => {
  const out = rels(text);
  expect(find(out, s, type, t).length, show(out)).toBeGreaterThan(0);
};

describe("a definite stance noun", () => {
  it("is its nisba's, aimed at the one after لـ («الاتهامات الأمريكية لموسكو»)", () => {
    has(
      "وتتواصل الاتهامات الأمريكية لموسكو بالتدخل في الانتخابات.",
      "state:US",
      "ACCUSE",
      "state:RU",
    );
    has("وتصاعدت التهديدات الإيرانية لإسرائيل.", "state:IR", "THREATEN", "state:IL");
  });

  it("is not the clause subject's when no owner is named on it («الرد على الاتهامات»)", () => {
    const out = rels(
      "ويمنح الانضمام إيران عاما للرد على الاتهامات الموجهة ضدها من مجموعة العمل المالي.",
    );
    expect(
      out.filter((r) => r.type === "ACCUSE" && r.source.id === "state:IR"),
      show(out),
    ).toEqual([]);
  });
});

describe("an act's doer after a stance noun", () => {
  it("is named by the act's genitive («إدانتها لإطلاق كوريا الشمالية صاروخا»)", () => {
    const out = rels(
      "عبّرت فرنسا وألمانيا وبريطانيا عن إدانتها لإطلاق كوريا الشمالية صاروخا باليستيا فوق اليابان.",
    );
    for (const s of ["state:FR", "state:DE", "state:GB"])
      expect(find(out, s, "ACCUSE", "state:KP").length, show(out)).toBeGreaterThan(0);
  });
});

describe("support written bare before a genitive", () => {
  it("is the subject's for the genitive when the subject declares it («أكدت الصين دعم باكستان»)", () => {
    has("أكدت الصين دعم باكستان في مواجهة الإرهاب.", "state:CN", "SUPPORT", "state:PK");
    has("أعلنت فرنسا تأييد مصر في مواجهة الإرهاب.", "state:FR", "SUPPORT", "state:EG");
  });

  it("is no support of the subject's for the genitive («طلبت مصر تأييد فرنسا»، «خسرت إسرائيل تأييد»)", () => {
    for (const text of [
      "طلبت مصر تأييد فرنسا لمبادرتها.",
      "خسرت إسرائيل تأييد الولايات المتحدة في مجلس الأمن.",
      "كسبت أوكرانيا تأييد بولندا.",
    ]) {
      const out = rels(text);
      expect(
        out.filter(
          (r) => r.type === "SUPPORT" && ["state:EG", "state:IL", "state:UA"].includes(r.source.id),
        ),
        show(out),
      ).toEqual([]);
    }
  });
});

describe("forces pulled out", () => {
  it("are the subject's when their pronoun is («أعلنت روسيا سحب قواتها من خيرسون»)", () => {
    has("وأعلنت روسيا سحب قواتها من أوكرانيا.", "state:RU", "RETREAT", "state:UA");
    has("وأعلنت الولايات المتحدة انسحاب قواتها من أفغانستان.", "state:US", "RETREAT", "state:AF");
  });

  it("give nothing for another's forces or for confidence pulled («سحب الثقة»)", () => {
    const out = rels(
      "وطالبت الصين بسحب القوات الأمريكية من كوريا الجنوبية، وقرر البرلمان سحب الثقة من الحكومة.",
    );
    expect(
      out.filter((r) => r.type === "RETREAT"),
      show(out),
    ).toEqual([]);
  });

  it("are not pulled out when another asks for it («حثت مجموعة السبع روسيا على سحب قواتها»)", () => {
    const out = rels("وحثت مجموعة السبع روسيا على سحب قواتها من الحدود الأوكرانية.");
    expect(
      out.filter((r) => r.type === "RETREAT"),
      show(out),
    ).toEqual([]);
  });

  it("leave a river's bank to no state («الضفة الغربية لنهر دنيبرو»)", () => {
    const out = rels("أعلنت روسيا سحب قواتها من مدينة خيرسون والضفة الغربية لنهر دنيبرو.");
    expect(
      out.filter((r) => r.target.id === "state:PS"),
      show(out),
    ).toEqual([]);
    expect(
      run("واقتحمت القوات الإسرائيلية مدنا في الضفة الغربية.").mentions.map((m) => m.entity.id),
    ).toContain("place:west-bank");
  });
});

describe("a membership suspended", () => {
  it("sanctions the genitive after it («أعلن الاتحاد الأفريقي تعليق عضوية النيجر»)", () => {
    has(
      "أعلن الاتحاد الأفريقي تعليق عضوية النيجر عقب الانقلاب.",
      "org:african-union",
      "SANCTION",
      "state:NE",
    );
  });

  it("is no sanction when only demanded («طالبت المعارضة بتعليق عضوية روسيا»)", () => {
    const out = rels("وطالبت المعارضة بتعليق عضوية روسيا في مجلس حقوق الإنسان.");
    expect(
      out.filter((r) => r.type === "SANCTION"),
      show(out),
    ).toEqual([]);
  });
});

describe("a protest's stated purpose", () => {
  it("aims it at the states whose nisbas describe what it denounces («تنديدا بالضربات الأميركية البريطانية»)", () => {
    const out = rels(
      "تظاهر مئات اليمنيين في صنعاء تنديدا بالضربات الأميركية البريطانية على الحديدة.",
    );
    const targets = out.filter((r) => r.type === "PROTEST").map((r) => r.target.id);
    expect(targets, show(out)).toContain("state:US");
    expect(targets).toContain("state:GB");
    expect(targets).not.toContain("state:YE");
  });
});

describe("more verbs and envoys", () => {
  it("reads ratifying an agreement with a partner as agreeing («صادقت ... على اتفاق مع المغرب»)", () => {
    has(
      "صادقت الحكومة الإسبانية على اتفاق مع المغرب لإعادة فتح المعابر.",
      "state:ES",
      "AGREE",
      "state:MA",
    );
  });

  it("reads expelling a chargé d'affaires as a sanction of his state («طرد القائم بالأعمال البيلاروسي»)", () => {
    has("قررت ليتوانيا طرد القائم بالأعمال البيلاروسي.", "state:LT", "SANCTION", "state:BY");
  });
});

describe("circumstantial participles of threats and accusations", () => {
  it("threaten and accuse for the clause subject («ملوحا إيران بالحرب»، «متهمة الولايات المتحدة»)", () => {
    const threat = run(
      "وخرج الرئيس الأمريكي دونالد ترامب عن صمته، ملوحا إيران بالحرب.",
      "2019-06-01",
    ).relations;
    expect(find(threat, "person:donald-trump", "THREATEN", "state:IR").length, show(threat)).toBe(
      1,
    );
    has(
      "وقالت كوريا الشمالية إنها لن تتراجع، متهمة الولايات المتحدة بالاستفزاز.",
      "state:KP",
      "ACCUSE",
      "state:US",
    );
  });

  it("reject the one whose request a refusal names («رفضها لطلب واشنطن»)", () => {
    has("وأعلنت تركيا رفضها لطلب واشنطن تسليم القس.", "state:TR", "REJECT", "state:US");
  });

  it("leave a preposition of another noun's relative clause to that clause", () => {
    const rels = run(
      "وتشن القوات الحكومية بدعم روسي عملية عسكرية واسعة في محافظة درعا، مهد الحركة الاحتجاجية التي اندلعت ضد النظام السوري.",
      "2018-07-01",
    ).relations;
    expect(
      rels.filter((r) => r.type === "ASSAULT"),
      show(rels),
    ).toHaveLength(0);
    has(
      "وأطلقت تركيا عملية عسكرية واسعة ضد الأكراد في عفرين التي تسيطر عليها الوحدات الكردية.",
      "state:TR",
      "ASSAULT",
      "group:kurds",
    );
  });
});
