import { expect } from '@open-wc/testing';
import * as OTPAuth from 'otpauth';
import { groupSecret, parseOtpauthUri } from '../../src/enroll/provision.js';
import { qrPath } from '../../src/enroll/qr-code.js';

const secret = 'PKR4QZXOG3YZOWXBB4IC7QAPQ6HKBCI2';

describe('mode="provision": reading the issued key', () => {
  it('reads what an otpauth library writes: key, issuer, account, digits and period', () => {
    const uri = new OTPAuth.TOTP({ issuer: 'ＤＥＭＯ銀行', label: '1234567890', secret: OTPAuth.Secret.fromBase32(secret), digits: 8, period: 60 }).toString();
    expect(parseOtpauthUri(uri)).to.deep.equal({ secret, issuer: 'ＤＥＭＯ銀行', account: '1234567890', digits: 8, period: 60 });
  });

  it('takes the issuer from the label when the parameter is missing, and the Key URI defaults', () => {
    expect(parseOtpauthUri(`otpauth://totp/Demo%20Bank%3A%20taro%40example.jp?secret=${secret.toLowerCase()}%3D%3D`)).to.deep.equal({
      secret,
      issuer: 'Demo Bank',
      account: 'taro@example.jp',
      digits: 6,
      period: 30,
    });
    expect(parseOtpauthUri(`otpauth://totp/taro?secret=${secret}`)).to.deep.equal({ secret, account: 'taro', digits: 6, period: 30 });
  });

  it('refuses what the element cannot offer: another scheme or type, no Base32 key, an unusable length or period', () => {
    for (const uri of [
      `https://bank.example/totp/x?secret=${secret}`,
      `otpauth://hotp/x?secret=${secret}&counter=1`,
      'otpauth://totp/x?issuer=x',
      'otpauth://totp/x?secret=NOT-BASE32!',
      `otpauth://totp/x?secret=${secret}&digits=9`,
      `otpauth://totp/x?secret=${secret}&digits=4`,
      `otpauth://totp/x?secret=${secret}&period=0`,
      `otpauth://totp/%E0%A4%A?secret=${secret}`,
    ]) {
      expect(parseOtpauthUri(uri), uri).to.equal(undefined);
    }
  });

  it('groups the key by four for reading and typing', () => {
    expect(groupSecret(secret)).to.deep.equal(['PKR4', 'QZXO', 'G3YZ', 'OWXB', 'B4IC', '7QAP', 'Q6HK', 'BCI2']);
    expect(groupSecret('ABCDEF')).to.deep.equal(['ABCD', 'EF']);
  });

  it('draws each horizontal run of dark modules as one rectangle of the path', () => {
    const o = false;
    const X = true;
    expect(
      qrPath([
        [X, X, o, X],
        [o, o, o, o],
        [o, X, X, X],
      ]),
    ).to.equal('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
    expect(qrPath([[o, o]])).to.equal('');
  });
});
