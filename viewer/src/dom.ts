// DOM building without HTML strings: every piece of data becomes a text node.
// This is the viewer's XSS guard: nothing here ever assigns innerHTML.

type Child = Node | string | number | null | undefined | false;
type Props = {
  class?: string;
  title?: string;
  dir?: "rtl" | "ltr" | "auto";
  lang?: string;
  /** Plain attributes; names starting with "on" are refused (handlers go through `on`). */
  attrs?: Record<string, string>;
  data?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
};

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.title) el.title = props.title;
  if (props.dir) el.dir = props.dir;
  if (props.lang) el.lang = props.lang;
  for (const [k, v] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(k)) throw new Error(`h(): event attribute ${k} refused`);
    el.setAttribute(k, v);
  }
  for (const [k, v] of Object.entries(props.data ?? {})) el.dataset[k] = v;
  for (const [type, fn] of Object.entries(props.on ?? {})) {
    el.addEventListener(type, fn as EventListener);
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "string" || typeof c === "number" ? text(String(c)) : c);
  }
}

export function text(s: string): Text {
  return document.createTextNode(s);
}

/** Replaces all children of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** "rtl" when the text contains Arabic script, so Arabic runs read right-to-left. */
export function dirOf(s: string | null | undefined): "rtl" | "ltr" {
  return s && ARABIC.test(s) ? "rtl" : "ltr";
}

/** A span with the right direction and language for a piece of data. */
export function bidi(s: string, cls?: string): HTMLSpanElement {
  const d = dirOf(s);
  return h("span", { class: cls, dir: d, lang: d === "rtl" ? "ar" : "en" }, s);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}
