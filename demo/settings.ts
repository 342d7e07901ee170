// The demo's switches as one plain value, read from and written to the query string so that a
// view can be linked to (and screenshotted), and so that Back, Forward and a reload show what
// was chosen: ?lang=en&preset=phone&theme=dark&tab=suspend.
import type { OtpLang } from '../src/i18n/localize.js';

const choices = {
  lang: ['ja', 'en'],
  preset: ['fluid', 'phone', 'desktop'],
  theme: ['default', 'forest', 'dark'],
  adapter: ['demo', 'server'],
  mode: ['credential', 'provision', 'passkey'],
  tab: ['enroll', 'suspend', 'field', 'transfer'],
} as const;

type Choices = typeof choices;

export interface DemoSettings {
  lang: OtpLang;
  preset: Choices['preset'][number];
  theme: Choices['theme'][number];
  adapter: Choices['adapter'][number];
  mode: Choices['mode'][number];
  tab: Choices['tab'][number];
}

export type SettingName = keyof DemoSettings;

/**
 * The first of the browser's preferred languages that the demo speaks (`ja-JP` → ja, `en-GB` →
 * en); English when it speaks none of them, since an evaluator who reads no Japanese is likelier
 * to read English.
 */
function browserLang(languages: readonly string[]): OtpLang {
  for (const tag of languages) {
    const primary = tag.split('-')[0]!.toLowerCase();
    if (primary === 'ja' || primary === 'en') return primary;
  }
  return 'en';
}

/** What the demo shows when the query string says nothing: the browser's language, the rest fixed. */
export function defaultSettings(languages: readonly string[]): DemoSettings {
  return { lang: browserLang(languages), preset: 'fluid', theme: 'default', adapter: 'demo', mode: 'credential', tab: 'enroll' };
}

const names = Object.keys(choices) as SettingName[];

function isChoice<K extends SettingName>(name: K, value: string | null): value is DemoSettings[K] {
  return value !== null && (choices[name] as readonly string[]).includes(value);
}

/** Settings from a query string; unknown or invalid values fall back to `defaults`. */
export function parseSettings(search: string, defaults: DemoSettings): DemoSettings {
  const query = new URLSearchParams(search);
  const settings = { ...defaults };
  for (const name of names) {
    const value = query.get(name);
    if (isChoice(name, value)) (settings as Record<SettingName, string>)[name] = value;
  }
  return settings;
}

/** The query string for `settings`, listing only what differs from `defaults`. */
export function formatSettings(settings: DemoSettings, defaults: DemoSettings): string {
  const query = new URLSearchParams();
  for (const name of names) {
    if (settings[name] !== defaults[name]) query.set(name, settings[name]);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Reads a form control's value as a setting, ignoring anything that is not one. */
export function settingFrom(name: string, value: string): Partial<DemoSettings> {
  const key = names.find((n) => n === name);
  return key && isChoice(key, value) ? { [key]: value } : {};
}
