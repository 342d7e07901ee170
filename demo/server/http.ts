// What `npm start` and `npm run server` share: where they listen, which Host names and page
// origins they accept, and an HTTP server that no request can take down.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { hostname as machineName, networkInterfaces } from 'node:os';

/** Where a server listens, and what it accepts. */
export interface Reach {
  port: number;
  /** Host names (no port) a request may name in `Host`; anything else may be DNS rebinding. */
  hostNames: ReadonlySet<string>;
  /** Page origins that may call the bank: the server's own, then those of `ALLOWED_ORIGINS`. */
  origins: readonly string[];
}

const loopbackNames = ['localhost', '127.0.0.1', '[::1]'];
const wildcards = new Set(['0.0.0.0', '::', '[::]']);

/**
 * What a server at `host:port` accepts. Loopback names always; `host` itself when it is another
 * name or address; on a wildcard address, every address of this machine and its name too.
 */
function reachOf(host: string, port: number, allowedOrigins: readonly string[] = []): Reach {
  const names = new Set(loopbackNames);
  if (wildcards.has(host)) {
    names.add(machineName().toLowerCase());
    for (const address of Object.values(networkInterfaces()).flat()) {
      if (address) names.add(address.family === 'IPv6' ? `[${address.address.split('%')[0]}]` : address.address);
    }
  } else names.add(bracketed(host).toLowerCase());
  const own = [...names].filter((name) => !wildcards.has(name)).map((name) => new URL(`http://${name}:${port}`).origin);
  return { port, hostNames: names, origins: [...new Set([...own, ...allowedOrigins])] };
}

const bracketed = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/**
 * `ALLOWED_ORIGINS` (or another variable, `name`): comma-separated page origins such as
 * `https://cms.example.jp`, each only scheme, host and port (a path, query or user name is
 * refused rather than guessed at).
 * @throws Error naming the first entry that is not an origin.
 */
export function parseOrigins(list: string | undefined, name = 'ALLOWED_ORIGINS'): string[] {
  const entries = (list ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.map((entry) => {
    const url = URL.canParse(entry) ? new URL(entry) : undefined;
    const onlyOrigin = url && /^https?:$/.test(url.protocol) && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
    if (!onlyOrigin || !/^https?:\/\/[^/?#]+\/?$/i.test(entry)) {
      throw new Error(`${name}: "${entry}" is not an origin such as https://cms.example.jp or http://localhost:8080`);
    }
    return url.origin;
  });
}

/** The host name a request's `Host` header names, lower-cased, without its port. */
function hostNameOf(header: string | undefined): string | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header ?? '');
  return match?.[1]!.toLowerCase();
}

export interface ServeOptions {
  /** The address to listen on. */
  host: string;
  /** The first port to try; 0 lets the system choose. */
  port: number;
  /** Whether a taken port means trying the next (up to 20) rather than failing with PortBusyError. */
  scan: boolean;
  /** Page origins allowed besides the server's own (`ALLOWED_ORIGINS`). */
  allowedOrigins?: readonly string[];
  /**
   * Makes the request handler once the server knows where it listens. The handler may throw
   * or reject: the request is then answered 500, and the server goes on.
   */
  handler(reach: Reach): (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
  /** Told of every request refused here, in one line without headers or bodies. */
  log?: (line: string) => void;
}

/**
 * An HTTP server that no request can end, listening: a request naming a Host this server is
 * not (DNS rebinding) is refused with 421, slow clients are cut off, a handler's failure is
 * answered 500, and what Node's parser rejects is answered 400 or 408 by Node itself.
 * @throws PortBusyError when the port is taken and `scan` is off.
 */
export async function serve({ host, port, scan, allowedOrigins, handler, log }: ServeOptions): Promise<{ server: Server; reach: Reach }> {
  let reach: Reach | undefined;
  let handle: ReturnType<ServeOptions['handler']> | undefined;
  const server = createServer((req, res) => {
    if (!reach || !handle || !reach.hostNames.has(hostNameOf(req.headers.host) ?? '')) {
      log?.('request refused: its Host is not a name of this server → 421');
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      res.end('This server answers only to its own host names.\n');
      return;
    }
    Promise.resolve()
      .then(() => handle!(req, res))
      .catch(() => {
        if (!res.headersSent && !res.destroyed) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal error\n');
        else res.destroy();
      });
  });
  // Slow clients (slowloris): headers within 10 s, the whole request within 15 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = 512;
  const listening = await listen(server, host, port, scan);
  reach = reachOf(host, listening, allowedOrigins);
  handle = handler(reach);
  return { server, reach };
}

/** The port was taken (and was not to be scanned past). */
export class PortBusyError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is in use`);
  }
}

/**
 * Listens on `reach.host`, from `port` on. With `scan`, a taken port means trying the next (up
 * to 20); without, it fails with PortBusyError. Returns the port listened on (for port 0, the one
 * the system chose).
 */
async function listen(server: Server, host: string, port: number, scan: boolean): Promise<number> {
  for (let candidate = port; ; candidate++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(candidate, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address();
      return typeof address === 'object' && address ? address.port : candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      if (!scan || candidate - port >= 19) throw new PortBusyError(candidate);
    }
  }
}
