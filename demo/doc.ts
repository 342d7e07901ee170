// The demo's documentation pages: README.md and docs/**/*.md rendered in the browser, so that the
// demo's links open a readable page offline with nothing but `npm start` (which serves Markdown
// as plain text). ?doc=docs/protocol.md names the file; ?lang=en the language of the page around
// it. markdown-it parses (raw HTML off: it stays text; script and data URLs refused) and its
// tokens are built into DOM nodes here: no HTML string is ever parsed.
import GithubSlugger from 'github-slugger';
import MarkdownIt, { type Token } from 'markdown-it';
import type { OtpLang } from '../src/i18n/localize.js';
import { docHref, isDocumentPath } from './doc-link.js';

const text: Record<OtpLang, { back: string; source: string; missing: string }> = {
  ja: { back: '← デモに戻る', source: 'Markdown の原文', missing: 'この文書は表示できません。' },
  en: { back: '← Back to the demo', source: 'Markdown source', missing: 'This document cannot be shown.' },
};

/** The repository root as the server serves it: this page lives in demo/. */
const root = new URL('../', location.href);

const query = new URLSearchParams(location.search);
const lang: OtpLang = query.get('lang') === 'ja' ? 'ja' : 'en';
/** The language passed on to the next page: only one that was asked for. */
const chosenLang = query.has('lang') ? lang : undefined;
const requested = query.get('doc') ?? 'README.md';

/**
 * Where a link in the document should go from this page: a repository document (or a folder,
 * whose README it opens) to its rendered page, another repository file to the file itself.
 */
function retarget(href: string, base: URL): string {
  const target = new URL(href, base);
  if (target.origin !== root.origin || !target.pathname.startsWith(root.pathname)) return href;
  if (target.pathname === base.pathname && target.hash) return target.hash;
  let path = decodeURIComponent(target.pathname.slice(root.pathname.length));
  if (path.endsWith('/')) path += 'README.md';
  return isDocumentPath(path) ? docHref(path, chosenLang, target.hash) : target.href;
}

const markdown = new MarkdownIt();
/** What a token may carry over to its element: no `style` (the page's CSP refuses it) nor `class`. */
const keptAttributes = new Set(['href', 'src', 'alt', 'title', 'start']);

function element(token: Token): HTMLElement {
  const node = document.createElement(token.tag);
  for (const [name, value] of token.attrs ?? []) if (keptAttributes.has(name)) node.setAttribute(name, String(value));
  return node;
}

function code(text: string): HTMLElement {
  const node = document.createElement('code');
  node.textContent = text;
  return node;
}

/** A token that opens and closes nothing: text, code, an image, a rule, a line break. */
function leaf(token: Token): Node {
  switch (token.type) {
    case 'inline':
      return build(token.children ?? [], document.createDocumentFragment());
    case 'text':
    case 'html_inline':
    case 'html_block':
      return document.createTextNode(token.content);
    case 'softbreak':
      return document.createTextNode('\n');
    case 'code_inline':
      return code(token.content);
    case 'fence':
    case 'code_block': {
      const pre = document.createElement('pre');
      pre.append(code(token.content));
      return pre;
    }
    case 'image': {
      const image = element(token);
      image.setAttribute('alt', token.content);
      return image;
    }
    default:
      return element(token);
  }
}

/** Appends the elements `tokens` open and close, and what they hold, to `parent`. */
function build<T extends Node>(tokens: Token[], parent: T): T {
  const open: Node[] = [parent];
  for (const token of tokens) {
    // The paragraphs of a tight list are not drawn.
    if (token.hidden) continue;
    if (token.nesting === 1) open.push(open.at(-1)!.appendChild(element(token)));
    else if (token.nesting === -1) open.pop();
    else open.at(-1)!.appendChild(leaf(token));
  }
  return parent;
}

function render(source: string, base: URL): DocumentFragment {
  const fragment = build(markdown.parse(source, {}), document.createDocumentFragment());
  // GitHub's heading ids, so that in-page links (#security) and shared links find their place.
  const slugger = new GithubSlugger();
  for (const heading of fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')) heading.id = slugger.slug(heading.textContent ?? '');
  for (const link of fragment.querySelectorAll('a[href]')) link.setAttribute('href', retarget(link.getAttribute('href')!, base));
  for (const image of fragment.querySelectorAll('img[src]')) image.setAttribute('src', new URL(image.getAttribute('src')!, base).href);
  return fragment;
}

async function show(): Promise<void> {
  const main = document.querySelector<HTMLElement>('#doc')!;
  const back = document.querySelector<HTMLAnchorElement>('#doc-back')!;
  const source = document.querySelector<HTMLAnchorElement>('#doc-source')!;
  document.documentElement.lang = lang;
  back.textContent = text[lang].back;
  back.href = chosenLang ? `./index.html?lang=${chosenLang}` : './index.html';
  source.textContent = text[lang].source;

  const base = new URL(requested, root);
  source.href = base.href;
  const response = isDocumentPath(requested) ? await fetch(base).catch(() => undefined) : undefined;
  if (!response?.ok) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.lang = lang;
    message.textContent = text[lang].missing;
    main.replaceChildren(message);
    source.hidden = true;
  } else {
    main.replaceChildren(render(await response.text(), base));
    const title = main.querySelector('h1')?.textContent;
    if (title) document.title = `${title} — otp-elements`;
    // The content came after the browser looked for the fragment's target.
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }
  main.removeAttribute('aria-busy');
}

void show();
