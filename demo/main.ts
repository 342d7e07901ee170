// The evaluator's demo: the elements on one stage, the switches that change language, width,
// theme, bank and mode, a live demo token and keypad token, the demo credentials and an event log.
import '../src/otp-confirm.js';
import '../src/otp-enroll.js';
import '../src/otp-suspend.js';
import type { OtpTokenField } from '../src/otp-token-field.js';
import '../src/otp-token-field.js';
import { TOTP, URI } from 'otpauth';
import { demoCustomers, demoTokenCode, demoTokens } from '../src/bank/demo-data.js';
import { totpStep } from '../src/bank/totp.js';
import { CodeForm } from './code-form.js';
import { docHref } from './doc-link.js';
import { EventLog } from './event-log.js';
import { KeypadToken } from './keypad-token.js';
import { LiveToken } from './live-token.js';
import { defaultSettings, formatSettings, parseSettings, settingFrom, type DemoSettings } from './settings.js';
import { Stage } from './stage.js';
import { Tabs } from './tabs.js';
import { applyPageText, pageText } from './text.js';
import { TransferPanel } from './transfer.js';

const $ = <T extends HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`demo page is missing ${selector}`);
  return found;
};

// The demo starts in the browser's language; the query string (?lang=en) overrides it.
const defaults = defaultSettings(navigator.languages);
let settings: DemoSettings = parseSettings(location.search, defaults);
const text = () => pageText[settings.lang];

const liveToken = new LiveToken(
  $('#live-token'),
  $('#token-strip'),
  demoTokens.map((t) => ({ id: t.tokenId, name: t.tokenId, period: 30, codeAt: (time: number) => demoTokenCode(t.tokenId, time) })),
  text,
);

/** In mode="provision" the demo token panel plays the app that scanned the wizard's QR code. */
function addProvisionedToken(uri: string): void {
  const otp = URI.parse(uri);
  if (!(otp instanceof TOTP)) return;
  liveToken.add({ id: '', name: text().qrToken, period: otp.period, codeAt: (timestamp) => otp.generate({ timestamp }) });
}

const stage = new Stage($('#stage'), $('#stage-width'), text, addProvisionedToken);

const keypadToken = new KeypadToken($('#keypad-token'), text);

const transfer = new TransferPanel(
  { form: $('#transfer-form'), confirmBox: $('#transfer-confirm'), again: $('#transfer-again'), status: $('#transfer-status') },
  { text, bank: () => stage.bank() },
);

/** Codes a demo token accepts around now: what must never show up in an event detail. */
function liveCodes(): string[] {
  const now = Date.now();
  const step = totpStep(now) * 30_000;
  return demoTokens.flatMap((t) => [-1, 0, 1].map((d) => demoTokenCode(t.tokenId, step + d * 30_000)));
}

const log = new EventLog($('#event-log'), {
  text,
  secrets: () => [...new Set(demoCustomers.map((c) => c.password)), ...liveCodes()],
});
log.attach(document);

const codeForm = new CodeForm($('#code-form'), $('#form-result'), {
  text,
  // As a bank checks a code: this time step or the one before (a code typed as it changed still counts).
  matchToken: (code) => demoTokens.find((t) => [0, -30_000].some((ago) => demoTokenCode(t.tokenId, Date.now() + ago) === code))?.tokenId,
});

const tabs = new Tabs($('[role="tablist"]'), (tab) => update(settingFrom('tab', tab)));

function code(value: string): HTMLElement {
  const element = document.createElement('code');
  element.textContent = value;
  return element;
}

/** The demo customers, with their token and lock as the in-browser bank has them now. */
function renderCredentials(): void {
  const t = text();
  const rows = demoCustomers.map((customer) => {
    const state = stage.customer(customer.contractId);
    const tokenId = state ? state.tokenId : customer.tokenId;
    const cells = [code(customer.contractId), code(customer.password), tokenId ? code(tokenId) : t.noToken];
    const notes = [...(state?.passkeys ? [t.passkeys(state.passkeys)] : []), ...(state?.lockedFor ? [t.locked] : [])];
    if (notes.length) cells[2] = [tokenId ?? t.noToken, ...notes].join(' · ');
    const row = document.createElement('tr');
    for (const content of cells) {
      const cell = document.createElement('td');
      cell.append(content);
      row.append(cell);
    }
    return row;
  });
  $('#creds-body').replaceChildren(...rows);
}

function render(previous: DemoSettings | undefined): void {
  document.documentElement.lang = settings.lang;
  applyPageText(document, settings.lang);
  // The documentation pages (rendered Markdown) keep the chosen language for the way back.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-doc]')) link.href = docHref(link.dataset.doc!, settings.lang);
  // The field shows its hint itself and ties it to its inner input (an outside hint could not be).
  $<OtpTokenField>('#login-otp').description = text().fieldHint;
  stage.apply(settings, previous);
  tabs.select(settings.tab);
  for (const input of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#controls :is(input, select), #lang-switch input')) {
    const value = settings[input.name as keyof DemoSettings];
    if (input instanceof HTMLInputElement) input.checked = input.value === value;
    else input.value = value;
  }
  // Another bank knows nothing of the transfer shown: back to the form.
  if (previous && settings.adapter !== previous.adapter) transfer.reset();
  liveToken.render();
  keypadToken.render();
  transfer.render();
  log.render();
  codeForm.render();
  renderCredentials();
  $('#reset-bank').hidden = settings.adapter !== 'demo';
  $('#mode-note').hidden = settings.mode !== 'provision';
}

function update(change: Partial<DemoSettings>): void {
  const previous = settings;
  const next = { ...settings, ...change };
  if (Object.entries(next).every(([k, v]) => previous[k as keyof DemoSettings] === v)) return;
  settings = next;
  // The URL holds the view (replacing, not adding, a history entry: Back leaves the demo), so
  // Back and Forward to it, a reload or a link show what was chosen.
  history.replaceState(null, '', `${location.pathname}${formatSettings(settings, defaults)}`);
  render(previous);
}

for (const switches of [$('#controls'), $('#lang-switch')]) {
  switches.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    update(settingFrom(input.name, input.value));
  });
}
// The switches act at once; there is nothing to submit.
$('#controls').addEventListener('submit', (event) => event.preventDefault());

$('#clear-log').addEventListener('click', () => log.clear());

$('#reset-bank').addEventListener('click', () => {
  stage.resetBank();
  transfer.reset();
  renderCredentials();
  $('#bank-status').textContent = text().bankWasReset;
});

// A completed flow changes who holds which token in the in-browser bank; failures may lock.
document.addEventListener('otp-complete', () => renderCredentials());
document.addEventListener('otp-error', () => renderCredentials());

// The switches start folded on a phone, and cannot stay folded once their summary is hidden.
const phone = matchMedia('(max-width: 700px)');
const controlsBox = $<HTMLDetailsElement>('#controls-box');
controlsBox.open = !phone.matches;
phone.addEventListener('change', () => (controlsBox.open = !phone.matches));

render(undefined);
liveToken.start();
keypadToken.start();
