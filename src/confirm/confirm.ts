import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { OtpHostAdapter } from '../adapters/types.js';
import { holdUpdate, resolveLang } from '../i18n/localize.js';
import type { LayoutSetting } from '../wizard/layout.js';
import type { ConfirmStrings } from './i18n/strings.js';
import type { ConfirmScreen } from './screen.js';
import type { ConfirmMethod } from './transaction.js';

/** Said when the element's own code cannot be loaded (its strings come with that code). */
const unloadable = {
  ja: '振込の確認画面を表示できません。ページを再読み込みしてください。',
  en: 'The transfer confirmation cannot be shown. Please reload the page.',
};

/**
 * Confirms a transfer the customer made in the portal (取引認証): shows it as the bank states it
 * (payee bank, branch, account type and number, name, amount and fee, formatted for the page's
 * language), the time left, and the ways the bank offers to confirm it — a passkey, a keypad
 * token's challenge (トランザクション認証: the digits to key in, then the code the token computes), or
 * the soft token's one-time password — each labelled with what it protects against. 「この振込は
 * 私のものではありません」 stops the transfer at the bank. Everything the bank sends is checked
 * before any of it is shown, and shown as text; a transaction that cannot be shown whole is not
 * shown at all.
 *
 * The element is defined at once but loads what it does and shows on its first connection, so a
 * page (or the CMS bundle) that never shows it does not pay for it.
 *
 * @summary Transfer confirmation (取引認証) by passkey, keypad-token challenge or one-time password.
 * @tagname otp-confirm
 *
 * @fires otp-step - A screen is shown: `{flow: 'confirm', step, index, transaction}`, `step` one of `review` (0), `complete` (1), `declined` (1). Bubbles, composed.
 * @fires otp-complete - The bank confirmed the transfer: `{flow: 'confirm', transaction, method, resultCode?}`. Bubbles, composed.
 * @fires otp-error - A call failed, or the time ran out (`transaction-expired`): `{flow: 'confirm', step, code, transaction, remainingAttempts?, retryAfter?}`. Bubbles, composed.
 * @fires otp-cancel - The customer said the transfer is not theirs and the bank stopped it: `{flow: 'confirm', step: 'review', transaction, reason: 'declined'}`. Bubbles, composed.
 * @fires otp-return - "Back" pressed after the end (unless cancelled, `return-url` is followed): `{flow: 'confirm', transaction}`. Bubbles, composed, cancelable.
 *
 * @csspart base - The bordered panel.
 * @csspart header - The title's bar.
 * @csspart title - The title (振込内容の確認).
 * @csspart step - The current screen: heading, time, alerts and its form.
 * @csspart form - The screen's `form`: the transfer, the ways and the buttons (`aria-busy` during a call).
 * @csspart heading - The screen's heading; it receives focus when a screen follows the customer's action.
 * @csspart intro - The review's explanation.
 * @csspart details - The transfer as the bank states it (a `dl`).
 * @csspart time-left - The quiet countdown (`role="timer"`).
 * @csspart time-warning - The alert region that warns before the transfer's time runs out.
 * @csspart error - The alert region for the bank's errors and the passkey prompt's outcome.
 * @csspart methods - The choice of ways (a `fieldset`), shown when the bank offers several.
 * @csspart method - Each way's label and radio button.
 * @csspart way - What the chosen way asks for.
 * @csspart way-note - What the chosen way protects against, and what it does not.
 * @csspart challenge - The digits to key into the keypad token.
 * @csspart field - The code field's row.
 * @csspart actions - The row of the main button.
 * @csspart button - Every button.
 * @csspart primary-button - The main button (振込を確定, パスキーで確定, 戻る, 再読み込み).
 * @csspart decline - The section around the decline button.
 * @csspart decline-button - この振込は私のものではありません. Pressed, it asks before anything is sent.
 * @csspart decline-confirm-button - Stops the transfer, after the question (振込を中止する).
 * @csspart decline-keep-button - Takes the question back; the transfer stays to confirm (中止しない).
 * @csspart message - The message of the result screens.
 * @csspart result-code - The bank's reference for the transfer, after its label.
 * @csspart result-code-label - The label of the reference (受付番号).
 *
 * @cssstate desktop - The desktop layout is in effect.
 * @cssstate mobile - The phone layout is in effect.
 * @cssstate busy - A call to the bank (or the passkey prompt) is running.
 *
 * @cssprop --otp-color-primary - Bank colour: title, main button, focus (default `#0b5394`).
 * @cssprop --otp-color-on-primary - Text on the primary colour (default white).
 * @cssprop --otp-color-text - Text colour.
 * @cssprop --otp-color-muted - Secondary text.
 * @cssprop --otp-color-border - Borders.
 * @cssprop --otp-color-danger - Errors and the decline button.
 * @cssprop --otp-color-surface - Panel background.
 * @cssprop --otp-radius - Corner radius.
 * @cssprop --otp-font-family - Font.
 * @cssprop --otp-focus-ring - Focus outline (an `outline` value).
 * @cssprop --otp-wizard-border-color - Panel border, as in the wizards.
 * @cssprop --otp-wizard-background - Panel background, as in the wizards.
 * @cssprop --otp-wizard-header-background - Header background, as in the wizards.
 * @cssprop --otp-wizard-accent-color - The line under the header.
 * @cssprop --otp-wizard-title-color - Title colour.
 * @cssprop --otp-wizard-rule-color - Lines between the transfer's details.
 * @cssprop --otp-wizard-error-background - Background of the error region.
 * @cssprop --otp-wizard-notice-background - Background of the time warning.
 * @cssprop --otp-wizard-note-background - Background of a way's note.
 * @cssprop --otp-button-radius - Button radius.
 * @cssprop --otp-confirm-challenge-font-family - Font of the digits to key in (default monospace).
 * @cssprop --otp-confirm-challenge-font-size - Size of the digits to key in (default `2rem`).
 */
export class OtpConfirm extends LitElement {
  // Declared as data, not with decorators: this class is in every page's first load (the CMS
  // bundle defines it), so it stays as small as it can.
  static override properties: PropertyDeclarations = {
    transaction: {},
    method: {},
    adapter: { attribute: false },
    endpoint: {},
    returnUrl: { attribute: 'return-url' },
    layout: { reflect: true },
    strings: { attribute: false },
  };

  /** The bank's handle for the transfer; a new one loads that transfer. */
  declare transaction?: string;
  /** The way to show first when the bank offers it: `passkey`, `challenge` or `code`. */
  declare method?: ConfirmMethod;
  /** The bank's backend; wins over `endpoint`. */
  declare adapter?: OtpHostAdapter;
  /** Base URL of a backend that speaks the HTTP protocol: a `FetchHostAdapter` is made for it. */
  declare endpoint?: string;
  /** Where "Back" goes after the end when `otp-return` is not cancelled; http(s) or relative. */
  declare returnUrl?: string;
  /** `auto` (from the element's own width), `desktop` or `mobile`. */
  declare layout: LayoutSetting;
  /** Partial text overrides, in the current language. */
  declare strings: Partial<ConfirmStrings>;

  #screen?: ConfirmScreen;
  #loading?: Promise<void>;
  #unloadable = false;

  constructor() {
    super();
    // Defaults here rather than as field initializers, which could shadow the reactive accessors.
    this.layout = 'auto';
    this.strings = {};
  }

  /** The screen shown once loaded: `loading`, `review`, `complete`, `declined` or `ended`. */
  get step(): string | undefined {
    return this.#screen?.step;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loading ??= import('./screen.js').then(
      ({ ConfirmScreen }) => {
        this.#screen = new ConfirmScreen(this);
        this.requestUpdate();
      },
      (error: unknown) => {
        console.error('<otp-confirm>: could not load its code (serve the chunks beside the script)', error);
        this.#unloadable = true;
        this.requestUpdate();
      },
    );
  }

  /** A first render in English waits for the English text (see `holdUpdate`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return holdUpdate({ loading: this.#screen?.languageLoading }, () => super.scheduleUpdate());
  }

  /** Resolves once the element's code is loaded and it has rendered, its code field included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#loading;
    const done = await super.getUpdateComplete();
    await this.#screen?.fieldRendered();
    return done;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.#unloadable) return html`<p role="alert">${unloadable[resolveLang(this)]}</p>`;
    return this.#screen?.render() ?? nothing;
  }
}
