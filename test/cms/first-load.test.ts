// What dist/otp-elements.bundle.js holds, read as the bytes a CMS page downloads first (issue 12):
// the first steps' texts, styles and every error message, and nothing that only a later step shows.
// The later steps' texts and styles are in the chunks beside it, which load on the way to them.
import { expect } from '@open-wc/testing';

async function served(file: string): Promise<string> {
  const response = await fetch(`/dist/${file}`);
  if (!response.ok) throw new Error(`dist/${file} is missing: run \`npm run build\``);
  return response.text();
}

/** The chunks beside the bundle, by the names dist/integrity.json lists. */
async function chunks(): Promise<string[]> {
  const names = Object.keys(JSON.parse(await served('integrity.json')) as Record<string, string>);
  return Promise.all(names.filter((name) => name !== 'otp-elements.bundle.js').map(served));
}

// Each a text or rule of one later step, found nowhere else.
const laterSteps = {
  'the register step (token ID hint)': 'トークンIDは、ソフトウェアトークンの画面に表示されています。',
  'the register step in mode="provision"': 'QRコードを準備しています。しばらくお待ちください。',
  "<otp-enroll>'s result": 'ワンタイムパスワードの利用登録が完了しました。',
  'the confirm step of <otp-suspend>': '利用停止後は、次回のログインから',
  "<otp-suspend>'s result": 'ワンタイムパスワードの利用停止が完了しました。',
  "the result's note (a rule)": '--otp-wizard-note-background',
  "the register step's notice (a rule)": '.notice,',
  "the confirm step's current token (a rule)": '.current-token',
};

describe('the CMS bundle’s first load', () => {
  it('holds no text or rule that only a later step shows, and each is in a chunk beside it', async () => {
    const bundle = await served('otp-elements.bundle.js');
    const beside = (await chunks()).join('\n');
    for (const [what, text] of Object.entries(laterSteps)) {
      expect(bundle.includes(text), `${what} is in the first load`).to.equal(false);
      expect(beside.includes(text), `${what} is in no chunk`).to.equal(true);
    }
  });

  it('holds what the first steps show and every error message, so that a failed first call is explained offline', async () => {
    const bundle = await served('otp-elements.bundle.js');
    for (const text of [
      'ワンタイムパスワードの利用登録を行います。',
      'ワンタイムパスワードの利用停止を行います。',
      '通信エラーが発生しました。',
      'お手続きの有効時間が過ぎたため',
      '契約者IDまたはログインパスワードが正しくありません。',
      // What a step that is still loading shows: its heading.
      'ご利用を開始するワンタイムパスワードの利用登録',
      'ワンタイムパスワードの利用停止確認',
    ]) {
      expect(bundle, text).to.contain(text);
    }
  });

  it('leaves English, first step included, to chunks: the register step’s English comes with the step', async () => {
    const bundle = await served('otp-elements.bundle.js');
    const beside = await chunks();
    expect(bundle).not.to.contain('Register to use one-time passwords.');
    const english = beside.find((chunk) => chunk.includes('Register to use one-time passwords.'));
    expect(english, 'the English first step').to.exist;
    expect(english).not.to.contain('The token ID is shown in your software token app.');
    expect(beside.some((chunk) => chunk.includes('The token ID is shown in your software token app.'))).to.equal(true);
  });
});
