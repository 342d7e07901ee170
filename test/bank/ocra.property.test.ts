import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OcraError, ocra, parseOcraSuite, verifyOcra, type OcraHash, type OcraInput, type OcraSuite } from '../../src/bank/ocra.js';

// Property tests: the RFC vectors (ocra.test.ts) pin the computation; these check what must hold
// for every suite and input, generated from the RFC's grammar.

interface SuiteParts {
  hash: OcraHash;
  digits: number;
  counter: boolean;
  format: 'A' | 'N' | 'H';
  maxLength: number;
  password: OcraHash | undefined;
  session: number | undefined;
  time: [number, 'S' | 'M' | 'H'] | undefined;
}

const hash = fc.constantFrom<OcraHash>('SHA1', 'SHA256', 'SHA512');
const suiteParts: fc.Arbitrary<SuiteParts> = fc.record({
  hash,
  digits: fc.constantFrom(0, 4, 5, 6, 7, 8, 9, 10),
  counter: fc.boolean(),
  format: fc.constantFrom('A' as const, 'N' as const, 'H' as const),
  maxLength: fc.integer({ min: 4, max: 64 }),
  password: fc.option(hash, { nil: undefined }),
  session: fc.option(fc.integer({ min: 1, max: 512 }), { nil: undefined }),
  time: fc.option(
    fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 59 }), fc.constantFrom('S' as const, 'M' as const)),
      fc.tuple(fc.integer({ min: 1, max: 48 }), fc.constant('H' as const)),
    ),
    { nil: undefined },
  ),
});

/** The suite text the RFC's grammar writes for these parts. */
function suiteText(p: SuiteParts): string {
  const dataInput = [
    p.counter ? 'C' : '',
    `Q${p.format}${String(p.maxLength).padStart(2, '0')}`,
    p.password ? `P${p.password}` : '',
    p.session ? `S${String(p.session).padStart(3, '0')}` : '',
    p.time ? `T${p.time[0]}${p.time[1]}` : '',
  ].filter(Boolean);
  return `OCRA-1:HOTP-${p.hash}-${p.digits}:${dataInput.join('-')}`;
}

const alphabets = { A: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', N: '0123456789', H: '0123456789abcdefABCDEF' };
const challenge = (format: 'A' | 'N' | 'H', maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...alphabets[format]), minLength: 1, maxLength });

/** Everything a suite takes, and nothing else, the time aside. */
function inputFor(suite: OcraSuite): fc.Arbitrary<Omit<OcraInput, 'time'>> {
  return fc.record({
    question: fc.oneof(
      challenge(suite.challenge.format, suite.challenge.maxLength),
      fc.tuple(challenge(suite.challenge.format, suite.challenge.maxLength), challenge(suite.challenge.format, suite.challenge.maxLength)),
    ),
    ...(suite.counter && { counter: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }) }),
    ...(suite.password && { password: fc.string({ maxLength: 12 }) }),
    ...(suite.sessionLength !== undefined && { session: fc.uint8Array({ maxLength: suite.sessionLength }) }),
  });
}

const key = fc.uint8Array({ minLength: 1, maxLength: 80 });
const timeMs = fc.integer({ min: 0, max: 2 ** 42 });
const suiteWithInput = suiteParts.chain((parts) => {
  const suite = parseOcraSuite(suiteText(parts));
  return fc.record({ suite: fc.constant(suite), key, input: inputFor(suite), time: timeMs });
});
const withTime = (suite: OcraSuite, input: Omit<OcraInput, 'time'>, time: number): OcraInput =>
  suite.timeStep === undefined ? input : { ...input, time };

const hexLength: Record<OcraHash, number> = { SHA1: 40, SHA256: 64, SHA512: 128 };

async function outcome(run: () => unknown): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    return error;
  }
}

describe('OCRA properties', () => {
  it('parses every suite of the grammar into exactly its parts', () => {
    fc.assert(
      fc.property(suiteParts, (parts) => {
        const suite = parseOcraSuite(suiteText(parts));
        expect(suite.hash).to.equal(parts.hash);
        expect(suite.digits).to.equal(parts.digits);
        expect(suite.counter).to.equal(parts.counter);
        expect(suite.challenge).to.deep.equal({ format: parts.format, maxLength: parts.maxLength });
        expect(suite.password).to.equal(parts.password);
        expect(suite.sessionLength).to.equal(parts.session);
        expect(suite.timeStep).to.equal(parts.time && parts.time[0] * { S: 1, M: 60, H: 3600 }[parts.time[1]]);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a suite only if it is exactly the text of its parts; anything else is OcraError', () => {
    // Valid suites with one character deleted, inserted or replaced, plus arbitrary text.
    const edited = fc
      .tuple(suiteParts.map(suiteText), fc.nat(), fc.string({ unit: 'binary', minLength: 0, maxLength: 2 }), fc.nat({ max: 1 }))
      .map(([text, at, insert, removed]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + removed);
      });
    fc.assert(
      fc.property(fc.oneof(edited, fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (text) => {
        let suite: OcraSuite;
        try {
          suite = parseOcraSuite(text as string);
        } catch (error) {
          expect(error).to.be.instanceOf(OcraError);
          return;
        }
        const parts: SuiteParts = {
          hash: suite.hash,
          digits: suite.digits,
          counter: suite.counter,
          format: suite.challenge.format,
          maxLength: suite.challenge.maxLength,
          password: suite.password,
          session: suite.sessionLength,
          time: suite.timeStep === undefined ? undefined : timeParts(suite.timeStep, text as string),
        };
        expect(suiteText(parts)).to.equal(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic and answers with exactly the suite’s digits (t = 0: the whole HMAC in hex)', async () => {
    await fc.assert(
      fc.asyncProperty(suiteWithInput, async ({ suite, key, input, time }) => {
        const full = withTime(suite, input, time);
        const response = await ocra(suite, key, full);
        expect(await ocra(suite.text, key, full)).to.equal(response);
        if (suite.digits === 0) expect(response).to.match(new RegExp(`^[0-9a-f]{${hexLength[suite.hash]}}$`));
        else expect(response).to.match(new RegExp(`^[0-9]{${suite.digits}}$`));
      }),
      { numRuns: 200 },
    );
  });

  it('verifies what ocra gave at the current or the previous step, and only at those steps', async () => {
    const timed = suiteParts
      .filter((parts) => parts.time !== undefined)
      .chain((parts) => {
        const suite = parseOcraSuite(suiteText(parts));
        return fc.record({
          suite: fc.constant(suite),
          key,
          input: inputFor(suite),
          // Steps up to 2^24 keep every time a safe integer, even with 48-hour steps.
          now: fc.integer({ min: 10, max: 2 ** 24 }),
          within: fc.nat(),
          offset: fc.integer({ min: -4, max: 2 }),
          usedStep: fc.option(fc.integer({ min: -1, max: 2 ** 24 }), { nil: undefined }),
        });
      });
    await fc.assert(
      fc.asyncProperty(timed, async ({ suite, key, input, now, within, offset, usedStep }) => {
        const stepMs = suite.timeStep! * 1000;
        const at = (step: number) => ocra(suite, key, { ...input, time: step * stepMs });
        const given = now + offset;
        const response = await at(given);
        const result = await verifyOcra(suite, key, response, input, { timeMs: now * stepMs + (within % stepMs), usedStep });

        // The verifier answers the latest of the two steps whose response this is, if unused.
        const used = usedStep ?? -1;
        let expected: number | undefined;
        for (const step of [now - 1, now]) if (step > used && (await at(step)) === response) expected = step;
        expect(result).to.equal(expected);
        if ((offset === 0 || offset === -1) && given > used) expect(result).to.be.at.least(given);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects malformed inputs with OcraError and nothing else', async () => {
    const anyInput = fc.record(
      {
        question: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.anything()),
        counter: fc.oneof(fc.integer(), fc.bigInt(), fc.double(), fc.anything()),
        password: fc.oneof(fc.string(), fc.anything()),
        passwordHash: fc.oneof(fc.uint8Array({ maxLength: 70 }), fc.anything()),
        session: fc.oneof(fc.string(), fc.uint8Array({ maxLength: 600 }), fc.anything()),
        time: fc.oneof(fc.integer(), fc.double(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(suiteParts.map(suiteText), fc.oneof(key, fc.anything()), anyInput, async (suite, key, input) => {
        const result = await outcome(() => ocra(suite, key as Uint8Array, input as OcraInput));
        if (typeof result !== 'string') expect(result).to.be.instanceOf(OcraError);
      }),
      { numRuns: 500 },
    );
  });
});

/** The written form of a time step: the largest unit the suite text names. */
function timeParts(seconds: number, text: string): [number, 'S' | 'M' | 'H'] {
  const unit = text.slice(-1) as 'S' | 'M' | 'H';
  return [seconds / { S: 1, M: 60, H: 3600 }[unit], unit];
}
