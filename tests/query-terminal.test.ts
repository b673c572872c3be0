import { describe, expect, it } from "vitest";
import {
  displayWidth,
  isolateArabic,
  isolateLine,
  renderTable,
  truncate,
} from "../src/query/terminal.js";

const RLI = "\u2067";
const PDI = "\u2069";

describe("terminal output of Arabic", () => {
  it("isolates each Arabic run, digits and inner spaces included, but not across fields", () => {
    expect(isolateArabic("روسيا (Russia)")).toBe(`${RLI}روسيا${PDI} (Russia)`);
    expect(isolateArabic("موقع 24")).toBe(`${RLI}موقع 24${PDI}`);
    expect(isolateArabic("كوريا الشمالية · 2023-11")).toBe(`${RLI}كوريا الشمالية${PDI} · 2023-11`);
    expect(isolateArabic("AID (military)")).toBe("AID (military)");
  });

  it("isolates a whole Arabic sentence as one line", () => {
    expect(isolateLine("تنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة.")).toBe(
      `${RLI}تنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة.${PDI}`,
    );
    expect(isolateLine("no Arabic here")).toBe("no Arabic here");
  });

  it("measures display width: marks and bidi controls take none, CJK and emoji take two", () => {
    expect(displayWidth("روسيا")).toBe(5);
    expect(displayWidth("رُوسِيَا")).toBe(5);
    expect(displayWidth(`${RLI}روسيا${PDI}`)).toBe(5);
    expect(displayWidth("北京")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
  });

  it("cuts long cells at a display width with an ellipsis", () => {
    expect(truncate("لقاء كيم جونغ أون وفلاديمير بوتين", 12)).toBe("لقاء كيم جو…");
    expect(displayWidth(truncate("北京北京北京", 5))).toBeLessThanOrEqual(5);
    expect(truncate("روسيا", 12)).toBe("روسيا");
  });

  it("aligns columns by display width whatever the script or the isolates", () => {
    const out = renderTable(
      ["NAME", "KIND"],
      [
        ["رُوسِيَا", "state"],
        ["كيم جونغ أون", "person"],
        ["北京", "place"],
      ],
    );
    const lines = out.split("\n");
    const kindColumn = lines
      .filter((l) => !l.startsWith("─"))
      .map((l) => displayWidth(l.slice(0, l.search(/(KIND|state|person|place)$/))));
    expect(new Set(kindColumn).size).toBe(1);
    expect(lines[2]).toContain(`${RLI}رُوسِيَا${PDI}`);
  });
});
