// One piece of evidence: the sentence with the quoted span marked, and who says it where.
import type { Evidence } from "../../src/graph-schema.js";
import { dirOf, h } from "./dom.js";
import { spanInSentence, splitAt } from "./highlight.js";
import { FetchError } from "./lazy.js";
import { type PanelContext, t } from "./panel-context.js";

export function evidenceCard(ctx: PanelContext, e: Evidence, polarity: string): HTMLElement {
  const article = ctx.articles.get(e.doc) ?? null;
  const range = spanInSentence(e.sentence, article?.text ?? null, e.span);
  const [before, marked, after] = range ? splitAt(e.sentence, range) : [e.sentence, "", ""];
  const s = ctx.state;
  const claimant = e.attributed_to
    ? t(s, "بحسب ", "claimed by ") +
      (s.lang === "en"
        ? (e.attributed_to.label_en ?? e.attributed_to.label_ar)
        : e.attributed_to.label_ar)
    : t(s, "يقرره المصدر", "asserted by the outlet");
  const open = h(
    "button",
    {
      class: "open-article",
      attrs: { type: "button" },
      title: article ? e.doc : t(s, "نص المقال غير متوفر", "article text not available"),
      on: { click: () => ctx.openArticle(e.doc, e.span) },
    },
    t(s, "افتح المقال", "Open article"),
  );
  open.disabled = !article && !ctx.lazy?.hasArticle(e.doc);
  return h(
    "li",
    { class: "evidence", data: { doc: e.doc, span: `${e.span[0]}-${e.span[1]}` } },
    h(
      "blockquote",
      { class: "sentence", dir: dirOf(e.sentence), lang: "ar" },
      before,
      range ? h("mark", { class: "span" }, marked) : null,
      after,
    ),
    h(
      "div",
      { class: "meta" },
      h(
        "span",
        { class: "outlet", dir: "auto" },
        e.outlet ?? t(s, "مصدر غير معروف", "unknown outlet"),
      ),
      h("span", { class: "date" }, e.date ?? e.article_date ?? t(s, "بلا تاريخ", "undated")),
      h("span", { class: "claimant", dir: "auto" }, claimant),
      h("span", { class: `polarity ${polarity}` }, polarityWord(ctx, polarity)),
      e.modality !== "asserted" ? h("span", { class: "modality" }, e.modality) : null,
      e.mode ? h("span", { class: "mode" }, e.mode) : null,
      h("span", { class: "confidence", title: e.rule }, `${Math.round(e.confidence * 100)}%`),
      e.section !== "body" ? h("span", { class: "section" }, e.section) : null,
    ),
    open,
  );
}

/** Evidence cards shown with their span marked: at most this many articles are fetched. */
const MARKED_ARTICLES = 30;

/** Sent (bubbling) by an evidence slot once its fetched cards, or its error, are in place. */
const EVIDENCE_SETTLED = "athar:evidence-settled";
/** The longest a selection's frame waits for the panel's evidence to arrive. */
const EVIDENCE_WAIT_MS = 250;

/**
 * Runs `then` once the evidence `panel` is fetching is painted (or after EVIDENCE_WAIT_MS), or
 * at once when nothing is being fetched.
 */
export function afterEvidence(panel: HTMLElement, then: () => void): void {
  if (!panel.querySelector(".evidence-slot")) {
    then();
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    panel.removeEventListener(EVIDENCE_SETTLED, run);
    // After the frame that paints the cards: a slow frame started now would hold them back.
    requestAnimationFrame(() => setTimeout(then, 0));
  };
  const timer = setTimeout(run, EVIDENCE_WAIT_MS);
  panel.addEventListener(EVIDENCE_SETTLED, run);
}

const settled = (el: HTMLElement) =>
  el.dispatchEvent(new CustomEvent(EVIDENCE_SETTLED, { bubbles: true }));

/**
 * The evidence list of an edge or an event node: inline evidence at once; view.json's is
 * fetched (with the articles of the first cards, to mark their spans) and put in place.
 */
export function evidenceList(
  ctx: PanelContext,
  kind: "edge" | "node",
  key: string,
  inline: Evidence[] | undefined,
  polarity: string,
): HTMLElement {
  const list = (items: Evidence[]) =>
    h("ol", { class: "evidence-list" }, ...items.map((e) => evidenceCard(ctx, e, polarity)));
  if (inline || !ctx.lazy?.has(kind, key)) return list(inline ?? []);
  const lazy = ctx.lazy;
  const slot = h("div", { class: "evidence-slot hint" }, t(ctx.state, "جار التحميل…", "loading…"));
  void (async () => {
    try {
      const items = await lazy.evidence(kind, key);
      // The cards at once; their spans are marked when the articles arrive (one more range
      // each), unless those articles were fetched before.
      let shown = list(items);
      slot.replaceWith(shown);
      window.__athar?.evidenceShown.push(key);
      settled(shown);
      const docs = [...new Set(items.map((e) => e.doc))]
        .filter((d) => !ctx.articles.has(d))
        .slice(0, MARKED_ARTICLES);
      if (docs.length === 0) return;
      const articles = await Promise.all(docs.map((d) => lazy.article(d).catch(() => null)));
      for (const a of articles) if (a) ctx.articles.set(a.doc, a);
      if (!shown.isConnected) return;
      const marked = list(items);
      shown.replaceWith(marked);
      shown = marked;
    } catch (err) {
      slot.classList.add("error");
      slot.textContent =
        err instanceof FetchError ? err.message : `cannot load the evidence: ${String(err)}`;
      settled(slot);
    }
  })();
  return slot;
}

export function polarityWord(ctx: PanelContext, polarity: string): string {
  return polarity === "negated"
    ? t(ctx.state, "منفي", "negated")
    : t(ctx.state, "مثبت", "affirmed");
}
