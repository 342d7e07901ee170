import {LitElement,html,css} from 'lit'; customElements.define('x-y', class extends LitElement { static styles = css`:host{}`; render(){ return html`x` } })
