// `npm run bench`, login flood: 40 clients (each its own loopback address, 127.0.0.10…49)
// send logins as fast as the bank answers, for a few seconds, while every 250 ms another
// customer (127.0.0.100…) signs in once. Measured: how long a customer's login takes, what
// the flood got, how many password hashes the bank ran per second; without the bank's limits
// and with its defaults (demo/server/limits.ts). The bank runs in its own process, as with
// `npm run server`. All traffic stays on this machine's loopback, bounded in time and count.
import { spawn } from 'node:child_process';
import { request, Agent } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CLIENTS = 40;
/** How long customers sign in, once the flood is under way. */
const SECONDS = 4;
/** Hard stops on the flood, whatever happens. */
const MAX_SECONDS = 40;
const MAX_REQUESTS = 200_000;

function startBank(noLimits) {
  const child = spawn(process.execPath, ['scripts/bench/bank-server.mjs', ...(noLimits ? ['--no-limits'] : [])], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const match = /port (\d+)/.exec(String(chunk));
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the bank exited with ${code}`)));
  });
  return { port, stop: () => child.kill() };
}

function login(port, agent, body) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = request(
      { host: '127.0.0.1', port, path: '/api/bank/authenticate', method: 'POST', agent, headers: { 'Content-Type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(JSON.stringify(body));
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function scenario(port, flood) {
  const start = performance.now();
  const answered = new Array(CLIENTS).fill(0);
  const statuses = new Map();
  let sent = 0;
  let until = Infinity;
  const attacker = async (i) => {
    // Each attacker has its own address, so a per-client limit sees 40 clients.
    const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.0.${10 + i}` });
    while (performance.now() < until && performance.now() - start < MAX_SECONDS * 1000 && sent < MAX_REQUESTS) {
      sent++;
      const { status } = await login(port, agent, { flow: 'enroll', contractId: `flood-${i}-${sent}`, password: 'guess' });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      answered[i]++;
      // Refused, it tries again 100 ms later, not at once: a tighter loop would measure this
      // process's own load on the two cores rather than the bank's.
      if (status === 429 || status === 503) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    agent.destroy();
  };
  const customers = async () => {
    // The flood first runs its opening round: until each attacker had two answers, its first
    // logins look like anyone's first login (40 new clients are 40 customers to the bank).
    while (flood && answered.some((n) => n < 2) && performance.now() - start < MAX_SECONDS * 1000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const from = performance.now();
    until = from + SECONDS * 1000;
    const times = [];
    for (let k = 0; performance.now() < until && k < 100; k++) {
      // A customer of their own address, signing in once, as customers do.
      const agent = new Agent({ localAddress: `127.0.0.${100 + k}` });
      const { status, ms } = await login(port, agent, { flow: 'enroll', contractId: '1234567890', password: 'Passw0rd!' });
      agent.destroy();
      times.push(status === 200 ? ms : Infinity);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    until = 0;
    return times.sort((a, b) => a - b);
  };
  const [times] = await Promise.all([customers(), ...(flood ? Array.from({ length: CLIENTS }, (_, i) => attacker(i)) : [])]);
  return { times, statuses, seconds: (performance.now() - start) / 1000 };
}

const ms = (value) => (value === Infinity ? 'failed' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);

/** Runs the three scenarios and prints one table; resolves with its rows. */
export async function rateLimitBench(printTable) {
  console.log(`\nLogin flood (${CLIENTS} clients against the reference bank; once each had two answers, for ${SECONDS} s, another customer signs in every 250 ms)\n`);
  const rows = [];
  for (const [name, noLimits, flood] of [
    ['no flood (defaults)', false, false],
    ['flood, no limits', true, true],
    ['flood, default limits', false, true],
  ]) {
    const bank = startBank(noLimits);
    try {
      const port = await bank.port;
      const { times, statuses, seconds } = await scenario(port, flood);
      const count = (status) => statuses.get(status) ?? 0;
      const hashed = count(401) + count(423);
      rows.push([
        name,
        String(times.length),
        ms(percentile(times, 50)),
        ms(percentile(times, 95)),
        ms(times.at(-1)),
        flood ? `${count(401)} / ${count(429)} / ${count(503)}` : '—',
        flood ? String(Math.round(hashed / seconds)) : '—',
      ]);
    } catch (error) {
      rows.push([name, '—', '—', '—', '—', '—', `fails: ${error.message}`]);
    } finally {
      bank.stop();
    }
  }
  printTable(['scenario', 'customer logins', 'median', 'p95', 'max', 'flood 401 / 429 / 503', 'flood hashes/s'], rows, [1, 2, 3, 4, 6]);
  return rows;
}
