import { expect } from '@open-wc/testing';
import { checkRegister, type RegisterInput } from '../../src/enroll/register-step.js';
import { defaultTokenIdPattern } from '../../src/wizard/normalize.js';
import { checkCredentials } from '../../src/wizard/steps/authenticate.js';

const rules = { tokenIdPattern: defaultTokenIdPattern, digits: 6 };

describe('register step check (pure)', () => {
  const cases: Array<[string, RegisterInput, Record<string, string>]> = [
    ['accepts a token ID and a whole code', { tokenId: 'VSST12345678', otp: '123456' }, {}],
    ['refuses an empty token ID and an empty code', { tokenId: '', otp: '' }, { tokenId: 'required', otp: 'required' }],
    ['refuses a token ID of the wrong shape and a short code at once', { tokenId: 'VSST1234', otp: '123' }, { tokenId: 'pattern', otp: 'incomplete' }],
    ['has no token ID to check in mode="provision"', { otp: '123456' }, {}],
    ['refuses the same code twice (codes="2")', { tokenId: 'VSST12345678', otp: '123456', nextOtp: '123456' }, { nextOtp: 'same' }],
    ['refuses an empty second code', { tokenId: 'VSST12345678', otp: '123456', nextOtp: '' }, { nextOtp: 'required' }],
    ['accepts two different codes', { tokenId: 'VSST12345678', otp: '123456', nextOtp: '654321' }, {}],
  ];
  for (const [name, input, problems] of cases) {
    it(name, () => {
      expect(checkRegister(input, rules)).to.deep.equal(problems);
    });
  }

  it('lists the problems in the order the fields are shown, so focus goes to the first', () => {
    expect(Object.keys(checkRegister({ tokenId: 'x', otp: '', nextOtp: '' }, rules))).to.deep.equal(['tokenId', 'otp', 'nextOtp']);
  });

  it('follows token-id-pattern and the code length', () => {
    expect(checkRegister({ tokenId: '123456', otp: '1234567' }, { tokenIdPattern: '^[0-9]{6}$', digits: 8 })).to.deep.equal({ otp: 'incomplete' });
  });
});

describe('authenticate step check (pure)', () => {
  it('refuses each empty field, contract ID first', () => {
    expect(checkCredentials('', '')).to.deep.equal({ contractId: 'required', password: 'required' });
    expect(checkCredentials('1234567890', '')).to.deep.equal({ password: 'required' });
    expect(checkCredentials('1234567890', 'x')).to.deep.equal({});
  });
});
