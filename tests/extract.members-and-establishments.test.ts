// The twenty-second round: officials described by their state's nisba stand for that state
// right after a verb ("واتهم مسؤولون أمريكيون إيران": src/extract/units.ts
// widenOverMemberNoun over words.json state_official_nouns), and the military or security
// "establishment" is the army or the security forces (lexicon/actors.json sectors); a denial
// of what a report contains answers the report's author (src/extract/frames-accuse.ts
// reportAuthor, accusations.json report_nouns and contained_verbs); and after a title a
// sound feminine plural opens a noun phrase, not a name (src/recognize/patterns.ts nameRun);
// and a verbal noun of asking with its owner's suffix takes the one asked as a bare object
// (src/extract/noun-drafts.ts askedObject).
import { describe, expect, it } from "vitest";
import { find, mentionsOf, run } from "./helpers/pipeline.js";

describe("officials described by a state's nisba", () => {
  it("are the subject of the verb before them", () => {
    const rels = run("واتهم مسؤولون أمريكيون إيران بدعم الحوثيين في اليمن.").relations;
    expect(find(rels, "state:US", "ACCUSE", "state:IR").length).toBeGreaterThan(0);
  });

  it("make the whole phrase the speaker a claim is attributed to", () => {
    const rels = run("وقال مسؤولون أمريكيون إن إيران تدعم الحوثيين.").relations;
    const support = find(rels, "state:IR", "SUPPORT", "org:houthis");
    expect(support.length).toBeGreaterThan(0);
    expect(support[0]?.attributed_to?.text).toBe("مسؤولون أمريكيون");
  });

  it("leave a delegation from a body to that body («وفدا يمنيا من جماعة الحوثي»)", () => {
    const rels = run("والتقى مسؤولون سعوديون وفدا يمنيا من جماعة الحوثي في مسقط.").relations;
    expect(find(rels, "state:SA", "CONSULT", "org:houthis").length).toBeGreaterThan(0);
    expect(find(rels, "state:SA", "CONSULT", "state:YE")).toEqual([]);
  });

  it("are not taken with a second nisba or a group after theirs", () => {
    const rels = run("والتقى مسؤولون سعوديون وإماراتيون بنظرائهم الأمريكيين.").relations;
    expect(find(rels, "state:SA", "CONSULT", "state:AE")).toEqual([]);
  });

  it("are not experts, actors or former officials, who speak for themselves", () => {
    for (const text of [
      "واتهم خبراء أمريكيون الصين بسرقة أسرار تقنية.",
      "وانتقد مسؤولون أمريكيون سابقون الصين بشدة.",
      "وانتقد كتاب أمريكيون الصين بشدة.",
    ])
      expect(find(run(text).relations, "state:US", "ACCUSE", "state:CN")).toEqual([]);
    const rels = run("وهاجم ممثلون أمريكيون الرئيس ترمب خلال حفل توزيع جوائز الأوسكار.").relations;
    expect(rels.filter((r) => r.type === "ASSAULT")).toEqual([]);
  });
});

describe("the military and security establishment", () => {
  it("is the army an accusation is made against", () => {
    const rels = run("واتهم نواز شريف المؤسسة العسكرية في باكستان بالتآمر ضده.").relations;
    const accused = rels.filter(
      (r) => r.type === "ACCUSE" && r.source.id === "person:nawaz-sharif",
    );
    expect(accused.map((r) => r.target.text)).toContain("المؤسسة العسكرية");
  });

  it("takes its state from a nisba after it", () => {
    const ids = run("وحذرت المؤسسة الأمنية الإسرائيلية من تصعيد في غزة.").mentions.map(
      (m) => m.entity.id,
    );
    expect(ids).toContain("group:security-forces-il");
  });
});

describe("a denial of what a report contains", () => {
  it("is aimed at the report's author named after it with لـ", () => {
    const rels = run("ونفت إريتريا اتهامات وردت في تقرير لمنظمة العفو الدولية.").relations;
    expect(find(rels, "state:ER", "REJECT", "org:amnesty-international").length).toBeGreaterThan(0);
  });

  it("is aimed at the author of a statement in the construct state after «ما جاء في»", () => {
    const rels = run("ورفضت الصين ما جاء في بيان وزارة الخارجية الأمريكية.").relations;
    expect(find(rels, "state:CN", "REJECT", "org:us-state-department").length).toBeGreaterThan(0);
  });

  it("is not a rejection when the report is only the source of the news", () => {
    for (const text of [
      "ونفت روسيا أن تكون قد تدخلت في الانتخابات، بحسب ما ورد في تقرير لوكالة رويترز.",
      "ونفت إيران، بحسب ما ورد في تقرير لرويترز، أي تورط في الهجوم.",
    ])
      expect(
        run(text).relations.filter((r) => r.type === "REJECT" && r.target.id === "org:reuters"),
      ).toEqual([]);
  });

  it("is not a refusal to comment on what a report says", () => {
    const rels = run(
      "ورفض الرئيس الأمريكي جو بايدن التعليق على ما ورد في تقرير لصحيفة وول ستريت جورنال.",
    ).relations;
    expect(rels.filter((r) => r.type === "REJECT")).toEqual([]);
  });
});

describe("a title before a sound feminine plural", () => {
  it("names no spokesman «اتهامات مماثلة»", () => {
    const persons = mentionsOf("نفى متحدث باسم الحكومة اتهامات مماثلة وردت في التقرير.")
      .filter((m) => m.entity.kind === "person")
      .map((m) => m.text);
    expect(persons).toEqual([]);
  });

  it("still reads a listed given name so written («سادات أونال»)", () => {
    const persons = mentionsOf("يرأس الوفد نائب وزير الخارجية التركي سادات أونال.")
      .filter((m) => m.entity.kind === "person")
      .map((m) => m.text);
    expect(persons).toContain("سادات أونال");
  });
});

describe("a verbal noun of asking with its owner's suffix", () => {
  it("takes the one asked as a bare object before إلى or بـ", () => {
    const eu = run("وجدد الاتحاد الأوروبي دعوته إسرائيل إلى وقف الاستيطان.").relations;
    expect(find(eu, "org:eu", "REQUEST", "state:IL").length).toBeGreaterThan(0);
    const us = run("وجددت واشنطن دعوتها تركيا إلى الإفراج عن القس الأمريكي.").relations;
    expect(find(us, "state:US", "REQUEST", "state:TR").length).toBeGreaterThan(0);
  });

  it("makes the one its لـ names the one asked, never the asker («وجهت الدعوة لبوتين»)", () => {
    const rels = run(
      "وقد وجهت الدعوة لبوتين لحضور الزفاف خلال زيارة قام بها إلى النمسا.",
    ).relations;
    expect(rels.filter((r) => r.source.id === "person:vladimir-putin")).toEqual([]);
  });

  it("is not the clause subject's after a preposition («على دعوته»)", () => {
    const rels = run("وأيد بوتين أردوغان على دعوته أوكرانيا إلى التفاوض.").relations;
    expect(find(rels, "person:vladimir-putin", "REQUEST", "state:UA")).toEqual([]);
  });

  it("takes no object that what is asked does not follow", () => {
    const rels = run("وجددت واشنطن دعوتها تركيا والعراق.").relations;
    expect(find(rels, "state:US", "REQUEST", "state:TR")).toEqual([]);
  });
});

describe("an attack a verb of rejecting takes as its object", () => {
  it("is no attack of the one who opposes it", () => {
    const rels = run("وقالت صحيفة هآرتس إن الجيش الإسرائيلي يعارض الهجوم على رفح.").relations;
    expect(rels.filter((r) => r.type === "ASSAULT")).toEqual([]);
  });

  it("stays the subject's when a noun of its own act stands between («رفض تأجيل الهجوم»)", () => {
    const rels = run("ورفض الجيش الإسرائيلي تأجيل الهجوم البري على غزة.").relations;
    expect(rels.filter((r) => r.type === "ASSAULT" && r.source.id === "org:il-idf").length).toBe(1);
  });
});

describe("officials named by their state after من, and counterparts in the plural", () => {
  it("make envoys from a state that state («مبعوثون من كوريا الجنوبية»)", () => {
    const rels = run(
      "واجتمع مبعوثون من كوريا الجنوبية مع الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ.",
      "2018-03-08",
    ).relations;
    expect(find(rels, "state:KR", "CONSULT", "person:kim-jong-un").length).toBeGreaterThan(0);
  });

  it("leave diplomats posted in a capital to no state of it («دبلوماسيون في موسكو»)", () => {
    const rels = run("والتقى دبلوماسيون في موسكو مع وزير الخارجية الإيراني.").relations;
    expect(rels.filter((r) => r.source.id === "state:RU")).toHaveLength(0);
  });

  it("make plural counterparts with a nisba that state's officials («نظرائهم الصينيين»)", () => {
    const rels = run("واجتمع مسؤولون أمريكيون مع نظرائهم الصينيين في جنيف.").relations;
    expect(find(rels, "state:US", "CONSULT", "state:CN").length).toBeGreaterThan(0);
    const lavrov = run("وأجرى لافروف محادثات مع نظرائه الإيرانيين والأتراك.").relations;
    expect(find(lavrov, "person:sergey-lavrov", "CONSULT", "state:TR").length).toBeGreaterThan(0);
  });

  it("take them with بـ too («التقى ... بنظرائه الأتراك»)", () => {
    const rels = run("التقى وزير الخارجية السعودي بنظرائه الأتراك في أنقرة.").relations;
    expect(rels.filter((r) => r.type === "CONSULT" && r.target.id === "state:TR")).toHaveLength(1);
  });
});
