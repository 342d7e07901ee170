import { html } from 'lit';
import type { WizardStrings } from '../i18n/strings.js';
import type { StepView } from '../step.js';

/** The optional first step: the host's own guidance (e.g. where to get the token app). */
export function prepareView(text: WizardStrings): StepView {
  return {
    heading: text.prepareHeading,
    body: html`<div part="prepare" class="prepare"><slot name="prepare"></slot></div>`,
    primary: text.next,
    secondary: text.back,
  };
}
