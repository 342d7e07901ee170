// Whether the browser can make and use passkeys the way the elements do. Read at the moment of
// asking (never cached): a page or a test may take WebAuthn away. Kept apart from ceremony.ts,
// which is loaded only once a passkey step is shown.

/**
 * WebAuthn with Level 3's JSON methods (`parseCreationOptionsFromJSON`, `parseRequestOptionsFromJSON`,
 * `toJSON()`), in every engine since 2025, and a page where `navigator.credentials` exists (a
 * secure context: https, or http://localhost).
 */
export function hasWebAuthn(): boolean {
  const api = globalThis.PublicKeyCredential;
  return (
    typeof api === 'function' &&
    typeof api.parseCreationOptionsFromJSON === 'function' &&
    typeof api.parseRequestOptionsFromJSON === 'function' &&
    typeof api.prototype.toJSON === 'function' &&
    typeof globalThis.navigator?.credentials?.create === 'function'
  );
}
