// Puts raw Node request handlers in front of the test runner's server.
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

export type RawHandler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void> | void;

/**
 * Gives each request to `answers` before the dev server's koa app sees it, with its path and a
 * way to hand it to the app later (`pass`); the app gets it at once when `answers` says it did
 * not take it. A plugin cannot add koa middleware: koa composes its chain when the server is
 * made, before `serverStart`.
 */
export function intercept(
  server: unknown,
  answers: (req: IncomingMessage, res: ServerResponse, path: string, pass: () => void) => boolean,
): void {
  if (!server) throw new Error('the test routes need the test runner\'s HTTP server');
  const http = server as Server;
  const others = http.listeners('request') as RequestListener[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pass = (): void => others.forEach((listener) => listener.call(http, req, res));
    if (!answers(req, res, new URL(req.url ?? '/', 'http://localhost').pathname, pass)) pass();
  });
}

/**
 * Answers requests whose path starts with `base` from the raw request and response, so a route
 * can do what koa would hide (destroy the socket, never answer, send half a body).
 */
export function mount(server: unknown, base: string, handle: RawHandler): void {
  intercept(server, (req, res, path) => {
    if (!path.startsWith(`${base}/`)) return false;
    Promise.resolve(handle(req, res, path.slice(base.length + 1))).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
    return true;
  });
}
