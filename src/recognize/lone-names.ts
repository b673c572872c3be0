// A one-word name after a title ("الزعيم الكوري الشمالي كيم"، "الرئيس كاسترو") is the person
// of the article, or the state's leader, who bears that name: the bare-name coreference of
// recognize.ts, applied to names the title patterns took first (they would otherwise stand as
// a new person "كيم"). Why a module: the patterns run before the article's names are known.
import { normalizeForMatch } from "../text/normalize.js";
import type { Found } from "./found.js";

// A relative named by a given name alone ("وابنته يوليا", patterns.ts) is one too.
const LONE_RULES = new Set(["title-name", "speech-name", "kin-name"]);

/** A provisional person of one word, found by a title or a verb of saying. */
export const isLoneName = (f: Found): boolean =>
  f.first === f.last && !!f.provisional && f.entity.kind === "person" && LONE_RULES.has(f.rule);

/** Gives each lone name the person whose name part it is (in place). */
export function resolveLoneNames(found: Found[][], parts: Map<string, Found["entity"]>): void {
  for (const list of found) {
    for (const f of list) {
      if (!isLoneName(f)) continue;
      const person = parts.get(normalizeForMatch(f.entity.label_ar));
      if (!person || person.id === f.entity.id) continue;
      f.entity = person;
      f.provisional = person.id.includes(":unk-");
    }
  }
}
