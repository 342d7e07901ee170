import type { StepRun } from '../wizard/step.js';
import type { EnrollStrings } from './i18n/strings.js';

/** The button that ends the flow: the bank's PC screen says ログイン画面に戻る, its phone screen 中止. */
export function leaveLabel({ layout, text }: Pick<StepRun<EnrollStrings>, 'layout' | 'text'>): string {
  return layout === 'desktop' ? text.backToLogin : text.cancel;
}
