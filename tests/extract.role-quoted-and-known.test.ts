// More forms of ROLE: a body quoted inside the office, consuls, and an
// office set off by commas that names no owner, read from the KB by its title.
import { describe, expect, it } from "vitest";
import { find, relationsOf, show } from "./helpers/pipeline.js";

describe("an office", () => {
  it('reads a body quoted inside it («رئيس حركة "حماس" في غزة خليل الحية»)', () => {
    const r = relationsOf('وقال رئيس حركة "حماس" في غزة خليل الحية إن الاتفاق إنجاز.');
    expect(find(r, "person:khalil-al-hayya", "ROLE", "org:hamas").length, show(r)).toBe(1);
    const e = relationsOf('وأكد رئيس مفوضية "إيكواس" عمر عليو توراي أن الخيار العسكري مطروح.');
    expect(find(e, "person:omar-alieu-touray", "ROLE", "org:ecowas").length, show(e)).toBe(1);
  });

  it('keeps membership after «في» a quoted body\'s («المسؤول في "جيش الإسلام"»)', () => {
    const r = relationsOf(
      'من جهته قال المسؤول في "جيش الإسلام" محمد علوش على تويتر إن هناك شهداء.',
    );
    const role = r.filter((t) => t.type === "ROLE");
    expect(
      role.map((t) => t.target.id),
      show(r),
    ).toEqual(["org:jaysh-al-islam"]);
  });

  it("has consuls among its heads, and not «وكيل» (a player's agent is no office)", () => {
    const r = relationsOf("وقال القنصل العام السعودي في إسطنبول محمد العتيبي إن الصحفي غادر.");
    expect(r.filter((t) => t.type === "ROLE" && t.target.id === "state:SA").length, show(r)).toBe(
      1,
    );
    const a = relationsOf("قال وكيل اللاعب المصري محمد صلاح إن ليفربول يرغب في تجديد عقده.");
    expect(
      a.filter((t) => t.type === "ROLE"),
      show(a),
    ).toEqual([]);
  });

  it("set off by commas with no owner named is the one the KB knows by that title", () => {
    const r = relationsOf("وقال سامح شكري، وزير الخارجية، إن مصر ترفض التهجير.");
    expect(find(r, "person:sameh-shoukry", "ROLE", "state:EG").length, show(r)).toBe(1);
    const g = relationsOf("وقال أحمد أبو الغيط، الأمين العام، إن الجامعة تدعم الحل.");
    expect(find(g, "person:ahmed-aboul-gheit", "ROLE", "org:arab-league").length, show(g)).toBe(1);
    // A description of someone the KB holds no office for stays a description.
    const d = relationsOf("وقال مايكل وايلدس، المحامي، إن القضية معقدة.");
    expect(
      d.filter((t) => t.type === "ROLE"),
      show(d),
    ).toEqual([]);
  });
});
