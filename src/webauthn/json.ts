// The JSON forms of WebAuthn Level 3 that travel between the bank and the elements: what the
// bank sends is `PublicKeyCredentialCreationOptionsJSON` / `PublicKeyCredentialRequestOptionsJSON`
// (TypeScript's DOM types); what the browser answers, `credential.toJSON()`, is typed here, as
// the DOM types leave it `any`. Binary fields are base64url text.

/** A new passkey as `credential.toJSON()` gives it, for the bank to verify and keep. */
export interface RegistrationResponseJSON {
  id: string;
  rawId: string;
  type: string;
  response: {
    clientDataJSON: string;
    attestationObject: string;
    authenticatorData?: string;
    transports?: string[];
    publicKeyAlgorithm?: number;
    publicKey?: string;
  };
  authenticatorAttachment?: string;
  clientExtensionResults: Record<string, unknown>;
}

/** A passkey's signature as `credential.toJSON()` gives it, for the bank to verify. */
export interface AuthenticationResponseJSON {
  id: string;
  rawId: string;
  type: string;
  response: {
    clientDataJSON: string;
    authenticatorData: string;
    signature: string;
    userHandle?: string;
  };
  authenticatorAttachment?: string;
  clientExtensionResults: Record<string, unknown>;
}
