// "The two sides" (الطرفين، البلدين) in a later sentence: the two states the article just
// named together, not whichever two states it happened to name last.
import { describe, expect, it } from "vitest";
import { find, relationsOf, show } from "./helpers/pipeline.js";

describe("the two sides", () => {
  it("are the pair named together before, even when other states came after it", () => {
    const text =
      "تعهدت الولايات المتحدة وكوريا الجنوبية بتعزيز الردع ضد التهديدات المتزايدة من كوريا الشمالية، التي تتعاون عسكريا مع روسيا.\n" +
      "وأكد الوزير أن التعاون المستمر بين الطرفين يهدف إلى تبادل بيانات الإنذار.";
    const rels = relationsOf(text);
    const cooperation = rels.filter(
      (r) => r.type === "COOPERATE" && r.sentence.includes("الطرفين"),
    );
    expect(cooperation.length, show(rels)).toBeGreaterThan(0);
    for (const r of cooperation) {
      expect([r.source.id, r.target.id].sort(), show(rels)).toEqual(["state:KR", "state:US"]);
    }
  });

  it("are the last two states when no pair was named together lately", () => {
    const text =
      "استقبلت الصين وفدا من روسيا يوم الثلاثاء.\n" +
      "وقال المتحدث إن التعاون بين البلدين يتوسع في مجال الطاقة.";
    const rels = relationsOf(text);
    expect(find(rels, "state:CN", "COOPERATE", "state:RU").length, show(rels)).toBe(1);
  });

  it("forget a pair named together long before", () => {
    const text =
      "وقعت فرنسا وألمانيا اتفاقا للطاقة.\n" +
      "وفي شأن آخر، قال المتحدث إن الطقس معتدل.\n" +
      "وأضاف أن الأسواق هادئة.\n" +
      "واستقبلت الصين وفدا من روسيا يوم الثلاثاء.\n" +
      "وقال إن التعاون بين البلدين يتوسع.";
    const rels = relationsOf(text).filter((r) => r.sentence.includes("البلدين"));
    expect(find(rels, "state:CN", "COOPERATE", "state:RU").length, show(rels)).toBe(1);
    expect(find(rels, "state:DE", "COOPERATE", "state:FR"), show(rels)).toEqual([]);
  });

  it("leave out a third state that speaks to them («ودعت إيران الطرفين»)", () => {
    const text =
      "واشتبكت القوات الأذربيجانية مع القوات الأرمينية على الحدود.\n" +
      "ودعت إيران الطرفين إلى ضبط النفس.";
    const rels = relationsOf(text).filter((r) => r.type === "REQUEST");
    expect(find(rels, "state:IR", "REQUEST", "state:AZ").length, show(rels)).toBe(1);
    expect(find(rels, "state:IR", "REQUEST", "state:AM").length, show(rels)).toBe(1);
  });

  it("keep a side the sentence names before them («وقال المتحدث الأذربيجاني إن الطرفين»)", () => {
    const text =
      "واشتبكت القوات الأذربيجانية مع القوات الأرمينية على الحدود.\n" +
      "وقال المتحدث الأذربيجاني إن الطرفين اتفقا على وقف إطلاق النار.";
    const rels = relationsOf(text).filter((r) => r.type === "AGREE");
    expect(find(rels, "state:AZ", "AGREE", "state:AM").length, show(rels)).toBe(1);
  });
});

describe("two sides named by their nisbas", () => {
  it("pairs the states the nisbas name, not the last two the article mentioned", () => {
    const rels = relationsOf(
      "وتوقفت المفاوضات بين روسيا وأوكرانيا. وانتهت المحادثات بين الجانبين الأمريكي والصيني دون اتفاق.",
    );
    expect(find(rels, "state:US", "CONSULT", "state:CN").length, show(rels)).toBe(1);
    expect(
      rels.filter((r) => r.sentence.startsWith("وانتهت") && r.source.id === "state:RU"),
    ).toEqual([]);
  });

  it("reads a meeting of the two delegations as a meeting of their states", () => {
    const rels = relationsOf("وعقد اجتماع الوفدين الأميركي والكوري الشمالي في بيونغ يانغ.");
    expect(find(rels, "state:US", "CONSULT", "state:KP").length, show(rels)).toBe(1);
  });
});

describe("a dual that names its two states", () => {
  it("reads الكوريتين as North and South Korea, with no earlier mention", () => {
    const rels = relationsOf("وتعقد القمة التاريخية بين الكوريتين يوم الجمعة في بانمونجوم.");
    expect(find(rels, "state:KP", "CONSULT", "state:KR").length, show(rels)).toBe(1);
  });

  it("makes both Koreas the subject of a verb they share", () => {
    const rels = relationsOf("واتفقت الكوريتان على إقامة خط ساخن بين الزعيمين.");
    expect(find(rels, "state:KP", "AGREE", "state:KR").length, show(rels)).toBe(1);
  });

  it("reads زعيمي الكوريتين as the leaders the article named", () => {
    const rels = relationsOf(
      "وصل الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي يون سوك يول إلى بانمونجوم.\n" +
        "وستكون قمة الجمعة هي الأولى بين زعيمي الكوريتين منذ عام 2018.",
    ).filter((r) => r.sentence.includes("زعيمي"));
    expect(
      find(rels, "person:kim-jong-un", "CONSULT", "person:yoon-suk-yeol").length,
      show(rels),
    ).toBe(1);
  });

  it("relates no one through a zone that lies between the two", () => {
    const rels = relationsOf(
      "وأشار ترامب إلى أنه يفضل أن يكون اللقاء في المنطقة المنزوعة السلاح بين الكوريتين.",
    );
    expect(find(rels, "state:KP", "CONSULT", "state:KR"), show(rels)).toEqual([]);
  });
});

describe("an organisation's head standing alone", () => {
  it("is the one organisation of that head the article named: التحالف", () => {
    const rels = relationsOf(
      "وقال التحالف العربي إنه دمر منصة صواريخ.\nوقصفت طائرات التحالف مواقع للحوثيين في صعدة.",
    );
    expect(find(rels, "org:saudi-led-coalition", "ASSAULT", "org:houthis").length, show(rels)).toBe(
      1,
    );
  });

  it("covers councils and courts too: المجلس، المحكمة", () => {
    const council = relationsOf(
      "عقد مجلس الأمن الدولي جلسة طارئة.\nودعا المجلس إسرائيل إلى وقف الاستيطان.",
    );
    expect(find(council, "org:un-security-council", "REQUEST", "state:IL").length).toBe(1);
    const court = relationsOf(
      "أصدرت محكمة العدل الدولية قرارا.\nوطالبت المحكمة الإمارات بلم شمل الأسر القطرية.",
    );
    expect(find(court, "org:icj", "REQUEST", "state:AE").length, show(court)).toBe(1);
  });

  it("is no one when two organisations of that head were named", () => {
    const rels = relationsOf(
      "قال حزب العمال البريطاني وحزب المحافظين إنهما يرفضان الخطة.\nواتهم الحزب الحكومة بالفشل.",
    ).filter((r) => r.sentence.startsWith("واتهم"));
    expect(rels, show(rels)).toEqual([]);
  });

  it("is another organisation when a qualifier follows it: الحزب الحاكم", () => {
    const rels = relationsOf(
      "قال حزب المحافظين إنه يرفض الخطة.\nواتهم الحزب الحاكم المعارضة بالفشل.",
    ).filter((r) => r.sentence.startsWith("واتهم"));
    expect(
      rels.filter((r) => r.source.id === "org:gb-conservative-party"),
      show(rels),
    ).toEqual([]);
  });
});

describe("the two persons", () => {
  it("leave out the speaker the sentence names before them («وصرح المتحدث ... بأن الرئيسين»)", () => {
    const text =
      "واستقبل الرئيس عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان في القاهرة.\n" +
      "وصرح المستشار أحمد فهمي، المتحدث الرسمي باسم الرئاسة، بأن الرئيسين عقدا جلسة مباحثات.";
    const rels = relationsOf(text).filter((r) => r.sentence.includes("الرئيسين"));
    const ids = rels.flatMap((r) => [r.source.id, r.target.id]);
    expect(ids, show(rels)).toContain("person:recep-tayyip-erdogan");
    expect(
      ids.filter((id) => id.startsWith("person:unk-")),
      show(rels),
    ).toEqual([]);
  });
});
