// The whole article in an overlay, the evidence span marked and scrolled into view.
import { byId, dirOf, h, replace } from "./dom.js";
import { splitAt } from "./highlight.js";
import type { Article } from "./model.js";

let lastFocus: HTMLElement | null = null;

export function openArticle(article: Article, span: readonly [number, number]): void {
  const root = byId("article");
  const [start, end] = span;
  const valid = start >= 0 && end <= article.text.length && end > start;
  const [before, marked, after] = valid
    ? splitAt(article.text, [start, end])
    : [article.text, "", ""];
  const mark = h("mark", { class: "span", attrs: { id: "article-span" } }, marked);
  const url = article.url && /^https?:\/\//i.test(article.url) ? article.url : null;
  const close = h(
    "button",
    { class: "close", attrs: { type: "button", "aria-label": "Close" } },
    "×",
  );
  const dialog = h(
    "div",
    {
      class: "dialog",
      attrs: { role: "dialog", "aria-modal": "true", "aria-labelledby": "article-title" },
    },
    h(
      "div",
      { class: "dialog-head" },
      h(
        "div",
        {},
        h(
          "h2",
          { dir: dirOf(article.title), attrs: { id: "article-title" } },
          article.title ?? article.doc,
        ),
        h(
          "div",
          { class: "meta" },
          h("span", { dir: "auto" }, article.source ?? "unknown outlet"),
          " · ",
          article.date ?? "undated",
          " · ",
          h("code", {}, article.doc),
          url ? " · " : null,
          url
            ? h(
                "a",
                { attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } },
                "source",
              )
            : null,
        ),
      ),
      close,
    ),
    h(
      "div",
      { class: "article-text", dir: dirOf(article.text), lang: "ar" },
      before,
      valid ? mark : null,
      after,
    ),
  );
  replace(root, dialog);
  root.hidden = false;
  lastFocus = document.activeElement as HTMLElement | null;
  const done = () => closeArticle();
  close.addEventListener("click", done);
  root.onclick = (ev) => {
    if (ev.target === root) done();
  };
  close.focus();
  if (valid) mark.scrollIntoView({ block: "center" });
}

export function closeArticle(): void {
  const root = byId("article");
  if (root.hidden) return;
  root.hidden = true;
  replace(root);
  lastFocus?.focus();
}

document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape") closeArticle();
});
