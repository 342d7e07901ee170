// What keeps one client, or a crowd of them, from using up the reference bank: a request budget
// per client, and a fair queue in front of the slow password hash.
import type { IncomingMessage } from 'node:http';

export interface BankLimits {
  /** Requests a client may send at once (its budget when idle). */
  burst: number;
  /** Requests a client's budget regains per second. */
  perSecond: number;
  /** What a login (a PBKDF2 hash) takes from the budget; any other request takes 1. */
  loginCost: number;
  /** Logins hashed at the same time. PBKDF2 runs on libuv's pool of 4 threads, shared with file reads. */
  concurrentLogins: number;
  /** Logins waiting for a turn, all clients together; past it a login is answered 503. */
  queuedLogins: number;
  /** Logins of one client running or waiting at once; past it a login is answered 429. */
  loginsPerClient: number;
}

/**
 * A customer signs in once or twice; 10 logins at once and then one every 3 s is far more than
 * a person needs, and 40 clients at that pace keep well under one core busy with hashing.
 */
export const defaultLimits: BankLimits = {
  burst: 60,
  perSecond: 2,
  loginCost: 6,
  concurrentLogins: 2,
  queuedLogins: 64,
  loginsPerClient: 2,
};

/** Budgets kept at most; the least recently seen client is forgotten first (it then gets a full budget). */
const maxTrackedClients = 10_000;

/**
 * Who is asking: the peer address, with IPv6 clients taken per /64, as one customer's
 * devices usually share one prefix. Behind a reverse proxy every request comes from the proxy:
 * limit there, or key this on the proxy's forwarded address.
 */
export function clientOf(req: IncomingMessage): string {
  const address = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.)/, '');
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const [front, back] = [head ? head.split(':') : [], tail ? tail.split(':') : []];
  const groups = address.includes('::') ? [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back] : front;
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/** A token bucket per client. */
export class RequestBudget {
  readonly #burst: number;
  readonly #perSecond: number;
  readonly #now: () => number;
  readonly #clients = new Map<string, { tokens: number; at: number }>();

  constructor({ burst, perSecond }: Pick<BankLimits, 'burst' | 'perSecond'>, now: () => number = performance.now.bind(performance)) {
    this.#burst = burst;
    this.#perSecond = perSecond;
    this.#now = now;
  }

  /** Takes `cost` from the client's budget: 0 when granted, else the whole seconds to wait. */
  take(client: string, cost: number): number {
    const now = this.#now();
    const last = this.#clients.get(client);
    this.#clients.delete(client); // re-inserted last: the map runs from least to most recently seen
    if (!last && this.#clients.size >= maxTrackedClients) this.#clients.delete(this.#clients.keys().next().value!);
    const tokens = Math.min(this.#burst, last ? last.tokens + ((now - last.at) / 1000) * this.#perSecond : this.#burst);
    const granted = tokens >= cost;
    this.#clients.set(client, { tokens: granted ? tokens - cost : tokens, at: now });
    return granted ? 0 : Math.ceil((cost - tokens) / this.#perSecond);
  }
}

/** Why the queue turned a job away. */
export class QueueRefusal extends Error {
  constructor(readonly reason: 'client-busy' | 'queue-full') {
    super(reason);
  }
}

/**
 * Runs at most `concurrentLogins` jobs at once; the others wait, and clients take turns, so a
 * client with one login waits behind at most one job of each other waiting client, however many
 * they sent.
 */
export class FairQueue {
  readonly #limits: Pick<BankLimits, 'concurrentLogins' | 'queuedLogins' | 'loginsPerClient'>;
  #running = 0;
  #waiting = 0;
  /** Waiting starts per client; the map's order is the order of turns. */
  readonly #turns = new Map<string, (() => void)[]>();
  /** Jobs running or waiting per client. */
  readonly #held = new Map<string, number>();

  constructor(limits: Pick<BankLimits, 'concurrentLogins' | 'queuedLogins' | 'loginsPerClient'>) {
    this.#limits = limits;
  }

  /** Runs `job` in the client's turn. @throws QueueRefusal at once when the client or the queue is full. */
  async run<T>(client: string, job: () => Promise<T>): Promise<T> {
    const held = this.#held.get(client) ?? 0;
    if (held >= this.#limits.loginsPerClient) throw new QueueRefusal('client-busy');
    const mustWait = this.#running >= this.#limits.concurrentLogins;
    if (mustWait && this.#waiting >= this.#limits.queuedLogins) throw new QueueRefusal('queue-full');
    this.#held.set(client, held + 1);
    try {
      if (mustWait) await new Promise<void>((start) => this.#enqueue(client, start));
      else this.#running++;
      return await job();
    } finally {
      this.#handOver();
      const left = this.#held.get(client)! - 1;
      if (left) this.#held.set(client, left);
      else this.#held.delete(client);
    }
  }

  #enqueue(client: string, start: () => void): void {
    this.#waiting++;
    const starts = this.#turns.get(client);
    if (starts) starts.push(start);
    else this.#turns.set(client, [start]);
  }

  /** Gives the finished job's slot to the next client in turn, or frees it. */
  #handOver(): void {
    const next = this.#turns.entries().next();
    if (next.done) {
      this.#running--;
      return;
    }
    const [client, starts] = next.value;
    const start = starts.shift()!;
    this.#turns.delete(client);
    if (starts.length) this.#turns.set(client, starts); // to the back of the line
    this.#waiting--;
    start();
  }
}
