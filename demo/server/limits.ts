// What keeps one client, or a crowd of them, from using up the reference bank: a request budget
// per client, and a queue in front of the slow password hash that serves quiet clients first.
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
  /**
   * Logins waiting for a turn, all clients together; past it a login is answered 503, unless it
   * goes before the last one waiting, which is then answered 503 instead.
   */
  queuedLogins: number;
  /** Logins of one client running or waiting at once; past it a login is answered 429. */
  loginsPerClient: number;
}

/**
 * A customer signs in once or twice: 10 logins at once, then one every 3 s, is more than a
 * person (or a demo's screenshot script) needs, and 40 clients at that pace ask for fewer hashes
 * than two cores can do. A client that keeps sending soon has less budget left than one that
 * does not, and waits behind it (the login queue's priority).
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

  /**
   * Takes `cost` from the client's budget. Answers the whole seconds to wait (0 when granted)
   * and what is left of the budget: a client with much left has been quiet.
   */
  take(client: string, cost: number): { wait: number; left: number } {
    const now = this.#now();
    const last = this.#clients.get(client);
    this.#clients.delete(client); // re-inserted last: the map runs from least to most recently seen
    if (!last && this.#clients.size >= maxTrackedClients) this.#clients.delete(this.#clients.keys().next().value!);
    const tokens = Math.min(this.#burst, last ? last.tokens + ((now - last.at) / 1000) * this.#perSecond : this.#burst);
    const granted = tokens >= cost;
    const left = granted ? tokens - cost : tokens;
    this.#clients.set(client, { tokens: left, at: now });
    return { wait: granted ? 0 : Math.ceil((cost - tokens) / this.#perSecond), left };
  }
}

/** Why the queue turned a job away. */
export class QueueRefusal extends Error {
  constructor(readonly reason: 'client-busy' | 'queue-full') {
    super(reason);
  }
}

interface Waiting {
  priority: number;
  start: () => void;
  refuse: (reason: QueueRefusal) => void;
}

/**
 * Runs at most `concurrentLogins` jobs at once. The others wait in order of priority, then of
 * arrival: given the client's unspent budget, a customer who signs in now and then goes before
 * clients that keep sending, however many of them there are. When the queue is full, a job of
 * higher priority takes the place of the last one waiting, which is refused.
 */
export class LoginQueue {
  readonly #limits: Pick<BankLimits, 'concurrentLogins' | 'queuedLogins' | 'loginsPerClient'>;
  #running = 0;
  /** Highest priority first; equal priorities in order of arrival. */
  readonly #waiting: Waiting[] = [];
  /** Jobs running or waiting per client. */
  readonly #held = new Map<string, number>();

  constructor(limits: Pick<BankLimits, 'concurrentLogins' | 'queuedLogins' | 'loginsPerClient'>) {
    this.#limits = limits;
  }

  /** Runs `job` in its turn. @throws QueueRefusal when the client has too many jobs, or the queue no place for it. */
  async run<T>(client: string, priority: number, job: () => Promise<T>): Promise<T> {
    const held = this.#held.get(client) ?? 0;
    if (held >= this.#limits.loginsPerClient) throw new QueueRefusal('client-busy');
    this.#held.set(client, held + 1);
    try {
      await this.#slot(priority);
    } catch (refusal) {
      this.#release(client);
      throw refusal;
    }
    try {
      return await job();
    } finally {
      this.#handOver();
      this.#release(client);
    }
  }

  /** Resolves once the job holds one of the running slots. */
  #slot(priority: number): Promise<void> {
    if (this.#running < this.#limits.concurrentLogins) {
      this.#running++;
      return Promise.resolve();
    }
    if (this.#waiting.length >= this.#limits.queuedLogins) {
      const last = this.#waiting.at(-1);
      if (!last || last.priority >= priority) return Promise.reject(new QueueRefusal('queue-full'));
      this.#waiting.pop()!.refuse(new QueueRefusal('queue-full'));
    }
    return new Promise((start, refuse) => {
      const waiting = { priority, start, refuse };
      const after = this.#waiting.findIndex((other) => other.priority < priority);
      this.#waiting.splice(after === -1 ? this.#waiting.length : after, 0, waiting);
    });
  }

  /** Gives the finished job's slot to the first waiting job, or frees it. */
  #handOver(): void {
    const next = this.#waiting.shift();
    if (next) next.start();
    else this.#running--;
  }

  #release(client: string): void {
    const left = this.#held.get(client)! - 1;
    if (left) this.#held.set(client, left);
    else this.#held.delete(client);
  }
}
