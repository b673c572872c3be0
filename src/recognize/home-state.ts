// The state an article is about: the one its title and body name far more often than any
// other ("وزير الاقتصاد رائد خوري" in an article about Lebanon is Lebanon's minister). Why a
// module of its own: the extraction reads one sentence at a time (its SentenceView), so the
// article's state is recorded here against each sentence's token array when the article is
// recognized, and read back from the view's tokens (src/extract/office-roles.ts).
import type { EntityRef } from "../schema.js";
import type { Found } from "./found.js";
import type { Segmented, Tok } from "./segment.js";

/** At least this many mentions, and this many times the runner-up's. */
const MIN_MENTIONS = 3;
const LEAD = 2;

const byTokens = new WeakMap<readonly Tok[], EntityRef | null>();

/** The dominant state of the mentions, or null when none dominates. */
export function dominantState(found: readonly (readonly Found[])[]): EntityRef | null {
  const counts = new Map<string, { ref: EntityRef | null; n: number }>();
  const bump = (id: string, ref: EntityRef | null) => {
    const c = counts.get(id);
    if (c) {
      c.n++;
      c.ref ??= ref;
    } else counts.set(id, { ref, n: 1 });
  };
  for (const list of found)
    for (const f of list) {
      if (f.entity.kind === "state") bump(f.entity.id, f.entity);
      // A sector tied to its state ("الشرطة العراقية") names the state too.
      else if (f.partOf?.startsWith("state:")) bump(f.partOf, null);
    }
  let best: { ref: EntityRef | null; n: number } | null = null;
  let second = 0;
  for (const c of counts.values()) {
    if (!best || c.n > best.n) {
      second = best?.n ?? 0;
      best = c;
    } else if (c.n > second) second = c.n;
  }
  if (!best?.ref || best.n < MIN_MENTIONS || best.n < LEAD * second) return null;
  return best.ref;
}

/** Records the article's state against each of its sentences (related links left out). */
export function noteHomeState(seg: Segmented, found: readonly (readonly Found[])[]): void {
  const own = found.filter((_, i) => seg.sentences[i]?.section !== "related");
  const home = dominantState(own);
  for (const s of seg.sentences) byTokens.set(s.tokens, home);
}

/** The state of the article a sentence (its token array) belongs to, if one dominates. */
export function homeStateOf(tokens: readonly Tok[]): EntityRef | null {
  return byTokens.get(tokens) ?? null;
}
