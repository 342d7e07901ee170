import type { OtpFlow } from '../../src/adapters/types.js';
import type { WizardStrings } from '../../src/wizard/i18n/strings.js';
import type { Wizard, WizardTag } from './helpers.js';

/** The code a demo token shows now (at the bank under test). */
export type CodeSource = (tokenId: string) => Promise<string>;

/** How the shared suite drives one wizard; each flow's tests provide one. */
export interface WizardDriver {
  tag: WizardTag;
  flow: OtpFlow;
  action: 'register' | 'confirm';
  /** A demo customer who can complete this flow at a fresh bank. */
  contractId: string;
  password: string;
  strings: Record<'ja' | 'en', WizardStrings>;
  /** The adapter method and the HTTP path of the action step's call. */
  actionCall: { method: 'registerToken' | 'suspend'; path: '/tokens' | '/suspend' };
  /** The contract's bound token once the flow completed with \`fillAction\`. */
  tokenIdAfter: string | undefined;
  /** Fills the action step with valid input (not submitting); resolves to the secrets typed. */
  fillAction(el: Wizard, code: CodeSource): Promise<string[]>;
  /** Completes the action step from its focused heading with keys only; resolves to the secrets typed. */
  completeActionByKeyboard(el: Wizard, code: CodeSource): Promise<string[]>;
}
