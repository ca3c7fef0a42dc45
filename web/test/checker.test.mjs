// Browser test of the figcheck web checker: web/www (built by web/build.sh) served on
// loopback, driven in Debian's chromium. Run by web/test/run.sh, or `node --test` here.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const SENTENCE = 'Police made 17 arrests — 13 in Belgium and five in France.';

let server;
let url;
let browser;
let page;
const requests = [];

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  ({ server, url } = await serve(0));
  browser = await launch();
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(url);
  await page.waitForFunction(() => window.__figcheckChecks >= 1, null, { timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The number of checks the page has run. */
const checks = () => page.evaluate(() => window.__figcheckChecks);

/** Runs `action`, then waits until the page has run a check after it. */
async function andChecked(action) {
  const n = await checks();
  await action();
  await page.waitForFunction((k) => window.__figcheckChecks > k && !window.__figcheckPending, n, {
    timeout: 10_000,
  });
}

/** Puts the caret at the end of the draft, or selects `word` in it. */
async function select(id, word) {
  await page.evaluate(
    ([id, word]) => {
      const ta = document.getElementById(id);
      ta.focus();
      const at = word === undefined ? ta.value.length : ta.value.indexOf(word);
      if (at < 0) throw new Error(`${word} is not in #${id}`);
      ta.setSelectionRange(at, word === undefined ? at : at + word.length);
    },
    [id, word],
  );
}

const findingTexts = () => page.locator('#findings li').allInnerTexts();

test('the example draft is checked as the page opens', async () => {
  const texts = await findingTexts();
  assert.ok(texts.length >= 3, texts.join('\n'));
  assert.match(await page.locator('#status').innerText(), /findings? · \d+ figures · checked in/);
});

test('a breakdown that does not add up is found and underlined', async () => {
  await page.locator('#draft').fill('');
  await andChecked(() => page.locator('#draft').pressSequentially(SENTENCE, { delay: 5 }));
  assert.equal(await page.locator('#draft').inputValue(), SENTENCE);
  const texts = await findingTexts();
  const breakdown = texts.find((t) => t.includes('13 + 5'));
  assert.ok(breakdown, `no finding with 13 + 5 among:\n${texts.join('\n---\n')}`);
  assert.match(breakdown, /\b18\b/);
  assert.match(breakdown, /\b17\b/);
  // "five" is underlined in the highlighted view, as an error.
  const five = page.locator('#draft-view .u', { hasText: /^five$/ });
  assert.equal(await five.count(), 1);
  assert.match(await five.getAttribute('class'), /\bu-error\b/);
  // The figures are marked by kind.
  assert.equal(await page.locator('#draft-view .fig.k-count').count(), 3);
  await page.screenshot({ path: `${ARTIFACTS}arrests.png`, fullPage: true });
});

test('clicking a finding, or pressing Enter on it, selects its place in the draft', async () => {
  const selected = () =>
    page.evaluate(() => {
      const ta = document.getElementById('draft');
      return [document.activeElement === ta, ta.value.slice(ta.selectionStart, ta.selectionEnd)];
    });
  const finding = page.locator('#findings button', { hasText: '13 + 5' });
  await select('draft'); // the caret at the end: nothing selected
  await finding.click();
  assert.deepEqual(await selected(), [true, '17']);
  await select('draft');
  await finding.focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await selected(), [true, '17']);
});

test('the ledger downloads as `figcheck check --format ledger` prints it', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#download-ledger').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'draft.txt.ledger');
  const text = await readFile(await download.path(), 'utf8');
  assert.match(text, /^# figcheck ledger: draft\.txt\n## figures\n1:13 {2}17 {2}count {2}17/);
  assert.match(text, /breakdown-sum {2}1:13 {2}13 \+ 5 = 18; total 17 {2}fails/);
});

test('changing "five" to "four" makes the finding go away', async () => {
  await select('draft', 'five');
  await andChecked(() => page.keyboard.type('four'));
  assert.equal(await page.locator('#draft').inputValue(), SENTENCE.replace('five', 'four'));
  const texts = await findingTexts();
  assert.ok(!texts.some((t) => t.includes('breakdown-sum')), texts.join('\n'));
  assert.equal(await page.locator('#draft-view .u', { hasText: /^(four|five)$/ }).count(), 0);
});

test('a mistake in the article rules is shown at its line, and the default pack still runs', async () => {
  const lines = (await page.locator('#rules').inputValue()).trimEnd().split('\n');
  const typoLine = lines.length + 4;
  await select('rules');
  await andChecked(() =>
    page.keyboard.insertText(
      '  - id: arrests-total\n    kind: sum\n    total: { text: "17 arrests" }\n' +
        '    partz: [ { text: "13 in Belgium" }, { text: "in France" } ]\n',
    ),
  );
  const errors = await page.locator('#rule-errors li').allInnerTexts();
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], new RegExp(`line ${typoLine}, column \\d+`));
  assert.match(errors[0], /partz/);
  // The line is marked in the gutter, and the panel is flagged invalid.
  const marked = await page.locator('#rules-gutter .err').allInnerTexts();
  assert.deepEqual(marked, [String(typoLine)]);
  assert.equal(await page.locator('#rules').getAttribute('aria-invalid'), 'true');
  // The draft is still checked with the default pack: put "five" back and the finding returns.
  await select('draft', 'four');
  await andChecked(() => page.keyboard.type('five'));
  assert.ok((await findingTexts()).some((t) => t.includes('13 + 5')));
  await page.screenshot({ path: `${ARTIFACTS}rule-error.png`, fullPage: true });
});

/** About 50 KB of copy written for this test: several short stories, repeated. */
function bigDraft() {
  const paragraphs = [
    'Flood defences along the river held overnight, officials said on Sunday, after 120 mm of rain fell in 36 hours. About 2,400 homes were evacuated — 1,400 in Northfield and 700 in Eastbrook — and 14 schools stayed closed.',
    'The council said repairs would cost £4.2 million, up from £3.5 million in the spring, an increase of 20%. Of the 40 roads closed on Saturday, 31 had reopened by noon.',
    'Turnout in the by-election was 41.3%, down from 52.8% at the general election. The winning candidate took 11,204 votes, or 46% of the 24,350 cast, a majority of 3,112.',
    'The hospital trust employs 6,800 staff, including 2,100 nurses and 640 doctors. Waiting lists grew by 8% last year, to about 31,000 patients; nearly 4,000 have waited more than a year.',
    'Police made 17 arrests — 13 in Belgium and four in France — after raids at dawn on Tuesday. Twelve of those held were released without charge on Thursday, a spokesman said.',
    'The club sold 38,500 season tickets, more than in any season since 1998, and expects crowds of between 40,000 and 45,000 for its three home games in March.',
  ];
  let text = 'Weekend round-up\n\n';
  for (let k = 0; text.length < 50 * 1024; k += 1) {
    text += `${paragraphs[k % paragraphs.length]}\n\n`;
  }
  return text;
}

test('a 50 KB draft is checked and rendered within 100 ms of the debounce firing', async () => {
  const text = bigDraft();
  assert.ok(text.length >= 50 * 1024);
  await page.locator('#rules').fill('');
  await andChecked(() => page.locator('#draft').fill(text));
  const figures = await page.locator('#draft-view .fig').count();
  assert.ok(figures > 1000, `only ${figures} figures marked`);
  // Type at the end of the draft, one keystroke at a time, and read what the page measured
  // after each: from the debounce firing to the results rendered and laid out.
  await select('draft');
  const times = [];
  for (const key of ['N', 'e', 'w', 's', '.']) {
    await andChecked(() => page.keyboard.type(key));
    times.push(await page.evaluate(() => window.__figcheckTimings));
  }
  const totals = times.map((t) => t.total).sort((a, b) => a - b);
  const median = totals[Math.floor(totals.length / 2)];
  const fmt = (v) => v.toFixed(1);
  console.log(
    `# 50 KB draft (${text.length} characters, ${figures} figures): debounce fired → rendered ` +
      `median ${fmt(median)} ms, max ${fmt(totals.at(-1))} ms over ${totals.length} keystrokes ` +
      `(check, WebAssembly and JSON: ${times.map((t) => fmt(t.check)).join(', ')} ms; ` +
      `render ${times.map((t) => fmt(t.render)).join(', ')} ms)`,
  );
  assert.ok(median < 100, `median ${median} ms`);
  await page.screenshot({ path: `${ARTIFACTS}50kb.png` });
});

test('nothing leaves the machine: every request was for the page’s own files', () => {
  const origin = new URL(url).origin;
  const foreign = requests.filter((r) => !r.startsWith(origin) && !/^(blob|data):/.test(r));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((r) => r.endsWith('.wasm')));
});
