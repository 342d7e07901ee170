// A React 19 + TypeScript page as a bank's front-end team writes it, against the packed tarball.
import type {} from 'otp-elements/types/react';
import { useRef } from 'react';
import type { OtpCompleteDetail, OtpEnroll, OtpErrorCode, OtpHostAdapter } from 'otp-elements';
import { DemoHostAdapter } from 'otp-elements/adapters/demo.js';
import 'otp-elements/otp-enroll.js';
import 'otp-elements/otp-token-field.js';

const adapter: OtpHostAdapter = new DemoHostAdapter({ latencyMs: 0 });

export function Registration({ onDone }: { onDone: (tokenId: string | undefined) => void }) {
  return (
    <otp-enroll
      adapter={adapter}
      lang="en"
      layout="mobile"
      return-url="/login"
      strings={{ title: 'Register your token' }}
      onotp-complete={(e) => onDone(e.detail.tokenId)}
      onotp-error={(e) => {
        const code: OtpErrorCode = e.detail.code;
        console.info(code, e.detail.remainingAttempts);
      }}
      onotp-cancel={(e) => e.preventDefault()}
    />
  );
}

export function WithRef() {
  const enroll = useRef<OtpEnroll>(null);
  return <otp-enroll ref={enroll} onotp-step={() => enroll.current?.step} />;
}

export function CodeField() {
  return <otp-token-field name="otp" digits={6} required label="One-time password" onotp-filled={(e) => e.detail.value.length} />;
}

export function Mistakes() {
  const done = (detail: OtpCompleteDetail) => detail.flow;
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {/* @ts-expect-error the ref is the element, not an input */}
      <otp-enroll ref={input} />
      {/* @ts-expect-error a number is no host adapter */}
      <otp-enroll adapter={42} />
      {/* @ts-expect-error no such layout */}
      <otp-enroll layout="tablet" />
      {/* @ts-expect-error the detail of otp-complete has no code */}
      <otp-enroll onotp-complete={(e) => e.detail.code} />
      {/* @ts-expect-error digits is a number */}
      <otp-token-field digits="six" />
      <otp-enroll onotp-complete={(e) => done(e.detail)} />
    </>
  );
}
