// Reference banks for the browser tests, behind the real HTTP handler. `/api/test-bank/<id>/…`
// is a fresh DemoBank with its own clock and a log of what it received; tests pick random ids,
// so Chromium and Firefox running at once never share state. `/api/bank` is the one bank that
// `npm start` serves too, for demo pages whose endpoint is fixed.
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { TestRunnerPlugin } from '@web/test-runner';
import { Secret } from 'otpauth';
import { createBankHandler, type BankHandler } from '../../demo/server/bank-handler.js';
import { DemoBank } from '../../src/bank/demo-bank.js';
import { demoTokens } from '../../src/bank/demo-data.js';
import { totpCode, totpStep } from '../../src/bank/totp.js';
import { mount } from './mount.js';
import { sharedBankBase, testBankBase, type RecordedRequest, type TestBankCommands, type TestBankOptions } from './protocol.js';

interface TestBank {
  bank: DemoBank;
  handler: BankHandler;
  /** How far the bank's clock runs ahead of real time. */
  clock: { offsetMs: number };
  requests: RecordedRequest[];
}

type Payload<C extends keyof TestBankCommands> = TestBankCommands[C]['payload'];

/**
 * Every browser test comes from 127.0.0.1, and both browsers at once: the per-client budget
 * would refuse a lockout test its sixth login. Test banks get a budget no test exhausts (the
 * login queue still runs); the budget itself is tested in test/node-tests.
 */
const testLimits = { burst: 10_000, perSecond: 1000, loginsPerClient: 4 };

export function testBankPlugin(): TestRunnerPlugin {
  const banks = new Map<string, TestBank>();
  /** The origin of the test pages, which the banks accept as their own. */
  let pageOrigin = '';

  function create(id: string, options: TestBankOptions = {}): TestBank {
    const { publicOrigin = pageOrigin, allowedOrigins = [], limits = testLimits, passkeyRpId, passkeyOrigins, passkeyTimeoutMs, passkeyCredentials, ...rules } = options;
    if (!/^[\w-]{1,64}$/.test(id)) throw new Error(`bad test bank id: ${id}`);
    const clock = { offsetMs: 0 };
    const passkeys = {
      rpId: passkeyRpId ?? new URL(pageOrigin).hostname,
      origins: passkeyOrigins ?? [pageOrigin],
      ...(passkeyTimeoutMs === undefined ? {} : { timeoutMs: passkeyTimeoutMs }),
      ...(passkeyCredentials ? { credentials: passkeyCredentials } : {}),
    };
    // The code beside stronger ways unless a test says otherwise: element tests try every way.
    const bank = new DemoBank({ codeWithStrongerWays: true, ...rules, passkeys, now: () => Date.now() + clock.offsetMs });
    const origins = [publicOrigin, ...allowedOrigins];
    const handler = createBankHandler({ bank, basePath: `${testBankBase}/${id}`, origins, limits });
    const instance: TestBank = { bank, handler, clock, requests: [] };
    banks.set(id, instance);
    return instance;
  }

  const existing = (id: string) => banks.get(id) ?? create(id);

  const commands: { [C in keyof TestBankCommands]: (payload: Payload<C>) => TestBankCommands[C]['result'] } = {
    'test-bank-create': ({ id, ...options }) => {
      create(id, options);
      return { endpoint: `${testBankBase}/${id}` };
    },
    'test-bank-advance': ({ id, seconds }) => {
      const { clock } = existing(id);
      clock.offsetMs += seconds * 1000;
      return { now: Date.now() + clock.offsetMs };
    },
    'test-bank-code': ({ id, tokenId, secret, steps = 0 }) => {
      const base32 = secret ?? demoTokens.find((t) => t.tokenId === tokenId)?.secret;
      if (!base32) throw new Error(`not a demo token: ${tokenId}`);
      const step = totpStep(Date.now() + existing(id).clock.offsetMs) + steps;
      return totpCode(Secret.fromBase32(base32).bytes, step);
    },
    'test-bank-customer': ({ id, contractId }) => {
      const state = existing(id).bank.inspect(contractId);
      if (!state) throw new Error(`no such customer: ${contractId}`);
      return state;
    },
    'test-bank-requests': ({ id }) => banks.get(id)?.requests ?? [],
  };

  return {
    name: 'otp-test-banks',
    serverStart({ server, config }) {
      pageOrigin = `http://${config.hostname ?? 'localhost'}:${(server!.address() as AddressInfo).port}`;
      const passkeys = { rpId: new URL(pageOrigin).hostname, origins: [pageOrigin] };
      const shared = createBankHandler({ bank: new DemoBank({ passkeys }), basePath: sharedBankBase, origins: [pageOrigin], limits: testLimits });
      mount(server, sharedBankBase, (req, res) => shared(req, res));
      mount(server, testBankBase, async (req, res, path) => {
        const instance = existing(path.split('/')[0]!);
        const body = await readAll(req);
        await instance.handler(replay(req, body), res);
        instance.requests.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
          body: body.toString('utf8'),
          status: res.statusCode,
        });
      });
    },
    executeCommand({ command, payload }) {
      if (!Object.hasOwn(commands, command)) return undefined;
      return (commands[command as keyof TestBankCommands] as (p: unknown) => unknown)(payload);
    },
  };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The request again, its body already read for the log: the handler reads it as a stream. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const stream = Readable.from(body.length ? [body] : []);
  return Object.assign(stream, { method: req.method, url: req.url, headers: req.headers, socket: req.socket }) as unknown as IncomingMessage;
}
