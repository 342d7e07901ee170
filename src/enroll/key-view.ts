import { html, nothing, type TemplateResult } from 'lit';
import { staticCss } from '../styles/static-css.js';
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

/** mode="provision": the issued key. */
export const keyStyles = staticCss`
  /* mode="provision": the QR code beside the key where the width allows, else above it. */
  .key {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 1rem 1.5rem;
    margin-block: 1rem;
  }
  .qr {
    display: block;
    flex: none;
    inline-size: min(100%, var(--otp-enroll-qr-size, 12rem));
    block-size: auto;
    aspect-ratio: 1;
    /* Scanners need dark modules on a light ground: no theme or forced colours apply here. */
    background: #fff;
    fill: #000;
    forced-color-adjust: none;
  }
  .key-text {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }
  .key-details {
    margin: 0;
  }
  .key-details > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    padding-block: 0.25rem;
  }
  .key-details dt {
    min-inline-size: 5rem;
    font-weight: 700;
  }
  .key-details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .secret {
    font-family: var(--_mono);
    font-size: 1.0625rem;
    letter-spacing: 0.05em;
    word-spacing: 0.3em;
  }
  .copy {
    margin-block-start: 0.75rem;
    min-block-size: var(--_target-small);
    padding-block: 0.25rem;
    font-size: 0.875rem;
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid currentColor;
  }
  .copy-status {
    margin: 0.375rem 0 0;
    font-size: 0.875rem;
  }
  /* Kept in the tree when empty, so that screen readers announce what appears in it. */
  .copy-status:empty {
    margin: 0;
  }
`;
