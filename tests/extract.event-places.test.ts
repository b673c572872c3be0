// Where a relation happened (event-places.ts): a city, region or sea the KB knows, placed by
// في in the relation's clause, is kept on the relation, and the graph links the event to it.
// Not a place that qualifies an office («السفير الروسي في لندن»), not where one goes (إلى),
// not a place in another clause.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "./helpers/build.js";
import { tempDir } from "./helpers/paths.js";
import { expectRel } from "./helpers/pipeline.js";

describe("the place of a relation", () => {
  it("is the city after في where two leaders meet", () => {
    const r = expectRel(
      "اجتمع رئيس جنوب السودان سلفا كير وزعيم المتمردين رياك مشار في أديس أبابا في لقاء هو الأول بينهما.",
      "person:salva-kiir",
      "CONSULT",
      "person:riek-machar",
      { peer: true },
    );
    expect(r.place?.id).toBe("place:addis-ababa");
  });

  it("is found past the verbal noun of a meeting and its partner's office", () => {
    const r = expectRel(
      "وقال ستولتنبرغ في مؤتمر صحافي مشترك مع رئيس الوزراء الكندي جاستن ترودو في أوتاوا إن الحلف لا يريد سباق تسلح.",
      "person:jens-stoltenberg",
      "CONSULT",
      "person:justin-trudeau",
      { peer: true },
    );
    expect(r.place?.id).toBe("place:ottawa");
  });

  it("is where an attack happened, named after في", () => {
    const r = expectRel(
      "قتل عناصر تنظيم داعش مئات الإيزيديين في هجومهم على سنجار عام 2014.",
      "org:isis",
      "ASSAULT",
      "group:yazidis",
    );
    expect(r.place?.id).toBe("place:sinjar");
  });

  it("is not a city that qualifies an office before it", () => {
    const r = expectRel(
      "طلب السفير الروسي في لندن من السلطات البريطانية تنظيم لقاء مع وزير الخارجية.",
      "state:RU",
      "REQUEST",
      "state:GB",
    );
    expect(r.place).toBeUndefined();
  });

  it("is not a city in another clause after a comma", () => {
    const r = expectRel(
      "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان، فيما تظاهر المئات في إسطنبول.",
      "person:vladimir-putin",
      "CONSULT",
      "person:recep-tayyip-erdogan",
      { peer: true },
    );
    expect(r.place).toBeUndefined();
  });

  it("is where a minister met his counterpart, after the counterpart's office", () => {
    const r = expectRel(
      "استقبل الرئيس التركي رجب طيب أردوغان نظيره الأوكراني في إسطنبول.",
      "person:recep-tayyip-erdogan",
      "CONSULT",
      "person:volodymyr-zelensky",
      { peer: true },
    );
    expect(r.place?.id).toBe("place:istanbul");
  });

  it("is not the place of what an act is about", () => {
    const call = expectRel(
      "اتصل الرئيس المصري عبد الفتاح السيسي بنظيره الأمريكي جو بايدن لبحث الأوضاع في غزة.",
      "person:abdel-fattah-el-sisi",
      "CONSULT",
      "person:joe-biden",
      { peer: true },
    );
    expect(call.place).toBeUndefined();
    const blame = expectRel(
      "انتقد الرئيس التركي رجب طيب أردوغان إسرائيل بسبب الحرب في غزة.",
      "person:recep-tayyip-erdogan",
      "ACCUSE",
      "state:IL",
    );
    expect(blame.place).toBeUndefined();
  });

  it("is not where a delegation heads after إلى", () => {
    const r = expectRel(
      "اجتمع وزير الخارجية الأمريكي أنتوني بلينكن مع نظيره الكوري الجنوبي قبل توجهه إلى طوكيو.",
      "person:antony-blinken",
      "CONSULT",
      "person:park-jin",
      { peer: true },
    );
    expect(r.place).toBeUndefined();
  });
});

describe("the graph", () => {
  it("links a meeting's event node to the city it was held in", async () => {
    const dir = tempDir("athar-event-place-");
    const file = join(dir, "meeting.txt");
    writeFileSync(
      file,
      "نتنياهو يلتقي بوتين\nيلتقي رئيس الوزراء الإسرائيلي بنيامين نتنياهو بالرئيس الروسي فلاديمير بوتين في موسكو الأسبوع المقبل.\n",
    );
    const { graph } = await build([file]);
    const meetings = graph.nodes.filter((n) => n.attributes.kind === "event").map((n) => n.key);
    expect(meetings).not.toHaveLength(0);
    const located = graph.edges.filter(
      (e) => meetings.includes(e.source) && e.attributes.type === "LOCATED_IN",
    );
    expect(located.map((e) => e.target)).toContain("place:moscow");
  });
});
