// Where the reference bank's passkeys belong: the RP ID and the page origins a passkey may be
// made on. Configuration, with defaults that work on this machine (`PASSKEY_RP_ID`,
// `PASSKEY_ORIGINS` for `npm start` and `npm run server`).
import type { PasskeySettings } from '../../src/bank/passkeys.js';

export interface PasskeyChoice {
  /** The RP ID; default `localhost`. */
  rpId?: string;
  /** Page origins; default those of the server's own origins (and allowed ones) on the RP ID's host or under it. */
  origins?: readonly string[];
}

/**
 * The passkey settings of a bank that answers pages at `serverOrigins`.
 * @throws Error when `rpId` is not a host name (a scheme, port, path or IP address: WebAuthn takes none).
 */
export function passkeySettings(serverOrigins: readonly string[], { rpId = 'localhost', origins }: PasskeyChoice = {}): PasskeySettings {
  const name = rpId.trim().toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(name) || /^[\d.]+$/.test(name)) {
    throw new Error(`PASSKEY_RP_ID: "${rpId}" is not a host name such as bank.example.jp or localhost`);
  }
  const onRpId = (origin: string) => {
    const host = new URL(origin).hostname;
    return host === name || host.endsWith(`.${name}`);
  };
  return { rpId: name, origins: origins?.length ? [...origins] : serverOrigins.filter(onRpId) };
}
