// An attack on no named actor, in a named place, against the place's state (issue 9, event
// data): the relation keeps the place; a state's own forces at home, a passive kill and a
// sentence with an attack between actors get none.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, relationsOf } from "./helpers/pipeline.js";

describe("an attack in a named place", () => {
  it("reads «شن تنظيم داعش هجوما في باريس» as an attack on France, in Paris", () => {
    const r = expectRel("شن تنظيم داعش هجوما في باريس.", "org:isis", "ASSAULT", "state:FR");
    expect(r.place?.id).toBe("place:paris");
  });

  it("reads «قصفت الطائرات الروسية بلدات في ريف إدلب» as Russia's attack on Syria", () => {
    expectRel("قصفت الطائرات الروسية بلدات في ريف إدلب.", "state:RU", "ASSAULT", "state:SY");
  });

  it("reads no attack on a state by its own forces at home", () => {
    expectNone("قصفت القوات السورية بلدات في ريف إدلب.", "ASSAULT");
  });

  it("reads no attacker in a passive kill: «قتل العميل الروسي مسموما في لندن»", () => {
    expectNone("قتل العميل الروسي مسموما في لندن.", "ASSAULT");
  });

  it("keeps the actor hit when one is named: «هاجم مسلحون دورية للشرطة في بغداد»", () => {
    expectRel("هاجم مسلحون دورية للشرطة في بغداد.", "group:militants", "ASSAULT", "group:police");
    expectNone("هاجم مسلحون دورية للشرطة في بغداد.", "ASSAULT", { target: "state:IQ" });
  });

  it("reads the doer of a resumptive verb attacking the state named after في", () => {
    expectRel(
      "أدانت فرنسا الهجوم الذي شنه مسلحون على كنيسة في مصر.",
      "group:militants",
      "ASSAULT",
      "state:EG",
    );
  });

  it("reads no attack on a state by its forces on positions in it: «مواقع في سوريا»", () => {
    expectNone("قصفت القوات السورية مواقع في سوريا.", "ASSAULT");
    expectRel("قصفت روسيا مواقع في سوريا.", "state:RU", "ASSAULT", "state:SY");
  });

  it("reads no attack by the one calling to stop attacks: «دعت الأمم المتحدة إلى وقف الهجمات»", () => {
    expectNone("دعت الأمم المتحدة إلى وقف الهجمات على المدنيين في اليمن.", "ASSAULT", {
      source: "org:un",
    });
  });

  it("reads a subject carried from the sentence before without its token indexes", () => {
    // The previous sentence's unnamed official is this one's carried subject: its indexes
    // point into that sentence (a fuzzed article once made extraction throw here).
    const text =
      'قضية سكريبال: الشرطة البريطانية "حددت المشتبه بهم" في قضية تسميم الجاسوس الروسي ولكن منتقدي ترامب قالوا إن الأمر التنفيذي لا يتعامل مع الأسر التي تم فصل أفرادها بالفعل، حيث تم فصل 2342 طفلا عن أبويهم بين 5 مايو/أيار و9 يونيو/حزيران. أدانت روسيا، بكين الهجوم.';
    expect(() => relationsOf(text)).not.toThrow();
  });
});
