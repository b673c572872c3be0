// Casualties (issue 9, event data): the killed of a named attack are its victims and attack no
// one, soldiers counted in the dual are their state's, and a clash's casualties were fought by
// the side after مع (and fought it); a member of a body (ضابطا في الجيش) stands for it; more
// attack verbs (دهس، قنص، أغار على), children as victims, positions in a state («مواقع في سوريا»).
import { describe, it } from "vitest";
import { expectNoRel, expectRel } from "./helpers/pipeline.js";

describe("casualties of an attack or a clash", () => {
  it("reads no attack by the killed: «قتل مدنيون في غارات روسية على ريف إدلب»", () => {
    const text = "قتل مدنيون في غارات روسية على ريف إدلب.";
    expectRel(text, "state:RU", "ASSAULT", "group:civilians");
    expectNoRel(text, "group:civilians", "ASSAULT", "state:SY");
  });

  it("reads every casualty of a list as a victim: «قتل مدنيون وجنود في غارات روسية»", () => {
    const text = "قتل مدنيون وجنود في غارات روسية على ريف إدلب.";
    expectRel(text, "state:RU", "ASSAULT", "group:civilians");
    expectRel(text, "state:RU", "ASSAULT", "group:army");
    expectNoRel(text, "group:civilians", "ASSAULT", "state:SY");
  });

  it("reads the officers killed by an attack of «لتنظيم داعش» as its victims only", () => {
    const text = "قتل ضابطان عراقيان في هجوم لتنظيم داعش.";
    expectRel(text, "org:isis", "ASSAULT", "state:IQ");
    expectNoRel(text, "state:IQ", "ASSAULT", "org:isis");
  });

  it("reads the wounded of clashes with an army: «أصيب عشرات الفلسطينيين بجروح خلال مواجهات مع الجيش الإسرائيلي»", () => {
    expectRel(
      "أصيب عشرات الفلسطينيين بجروح خلال مواجهات مع الجيش الإسرائيلي.",
      "org:il-idf",
      "ASSAULT",
      "state:PS",
    );
  });

  it("reads soldiers in the dual as their state's: «قتل جنديان سعوديان في معارك مع الحوثيين»", () => {
    expectRel("قتل جنديان سعوديان في معارك مع الحوثيين.", "org:houthis", "ASSAULT", "state:SA");
  });
});

describe("a member of a body as the object of an act against it", () => {
  it("reads «اغتال مسلحون ضابطا في الجيش اليمني» as an attack on the Yemeni army", () => {
    expectRel(
      "اغتال مسلحون ضابطا في الجيش اليمني.",
      "group:militants",
      "ASSAULT",
      "org:ye-armed-forces",
    );
  });

  it("reads «اعتقلت الشرطة التركية عنصرين من تنظيم داعش» as Turkey's arrest of ISIS members", () => {
    expectRel("اعتقلت الشرطة التركية عنصرين من تنظيم داعش.", "state:TR", "COERCE", "org:isis");
  });
});

describe("more attacks of event data", () => {
  it("reads a settler running over a child: «دهس مستوطن طفلا فلسطينيا»", () => {
    expectRel(
      "دهس مستوطن طفلا فلسطينيا قرب نابلس.",
      "group:settlers",
      "ASSAULT",
      "group:children-ps",
    );
  });

  it("reads a raid on positions in a state: «أغارت طائرات إسرائيلية على مواقع في سوريا»", () => {
    expectRel("أغارت طائرات إسرائيلية على مواقع في سوريا.", "state:IL", "ASSAULT", "state:SY");
  });

  it("reads the children killed by a coalition strike as its victims", () => {
    expectRel(
      "قتل ثلاثة أطفال في غارة للتحالف العربي على صعدة.",
      "org:saudi-led-coalition",
      "ASSAULT",
      "group:children",
    );
  });
});
