// A news medium that only carries the news is no actor of the article: its dateline "واشنطن
// (CNN) --" and its app in a footer ("تطبيق بي بي سي عربي"). Such KB mentions are dropped
// before the generic actors and the coreference see them. The medium a speaker talks to ("قال
// لـCNN"، "لرويترز") stays: the article's body names it, and careful gold lists it
// (ANNOTATION.md: every actor the body mentions); "وفقا لـ" makes it no end of a relation
// (according.ts). Media are the KB organisations a "media_heads" word (lexicon/actors.json)
// names: وكالة، شبكة، صحيفة ...; under a head that also names other bodies ("news_agency":
// وكالة), only those one of whose names holds a news word (وكالة رويترز للأنباء; not وكالة
// المخابرات المركزية).
import type { Kb } from "../kb/kb.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Actors } from "./actors.js";
import type { Found } from "./found.js";
import { type Tok, tokStems } from "./segment.js";

const mediaMemo = new WeakMap<Kb, Map<string, boolean>>();

/** Whether a KB organisation is a news medium: one of its names opens with a media head. */
function isMedium(kb: Kb, id: string, media: MediaWords): boolean {
  let memo = mediaMemo.get(kb);
  if (!memo) {
    memo = new Map();
    mediaMemo.set(kb, memo);
  }
  let v = memo.get(id);
  if (v === undefined) {
    const e = kb.entities.get(id);
    const names =
      e?.kind === "organization" ? [e.label_ar, ...e.aliases].map(normalizeForMatch) : [];
    const news = () => names.some((n) => n.split(" ").some((w) => media.newsAgency.words.has(w)));
    v = names.some((n) => {
      const head = n.split(" ")[0] as string;
      return media.mediaHeads.has(head) && (!media.newsAgency.heads.has(head) || news());
    });
    memo.set(id, v);
  }
  return v;
}

/** The word lists that tell a medium (lexicon/actors.json). */
export type MediaWords = Pick<Actors, "mediaHeads" | "newsAgency">;

/** The mentions of a sentence without the media that only report. */
export function dropReportingMedia(
  kb: Kb,
  media: MediaWords,
  norm: string,
  tokens: Tok[],
  found: Found[],
): Found[] {
  const heads = media.mediaHeads;
  if (heads.size === 0 || found.length === 0) return found;
  const medium = (f: Found) => f.entity.kind === "organization" && isMedium(kb, f.entity.id, media);
  // The dateline: "(CNN) --", "الدوحة/ الأناضول", "جنيف، طرابلس ــ العربي الجديد".
  const datelines = found.filter(
    (f) => medium(f) && (datelineAt(norm, f) || placeDateline(norm, tokens, found, f)),
  );
  const reporting = (f: Found): boolean => {
    if (datelines.includes(f)) return true;
    const prev = tokens[f.first - 1];
    // The medium's app: "تطبيق بي بي سي عربي".
    return medium(f) && !!prev && tokStems(prev).some((s) => s.stem === "تطبيق");
  };
  const dateline = datelines[0];
  let out = found.filter((f) => !reporting(f));
  // The place of a dateline ("بيروت (CNN) --"، "واشنطن، الولايات المتحدة (CNN)") is where the
  // news was written: no actor, so a capital stays a place and a state is dropped.
  if (dateline && dateline.first <= 8)
    out = out.flatMap((f): Found[] => {
      if (f.last >= dateline.first) return [f];
      if (f.place) return [{ ...f, entity: f.place, place: undefined, rule: "kb" }];
      return f.entity.kind === "state" ? [] : [f];
    });
  return out.length === found.length && !dateline ? found : out;
}

/** "(CNN) --": the medium in brackets followed by a dash. */
function datelineAt(norm: string, f: Found): boolean {
  return (
    /\(\s*$/.test(norm.slice(Math.max(0, f.start - 3), f.start)) &&
    /^\s*\)\s*[-–—]/.test(norm.slice(f.end, f.end + 6))
  );
}

/** How many words a dateline's places may take before the medium. */
const DATELINE_WORDS = 6;

/**
 * "الدوحة/ الأناضول", "جنيف، طرابلس ــ العربي الجديد": a line that opens with places only and
 * names the medium after a slash or a dash.
 */
function placeDateline(norm: string, tokens: Tok[], found: Found[], f: Found): boolean {
  if (f.first === 0 || f.first > DATELINE_WORDS) return false;
  const before = norm.slice((tokens[f.first - 1] as Tok).end, f.start);
  // After a slash or a dash (a tatweel dash «ــ» is gone from the normalized text: then the
  // medium ends the line).
  const dash = /[/\-–—ـ]\s*$/.test(before);
  const rest = norm.slice(f.end).split("\n")[0] ?? "";
  if (!dash && (/\S/.test(before) || !/^\s*(?:[.:\-–—]|$)/.test(rest))) return false;
  for (let k = 0; k < f.first; k++) {
    const at = found.find((x) => x.first <= k && k <= x.last);
    if (!at || (at.entity.kind !== "place" && at.entity.kind !== "state" && !at.place))
      return false;
  }
  return true;
}
