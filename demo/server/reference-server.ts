// The reference bank as `npm run server` runs it, for main.ts, the tests and the benchmark.
import type { Server } from 'node:http';
import { DemoBank } from '../../src/bank/demo-bank.js';
import { createBankHandler, type BankHandlerOptions } from './bank-handler.js';
import { serve, type Reach } from './http.js';
import { passkeySettings, type PasskeyChoice } from './passkey-settings.js';

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
  /** Default: a new DemoBank, with `passkeys`. */
  bank?: DemoBank;
  /** The passkeys' RP ID and page origins; default `localhost` and the server's own origins on it. */
  passkeys?: PasskeyChoice;
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
  const { host = '127.0.0.1', port = 8787, scan = false, allowedOrigins, limits, log, bodyTimeoutMs } = options;
  passkeySettings([], options.passkeys); // a wrong RP ID fails here, before the server listens
  const { server, reach } = await serve({
    host,
    port,
    scan,
    allowedOrigins,
    log,
    handler: ({ origins }) => {
      // The bank's passkeys belong to the origins the server answers on, known once it listens.
      const bank = options.bank ?? new DemoBank({ passkeys: passkeySettings(origins, options.passkeys) });
      return createBankHandler({ bank, basePath: bankPath, origins, limits, log, bodyTimeoutMs });
    },
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
