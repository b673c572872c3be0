// A state's plural nisba names its people (الفلسطينيون), journalists as a sector and as an
// audience, a negator inside a fixed phrase (بدون طيار), and a word inside a phrase that في
// governs (هجوم انتحاري) read as no object: event-data phrasing (issue 9).
import { describe, expect, it } from "vitest";
import { expectNoRel, expectRel, relationsOf } from "./helpers/pipeline.js";

describe("a plural nisba names the people, who act for their state", () => {
  it("reads the people as the object of a preposition: «أطلق الجنود النار على الفلسطينيين»", () => {
    expectRel("أطلق الجنود النار على الفلسطينيين.", "group:army", "ASSAULT", "state:PS");
  });

  it("reads them as the subject after the verb: «اتهم الفلسطينيون الجنود الإسرائيليين»", () => {
    expectRel(
      "اتهم الفلسطينيون الجنود الإسرائيليين بإطلاق النار على المتظاهرين.",
      "state:PS",
      "ACCUSE",
      "state:IL",
    );
  });

  it("reads both sides of «مواجهات بين الفلسطينيين والإسرائيليين»", () => {
    expectRel("اندلعت مواجهات بين الفلسطينيين والإسرائيليين.", "state:PS", "ASSAULT", "state:IL");
  });

  it("does not read a genitive owner as an actor: «انتقدت الصين أموال الإيرانيين»", () => {
    expect(relationsOf("انتقدت الصين أموال الإيرانيين.")).toEqual([]);
    const condemned = relationsOf("أدانت فرنسا قتل الفلسطينيين.");
    expect(condemned.filter((r) => r.source.id === "state:FR" && r.type === "ASSAULT")).toEqual([]);
  });

  it("reads a verb's form after the subject as its object: «رفضت الحكومة العراقية طلب تركيا»", () => {
    const rels = relationsOf("رفضت الحكومة العراقية طلب تركيا.");
    expect(rels.filter((r) => r.type === "REQUEST")).toEqual([]);
    expect(rels.some((r) => r.type === "REJECT" && r.target.id === "state:TR")).toBe(true);
  });

  it("keeps a noun of motion after a preposition: «مع توجه وزير الخارجية إلى بيونغيانغ»", () => {
    expectRel(
      "جاء ذلك مع توجه وزير الخارجية الأمريكي مايك بومبيو إلى بيونغيانغ.",
      "person:mike-pompeo",
      "CONSULT",
      "state:KP",
    );
  });
});

describe("journalists", () => {
  it("are the victims of a kidnapping: «اختطف مسلحون ثلاثة صحفيين»", () => {
    expectRel(
      "اختطف مسلحون ثلاثة صحفيين أجانب في ليبيا.",
      "group:militants",
      "ASSAULT",
      "group:journalists",
    );
  });

  it("addressed, are no party to the meeting: «أمام صحفيين بعد لقائه مع بوتين»", () => {
    const text = "وأدلى ترامب بتصريحه أمام صحفيين بعد لقائه مع بوتين.";
    expectRel(text, "person:donald-trump", "CONSULT", "person:vladimir-putin", { peer: true });
    expect(
      relationsOf(text).filter(
        (r) => r.source.id.includes("journalists") || r.target.id.includes("journalists"),
      ),
    ).toEqual([]);
  });
});

describe("fixed phrases and phrases under في", () => {
  it("does not read «بدون طيار» as a negation of the strike after it", () => {
    expectRel(
      "نفذت طائرات أمريكية بدون طيار غارة على مواقع لتنظيم القاعدة في اليمن.",
      "state:US",
      "ASSAULT",
      "org:al-qaeda",
      { polarity: "affirmed" },
    );
  });

  it("still reads «دون» before a noun's owner as a negation", () => {
    const r = expectRel(
      "انتهى الاجتماع دون اتفاق بين إيران والاتحاد الأوروبي.",
      "state:IR",
      "AGREE",
      "org:eu",
      { peer: true },
    );
    expect(r.polarity).toBe("negated");
  });

  it("does not read the suicide attack's adjective as the killed: «قتل شرطيان في هجوم انتحاري»", () => {
    const text = "قتل شرطيان في هجوم انتحاري استهدف مركزا للشرطة في العريش.";
    expectNoRel(text, "group:police", "ASSAULT", "group:attackers");
    expectRel(text, "group:attackers", "ASSAULT", "group:police");
  });

  it("reads live fire as fire: «أطلق الجنود الإسرائيليون الرصاص على شبان فلسطينيين»", () => {
    expectRel(
      "أطلق الجنود الإسرائيليون الرصاص على شبان فلسطينيين.",
      "state:IL",
      "ASSAULT",
      "state:PS",
    );
  });
});

describe("clergy, the media and member states as actors", () => {
  it("reads «رجال الدين» as the clergy, an actor a leader urges", () => {
    expectRel(
      "وحث ترامب رجال الدين الإنجيليين على استخدام نفوذهم لتحفيز الناخبين.",
      "person:donald-trump",
      "REQUEST",
      "group:clergy",
    );
  });

  it("reads a state's media by their nisba («الصحف الفرنسية»)", () => {
    expectRel(
      "وتدعو الصحف الفرنسية السلطات الفرنسية إلى تحمل مسؤولياتها.",
      "group:media-fr",
      "REQUEST",
      "state:FR",
    );
  });

  it("reads «الدول الأعضاء» as the member states", () => {
    expectRel(
      "وحثت منظمات حقوق الإنسان الدول الأعضاء في الأمم المتحدة على معارضة ترشحها.",
      "group:international-organizations",
      "REQUEST",
      "group:member-states",
    );
  });

  it("keeps a cleric's title before his name no actor of its own («رجل الدين الشيعي مقتدى الصدر»)", () => {
    const rels = relationsOf(
      "دعا رجل الدين الشيعي مقتدى الصدر جميع الساسة إلى تأجيل تشكيل الحكومة.",
    );
    expect(rels.filter((r) => r.source.id.startsWith("group:clergy"))).toEqual([]);
  });
});
