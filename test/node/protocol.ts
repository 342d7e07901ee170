// What the browser tests and the node-side plugins exchange: routes, command names, payloads.
// Types only, so browser test files can import it too.
import type { DemoCustomerState } from '../../src/bank/demo-bank.js';
import type { SeededPasskey } from '../../src/bank/passkeys.js';
import type { TotpAlgorithm } from '../../src/bank/totp.js';
import type { BankLimits } from '../../demo/server/limits.js';

/**
 * The reference bank as `npm start` mounts it, for pages whose endpoint is fixed (demo/cms.html).
 * One bank for every test and both browsers: each must use its own customers and tokens.
 */
export const sharedBankBase = '/api/bank';
/** `${testBankBase}/<id>/authenticate` …: a fresh DemoBank per id, made on first use. */
export const testBankBase = '/api/test-bank';
/** `${faultBase}/<fault>/<key>/<call>`: answers every call with the named fault; key optional. */
export const faultBase = '/api/faults';
/** `${cspPagesBase}/page?trusted-types=…&copies=N`: the bundle's elements under the recommended CSP. */
export const cspPagesBase = '/api/csp-pages';
/**
 * The lazily loaded modules a test may make fail or wait (`modules-offline`, `modules-held`), as
 * path prefixes (the extension aside). The test server has browsers revalidate them on each page.
 */
export const interruptibleModules = [
  '/src/enroll/i18n/en.',
  '/src/enroll/register-step.',
  '/src/suspend/confirm-assets.',
  '/src/adapters/fetch-exchange.',
  '/src/wizard/session-time.',
] as const;
export type InterruptibleModule = (typeof interruptibleModules)[number];

/** A transfer whose every text tries to be markup, and checks as well-formed. */
export const hostileTransaction = {
  id: 'hostile',
  payee: {
    bank: '<img src=x onerror="document.title=\'pwned\'">',
    branch: '"><script>document.title="pwned"</script>',
    accountType: '<svg onload="document.title=\'pwned\'"></svg>',
    account: '1234567',
    name: '<a href="javascript:document.title=\'pwned\'">ヤマダ</a>',
  },
  amount: { value: '12345', currency: 'JPY' },
  expiresIn: 300,
  methods: ['challenge', 'code'],
  challenge: '1234567',
};

export type { DemoCustomerState };

export interface TestBankOptions {
  /** Default 300. */
  lockoutSeconds?: number;
  /** Default 300. */
  sessionTtlSeconds?: number;
  /** Default 5. */
  maxFailures?: number;
  /** Default 3600. */
  maxSessionSeconds?: number;
  /** The origin the bank takes as its own; default the test pages' origin. */
  publicOrigin?: string;
  /** Origins besides its own that the bank accepts. */
  allowedOrigins?: string[];
  /** The per-client limits (see demo/server/limits.ts); default a budget no test exhausts. */
  limits?: Partial<BankLimits>;
  /** The passkeys' RP ID; default the test pages' host name (localhost). */
  passkeyRpId?: string;
  /** The page origins a passkey may be made on; default the test pages' origin. */
  passkeyOrigins?: string[];
  /** How long the device's prompt stays open, in milliseconds; default 120,000. */
  passkeyTimeoutMs?: number;
  /** Passkeys the bank starts with (the passkey way of <otp-confirm>). */
  passkeyCredentials?: SeededPasskey[];
  /** Offer the soft token's code beside stronger ways; default true here, so element tests can try every way (DemoBank's default is false). */
  codeWithStrongerWays?: boolean;
  /** Seconds a new token or passkey waits before it confirms transfers; default 86,400. */
  newCredentialHoldSeconds?: number;
}

export interface TestBankCommands {
  /** Makes (or remakes) bank `id` with its own clock at real time; returns its endpoint. */
  'test-bank-create': { payload: TestBankOptions & { id: string }; result: { endpoint: string } };
  /** Moves bank `id`'s clock forward; returns its time (ms since the epoch). */
  'test-bank-advance': { payload: { id: string; seconds: number }; result: { now: number } };
  /** The code a token shows at bank `id`'s time, `steps` time steps later (may be negative). */
  'test-bank-code': { payload: { id: string; tokenId?: string; secret?: string; steps?: number }; result: string };
  /** A customer's standing at bank `id` (throws for an unknown contract ID). */
  'test-bank-customer': { payload: { id: string; contractId: string }; result: DemoCustomerState };
  /** Every request bank `id` received, in order. */
  'test-bank-requests': { payload: { id: string }; result: RecordedRequest[] };
}

export interface ToolCommands {
  /** Runs Debian's `oathtool --totp -b SECRET` (an independent TOTP implementation). */
  oathtool: { payload: OathtoolPayload; result: string };
  /** Whether oathtool is there; `required` on CI, where its absence must fail the tests. */
  'oathtool-status': { payload: Record<string, never>; result: OathtoolStatus };
  /** `http://127.0.0.1:<port>` where nothing listens: connections are refused. */
  'closed-port-url': { payload: Record<string, never>; result: string };
  /** A request from Node to the test server, with headers a browser may not set (Origin …). */
  'http-probe': { payload: HttpProbePayload; result: HttpProbeResult };
  /** Waits (up to 10 s) until a fault request with `key` arrived or its connection closed. */
  'fault-wait': { payload: { key: string; event: 'arrived' | 'closed' }; result: boolean };
  /** Bytes of body the streaming fault request with `key` wrote so far. */
  'fault-bytes': { payload: { key: string }; result: number };
  /** From now on the test server answers 503 to this browser for these modules (none: back online). */
  'modules-offline': { payload: { paths: InterruptibleModule[] }; result: boolean };
  /** From now on this browser's requests for these modules wait; those waiting go through. */
  'modules-held': { payload: { paths: InterruptibleModule[] }; result: boolean };
}

export interface ReferenceServerCommands {
  /**
   * Starts `npm run server` in its own process with ALLOWED_ORIGINS set (comma-separated);
   * returns its endpoint, on another origin than the test pages (http://127.0.0.1:<port>/api/bank).
   */
  'reference-server-start': { payload: { allowedOrigins: string }; result: { id: string; endpoint: string } };
  /** Every line that server printed so far (its request log). */
  'reference-server-log': { payload: { id: string }; result: string[] };
}

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The status the bank answered with. */
  status: number;
}

export interface OathtoolPayload {
  /** Base32 secret. */
  secret: string;
  /** Seconds since the epoch; default now. */
  time?: number;
  algorithm?: TotpAlgorithm;
  digits?: number;
}

export interface OathtoolStatus {
  available: boolean;
  required: boolean;
}

export interface HttpProbePayload {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpProbeResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The fault routes and what each answers. */
export type FaultName =
  | 'error-body' // 401 {error: "invalid-credentials", remainingAttempts: 3}
  | 'error-locked' // 423 {error: "locked", retryAfter: 120}
  | 'error-unknown-code' // 400 {error: "out-of-coffee"}
  | 'error-no-code' // 400 {message: "Bad request"}
  | 'unavailable-json' // 503 {error: "maintenance"}
  | 'locked-seconds' // 423, no body, Retry-After: 90
  | 'rate-limited-date' // 429, no body, Retry-After: an HTTP date 120 s ahead
  | 'rate-limited' // 429, no body, no Retry-After
  | 'server-error-html' // 500 HTML page
  | 'bad-gateway-empty' // 502, empty body
  | 'not-found-html' // 404 HTML page
  | 'ok-html' // 200 HTML page
  | 'ok-empty' // 200, empty body
  | 'ok-invalid-json' // 200 '{"session": "abc"' (cut short)
  | 'ok-json-null' // 200 null
  | 'ok-empty-object' // 200 {}
  | 'ok-wrong-types' // 200 {session: 42, currentTokenId: 7, resultCode: 5, uri: "https://example.com/"}
  | 'ok-full' // 200 {session, currentTokenId, resultCode, uri, extra}: a well-formed answer to every call
  | 'ok-endless' // 200 '{"session": "aaaa…': 16 KB chunks until the client lets go (at most 64 MB)
  | 'ok-declared-huge' // the same, declaring Content-Length: 300 MB
  | 'ok-70kb' // 200 ok-full's answer with 70 KB of padding
  | 'error-70kb' // 401 {error: "invalid-credentials"} with 70 KB of padding
  | 'ok-long-fields' // 200 with every text field 1,025 characters long, expiresIn: 60
  | 'ok-expires' // 200 ok-full's answer and expiresIn: 90
  | 'ok-expires-text' // 200 ok-full's answer and expiresIn: "90" (text)
  | 'ok-expires-huge' // 200 {session: "s", expiresIn: 1 followed by 400 zeros}
  | 'retry-after-huge' // 429, no body, Retry-After: 400 nines
  | 'error-retry-huge' // 423 {error: "locked", retryAfter: 401 nines}
  | 'error-retry-negative' // 423 {error: "locked", retryAfter: -30}
  | 'created' // 201 {resultCode: "00042"}
  | 'redirect' // 307 to `${testBankBase}/<key>/authenticate`
  | 'reset' // the socket is destroyed before any answer
  | 'reset-mid-body' // 200 headers and half a body, then the socket is destroyed
  | 'hang' // no answer (until the client gives up)
  | 'slow-body'; // 200 headers and one byte, then nothing

/** The well-formed answer of `ok-full`. */
export const okFullAnswer = {
  session: 'fault-session',
  currentTokenId: 'VSST****5678',
  resultCode: '00007',
  uri: 'otpauth://totp/Bank:1234567890?secret=JBSWY3DPEHPK3PXP&issuer=Bank',
  extra: 'ignored',
};
