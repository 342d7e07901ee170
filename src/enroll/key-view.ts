import { html, nothing, type TemplateResult } from 'lit';
import type { EnrollStrings } from './i18n/strings.js';
import { groupSecret, type IssuedKey } from './provision.js';

/** What became of the last press of the copy button. */
export type CopyStatus = 'idle' | 'copied' | 'failed';

export interface KeyViewOptions {
  /** Copies the key; absent where the page has no clipboard access (an insecure context). */
  copy?: () => void;
  /** Opens the key in the authenticator app on this device; offered in the phone layout. */
  open?: () => void;
  copyStatus: CopyStatus;
}

/** Modules of light margin around the code, as the QR standard asks, so that any app finds it. */
const quietZone = 4;

/**
 * The issued key, for the customer's authenticator app: a QR code to scan, and for typing by
 * hand the issuer, the account and the Base32 key in groups of four. The key is text on screen
 * only (spaced groups, so screen readers read it group by group), never in an attribute; the QR
 * code is one path, drawn dark on light whatever the theme, as scanners need.
 */
export function keyView(text: EnrollStrings, key: IssuedKey, o: KeyViewOptions): TemplateResult {
  const box = key.qr.size + 2 * quietZone;
  const status = o.copyStatus === 'copied' ? text.secretCopied : o.copyStatus === 'failed' ? text.copyFailed : '';
  return html`<div part="key" class="key">
    <svg
      part="qr"
      class="qr"
      role="img"
      aria-label=${text.qrLabel}
      viewBox="${-quietZone} ${-quietZone} ${box} ${box}"
      shape-rendering="crispEdges"
    >
      <path d=${key.qr.path}></path>
    </svg>
    <div class="key-text">
      <dl part="key-details" class="key-details">
        ${key.issuer ? html`<div><dt>${text.issuerLabel}</dt><dd>${key.issuer}</dd></div>` : nothing}
        ${key.account ? html`<div><dt>${text.accountLabel}</dt><dd>${key.account}</dd></div>` : nothing}
        <div>
          <dt>${text.secretLabel}</dt>
          <dd><code part="secret" class="secret">${groupSecret(key.secret).join(' ')}</code></dd>
        </div>
      </dl>
      <p class="hint">${text.secretHint}</p>
      ${o.open ? html`<button type="button" part="open-button" class="copy" @click=${o.open}>${text.openInApp}</button>` : nothing}
      ${o.copy ? html`<button type="button" part="copy-button" class="copy" @click=${o.copy}>${text.copySecret}</button>` : nothing}
      <p class="copy-status" role="status">${status}</p>
    </div>
  </div>`;
}
