// The Lit floor: one LitElement with a property, a template and a style. Our elements' times
// are given as multiples of what this costs in the same run.
import { LitElement, css, html } from 'lit';

class LitFloor extends LitElement {
  static properties = { name: {} };
  static styles = css`
    :host {
      display: block;
      padding: 1rem;
    }
  `;

  constructor() {
    super();
    this.name = 'Lit';
  }

  render() {
    return html`<p>Hello, ${this.name}</p>`;
  }
}
customElements.define('lit-floor', LitFloor);
