// Event words read in the sense news gives them: a curfew imposed is coercion (PLOVER
// COERCE, curfew), a strike from work is a protest and no blow (يضرب عن العمل), an
// agreement a negated pair did not reach is none, unknown assailants are an actor, and a
// count before a singular nisba names the people counted («14 عاملا مصريا»); «أهدافا» is
// a target noun as «هدفا» is.
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("a curfew", () => {
  it("imposed on a people is COERCE, not a sanction", () => {
    const out = rels("وفرضت السلطات الهندية حظر تجول على سكان وادي كشمير.");
    expect(find(out, "state:IN", "COERCE", "group:residents"), show(out)).toHaveLength(1);
    expect(
      out.filter((r) => r.type === "SANCTION"),
      show(out),
    ).toHaveLength(0);
  });

  it("leaves a ban a sanction («حظرت الحكومة الألمانية جماعة الإخوان المسلمين»)", () => {
    const out = rels("وحظرت الحكومة الألمانية جماعة الإخوان المسلمين.");
    expect(
      out.filter((r) => r.type === "SANCTION" && r.target.id === "org:muslim-brotherhood"),
      show(out),
    ).toHaveLength(1);
  });
});

describe("a strike from work in the present", () => {
  it("is a protest, not an attack («يضرب المعلمون عن العمل»)", () => {
    const out = rels("سيضرب أطباء الامتياز في مصر عن العمل احتجاجا على قرار وزارة الصحة المصرية.");
    expect(
      out.filter((r) => r.type === "ASSAULT"),
      show(out),
    ).toHaveLength(0);
    expect(
      out.filter((r) => r.type === "PROTEST"),
      show(out),
    ).not.toHaveLength(0);
  });

  it("leaves «تضرب» with no strike word an attack", () => {
    const out = rels("تضرب الطائرات الإسرائيلية مواقع حماس في غزة.");
    expect(find(out, "state:IL", "ASSAULT", "org:hamas"), show(out)).toHaveLength(1);
  });
});

describe("an agreement a negated pair did not reach", () => {
  it("is only negated («لم تتوصل إيران والوكالة إلى اتفاق»)", () => {
    const out = rels("لم تتوصل إيران والوكالة الدولية للطاقة الذرية إلى اتفاق.");
    const agree = out.filter((r) => r.type === "AGREE");
    expect(agree.length, show(out)).toBeGreaterThan(0);
    expect(
      agree.every((r) => r.polarity === "negated"),
      show(out),
    ).toBe(true);
  });
});

describe("unknown assailants («مجهولون»)", () => {
  it("attack as a group of their own", () => {
    const out = rels("هاجم مجهولون مقر حركة النهضة في مدينة سوسة.");
    expect(
      out.filter((r) => r.type === "ASSAULT" && r.source.id === "group:unknown-assailants"),
      show(out),
    ).toHaveLength(1);
  });

  it("are no second actor after a noun they describe («مهاجمين مجهولين»)", () => {
    const out = rels("وقالت الشرطة إن مهاجمين مجهولين قتلوا ثلاثة جنود.");
    expect(
      out.filter((r) => r.source.id === "group:unknown-assailants"),
      show(out),
    ).toHaveLength(0);
  });
});

describe("a count before a singular nisba", () => {
  it("names the people counted, with or without their noun", () => {
    const workers = rels("وخطف مسلحون 14 عاملا مصريا في ليبيا.");
    expect(
      workers.filter((r) => r.type === "ASSAULT" && r.target.id === "state:EG"),
      show(workers),
    ).toHaveLength(1);
    const christians = rels("وقتل مسلحو تنظيم داعش 21 مسيحيا مصريا.");
    expect(find(christians, "org:isis", "ASSAULT", "state:EG"), show(christians)).toHaveLength(1);
  });
});

describe("an indefinite target noun in the accusative", () => {
  it("reaches its owner after لـ («أهدافا للحوثيين»)", () => {
    const out = rels("وقصفت الولايات المتحدة أهدافا للحوثيين في اليمن.");
    expect(find(out, "state:US", "ASSAULT", "org:houthis"), show(out)).toHaveLength(1);
  });
});

describe("a threat against a list", () => {
  it("threatens every member, named or by nisba", () => {
    const named = rels(
      "وهدد كيم جونغ أون باستخدام الأسلحة النووية ضد الولايات المتحدة وكوريا الجنوبية.",
    );
    expect(find(named, "person:kim-jong-un", "THREATEN", "state:KR"), show(named)).toHaveLength(1);
    const nisbas = rels("وتوعد الحوثيون بالرد على الهجمات الأمريكية البريطانية.");
    expect(find(nisbas, "org:houthis", "THREATEN", "state:GB"), show(nisbas)).toHaveLength(1);
    expect(find(nisbas, "org:houthis", "THREATEN", "state:US"), show(nisbas)).toHaveLength(1);
  });
});

describe("people counted in the accusative", () => {
  it("are no subject of the verb after them («21 فلسطينيا واتهمت إسرائيل»)", () => {
    const out = rels(
      "وقتل في مواجهات الأسبوع الماضي 21 فلسطينيا واتهمت إسرائيل المتظاهرين بالإرهاب.",
    );
    expect(
      out.filter((r) => r.source.text.includes("فلسطينيا")),
      show(out),
    ).toHaveLength(0);
    expect(
      out.filter((r) => r.type === "ACCUSE" && r.source.id === "state:IL"),
      show(out),
    ).toHaveLength(1);
  });
});

describe("an act undertaken («أقدم على»)", () => {
  it("is done by the one who undertakes it", () => {
    const out = rels("وأقدمت إسرائيل على اغتيال إسماعيل هنية في طهران.");
    expect(find(out, "state:IL", "ASSAULT", "person:ismail-haniyeh"), show(out)).toHaveLength(1);
  });

  it("is not read in a protest against it («احتجت إيران على اغتيال»)", () => {
    const out = rels("واحتجت إيران على اغتيال إسماعيل هنية.");
    expect(
      out.filter((r) => r.type === "ASSAULT"),
      show(out),
    ).toHaveLength(0);
  });
});

describe("a drone, a warship or a helicopter with a state's nisba", () => {
  it("attacks for that state, and is hit for it", () => {
    const drone = rels("واستهدفت طائرة مسيرة أمريكية سيارة تقل قياديين في تنظيم القاعدة.");
    expect(find(drone, "state:US", "ASSAULT", "org:al-qaeda"), show(drone)).toHaveLength(1);
    const ship = rels("وأطلقت سفينة حربية تركية النار على زورق لخفر السواحل اليوناني.");
    expect(find(ship, "state:TR", "ASSAULT", "state:GR"), show(ship)).toHaveLength(1);
  });
});

describe("an exchange of fire", () => {
  it("is a clash with the one after «مع»", () => {
    const out = rels("وقتل جنديان هنديان في تبادل لإطلاق النار مع مسلحين في كشمير.");
    expect(
      out.filter((r) => r.type === "ASSAULT" && r.target.id === "group:militants"),
      show(out),
    ).toHaveLength(1);
  });
});

describe("a protest called for", () => {
  it("is held by the one who calls for it («دعا X إلى مظاهرات ضد Y»)", () => {
    const out = rels("ودعا تجمع المهنيين السودانيين إلى مظاهرات جديدة ضد الجيش السوداني.");
    expect(find(out, "org:sd-spa", "PROTEST", "org:sd-armed-forces"), show(out)).toHaveLength(1);
  });
});

describe("aid by its nouns", () => {
  it("is given by the nisba on «المساعدات» to the one after لـ", () => {
    const out = rels("وأعلنت الوزيرة عن مساعدات ألمانية إضافية للسلطة الفلسطينية.");
    expect(find(out, "state:DE", "AID", "org:palestinian-authority"), show(out)).toHaveLength(1);
  });

  it("is announced as a grant or a system sent («أعلن تقديم منحة»، «إرسال منظومات»)", () => {
    const grant = rels("وأعلن البنك الدولي تقديم منحة بقيمة 300 مليون دولار لليمن.");
    expect(find(grant, "org:world-bank", "AID", "state:YE"), show(grant)).toHaveLength(1);
    const sent = rels("وأعلنت فرنسا إرسال منظومات دفاع جوي جديدة إلى كييف.");
    expect(find(sent, "state:FR", "AID", "state:UA"), show(sent)).toHaveLength(1);
  });
});

describe("a crowd named by «هم» on a verb of force", () => {
  it("is the crowd named last before it, even the one that protested", () => {
    const out = rels("وتظاهر مئات الموظفين في بغداد، لكن الشرطة اعتقلتهم.");
    expect(find(out, "group:police", "COERCE", "group:workers"), show(out)).toHaveLength(1);
  });

  it("is the crowd after «عليهم» right after the subject («وأطلق الجنود عليهم الرصاص»)", () => {
    const out = rels(
      "وتظاهر مئات الفلسطينيين قرب السياج الحدودي، وأطلق الجنود الإسرائيليون عليهم الرصاص الحي.",
    );
    expect(
      out.filter((r) => r.type === "ASSAULT" && r.source.id === "state:IL"),
      show(out),
    ).toHaveLength(1);
  });

  it("is left unread after a verb of saying or meeting («واتهمهم الرئيس»)", () => {
    const out = rels("والتقى وزراء الخارجية العرب، واتهمهم الرئيس بالتقصير.");
    expect(
      out.filter((r) => r.type === "ACCUSE"),
      show(out),
    ).toHaveLength(0);
  });
});

describe("a verb with its object's pronoun after a relative pronoun", () => {
  it("takes its subject after it, never the relative's head («التي احتجزها عناصر داعش»)", () => {
    const out = rels(
      'وقالت أندرسون إن نادية مراد، التي احتجزها واغتصبها عناصر تنظيم "داعش"، بعد هجومهم على الأيزيديين في سنجار، أظهرت شجاعة.',
    );
    expect(find(out, "org:isis", "ASSAULT", "group:yazidis"), show(out)).toHaveLength(1);
    expect(
      out.filter((r) => r.type === "ASSAULT" && r.source.id !== "org:isis"),
      show(out),
    ).toHaveLength(0);
  });
});

describe("aid that is not given", () => {
  it("is none when stopped, frozen or cut («أوقفت ... المساعدات الأمريكية لأفغانستان»)", () => {
    for (const text of [
      "وأوقفت الولايات المتحدة المساعدات الأمريكية لأفغانستان بعد سيطرة طالبان.",
      "وجمدت الولايات المتحدة المساعدات الأمريكية لمصر.",
    ]) {
      const out = rels(text);
      expect(
        out.filter((r) => r.type === "AID"),
        show(out),
      ).toHaveLength(0);
    }
  });

  it("is none when weapons sent are a threat («هدد الحوثيون بإرسال صواريخ إلى إيلات»)", () => {
    const out = rels("وهدد الحوثيون بإرسال صواريخ إلى إيلات إذا استمرت الحرب على غزة.");
    expect(
      out.filter((r) => r.type === "AID"),
      show(out),
    ).toHaveLength(0);
  });
});

describe("a craft whose nisba names its maker", () => {
  it("is not its maker's act when the operator is named («إيرانية أطلقتها روسيا»)", () => {
    const out = rels("وأسقطت الدفاعات الأوكرانية طائرة مسيرة إيرانية أطلقتها روسيا فوق أوديسا.");
    expect(
      out.filter((r) => r.target.id === "state:IR"),
      show(out),
    ).toHaveLength(0);
    expect(
      out.filter((r) => r.type === "ASSAULT" && r.target.id === "state:RU"),
      show(out),
    ).toHaveLength(1);
  });
});

describe("people counted who protest", () => {
  it("are their state's protesters, not their state («تظاهر 30 ناشطا إيرانيا»)", () => {
    const out = rels("وتظاهر 30 ناشطا إيرانيا أمام السفارة الإيرانية في لندن ضد أحكام الإعدام.");
    expect(
      out.filter((r) => r.source.id === "state:IR"),
      show(out),
    ).toHaveLength(0);
  });
});
