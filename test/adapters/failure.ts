import { expect } from '@open-wc/testing';
import { OtpError, type OtpErrorCode } from '../../src/adapters/otp-error.js';

/** The OtpError a call fails with; the test fails if the call succeeds or throws anything else. */
export async function failure(call: Promise<unknown>): Promise<OtpError> {
  try {
    await call;
  } catch (error) {
    expect(error).to.be.instanceOf(OtpError);
    return error as OtpError;
  }
  throw new Error('expected the call to fail');
}

export async function failsWith(call: Promise<unknown>, code: OtpErrorCode): Promise<OtpError> {
  const error = await failure(call);
  expect(error.code).to.equal(code);
  return error;
}

/** The rejection of a call that must not succeed, whatever it is. */
export async function rejection(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}
