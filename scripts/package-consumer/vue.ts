// Vue 3: the elements in GlobalComponents, as vue-tsc checks a template's props and listeners.
import type {} from 'otp-elements/types/vue';
import type { GlobalComponents } from 'vue';
import { DemoHostAdapter } from 'otp-elements/adapters/demo.js';

type EnrollProps = InstanceType<GlobalComponents['otp-enroll']>['$props'];

export const props: EnrollProps = {
  adapter: new DemoHostAdapter({ latencyMs: 0 }),
  'return-url': '/login',
  'onotp-complete': (e) => e.detail.tokenId,
};
// @ts-expect-error a number is no host adapter
export const wrong: EnrollProps = { adapter: 42 };
