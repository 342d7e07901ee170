// What a page cannot do itself: look at its own pixels, and switch the browser to forced colours.
// Both through the Puppeteer page the test runs in (Chromium over CDP, Firefox over WebDriver BiDi).
import type { TestRunnerPlugin } from '@web/test-runner';
import type { CDPSession, Page } from 'puppeteer-core';
import type { ForcedColorsPayload, ScreenshotPayload } from './protocol.js';

const protocolSessions = new WeakMap<Page, CDPSession>();

function pageOf(session: { id: string; browser: unknown }): Page {
  return (session.browser as { getPage(id: string): Page }).getPage(session.id);
}

export function pixelsPlugin(): TestRunnerPlugin {
  return {
    name: 'otp-pixels',
    async executeCommand({ command, payload, session }) {
      if (command === 'otp-screenshot') {
        const { x, y, width, height } = payload as ScreenshotPayload;
        return pageOf(session).screenshot({ clip: { x, y, width, height }, encoding: 'base64' });
      }
      if (command === 'otp-forced-colors') {
        const { active } = payload as ForcedColorsPayload;
        // Chromium renders forced colours when the media feature is emulated; Firefox cannot be asked.
        if (session.browser && (session.browser as { name?: string }).name !== 'Chromium') return false;
        // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does. The
        // emulation lasts as long as the protocol session that set it, so one is kept per page.
        const page = pageOf(session);
        let cdp = protocolSessions.get(page);
        if (!cdp) protocolSessions.set(page, (cdp = await page.createCDPSession()));
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }] });
        return true;
      }
      return undefined;
    },
  };
}
