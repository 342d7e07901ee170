// The wizards' string tables, read as data: every error code has a message in every language,
// and the messages that take parameters say them.
import { expect } from '@open-wc/testing';
import { otpErrorCodes } from '../../src/adapters/otp-error.js';
import { en as enrollEn } from '../../src/enroll/i18n/en.js';
import { ja as enrollJa } from '../../src/enroll/i18n/ja.js';
import { en as suspendEn } from '../../src/suspend/i18n/en.js';
import { ja as suspendJa } from '../../src/suspend/i18n/ja.js';
import { formatWait } from '../../src/wizard/i18n/wait.js';

const tables = { 'enroll ja': enrollJa, 'enroll en': enrollEn, 'suspend ja': suspendJa, 'suspend en': suspendEn };

describe('wizard error messages (string tables)', () => {
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: a distinct message for every error code, none of them empty`, () => {
      const messages = otpErrorCodes.map((code) => table.errors[code]({}));
      for (const message of messages) expect(message).to.be.a('string').and.not.equal('');
      expect(new Set(messages).size).to.equal(otpErrorCodes.length);
    });

    it(`${name}: says the attempts left for wrong credentials and codes, and the wait when locked or busy`, () => {
      const wait = formatWait(120, name.endsWith('ja') ? 'ja' : 'en');
      expect(table.errors['invalid-credentials']({ remainingAttempts: 3 })).to.contain('3');
      expect(table.errors['invalid-otp']({ remainingAttempts: 3 })).to.contain('3');
      expect(table.errors.locked({ wait })).to.contain(wait);
      expect(table.errors.unavailable({ wait })).to.contain(wait);
      // Without a count or a wait, nothing is left dangling.
      expect(table.errors['invalid-otp']({})).not.to.match(/undefined|NaN/);
      expect(table.errors.locked({})).not.to.match(/undefined|NaN/);
      expect(table.errors.unavailable({})).not.to.match(/undefined|NaN/);
    });
  }

  it('never blames inactivity for the end of a session: it ends at a set time, whatever the customer does', () => {
    for (const [name, table] of Object.entries(tables)) {
      for (const text of [table.sessionWarning('1 分後', true), table.sessionWarning('in 1 minute', false), table.errors['session-expired']({})]) {
        expect(text, name).not.to.match(/操作がな|activity|inactiv|idle/i);
      }
    }
  });

  it('words a wait rounded up, in each language', () => {
    expect(formatWait(61, 'ja')).to.equal('2 分後');
    expect(formatWait(30, 'en')).to.equal('in 30 seconds');
    expect(formatWait(7200, 'en')).to.equal('in 2 hours');
  });
});
