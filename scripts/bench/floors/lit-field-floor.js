// The Lit field floor: the Lit floor with a label and one <input> whose value is a property,
// kept current on each input event. What typing into a plain Lit form field costs.
import { LitElement, css, html } from 'lit';

class LitFieldFloor extends LitElement {
  static properties = { label: {}, value: {} };
  static styles = css`
    :host {
      display: inline-block;
    }
    label {
      display: block;
    }
  `;

  constructor() {
    super();
    this.label = '';
    this.value = '';
  }

  render() {
    return html`<label for="input">${this.label}</label>
      <input id="input" .value=${this.value} @input=${(e) => (this.value = e.target.value)} />`;
  }
}
customElements.define('lit-field-floor', LitFieldFloor);
