// The DevTools Protocol's virtual authenticator (Chromium only), for the passkey tests: a device
// that answers navigator.credentials.get with a passkey the test made, with or without user
// verification. Firefox answers `false`: the test skips there.
import type { TestRunnerPlugin } from '@web/test-runner';
import type { ChromeLauncher } from '@web/test-runner-chrome';
import type { WebAuthnCommands } from './protocol.js';

type Page = ReturnType<ChromeLauncher['getPage']>;
type Session = Awaited<ReturnType<Page['createCDPSession']>>;

export function webauthnToolsPlugin(): TestRunnerPlugin {
  const sessions = new WeakMap<Page, { cdp: Session; authenticatorId?: string }>();

  async function sessionOf(page: Page) {
    let found = sessions.get(page);
    if (!found) {
      const cdp = await page.createCDPSession();
      await cdp.send('WebAuthn.enable', { enableUI: false });
      sessions.set(page, (found = { cdp }));
    }
    return found;
  }

  const commands: { [C in keyof WebAuthnCommands]: (page: Page, payload: WebAuthnCommands[C]['payload']) => Promise<WebAuthnCommands[C]['result']> } = {
    'webauthn-authenticator': async (page, { credentials = [], userVerified = true }) => {
      if (!(await page.browser().version()).includes('Chrom')) return false;
      const session = await sessionOf(page);
      // One internal authenticator per browser context: the last test's goes first.
      if (session.authenticatorId) await session.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: session.authenticatorId });
      const { authenticatorId } = await session.cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: userVerified, automaticPresenceSimulation: true },
      });
      session.authenticatorId = authenticatorId;
      for (const credential of credentials) {
        await session.cdp.send('WebAuthn.addCredential', { authenticatorId, credential: { ...credential, isResidentCredential: false, signCount: 0 } });
      }
      return true;
    },
    'webauthn-user-verified': async (page, { verified }) => {
      const session = await sessionOf(page);
      if (!session.authenticatorId) return false;
      await session.cdp.send('WebAuthn.setUserVerified', { authenticatorId: session.authenticatorId, isUserVerified: verified });
      return true;
    },
  };

  return {
    name: 'otp-webauthn-tools',
    executeCommand({ command, payload, session }) {
      if (!Object.hasOwn(commands, command)) return undefined;
      const page = (session.browser as ChromeLauncher).getPage(session.id);
      return (commands[command as keyof WebAuthnCommands] as (p: Page, payload: unknown) => Promise<unknown>)(page, payload);
    },
  };
}
