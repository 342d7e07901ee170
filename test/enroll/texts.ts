// Every text of <otp-enroll> in each language, as a customer who reaches the result has read
// them: the first load's and those that come with the register step. Typed as the public
// `EnrollStrings`, so that the two together must hold every text.
import { en as firstEn } from '../../src/enroll/i18n/en.js';
import { ja as firstJa } from '../../src/enroll/i18n/ja.js';
import { registerEn } from '../../src/enroll/i18n/register-en.js';
import { registerJa } from '../../src/enroll/i18n/register-ja.js';
import type { EnrollStrings } from '../../src/enroll/i18n/strings.js';

export const ja: EnrollStrings = { ...firstJa, ...registerJa };
export const en: EnrollStrings = { ...firstEn, ...registerEn };
