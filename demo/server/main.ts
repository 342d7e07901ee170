// `npm run server`: the reference bank on its own, e.g. behind a page served elsewhere.
// The routes live under /api/bank, as with `npm start`, so the same endpoint works for both.
import { createServer } from 'node:http';
import { DemoBank, createBankHandler } from './index.js';

const port = Number(process.env.PORT ?? 8787);
const handler = createBankHandler({ bank: new DemoBank(), basePath: '/api/bank', log: console.log });
const server = createServer((req, res) => void handler(req, res));
server.listen(port, () => {
  console.log(`Reference bank: http://localhost:${port}/api/bank (POST /authenticate, /tokens, /suspend, /provision)`);
  console.log('Demo customers and tokens: src/bank/demo-data.ts');
});
