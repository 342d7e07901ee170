// The page around the element: the demo bank in the page and what a tester needs to sign in
// (not for production, where the adapter talks to the bank: FetchHostAdapter or the bank's own
// OtpHostAdapter), and a status line that says when registration is done.
import { useEffect, useState, type ReactNode } from 'react';
import type { OtpCompleteDetail } from 'otp-elements';
import { DemoHostAdapter, demoTokenCode } from 'otp-elements/adapters/demo.js';

export const adapter = new DemoHostAdapter({ latencyMs: 50 });
const tokenId = 'VSST12345678';

/** The demo credentials and the demo token's current code, refreshed every second. */
function DemoCredentials() {
  const [code, setCode] = useState(() => demoTokenCode(tokenId));
  useEffect(() => {
    const timer = setInterval(() => setCode(demoTokenCode(tokenId)), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p>
      Demo: contract ID <code>1234567890</code>, password <code>Passw0rd!</code>, token ID <code>{tokenId}</code>, code{' '}
      <output>{code}</output>
    </p>
  );
}

/** `enroll` renders the element, given the `otp-complete` listener to attach. */
export function RegistrationPage({ enroll }: { enroll: (onComplete: (e: CustomEvent<OtpCompleteDetail>) => void) => ReactNode }) {
  const [registered, setRegistered] = useState<string>();
  return (
    <main>
      <h1>Register your one-time-password token</h1>
      <DemoCredentials />
      {enroll((e) => setRegistered(e.detail.tokenId))}
      {registered && <p role="status">Token {registered} is registered.</p>}
    </main>
  );
}
