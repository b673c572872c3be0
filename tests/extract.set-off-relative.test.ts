// A subject, a relative clause on it set off by commas, then its verb («إن قوات الدعم السريع،
// التي تسيطر على معظم إقليم دارفور، احتجزت آلاف المدنيين»): the subject is the relative's
// head, and the actors inside the relative clause are its own (src/extract/arguments.ts).
import { describe, expect, it } from "vitest";
import { run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("a relative clause set off between a subject and its verb", () => {
  it("leaves the head the subject in a reported clause", () => {
    const out = rels(
      "قالت منظمة العفو الدولية إن قوات الدعم السريع، التي تسيطر على معظم إقليم دارفور، احتجزت آلاف المدنيين.",
    );
    expect(
      out.filter((r) => r.type === "COERCE" && r.source.id === "org:rsf"),
      show(out),
    ).toHaveLength(1);
    const aid = rels(
      "وقالت الحكومة البريطانية إن فرنسا، التي تعد ثاني أكبر مورد سلاح لأوكرانيا في أوروبا، سترسل منظومات دفاع جوي إلى كييف.",
    );
    expect(
      aid.filter(
        (r) => r.type === "AID" && r.source.id === "state:FR" && r.target.id === "state:UA",
      ),
      show(aid),
    ).toHaveLength(1);
  });

  it("does not make the object's relative head the subject of a verb joined by و", () => {
    const out = rels("التقى بوتين ماكرون، الذي يزور موسكو، وبحث معه الأزمة الأوكرانية.");
    expect(
      out.filter((r) => r.source.id === "person:emmanuel-macron" && r.type !== "CONSULT"),
      show(out),
    ).toHaveLength(0);
  });
});
