// The commands of test/node/page-tools.ts: what a test asks of the browser from outside the
// page. Types only, so the node side can import them too.

/** A rectangle in CSS pixels of the top-level test page's document. */
export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageToolCommands {
  /** A PNG (base64) of `rect` as the browser paints it, with the device pixels it has. */
  'page-screenshot': { payload: PageRect; result: string };
  /**
   * Opens `path` on the server `npm start` runs (scripts/start.mjs, started once for the run) in a
   * new tab of the same browser, waits until `definedTag` is defined and returns what the page
   * printed to its console.
   */
  'start-server-console': { payload: { path: string; definedTag: string }; result: string[] };
  /**
   * Switches the page to forced colours (or back), as Windows High Contrast does; answers false
   * where the browser cannot be asked (Firefox: only Chromium's protocol can emulate it).
   */
  'forced-colors': { payload: { active: boolean }; result: boolean };
  /**
   * Chromium only (the DevTools Protocol's WebAuthn domain): replaces the page's virtual
   * authenticator with a new one (a platform authenticator that verifies the user and answers at
   * once, unless `options` say otherwise), or with none (`options: null`: WebAuthn requests then
   * find no authenticator). Answers false where the browser cannot be asked (Firefox).
   */
  'virtual-authenticator': { payload: { options: VirtualAuthenticatorOptions | null; credentials?: SeededCredential[] }; result: boolean };
  /** Chromium only: whether the page's virtual authenticator verifies the user from now on. */
  'virtual-authenticator-user-verified': { payload: { verified: boolean }; result: boolean };
  /**
   * Chromium only (a heap snapshot of the DevTools Protocol, after a full collection): the page's
   * JS objects by kind (constructor name, `closure name`, or `(type)`); false where the browser
   * cannot be asked (Firefox).
   */
  'heap-by-kind': { payload: Record<string, never>; result: Record<string, HeapKind> | false };
  /** Chromium only: the relying party ID of each credential the page's virtual authenticator holds. */
  'virtual-authenticator-credentials': { payload: Record<string, never>; result: string[] };
}

/** How many objects of one kind the JS heap holds, and their own bytes. */
export interface HeapKind {
  count: number;
  bytes: number;
}

/** A passkey the virtual authenticator starts with (binary fields in standard base64). */
export interface SeededCredential {
  credentialId: string;
  /** PKCS#8 private key. */
  privateKey: string;
  rpId: string;
}

/** What a test may change of the virtual authenticator (`WebAuthn.VirtualAuthenticatorOptions`). */
export interface VirtualAuthenticatorOptions {
  hasUserVerification?: boolean;
  isUserVerified?: boolean;
  /** False: the authenticator waits for a touch that never comes (the prompt times out). */
  automaticPresenceSimulation?: boolean;
}
