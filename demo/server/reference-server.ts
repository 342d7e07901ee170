// The reference bank as `npm run server` runs it, for main.ts, the tests and the benchmark.
import type { Server } from 'node:http';
import { DemoBank } from '../../src/bank/demo-bank.js';
import { createBankHandler, type BankHandlerOptions } from './bank-handler.js';
import { serve, type Reach } from './http.js';

/** Where the bank's routes live, for `npm run server` and `npm start` alike. */
export const bankPath = '/api/bank';

export interface ReferenceServerOptions extends Pick<BankHandlerOptions, 'limits' | 'log' | 'bodyTimeoutMs'> {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8787; 0 lets the system choose. */
  port?: number;
  /** Try the next ports when `port` is taken; default false. */
  scan?: boolean;
  /** Page origins allowed besides the server's own. */
  allowedOrigins?: readonly string[];
  /** Default: a new DemoBank. */
  bank?: DemoBank;
}

export interface ReferenceServer {
  server: Server;
  reach: Reach;
  /** The bank's base URL, e.g. http://localhost:8787/api/bank. */
  endpoint: string;
  close(): Promise<void>;
}

/** @throws PortBusyError when the port is taken and `scan` is off. */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const { host = '127.0.0.1', port = 8787, scan = false, allowedOrigins, bank = new DemoBank(), limits, log, bodyTimeoutMs } = options;
  const { server, reach } = await serve({
    host,
    port,
    scan,
    allowedOrigins,
    log,
    handler: ({ origins }) => createBankHandler({ bank, basePath: bankPath, origins, limits, log, bodyTimeoutMs }),
  });
  const name = host === '127.0.0.1' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    server,
    reach,
    endpoint: `http://${name}:${reach.port}${bankPath}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
