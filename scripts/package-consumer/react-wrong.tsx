// Must FAIL to type-check: proves the React typings are real, not `any`.
import type {} from 'otp-elements/types/react';
import 'otp-elements/otp-enroll.js';

export const Wrong = () => <otp-enroll adapter={42} />;
