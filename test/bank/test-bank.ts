// Browser-side handle on the node-side test servers (test/node): isolated reference banks,
// fault routes and tools. Any test may use it, e.g. a wizard test against a real bank:
//   const bank = await createTestBank();
//   el.adapter = new FetchHostAdapter({ endpoint: bank.endpoint });
//   … type bank.code('VSST12345678') into the field …
import { executeServerCommand } from '@web/test-runner-commands';
import {
  faultBase,
  type DemoCustomerState,
  type FaultName,
  type RecordedRequest,
  type ReferenceServerCommands,
  type TestBankCommands,
  type TestBankOptions,
  type ToolCommands,
} from '../node/protocol.js';

export type { FaultName, RecordedRequest, TestBankOptions };

type Commands = TestBankCommands & ToolCommands & ReferenceServerCommands;

/** Runs a node-side command with its typed payload and result. */
export function command<C extends keyof Commands>(name: C, payload: Commands[C]['payload']): Promise<Commands[C]['result']> {
  return executeServerCommand(name, payload);
}

export function randomId(): string {
  return crypto.randomUUID();
}

/** A reference bank of its own, reached over HTTP at `endpoint`. */
export interface TestBank {
  id: string;
  /** Relative base URL for `FetchHostAdapter` (or `<otp-enroll endpoint>`). */
  endpoint: string;
  /** Moves the bank's clock forward (lock and session expiry). */
  advance(seconds: number): Promise<void>;
  /** The bank's time, in milliseconds since the epoch. */
  now(): Promise<number>;
  /** The code demo token `tokenId` shows at the bank's time, `steps` time steps later. */
  code(tokenId: string, steps?: number): Promise<string>;
  /** The same for a Base32 secret (e.g. from a provisioned otpauth URI). */
  codeForSecret(secret: string, steps?: number): Promise<string>;
  customer(contractId: string): Promise<DemoCustomerState>;
  /** Every request the bank received so far. */
  requests(): Promise<RecordedRequest[]>;
}

export async function createTestBank(options: TestBankOptions = {}): Promise<TestBank> {
  const id = randomId();
  const { endpoint } = await command('test-bank-create', { id, ...options });
  return {
    id,
    endpoint,
    advance: async (seconds) => void (await command('test-bank-advance', { id, seconds })),
    now: async () => (await command('test-bank-advance', { id, seconds: 0 })).now,
    code: (tokenId, steps = 0) => command('test-bank-code', { id, tokenId, steps }),
    codeForSecret: (secret, steps = 0) => command('test-bank-code', { id, secret, steps }),
    customer: (contractId) => command('test-bank-customer', { id, contractId }),
    requests: () => command('test-bank-requests', { id }),
  };
}

/** The endpoint of a fault route; `key` names its requests for `fault-wait`. */
export function faultEndpoint(fault: FaultName, key = randomId()): string {
  return `${faultBase}/${fault}/${key}`;
}

/** The code Debian's oathtool computes (an implementation nobody here wrote). */
export function oathtool(payload: ToolCommands['oathtool']['payload']): Promise<string> {
  return command('oathtool', payload);
}

/**
 * True where oathtool is missing on a developer's machine: the caller then skips, as `npm test`
 * warned. On CI (which installs it) this is false, and the tests fail without it.
 */
export async function oathtoolMissing(): Promise<boolean> {
  const { available, required } = await command('oathtool-status', {});
  return !available && !required;
}
