// `npm run server`: the reference bank on its own, e.g. behind a page served elsewhere.
// The routes live under /api/bank, as with `npm start`, so the same endpoint works for both.
//   PORT             the port (default 8787, or the next free one)
//   HOST             the address to listen on (default 127.0.0.1: this machine only)
//   ALLOWED_ORIGINS  comma-separated origins of pages on other origins that may call the bank
//   PASSKEY_RP_ID    the passkeys' relying party ID (default localhost)
//   PASSKEY_ORIGINS  comma-separated page origins a passkey may be made on (default: the
//                    server's own and the allowed origins on the RP ID's host)
import { bankRoutes } from './bank-handler.js';
import { PortBusyError, parseOrigins } from './http.js';
import { startReferenceServer } from './reference-server.js';

const { PORT, HOST, ALLOWED_ORIGINS, PASSKEY_RP_ID, PASSKEY_ORIGINS } = process.env;

try {
  const { endpoint, reach } = await startReferenceServer({
    host: HOST || '127.0.0.1',
    port: PORT ? Number(PORT) : 8787,
    scan: !PORT,
    allowedOrigins: parseOrigins(ALLOWED_ORIGINS),
    passkeys: { rpId: PASSKEY_RP_ID || undefined, origins: parseOrigins(PASSKEY_ORIGINS, 'PASSKEY_ORIGINS') },
    log: (line) => console.log(`[bank] ${line}`),
  });
  if (HOST) console.warn(`[otp-elements] WARNING: HOST=${HOST}: the reference bank listens on ${HOST}, reachable from other machines if that is not a loopback address.`);
  console.log(`Reference bank: ${endpoint} (POST ${bankRoutes.map((route) => `/${route}`).join(', ')})`);
  console.log(`Pages allowed to call it: ${reach.origins.join(', ')}`);
  console.log('Demo customers and tokens: src/bank/demo-data.ts');
} catch (error) {
  if (error instanceof PortBusyError) console.error(`[otp-elements] ${error.message}: stop what uses it, or choose another port with PORT=…`);
  else if (error instanceof Error && /^(ALLOWED_ORIGINS|PASSKEY_RP_ID|PASSKEY_ORIGINS)/.test(error.message)) console.error(`[otp-elements] ${error.message}`);
  else throw error;
  process.exit(1);
}
