// Two unnamed officials side by side (src/extract/units.ts): an office whose nisba is
// followed by another office is two officials («رئيس الوزراء الياباني الرئيس الأمريكي»), and a
// dual title two nisbas share names an official for each («بنظيريه المصري والأردني»، «وزيرا
// الخارجية الروسي والتركي»), resolved to the holder on the article's date (2023-11-09 here).
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, relationsOf } from "./helpers/pipeline.js";

describe("an office right after another office's nisba", () => {
  it("is a second official: «التقى رئيس الوزراء الياباني الرئيس الأمريكي»", () => {
    expectRel(
      "والتقى رئيس الوزراء الياباني الرئيس الأمريكي في طوكيو.",
      "person:fumio-kishida",
      "CONSULT",
      "person:joe-biden",
      { peer: true },
    );
    expectRel(
      "والتقى رئيس الوزراء الياباني بالرئيس الأمريكي في طوكيو.",
      "person:fumio-kishida",
      "CONSULT",
      "person:joe-biden",
      { peer: true },
    );
  });

  it("is the same person's when the KB gives him the first office too", () => {
    expectRel(
      "والتقى رئيس الوزراء الإسرائيلي زعيم حزب الليكود بنيامين نتنياهو الرئيس الروسي في موسكو.",
      "person:benjamin-netanyahu",
      "CONSULT",
      "person:vladimir-putin",
    );
  });

  it("is no official when it is a journalist's: «وانتقد الصحفي الأمريكي السعودية»", () => {
    expectNone("وانتقد الصحفي الأمريكي السعودية.", "ACCUSE");
    expectNone("والتقى الصحفي الأمريكي الرئيس السوري بشار الأسد في دمشق.", "CONSULT");
  });

  it("leaves a ب phrase before it a place: «استقبل الرئيس الأمريكي بالبيت الأبيض الرئيس البرازيلي»", () => {
    expectRel(
      "واستقبل الرئيس الأمريكي بالبيت الأبيض الرئيس البرازيلي.",
      "person:joe-biden",
      "CONSULT",
      "person:luiz-inacio-lula-da-silva",
    );
  });

  it("still joins a title of address to the name after it: «العاهل الأردني الملك عبد الله الثاني»", () => {
    const rels = relationsOf("والتقى العاهل الأردني الملك عبد الله الثاني الرئيس الأمريكي.");
    const role = rels.find(
      (r) => r.type === "ROLE" && r.source.id === "person:abdullah-ii-of-jordan",
    );
    expect(role?.target.text).toBe("العاهل الأردني الملك");
  });
});

describe("a dual title two nisbas share", () => {
  it("names both counterparts: «التقى وزير الخارجية الأمريكي بنظيريه المصري والأردني»", () => {
    const text = "والتقى وزير الخارجية الأمريكي بنظيريه المصري والأردني في عمان.";
    expectRel(text, "person:antony-blinken", "CONSULT", "person:sameh-shoukry");
    expectRel(text, "person:antony-blinken", "CONSULT", "person:ayman-safadi");
  });

  it("is read after a preposition: «التقى الرئيس الأمريكي بالرئيسين الروسي والصيني»", () => {
    const text = "والتقى الرئيس الأمريكي بالرئيسين الروسي والصيني في أوساكا.";
    expectRel(text, "person:joe-biden", "CONSULT", "person:vladimir-putin");
    expectRel(text, "person:joe-biden", "CONSULT", "person:xi-jinping");
  });

  it("makes the two no meeting of their own: «بالرئيسين الروسي والصيني على هامش القمة»", () => {
    expectNone("والتقى الرئيس الأمريكي بالرئيسين الروسي والصيني على هامش القمة.", "CONSULT", {
      source: "person:vladimir-putin",
      target: "person:xi-jinping",
    });
  });

  it("names both ministers of «وزيرا الخارجية الروسي والتركي», each by his state", () => {
    expectRel(
      "واتفق وزيرا الخارجية الروسي والتركي على وقف إطلاق النار.",
      "person:sergey-lavrov",
      "AGREE",
      "person:hakan-fidan",
      { peer: true },
    );
  });
});
