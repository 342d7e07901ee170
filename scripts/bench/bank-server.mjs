// The reference bank as `npm run server` starts it, in a process of its own for the login
// flood benchmark: `node scripts/bench/bank-server.mjs [--no-limits]` prints its port.
import { tsImport } from 'tsx/esm/api';

const { startReferenceServer } = await tsImport('../../demo/server/index.ts', import.meta.url);
const { reach } = await startReferenceServer({ port: 0, limits: process.argv.includes('--no-limits') ? false : undefined });
console.log(`port ${reach.port}`);
