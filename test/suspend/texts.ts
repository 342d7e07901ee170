// Every text of <otp-suspend> in each language: the first load's and those that come with the
// confirm step. Typed as the public `SuspendStrings`, so that the two together must hold every text.
import { confirmEn } from '../../src/suspend/i18n/confirm-en.js';
import { confirmJa } from '../../src/suspend/i18n/confirm-ja.js';
import { en as firstEn } from '../../src/suspend/i18n/en.js';
import { ja as firstJa } from '../../src/suspend/i18n/ja.js';
import type { SuspendStrings } from '../../src/suspend/i18n/strings.js';

export const ja: SuspendStrings = { ...firstJa, ...confirmJa };
export const en: SuspendStrings = { ...firstEn, ...confirmEn };
