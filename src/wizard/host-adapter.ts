import { FetchHostAdapter } from '../adapters/fetch.js';
import { OtpError } from '../adapters/otp-error.js';
import type { OtpHostAdapter } from '../adapters/types.js';
import { reportMisconfiguration } from '../misconfiguration.js';

/** An element that talks to the bank: through its `adapter` property, or an `endpoint` URL. */
export interface AdapterHost extends HTMLElement {
  adapter?: OtpHostAdapter;
  endpoint?: string;
}

/**
 * The adapter an element calls: its `adapter` property, else a `FetchHostAdapter` for its
 * `endpoint` (one per endpoint, made when first needed). Shared by the wizards and `<otp-confirm>`.
 */
export class HostAdapterSource {
  #fetch?: { endpoint: string; adapter: FetchHostAdapter };

  constructor(private readonly host: AdapterHost) {}

  /** Tells the page's developer, once, when the adapter was given as an attribute. */
  checkAttribute(): void {
    // React before 19, and templating engines, set objects as attributes: "[object Object]".
    if (!this.host.hasAttribute('adapter')) return;
    reportMisconfiguration(
      this.host,
      'adapter-attribute',
      `the adapter attribute ("${this.host.getAttribute('adapter')}") is ignored: set the adapter property (element.adapter = yourAdapter), or the endpoint attribute.`,
    );
  }

  /**
   * The adapter to call. Without adapter and endpoint it tells the page's developer what to set
   * and throws `OtpError('unavailable')`: the customer is told the service is unavailable.
   */
  get(): OtpHostAdapter {
    const { adapter, endpoint } = this.host;
    if (adapter) return adapter;
    if (!endpoint) {
      reportMisconfiguration(this.host, 'no-adapter', 'neither the adapter property nor the endpoint attribute is set, so the customer is told the service is unavailable: set element.adapter = yourAdapter, or endpoint="/your/api".');
      throw new OtpError('unavailable', 'neither adapter nor endpoint is set');
    }
    // A page's script may set a URL object, as fetch() takes one.
    const url = String(endpoint);
    if (this.#fetch?.endpoint !== url) this.#fetch = { endpoint: url, adapter: new FetchHostAdapter({ endpoint: url }) };
    return this.#fetch.adapter;
  }
}
