// A claimed attack (issue 9, event data): the claimant of «تبنى» or «أعلن مسؤوليته عن» attacks
// what the attack hit, an actor or the state of the place it happened in.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel } from "./helpers/pipeline.js";

describe("claims of an attack", () => {
  it("reads «تبنى تنظيم داعش الهجوم على كنيسة في القاهرة» as an attack on Egypt, in Cairo", () => {
    const r = expectRel(
      "تبنى تنظيم داعش الهجوم على كنيسة في القاهرة.",
      "org:isis",
      "ASSAULT",
      "state:EG",
    );
    expect(r.place?.id).toBe("place:cairo");
  });

  it("reads «أعلنت حركة طالبان مسؤوليتها عن الهجوم على قاعدة عسكرية في قندهار»", () => {
    expectRel(
      "أعلنت حركة طالبان مسؤوليتها عن الهجوم على قاعدة عسكرية في قندهار.",
      "org:taliban",
      "ASSAULT",
      "state:AF",
    );
  });

  it("reads the actor a claimed bombing targeted: «تفجير استهدف الشرطة العراقية»", () => {
    expectRel(
      "أعلن تنظيم داعش مسؤوليته عن تفجير استهدف الشرطة العراقية.",
      "org:isis",
      "ASSAULT",
      "state:IQ",
    );
  });

  it("reads no attack in adopting a plan: «تبنت الحكومة الفرنسية خطة جديدة»", () => {
    expectNone("تبنت الحكومة الفرنسية خطة جديدة في باريس.", "ASSAULT");
  });
});
