// The demo page's own words in both languages. The elements bring their own text; this is only
// the page around them. Static labels are marked `data-text="key"` in index.html.
import type { OtpErrorCode } from '../src/adapters/otp-error.js';
import type { OtpLang } from '../src/i18n/localize.js';

export interface PageText {
  badge: string;
  tagline: string;
  linkCms: string;
  linkProtocol: string;
  linkTheming: string;
  linkPasskeys: string;
  settings: string;
  layout: string;
  fluid: string;
  phone: string;
  desktop: string;
  theme: string;
  themeDefault: string;
  themeForest: string;
  themeDark: string;
  adapter: string;
  adapterDemo: string;
  adapterServer: string;
  mode: string;
  modeCredential: string;
  modeProvision: string;
  modePasskey: string;
  /** Under the mode switch in mode="provision": where the code of the QR code's key comes from. */
  modeProvisionNote: string;
  tabEnroll: string;
  tabSuspend: string;
  tabField: string;
  tabTransfer: string;
  stageHint: string;
  formTitle: string;
  formIntro: string;
  fieldLabel: string;
  fieldHint: string;
  submit: string;
  reset: string;
  tokenTitle: string;
  credsTitle: string;
  colContract: string;
  colPassword: string;
  colToken: string;
  resetBank: string;
  credsNote: string;
  passkeyNote: string;
  logTitle: string;
  clearLog: string;
  logNote: string;
  footer: string;
  // Texts the scripts write.
  stageWidth: (px: number) => string;
  tokenLabel: string;
  stripLabel: string;
  secondsLeft: (s: number) => string;
  copy: string;
  copied: string;
  copyFailed: string;
  noToken: string;
  locked: string;
  passkeys: (count: number) => string;
  qrToken: string;
  bankWasReset: string;
  logEmpty: string;
  logClean: string;
  logMasked: string;
  logReturnPrevented: string;
  formEmpty: string;
  formInvalid: string;
  formMatches: (tokenId: string) => string;
  formNoMatch: string;
  transferTitle: string;
  transferIntro: string;
  transferPayee: string;
  transferAccount: string;
  transferName: string;
  transferAmount: string;
  transferSubmit: string;
  transferAgain: string;
  keypadTitle: string;
  keypadNote: string;
  // Texts the scripts write.
  transferRefused: (code: OtpErrorCode) => string;
  keypadLabel: string;
  keypadInput: string;
  keypadInvalid: string;
  keypadSeconds: (s: number) => string;
}

const ja: PageText = {
  badge: 'デモ',
  tagline: '銀行ポータル向けワンタイムパスワード登録・入力・利用停止のWebコンポーネント',
  linkCms: 'CMS版（スクリプト1本）',
  linkProtocol: 'HTTPプロトコル',
  linkTheming: 'テーマ',
  linkPasskeys: 'パスキー',
  settings: 'デモの設定（幅・テーマ・接続先・登録方式）',
  layout: 'レイアウト',
  fluid: '可変幅',
  phone: 'スマホ 375px',
  desktop: 'PC 1024px',
  theme: 'テーマ',
  themeDefault: '標準ブルー',
  themeForest: 'フォレストグリーン銀行',
  themeDark: 'ダーク',
  adapter: '接続先',
  adapterDemo: 'ブラウザ内デモ銀行',
  adapterServer: '参照サーバー (HTTP)',
  mode: '登録方式',
  modeCredential: 'トークンID',
  modeProvision: 'QRコード',
  modePasskey: 'パスキー',
  modeProvisionNote:
    '認証アプリは要りません。QRコードが表示されると、「デモ用ソフトトークン」がそれを読み取ったアプリの代わりになり、その鍵の今のコードを「QRコードから」として表示します（参照サーバーでも同じ）。デモ専用です。実際の銀行のページが鍵を読むことはありません。',
  tabEnroll: '利用登録',
  tabSuspend: '利用停止',
  tabField: 'コード入力欄',
  tabTransfer: '振込確認',
  stageHint: '枠の右下をドラッグすると幅を変えられます',
  formTitle: 'ワンタイムパスワードでログイン',
  formIntro: '普通の <form> の中の <otp-token-field>。送信すると FormData の中身を表示します。',
  fieldLabel: 'ワンタイムパスワード',
  fieldHint: 'トークンに表示されている6桁の数字（デモ用ソフトトークンのコードも使えます）',
  submit: '送信',
  reset: 'リセット',
  tokenTitle: 'デモ用ソフトトークン',
  credsTitle: 'デモ用ログイン情報',
  colContract: '契約者ID',
  colPassword: 'パスワード',
  colToken: '登録トークン',
  resetBank: 'デモ銀行を初期化',
  credsNote: '架空のデータです。パスワードやコードを5回間違えると一定時間ロックされます。',
  passkeyNote:
    'パスキーは、トークンの登録に続けて追加するか、登録方式「パスキー」で 2345678901 に追加できます。指紋・顔・PINなどで画面ロックできるデバイスで、このページを http://localhost として開いてください。',
  logTitle: 'イベントログ',
  clearLog: 'クリア',
  logNote: 'document で受け取った otp-* イベントとその detail。パスワード・コード・セッションは含まれません。',
  footer: 'デモ専用。実在の銀行・トークンとは関係ありません。',
  stageWidth: (px) => `幅 ${px}px`,
  tokenLabel: 'トークンID',
  stripLabel: 'デモ用トークン',
  secondsLeft: (s) => `あと${s}秒`,
  copy: 'コードをコピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。コードを選択してコピーしてください',
  noToken: 'なし',
  locked: 'ロック中',
  passkeys: (count) => `パスキー ${count}件`,
  qrToken: 'QRコードから',
  bankWasReset: '初期状態に戻しました',
  logEmpty: 'まだイベントはありません。ウィザードを操作してください。',
  logClean: '✓ パスワード・コードなし',
  logMasked: 'このページ自身の入力欄の値（ログでは伏せ字）',
  logReturnPrevented: 'デモでは遷移せず、ウィザードを最初からやり直します',
  formEmpty: 'まだ送信していません。',
  formInvalid: 'コードが未入力か、桁数が足りません。',
  formMatches: (tokenId) => `✓ ${tokenId} のコードと一致（デモ用の確認: 現在と直前の30秒）`,
  formNoMatch: 'デモ用トークンの現在（または直前の30秒）のコードとは一致しません。',
  transferTitle: '振込（デモ用の振込入力）',
  transferIntro: '銀行ポータルの振込入力画面の代わりです。「振込内容の確認へ」で銀行が取引を作り、<otp-confirm> が表示されます。',
  transferPayee: '振込先: デモ銀行 本店営業部 普通',
  transferAccount: '振込先口座番号（7桁）',
  transferName: '受取人名',
  transferAmount: '振込金額（円）',
  transferSubmit: '振込内容の確認へ',
  transferAgain: '別の振込を入力',
  keypadTitle: 'デモ用キーパッドトークン',
  keypadNote: '振込確認（トランザクション認証）で表示された数字を入力すると、入力するコードを表示します。1分ごとに変わります。',
  transferRefused: (code) =>
    code === 'invalid-credentials' ? '契約者IDまたはパスワードが正しくありません。'
    : code === 'not-registered' ? 'この契約者には振込を確認できるトークン・パスキーがありません。新しく登録したトークンやパスキーは、なりすまし防止のため登録から24時間は振込の確認に使えません。2345678901 をお使いください。'
    : code === 'locked' ? '入力誤りが多いため、しばらくご利用いただけません。'
    : code === 'unknown' ? '口座番号は7桁の数字、金額は1円以上の整数で入力してください。'
    : '銀行に接続できませんでした。',
  keypadLabel: 'シリアル',
  keypadInput: '入力する数字（振込先の口座番号）',
  keypadInvalid: '1〜8桁の数字を入力してください',
  keypadSeconds: (s) => `あと${s}秒で変わります`,
};

const en: PageText = {
  badge: 'Demo',
  tagline: 'Web components for one-time password registration, entry and suspension in bank portals',
  linkCms: 'CMS version (one script)',
  linkProtocol: 'HTTP protocol',
  linkTheming: 'Theming',
  linkPasskeys: 'Passkeys',
  settings: 'Demo settings (width, theme, bank, registration)',
  layout: 'Layout',
  fluid: 'Resizable',
  phone: 'Phone 375px',
  desktop: 'Desktop 1024px',
  theme: 'Theme',
  themeDefault: 'Default blue',
  themeForest: 'Forest green bank',
  themeDark: 'Dark',
  adapter: 'Bank',
  adapterDemo: 'In-browser demo bank',
  adapterServer: 'Reference server (HTTP)',
  mode: 'Registration',
  modeCredential: 'Token ID',
  modeProvision: 'QR code',
  modePasskey: 'Passkey',
  modeProvisionNote:
    'No authenticator app needed: once the QR code is shown, the demo soft token plays the app that scanned it and shows its key’s current code as “From QR code” (with the reference server too). Demo only: a real bank’s page never reads the key.',
  tabEnroll: 'Registration',
  tabSuspend: 'Suspension',
  tabField: 'Code field',
  tabTransfer: 'Transfer',
  stageHint: 'Drag the bottom-right corner to resize',
  formTitle: 'Log in with a one-time password',
  formIntro: 'An <otp-token-field> in a plain <form>. Submitting shows what FormData holds.',
  fieldLabel: 'One-time password',
  fieldHint: "The 6 digits your token shows (the demo soft token's code works)",
  submit: 'Submit',
  reset: 'Reset',
  tokenTitle: 'Demo soft token',
  credsTitle: 'Demo sign-in data',
  colContract: 'Contract ID',
  colPassword: 'Password',
  colToken: 'Token',
  resetBank: 'Reset demo bank',
  credsNote: 'Fictitious data. Five wrong passwords or codes lock the customer for a while.',
  passkeyNote:
    'Add a passkey right after registering a token, or with Registration “Passkey” for 2345678901. Use a device that unlocks with a fingerprint, face or PIN, with this page opened as http://localhost.',
  logTitle: 'Event log',
  clearLog: 'Clear',
  logNote: 'otp-* events heard on document, with their detail. None holds a password, code or session.',
  footer: 'For demonstration only. No real bank or token is involved.',
  stageWidth: (px) => `${px}px wide`,
  tokenLabel: 'Token ID',
  stripLabel: 'Demo token',
  secondsLeft: (s) => `${s}s left`,
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the code and copy it',
  noToken: 'none',
  locked: 'locked',
  passkeys: (count) => `${count} passkey${count === 1 ? '' : 's'}`,
  qrToken: 'From QR code',
  bankWasReset: 'Back to the initial state',
  logEmpty: 'No events yet. Use a wizard.',
  logClean: '✓ no password or code',
  logMasked: "this page's own field value (masked in the log)",
  logReturnPrevented: 'the demo stays here and restarts the wizard',
  formEmpty: 'Nothing submitted yet.',
  formInvalid: 'The code is missing or too short.',
  formMatches: (tokenId) => `✓ matches ${tokenId}'s code (demo check: this or the last 30 seconds)`,
  formNoMatch: "Does not match a demo token's code of this or the last 30 seconds.",
  transferTitle: 'Transfer (the demo’s transfer form)',
  transferIntro: 'Stands in for a bank portal’s transfer form. “Continue to confirmation” makes the bank create a transaction and shows <otp-confirm> for it.',
  transferPayee: 'To: デモ銀行 本店営業部 普通 (ordinary account)',
  transferAccount: 'Payee account number (7 digits)',
  transferName: 'Payee name',
  transferAmount: 'Amount (yen)',
  transferSubmit: 'Continue to confirmation',
  transferAgain: 'Enter another transfer',
  keypadTitle: 'Demo keypad token',
  keypadNote: 'Type the digits the transfer confirmation (transaction signing) shows: the token shows the code to enter. It changes every minute.',
  transferRefused: (code) =>
    code === 'invalid-credentials' ? 'The contract ID or password is incorrect.'
    : code === 'not-registered' ? 'This customer has no token or passkey that can confirm a transfer. A token or passkey registered in the last 24 hours cannot confirm transfers yet (it may be an impostor’s). Use 2345678901.'
    : code === 'locked' ? 'Too many wrong attempts: try again later.'
    : code === 'unknown' ? 'Enter a 7-digit account number and a whole amount of at least 1 yen.'
    : 'The bank could not be reached.',
  keypadLabel: 'Serial',
  keypadInput: 'Digits to key in (the payee’s account number)',
  keypadInvalid: 'Type 1 to 8 digits',
  keypadSeconds: (s) => `changes in ${s}s`,
};

export const pageText: Record<OtpLang, PageText> = { ja, en };

type StaticKey = { [K in keyof PageText]: PageText[K] extends string ? K : never }[keyof PageText];

function isStaticKey(key: string, text: PageText): key is StaticKey {
  return typeof (text as unknown as Record<string, unknown>)[key] === 'string';
}

/** Writes the page's static labels in `lang` (text only, never markup). */
export function applyPageText(root: ParentNode, lang: OtpLang): void {
  const text = pageText[lang];
  for (const el of root.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = el.dataset.text ?? '';
    if (isStaticKey(key, text)) el.textContent = text[key];
  }
}
