// Loaded on the way to the confirm step (suspend.ts imports it lazily; the authenticate call waits
// for it): a first page load has none of the step's texts and styles, nor the result's. The
// step's code is small and stays in the first load: in a chunk of its own it would share the
// wizard's modules with the first load, which a page's bundler then splits into one file more.
import type { Translations } from '../i18n/localize.js';
import { completeStyles } from '../wizard/complete-styles.js';
import { confirmEn } from './i18n/confirm-en.js';
import { confirmJa } from './i18n/confirm-ja.js';
import type { ConfirmStrings } from './i18n/strings.js';
import { confirmStyles } from './styles.js';

/** The confirm step's texts and the result's: the wizard adds them under the host's `strings`. */
export const confirmTexts: Translations<ConfirmStrings> = { ja: confirmJa, en: confirmEn };
/** The confirm step's styles and the result's. */
export const confirmStepStyles = [confirmStyles, completeStyles];
