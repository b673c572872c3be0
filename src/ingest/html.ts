// HTML pages: read as their visible text. Tags, scripts and styles are never mined as words;
// each run of text between tags becomes a piece whose offsets point into the HTML file.
import type { Article, Piece } from "../schema.js";
import { trimRange } from "./lines.js";
import type { ArticleMeta } from "./txt.js";

// Only a file's start makes it a page: a doctype, <html>, <head> or <body>, perhaps after a
// byte-order mark (\s covers U+FEFF), white space, an XML prolog or comments. Tags further in
// are not enough: a plain-text article may carry a stray <br> or <b>, and read as HTML it
// would lose its title, date and outlet lines.
const PAGE_START =
  /^\s*(?:<\?xml\b[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html\b|<html[\s>]|<head[\s>]|<body[\s>])/i;

export function looksLikeHtml(text: string): boolean {
  return PAGE_START.test(text.slice(0, 4000));
}

const SKIP = /^(script|style|noscript|template|svg|head|nav|footer|iframe)$/;
const TAG = /<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w-]*)\b[^>]*>/g;

export function parseHtml(text: string, meta: ArticleMeta): Article {
  const pieces: Piece[] = [];
  let title: string | null = meta.title ?? null;
  let skipDepth = 0;
  let inTitle = false;
  let pos = 0;
  const emit = (s: number, e: number) => {
    const r = trimRange(text, s, e);
    if (!r) return;
    if (inTitle) {
      title ??= text.slice(r[0], r[1]);
      pieces.push({ section: "title", start: r[0], end: r[1] });
    } else if (skipDepth === 0) pieces.push({ section: "body", start: r[0], end: r[1] });
  };
  for (const m of text.matchAll(TAG)) {
    emit(pos, m.index);
    pos = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === "/";
    if (name === "title") inTitle = !closing;
    else if (SKIP.test(name) && !m[0].endsWith("/>")) skipDepth += closing ? -1 : 1;
    if (skipDepth < 0) skipDepth = 0;
  }
  emit(pos, text.length);
  return {
    doc: meta.doc,
    text,
    title,
    date: meta.date ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    pieces,
    sha256: meta.sha256,
  };
}
