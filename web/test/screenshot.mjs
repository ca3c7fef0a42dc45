// Screenshots of the web checker checking the project's seed story (../shared/seed, beside the
// repository; its text is read at run time and never copied into the repository).
//
//   node web/test/screenshot.mjs          → web/test/artifacts/seed.png
//   node web/test/screenshot.mjs --docs   → also docs/web-checker.png (the committed picture)
//
// Without ../shared the script says so and does nothing.

import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const seed = `${repo}../shared/seed/europe-terror-threat.txt`;
const design = `${repo}../shared/design.md`;
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

if (!existsSync(seed)) {
  console.log('screenshot: ../shared/seed is not beside the repository; no screenshot taken');
  process.exit(0);
}

const text = await readFile(seed, 'utf8');
// The example rules design.md writes for the seed story, when it has them.
let rules = '';
if (existsSync(design)) {
  const m = (await readFile(design, 'utf8')).match(/written for the seed article[^\n]*\n```yaml\n([\s\S]*?)```/);
  if (m) rules = `# The example rules of design.md for this story.\n${m[1]}`;
}

await mkdir(artifacts, { recursive: true });
const { server, url } = await serve(0);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  await page.goto(url);
  await page.waitForFunction(() => window.__figcheckChecks >= 1, null, { timeout: 30_000 });
  const n = await page.evaluate(() => window.__figcheckChecks);
  await page.evaluate(
    ([text, rules]) => {
      document.getElementById('rules').value = rules;
      const draft = document.getElementById('draft');
      draft.value = text;
      draft.dispatchEvent(new Event('input'));
    },
    [text, rules],
  );
  await page.waitForFunction((k) => window.__figcheckChecks > k && !window.__figcheckPending, n);
  await page.evaluate(() => {
    document.getElementById('checks-box').open = true;
    const draft = document.getElementById('draft');
    draft.focus();
    // The caret on the first figure, so "Figure at cursor" shows how it was read.
    const first = draft.value.search(/\d/);
    draft.setSelectionRange(first, first);
    draft.scrollTop = 0;
    draft.dispatchEvent(new Event('scroll'));
  });
  await page.waitForTimeout(100);
  const out = `${artifacts}seed.png`;
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
  if (process.argv.includes('--docs')) {
    await copyFile(out, `${repo}docs/web-checker.png`);
    console.log('screenshot: docs/web-checker.png');
  }
} finally {
  await browser.close();
  server.close();
}
