import { html, nothing, type TemplateResult } from 'lit';

/** What a step shows inside the wizard's frame; the frame adds title, trail, errors and buttons. */
export interface StepView {
  heading: string;
  body: TemplateResult;
  /** Label of the step's submit button. */
  primary: string;
  /** Label of the Back / Cancel button, when the step has one. */
  secondary?: string;
}

/** Lines of text (an intro) as one paragraph's content, a line break between them. */
export function lines(text: readonly string[]): TemplateResult[] {
  return text.map((line, i) => html`${i ? html`<br />` : nothing}${line}`);
}
