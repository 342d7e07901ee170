// <otp-enroll> imported before React renders: React 19 sees a defined element and sets
// `adapter` as a property, and maps `onotp-complete` to an `otp-complete` listener.
import type {} from 'otp-elements/types/react';
import 'otp-elements/otp-enroll.js';
import { createRoot } from 'react-dom/client';
import { RegistrationPage, adapter } from './page.js';

createRoot(document.getElementById('root')!).render(
  <RegistrationPage enroll={(onComplete) => <otp-enroll adapter={adapter} lang="en" return-url="./" onotp-complete={onComplete} />} />,
);
