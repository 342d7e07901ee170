// `npm start`'s front door: the reference bank under /api/bank, and of the project's files only
// what the demo pages load, with the headers a bank would send on its own pages.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
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
 * The npm packages the pages can load: the package's dependencies and optional peers (otpauth,
 * for the demo adapter), with everything they depend on, read from their package.json files.
 */
export function runtimePackages(root: string): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name)) return;
    let manifest: { dependencies?: Record<string, string> };
    try {
      manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    } catch {
      return; // not installed: an optional peer
    }
    found.add(name);
    Object.keys(manifest.dependencies ?? {}).forEach(visit);
  };
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  [...Object.keys(own.dependencies ?? {}), ...Object.keys(own.peerDependencies ?? {})].forEach(visit);
  return found;
}

/**
 * Whether `path` (decoded) is one the demo needs. Never a dotfile or dot-folder (`/.git/config`),
 * a `..` step, a backslash or NUL, or the dev server's route to files outside the project
 * (`/__wds-outside-root__/…`).
 */
function isServed(path: string, packages: ReadonlySet<string>): boolean {
  const segments = path.split('/').slice(1);
  if (segments.some((s) => s.startsWith('.') || s.includes('\\') || s.includes('\0'))) return false;
  if (hiddenPrefixes.some((prefix) => path.startsWith(prefix))) return false;
  if (servedPrefixes.some((prefix) => path === prefix || path.startsWith(prefix))) return true;
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
    const path = decodedPath(target);
    if (path === undefined) return plain(res, 400, 'Bad request');
    if (path === '/') return void res.writeHead(302, { Location: '/demo/', ...pageHeaders }).end();
    if (!isServed(path, packages)) return plain(res, 404, 'Not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    for (const [name, value] of Object.entries(pageHeaders)) res.setHeader(name, value);
    files(req, res);
  };
}

/** The decoded path of an origin-form target, or undefined when it is another form or badly encoded. */
function decodedPath(target: string): string | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  try {
    return decodeURIComponent(target.split(/[?#]/, 1)[0]!);
  } catch {
    return undefined;
  }
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...pageHeaders, ...headers }).end(`${text}\n`);
}
