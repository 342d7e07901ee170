import type { ConfirmMethod, OtpTransaction } from '../confirm/transaction.js';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '../webauthn/json.js';

export type { ConfirmMethod, Money, OtpPayee, OtpTransaction } from '../confirm/transaction.js';
export type { AuthenticationResponseJSON, RegistrationResponseJSON } from '../webauthn/json.js';

/**
 * Which element is calling: registration, suspension, a passkey for a customer whose token is
 * bound (`<otp-enroll mode="passkey">`), or the confirmation of a transaction (`<otp-confirm>`).
 */
export type OtpFlow = 'enroll' | 'suspend' | 'passkey' | 'confirm';

export interface OtpCallOptions {
  /** Aborted when the element is removed or the call is superseded; the adapter should stop. */
  signal: AbortSignal;
}

export interface AuthenticateRequest {
  flow: OtpFlow;
  contractId: string;
  password: string;
}

export interface AuthenticateResult {
  /** Opaque, single-flow session handle; never shown, stored or put in an event. */
  session: string;
  /** The token already bound, masked (e.g. "VSST****5678"): registering replaces it. */
  currentTokenId?: string;
  /** Seconds the session stays valid from this answer, so the wizard can warn in time. */
  expiresIn?: number;
}

export interface RegisterTokenRequest {
  session: string;
  /** Absent in `mode="provision"`, where the secret came from `provision()`. */
  tokenId?: string;
  otp: string;
  /** The following code, when the element asks for two (`codes="2"`). */
  nextOtp?: string;
}

export interface OperationResult {
  /** The bank's reference for the operation, shown to the customer, e.g. "00001". */
  resultCode?: string;
}

export interface SuspendRequest {
  session: string;
}

export interface ProvisionRequest {
  session: string;
}

export interface ProvisionResult {
  /** An `otpauth://totp/…` URI. */
  uri: string;
}

export interface ExtendSessionRequest {
  session: string;
}

export interface ExtendSessionResult {
  /** Seconds the session now stays valid, from this answer. */
  expiresIn: number;
}

export interface PasskeyOptionsRequest {
  session: string;
  /** The token's current code: required in `mode="passkey"`, counted like any code (once, lockout). */
  otp?: string;
}

export interface PasskeyOptionsResult {
  /** The options for `navigator.credentials.create()`, in WebAuthn Level 3's JSON form. */
  options: PublicKeyCredentialCreationOptionsJSON;
}

export interface RegisterPasskeyRequest {
  session: string;
  /** The new passkey as the browser made it (`credential.toJSON()`), for the bank to verify and keep. */
  credential: RegistrationResponseJSON;
}

export interface TransactionRequest {
  /** The bank's handle for the transaction, as the page gave it to `<otp-confirm transaction>`. */
  transaction: string;
}

export interface ConfirmTransactionRequest extends TransactionRequest {
  method: ConfirmMethod;
  /** `code` and `challenge`: the code the token shows (ASCII digits). */
  otp?: string;
  /** `passkey`: the assertion the device signed over the transaction's challenge. */
  credential?: AuthenticationResponseJSON;
}

/**
 * The bank's backend as the elements see it. Implementations fail by throwing `OtpError`.
 * Credential errors must never reveal whether the ID or the password was wrong.
 */
export interface OtpHostAdapter {
  authenticate(req: AuthenticateRequest, options: OtpCallOptions): Promise<AuthenticateResult>;
  registerToken(req: RegisterTokenRequest, options: OtpCallOptions): Promise<OperationResult>;
  suspend(req: SuspendRequest, options: OtpCallOptions): Promise<OperationResult>;
  provision?(req: ProvisionRequest, options: OtpCallOptions): Promise<ProvisionResult>;
  /** Keeps the session alive when the customer asks for more time (WCAG 2.2.1); optional. */
  extendSession?(req: ExtendSessionRequest, options: OtpCallOptions): Promise<ExtendSessionResult>;
  /** Passkeys (both optional; `<otp-enroll>` offers one only when the adapter has both): the options of a new passkey. */
  passkeyOptions?(req: PasskeyOptionsRequest, options: OtpCallOptions): Promise<PasskeyOptionsResult>;
  /** Verifies and keeps the passkey the browser made with `passkeyOptions`' options. */
  registerPasskey?(req: RegisterPasskeyRequest, options: OtpCallOptions): Promise<OperationResult>;
  /** `<otp-confirm>`: the transfer the handle names, as the bank states it; fail with `transaction-expired` or `transaction-closed` when it can no longer be confirmed. */
  getTransaction?(req: TransactionRequest, options: OtpCallOptions): Promise<OtpTransaction>;
  /** `<otp-confirm>`: confirms the transfer by one of its ways (once, for this transaction only). */
  confirmTransaction?(req: ConfirmTransactionRequest, options: OtpCallOptions): Promise<OperationResult>;
  /** `<otp-confirm>`: stops the transfer the customer says is not theirs. */
  declineTransaction?(req: TransactionRequest, options: OtpCallOptions): Promise<void>;
}
