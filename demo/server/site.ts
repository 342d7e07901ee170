// `npm start`'s front door: the reference bank under /api/bank, and of the project's files only
// what the demo pages load, with the headers a bank would send on its own pages.
import { readFileSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BankHandler } from './bank-handler.js';

/**
 * The policy of the demo pages (they also declare most of it in a `<meta>`, which cannot set
 * `frame-ancestors`). Trusted Types: only lit-html's policy may turn text into HTML.
 */
export const pagePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const pageHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': pagePolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Folders and files of the project the demo pages load or link to. */
const servedPrefixes = ['/demo/', '/src/', '/dist/', '/docs/', '/README.md'];
/** Under /demo/ but no page needs it: the bank's own source. */
const hiddenPrefixes = ['/demo/server/'];

/**
 * The npm packages the demo pages can load: those the pages' modules (demo/*.ts, and through
 * them src/) import, found by esbuild following the imports without bundling any package, with
 * everything they depend on, read from their package.json files. Not the devDependencies the
 * pages never import (the test runner, TypeScript …).
 */
export async function runtimePackages(root: string): Promise<Set<string>> {
  const entryPoints = readdirSync(join(root, 'demo'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(root, 'demo', name));
  const { metafile } = await build({ entryPoints, absWorkingDir: root, bundle: true, packages: 'external', write: false, metafile: true, outdir: 'unused', format: 'esm', platform: 'browser', logLevel: 'silent' });
  const imported = Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => packageName(i.path)));

  const found = new Set<string>();
  const visit = (name: string | undefined) => {
    if (name === undefined || found.has(name)) return;
    let manifest: { dependencies?: Record<string, string> };
    try {
      manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    } catch {
      return; // not installed: an optional peer
    }
    found.add(name);
    Object.keys(manifest.dependencies ?? {}).forEach(visit);
  };
  imported.forEach(visit);
  return found;
}

/** The package a bare specifier names (`lit/decorators.js` → lit, `@lit/task` → @lit/task); undefined for esbuild's own `<runtime>`. */
function packageName(specifier: string): string | undefined {
  const match = /^(@[\w.-]+\/)?[\w.-]+/.exec(specifier);
  return match?.[0];
}

/**
 * The decoded path, when `rawPath` is canonical: no empty segment but a last one (`/demo/`), no
 * `.`, `..` or other dot-name, no segment that decodes to a `/`, `\`, NUL or `%` (an encoded
 * slash, a second encoding). Anything else is refused, not normalised: the file server collapses
 * what a prefix check does not (`/demo//server/` is not under `/demo/server/`), so the checks
 * must see exactly the path it serves.
 */
function canonicalPath(rawPath: string): string | undefined {
  const segments = rawPath.split('/').slice(1).map(decodedSegment);
  const canonical = (segment: string | undefined, index: number) =>
    segment !== undefined && (segment !== '' || index === segments.length - 1) && !segment.startsWith('.') && !/[/\\\0%]/.test(segment);
  return segments.every(canonical) ? `/${segments.join('/')}` : undefined;
}

function decodedSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Whether the canonical `path` is one the demo needs (never the dev server's `/__wds-outside-root__/…`). */
function isServed(path: string, packages: ReadonlySet<string>): boolean {
  if (hiddenPrefixes.some((prefix) => path.startsWith(prefix))) return false;
  if (servedPrefixes.some((prefix) => path === prefix || path.startsWith(prefix))) return true;
  const segments = path.split('/').slice(1);
  if (segments[0] !== 'node_modules') return false;
  const name = segments[1]?.startsWith('@') ? `${segments[1]}/${segments[2]}` : segments[1];
  return name !== undefined && packages.has(name) && segments.length > name.split('/').length + 1;
}

export interface SiteOptions {
  bank: BankHandler;
  /** Where the bank answers, e.g. "/api/bank". */
  bankPath: string;
  /** The dev server's handler: serves the files, compiling TypeScript on the fly. */
  files: (req: IncomingMessage, res: ServerResponse) => void;
  packages: ReadonlySet<string>;
}

/** The request handler of `npm start`. */
export function createSite({ bank, bankPath, files, packages }: SiteOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = req.url ?? '';
    if (target.startsWith(`${bankPath}/`)) return bank(req, res);
    // Absolute-form (`http://host/x`) and asterisk-form targets are not paths.
    if (!target.startsWith('/')) return plain(res, 400, 'Bad request');
    const path = canonicalPath(target.split(/[?#]/, 1)[0]!);
    if (path === '/') return void res.writeHead(302, { Location: '/demo/', ...pageHeaders }).end();
    if (path === undefined || !isServed(path, packages)) return plain(res, 404, 'Not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    for (const [name, value] of Object.entries(pageHeaders)) res.setHeader(name, value);
    files(req, res);
  };
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...pageHeaders, ...headers }).end(`${text}\n`);
}
