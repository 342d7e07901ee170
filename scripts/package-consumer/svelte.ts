// Svelte: svelte-check checks `<otp-enroll …>` as svelteHTML.createElement('otp-enroll', {…}).
/// <reference path="./node_modules/svelte/svelte-html.d.ts" />
import type {} from 'otp-elements/types/svelte';
import { DemoHostAdapter } from 'otp-elements/adapters/demo.js';

svelteHTML.createElement('otp-enroll', {
  adapter: new DemoHostAdapter({ latencyMs: 0 }),
  lang: 'ja',
  'on:otp-complete': (e) => e.detail.tokenId,
});
// @ts-expect-error a number is no host adapter
svelteHTML.createElement('otp-enroll', { adapter: 42 });
