// <otp-enroll> loaded after React's first render (code splitting: a dynamic import in an
// effect). React 19 sets a prop as a property only if the element is defined when it renders;
// before that, `adapter={adapter}` would become the attribute adapter="[object Object]". So
// objects go through a ref: setting the property on the not yet upgraded element is safe, since
// Lit takes over properties set before the upgrade. Attributes and `on…` listeners need nothing.
import type {} from 'otp-elements/types/react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { OtpEnroll } from 'otp-elements';
import { RegistrationPage, adapter } from './page.js';

const withAdapter = (el: OtpEnroll | null) => {
  if (el) el.adapter = adapter;
};

function LazyRegistration() {
  useEffect(() => {
    void import('otp-elements/otp-enroll.js');
  }, []);
  return (
    <RegistrationPage enroll={(onComplete) => <otp-enroll ref={withAdapter} lang="en" return-url="./" onotp-complete={onComplete} />} />
  );
}

createRoot(document.getElementById('root')!).render(<LazyRegistration />);
