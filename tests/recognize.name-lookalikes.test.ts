// Phrases that stand where an unknown name would and look like one, read as no person
// (patterns.ts; words.json not_name_words): a common phrase opening with a given name
// («حسن الجوار»، «عن عمر يناهز»), unnamed sources after a verb of saying («شهود عيان»،
// «محللون سياسيون»), a quantifier after a given name, a word of place after an office, بـ on
// a verbal noun with ة, and a verb vocalized with a damma. The names beside them stay names.
import { describe, expect, it } from "vitest";
import { personsOf } from "./helpers/pipeline.js";

const persons = personsOf;

describe("a phrase that opens with a given name", () => {
  it("is no person when its second word is a common noun's («حسن الجوار»، «حسن نية»)", () => {
    expect(persons("وأكد الوزير على علاقات حسن الجوار بين البلدين.")).toHaveLength(0);
    expect(persons("وأفرجت بيونغيانغ عن المعتقلين كبادرة حسن نية قبل القمة.")).toHaveLength(0);
    expect(persons("وتوفي الأمين العام الأسبق عن عمر يناهز 80 عاما.")).toHaveLength(0);
  });

  it("is no person when a quantifier follows the given name («يحيى العديد من»)", () => {
    expect(persons("وواجهت يحيى العديد من الانتقادات بسبب أغانيها.")).not.toContain("يحيى العديد");
  });

  it("is no person when بـ on a verbal noun with ة follows («مني بخسارة»)", () => {
    expect(persons("ولكنه مني بخسارة كبيرة في الانتخابات التشريعية.")).toHaveLength(0);
    expect(persons("وبدأت يحيى بكتابة الأغاني في المدرسة.")).not.toContain("يحيى بكتابة");
  });

  it("keeps a family name that opens with بو or is short («بوتفليقة»، «بركة»)", () => {
    expect(persons("وقال الشيخ محمد بركة إن الحوار مستمر.")).toContain("محمد بركة");
    expect(persons("واستقبل الرئيس سعيد بوحجة الوفد الزائر.")).toContain("سعيد بوحجة");
  });
});

describe("unnamed speakers after a verb of saying", () => {
  it("are no person («شهود عيان»، «مصدران مطلعان»، «لرجال دين»)", () => {
    expect(persons("وقال شهود عيان إن الطائرات قصفت السوق.")).toHaveLength(0);
    expect(persons("وقال مصدران مطلعان إن الوثيقة أرسلت إلى العواصم.")).toHaveLength(0);
    expect(persons("وقال لرجال دين من الطائفة الإنجيلية إن التصويت مهم.")).toHaveLength(0);
  });

  it("are no person when a plural or dual noun and its adjective agree", () => {
    expect(persons("وقال محللون سياسيون إن الانتخابات ستكون حاسمة.")).toHaveLength(0);
    expect(persons("وقال دبلوماسيان غربيان إن المحادثات تعثرت.")).toHaveLength(0);
  });

  it("leave a name whose two words end alike a name («إيمانويلي جيسي»)", () => {
    expect(persons("وقال إيمانويلي جيسي إن الشركة ستطعن في القرار.")).toContain("إيمانويلي جيسي");
  });
});

describe("the words after an office or a kin noun", () => {
  it("are a place's when a word of place opens them («المتحدث باسم إقليم»)", () => {
    expect(persons("وقال المتحدث باسم إقليم نانجارهار إن 19 شخصا قتلوا.")).toHaveLength(0);
  });

  it("end before a verb vocalized with a damma («راول اعتُقل»)", () => {
    const names = persons("وكان ابنه راول اعتُقل في آذار 2014 وحكم عليه بالسجن.");
    expect(names).not.toContain("راول اعتُقل");
  });
});

describe("a given name before a vocalized verb", () => {
  it("is no two-word name («خالد اعتُقل»، «حسن أُعدم»)", () => {
    expect(persons("وقال مسؤول محلي إن خالد اعتُقل على يد قوات الأمن.")).not.toContain("خالد اعتُقل");
    expect(persons("وأكد المرصد أن حسن أُعدم على يد التنظيم.")).not.toContain("حسن أُعدم");
  });
});

describe("a derived verbal noun in the plural after a name", () => {
  it("is no part of the name («هيكو ماس انتقادات»)", () => {
    const names = persons("ورفض وزير الخارجية الألماني هيكو ماس انتقادات السفير الأمريكي.");
    expect(names).toContain("هيكو ماس");
    expect(names.join("|")).not.toContain("انتقادات");
  });

  it("leaves short family names that end in ات («ياسر عرفات»)", () => {
    expect(persons("وزار الرئيس الفلسطيني الراحل ياسر عرفات القاهرة مرارا.")).toContain(
      "ياسر عرفات",
    );
  });
});
