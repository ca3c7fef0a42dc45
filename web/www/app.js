// The figcheck web checker: the page around the WebAssembly build of figcheck (pkg/, made by
// `bash web/build.sh`). The draft and its rules are checked in this page and never sent
// anywhere: the only requests are for this page's own files.
//
// For tests and curious readers the page records its timings: window.__figcheckLastCheckMs is
// the time from the debounce firing to the results rendered (DOM updated and laid out);
// window.__figcheckTimings splits it (check: the WebAssembly call and JSON.parse; render: the
// drawing, with its parts); window.__figcheckChecks counts the checks run, and
// window.__figcheckPending is true while a check waits for the debounce. The same
// moments are left as performance marks ("figcheck:fired", "figcheck:rendered") and a measure
// ("figcheck:check").

const DEBOUNCE_MS = 150;
const MAX_LISTED = 500;

const EXAMPLE_DRAFT = `Raids in two countries

Police made 17 arrests — 13 in Belgium and five in France — after dawn raids on Tuesday, prosecutors said.

Of those held, 12 of the 17, or 65%, were later charged with membership of a terrorist group.

The operation involved about 300 officers. Its cost rose from €900,000 to €1.2 million, an increase of 25%.

A spokesman said 16 people had been detained and that the inquiry would continue.
`;

const EXAMPLE_RULES = `# This article's own rules, checked on top of the built-in news pack
# (the same YAML as a NAME.figcheck.yaml sidecar; see docs/rules.md).
rules:
  - id: people-held
    kind: same
    severity: warning
    of: [ { text: "17 arrests" }, { text: "16 people had been detained" } ]
`;

// Kinds grouped into the colours of the legend.
const KIND_CLASS = {
  count: 'k-count',
  percent: 'k-percent',
  money: 'k-money',
  measure: 'k-measure',
  year: 'k-date',
  date: 'k-date',
  time: 'k-date',
};
const SEVERITY_RANK = { info: 1, warning: 2, error: 3 };
const SEVERITY_NAME = ['', 'info', 'warning', 'error'];

const $ = (id) => document.getElementById(id);
const draft = $('draft');
const view = $('draft-view');
const format = $('format');
const rules = $('rules');
const gutter = $('rules-gutter');
const bands = $('rules-bands');
const status = $('status');

let wasm = null; // the loaded module's exports
let instances = 0;
let timer = 0;
let last = null; // the last report, with the text it was made from

window.__figcheckChecks = 0;
window.__figcheckLastCheckMs = null;
window.__figcheckTimings = null;
window.__figcheckPending = false; // a check is waiting for the debounce

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

// Loads (or, after the module trapped, reloads) the WebAssembly module. A fresh import URL
// gives a fresh instance with fresh memory.
async function load() {
  instances += 1;
  const url = instances === 1 ? './pkg/figcheck_web.js' : `./pkg/figcheck_web.js?instance=${instances}`;
  const mod = await import(url);
  await mod.default();
  wasm = mod;
}

// ---------------------------------------------------------------------------------------------
// Checking

function schedule() {
  clearTimeout(timer);
  window.__figcheckPending = true;
  timer = setTimeout(runCheck, DEBOUNCE_MS);
}

function runCheck() {
  window.__figcheckPending = false;
  if (!wasm) return;
  const t0 = performance.now();
  // Only the last check's marks are kept.
  performance.clearMarks('figcheck:fired');
  performance.clearMarks('figcheck:rendered');
  performance.clearMeasures('figcheck:check');
  performance.mark('figcheck:fired');
  const text = draft.value;
  let report;
  try {
    report = JSON.parse(wasm.check(text, format.value, rules.value));
  } catch (e) {
    const why = safePanic();
    status.textContent = `figcheck stopped on this draft (an internal error${why ? `: ${why}` : ''}). ` +
      'Edit the draft to try again.';
    status.classList.add('bad');
    wasm = null;
    load().catch(() => {});
    return;
  }
  const t1 = performance.now();
  last = { text, report };
  const parts = render(text, report);
  const tl = performance.now();
  void view.offsetHeight; // lay the page out: "rendered" includes layout
  const t2 = performance.now();
  parts.layout = t2 - tl;
  performance.mark('figcheck:rendered');
  performance.measure('figcheck:check', 'figcheck:fired', 'figcheck:rendered');
  window.__figcheckLastCheckMs = t2 - t0;
  window.__figcheckTimings = { check: t1 - t0, render: t2 - t1, total: t2 - t0, length: text.length, parts };
  window.__figcheckChecks += 1;
  document.body.dataset.checks = String(window.__figcheckChecks);
  const n = report.findings.length;
  status.classList.remove('bad');
  status.textContent = `${n} finding${n === 1 ? '' : 's'} · ${report.figures.length} figure` +
    `${report.figures.length === 1 ? '' : 's'} · checked in ${(t2 - t0).toFixed(1)} ms`;
  showAtCursor();
}

function safePanic() {
  try {
    return wasm && wasm.last_panic ? wasm.last_panic() : '';
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering

function render(text, report) {
  const parts = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    parts[name] = now - t;
    t = now;
  };
  renderView(text, report);
  lap('view');
  renderFindings(report);
  lap('findings');
  renderChecks(report);
  lap('checks');
  renderRuleErrors(report.errors);
  if (rules.value.split('\n').length !== gutterLines) renderGutter(ruleErrorLines);
  lap('errors');
  const counts = {};
  for (const q of report.figures) {
    const c = KIND_CLASS[q.kind] || 'k-other';
    counts[c] = (counts[c] || 0) + 1;
  }
  for (const key of document.querySelectorAll('.legend .key.fig')) {
    const c = [...key.classList].find((x) => x.startsWith('k-'));
    key.dataset.n = counts[c] || 0;
  }
  lap('legend');
  return parts;
}

// The highlighted copy of the draft behind the textarea: figures marked by kind, finding spans
// underlined by severity. Offsets are UTF-16 (JavaScript string indexes), made so in Rust.
//
// The copy is one <div> per line of the draft (a line wraps in it as it wraps in the textarea),
// and an element records only its column in its line (data-c), so an edit changes the HTML of
// the lines it touches and no other: only those are replaced, and the browser lays out only
// them. That keeps a long draft quick to redraw as the user types.
let viewLines = []; // the HTML of each line, as shown
let lineStarts = [0]; // the offset where each line of the checked text starts

function renderView(text, report) {
  const events = [];
  for (const q of report.figures) {
    const cls = KIND_CLASS[q.kind] || 'k-other';
    events.push({ at: q.start, fig: cls, d: 1 });
    events.push({ at: q.end, fig: cls, d: -1 });
  }
  for (const f of report.findings) {
    const rank = SEVERITY_RANK[f.severity] || 1;
    f.spans.forEach((sp, k) => {
      if (sp.end <= sp.start) return;
      events.push({ at: sp.start, sev: rank, primary: k === 0, d: 1 });
      events.push({ at: sp.end, sev: rank, primary: k === 0, d: -1 });
    });
  }
  // Closings before openings at the same offset.
  events.sort((a, b) => a.at - b.at || a.d - b.d);
  const figs = new Map(); // kind class → open figures
  const sevs = [0, 0, 0, 0]; // open finding spans per severity rank
  let primaries = 0;
  const lines = [];
  lineStarts = [0];
  let line = '';
  let col = 0;
  let pos = 0;
  const emit = (to) => {
    if (to <= pos) return;
    const classes = [];
    if (figs.size) classes.push('fig', figs.keys().next().value);
    const sev = sevs[3] ? 3 : sevs[2] ? 2 : sevs[1] ? 1 : 0;
    if (sev) {
      classes.push('u', `u-${SEVERITY_NAME[sev]}`);
      if (primaries) classes.push('u-primary');
    }
    const open = classes.length ? `<span class="${classes.join(' ')}" data-c="` : '';
    const pieces = text.slice(pos, to).split('\n');
    let at = pos;
    pieces.forEach((piece, k) => {
      if (k > 0) {
        lines.push(line);
        line = '';
        col = 0;
        at += 1; // the newline
        lineStarts.push(at);
      }
      if (piece) {
        line += open ? `${open}${col}">${escapeHtml(piece)}</span>` : escapeHtml(piece);
      }
      col += piece.length;
      at += piece.length;
    });
    pos = to;
  };
  for (const e of events) {
    emit(e.at);
    if (e.fig) {
      const n = (figs.get(e.fig) || 0) + e.d;
      if (n > 0) figs.set(e.fig, n);
      else figs.delete(e.fig);
    } else {
      sevs[e.sev] += e.d;
      if (e.primary) primaries += e.d;
    }
  }
  emit(text.length);
  lines.push(line);
  patchLines(lines);
  view.scrollTop = draft.scrollTop;
}

// Replaces the lines that changed: those between the longest unchanged head and tail.
function patchLines(lines) {
  const old = viewLines;
  let head = 0;
  while (head < old.length && head < lines.length && old[head] === lines[head]) head += 1;
  let tail = 0;
  while (
    tail < old.length - head && tail < lines.length - head &&
    old[old.length - 1 - tail] === lines[lines.length - 1 - tail]
  ) tail += 1;
  const kids = view.children;
  for (let k = old.length - tail - 1; k >= head; k -= 1) kids[k].remove();
  const fresh = lines.slice(head, lines.length - tail);
  if (fresh.length) {
    const t = document.createElement('template');
    // An empty line holds a <br>, so it is one line tall, as in the textarea.
    t.innerHTML = fresh.map((l) => `<div>${l || '<br>'}</div>`).join('');
    view.insertBefore(t.content, kids[head] || null);
  }
  viewLines = lines;
}

// The elements of the highlighted copy that lie in [start, end) of the checked text.
function viewElements(start, end) {
  const out = [];
  let k = 0;
  while (k + 1 < lineStarts.length && lineStarts[k + 1] <= start) k += 1;
  for (; k < lineStarts.length && lineStarts[k] < Math.max(end, start + 1); k += 1) {
    const div = view.children[k];
    if (!div) break;
    for (const el of div.querySelectorAll('[data-c]')) {
      const at = lineStarts[k] + Number(el.dataset.c);
      if (at >= start && at < end) out.push(el);
    }
  }
  return out;
}

function where(f) {
  return f.line ? `line ${f.line}, column ${f.column}` : 'whole draft';
}

function renderFindings(report) {
  const list = $('findings');
  const fs = report.findings;
  $('findings-count').textContent = `(${fs.length})`;
  $('no-findings').hidden = fs.length > 0;
  let html = '';
  fs.slice(0, MAX_LISTED).forEach((f, i) => {
    const spans = f.spans
      .map((s) => `<span class="span-label">${escapeHtml(s.label || 'figure')}</span> “${escapeHtml(s.text)}”`)
      .join(' · ');
    const arith = f.arithmetic && !f.message.includes(f.arithmetic)
      ? `<span class="arith">${escapeHtml(f.arithmetic)}</span>` : '';
    html += `<li class="finding sev-${f.severity}"><button type="button" data-i="${i}"` +
      ` aria-label="${escapeHtml(`${f.severity} ${f.rule}, ${where(f)}: ${f.message}`)}">` +
      `<span class="finding-head"><span class="badge b-${f.severity}">${f.severity}</span>` +
      ` <span class="rule">${escapeHtml(f.rule)}</span> <span class="where">${where(f)}</span></span>` +
      `<span class="message">${escapeHtml(f.message)}</span>${arith}` +
      (spans ? `<span class="spans">${spans}</span>` : '') +
      '</button></li>';
  });
  if (fs.length > MAX_LISTED) {
    html += `<li class="more">… and ${fs.length - MAX_LISTED} more</li>`;
  }
  if (list.dataset.html !== String(hash(html))) {
    list.innerHTML = html;
    list.dataset.html = String(hash(html));
  }
}

// A cheap fingerprint of a string, to skip redrawing what has not changed.
function hash(s) {
  let h = 0;
  for (let k = 0; k < s.length; k += 1) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return `${s.length}:${h}`;
}

// The list of checks that ran is drawn only while it is open.
function renderChecks(report) {
  const cs = report.checks;
  $('checks-count').textContent = `(${cs.length})`;
  if (!$('checks-box').open) {
    $('checks').replaceChildren();
    return;
  }
  let html = '';
  for (const c of cs.slice(0, MAX_LISTED)) {
    html += `<li class="v-${c.verdict}"><span class="verdict">${c.verdict}</span> ` +
      `<span class="rule">${escapeHtml(c.rule)}</span> <span class="arith">${escapeHtml(c.arithmetic)}</span></li>`;
  }
  $('checks').innerHTML = html;
}

// ---------------------------------------------------------------------------------------------
// Going to a finding

function lineStart(text, line) {
  let at = 0;
  for (let l = 1; l < line; l += 1) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}

function scrollDraftTo(start) {
  const [el] = viewElements(start, start + 1);
  if (el) {
    draft.scrollTop = Math.max(0, el.offsetTop - draft.clientHeight / 3);
    view.scrollTop = draft.scrollTop;
  }
}

function goToFinding(i) {
  if (!last) return;
  const f = last.report.findings[i];
  if (!f || !f.spans.length) return;
  const { start, end } = f.spans[0];
  draft.focus({ preventScroll: true });
  draft.setSelectionRange(start, end);
  scrollDraftTo(start);
  for (const el of view.querySelectorAll('.flash')) el.classList.remove('flash');
  for (const sp of f.spans) {
    for (const el of viewElements(sp.start, sp.end)) el.classList.add('flash');
  }
  setTimeout(() => view.querySelectorAll('.flash').forEach((el) => el.classList.remove('flash')), 1600);
}

$('findings').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-i]');
  if (b) goToFinding(Number(b.dataset.i));
});

// The figure under the caret, in words (for keyboard and screen-reader users, and for anyone
// who wants to know how a figure was read).
function showAtCursor() {
  const box = $('at-cursor');
  if (!last || document.activeElement !== draft || last.text !== draft.value) {
    return;
  }
  const caret = draft.selectionStart;
  const q = last.report.figures.find((f) => f.start <= caret && caret <= f.end);
  if (!q) {
    box.textContent = '';
    return;
  }
  const parts = [`“${q.text}”: ${q.kind}`, `value ${q.interval}`];
  if (q.qualifier !== 'exact') parts.push(q.qualifier.replace('_', ' '));
  if (q.unit || q.currency) parts.push(q.unit || q.currency);
  if (q.counts) parts.push(`counts ${q.counts}`);
  if (q.event) parts.push(`event ${q.event}`);
  if (q.context.length) parts.push(`context “${q.context.join('; ')}”`);
  box.textContent = `Figure at cursor — ${parts.join(' · ')}`;
}
document.addEventListener('selectionchange', showAtCursor);

// ---------------------------------------------------------------------------------------------
// The rules editor: line numbers, and mistakes shown at their line

// The rules textarea's line height and top padding, read once (reading computed style while
// the draft's copy is being redrawn would force a layout in the middle of it).
let codeMetrics = null;
function metrics() {
  if (!codeMetrics) {
    const cs = getComputedStyle(rules);
    codeMetrics = { lh: parseFloat(cs.lineHeight) || 20, padTop: parseFloat(cs.paddingTop) || 0 };
  }
  return codeMetrics;
}

let gutterLines = 0;
function renderGutter(errorLines = new Map()) {
  const n = rules.value.split('\n').length;
  let html = '';
  for (let l = 1; l <= n; l += 1) {
    const msg = errorLines.get(l);
    html += msg
      ? `<div class="err" title="${escapeHtml(msg)}">${l}</div>`
      : `<div>${l}</div>`;
  }
  gutter.innerHTML = `${html}<div class="pad"></div>`;
  gutterLines = n;
  gutter.scrollTop = rules.scrollTop;
}

let ruleErrorLines = new Map();
let shownErrors = '';
function renderRuleErrors(errors) {
  const key = JSON.stringify(errors);
  if (key === shownErrors) return;
  shownErrors = key;
  const list = $('rule-errors');
  const lines = new Map();
  let html = '';
  const bandEls = [];
  const { lh, padTop } = metrics();
  errors.forEach((e, i) => {
    const place = e.in === 'rules' ? 'Rules' : 'Draft front matter';
    const at = e.line ? `${place}, line ${e.line}, column ${e.column}` : place;
    html += `<li><button type="button" data-e="${i}">` +
      `<span class="where">${escapeHtml(at)}:</span> <span class="message">${escapeHtml(e.message)}</span></button></li>`;
    if (e.in === 'rules' && e.line) {
      lines.set(e.line, lines.has(e.line) ? `${lines.get(e.line)}\n${e.message}` : e.message);
      // Placed through the CSSOM: the page's CSP allows no inline style attributes.
      const band = document.createElement('div');
      band.className = 'band';
      band.style.top = `${padTop + (e.line - 1) * lh}px`;
      band.style.height = `${lh}px`;
      bandEls.push(band);
    }
  });
  list.innerHTML = html;
  bands.replaceChildren(...bandEls);
  bands.style.transform = `translateY(${-rules.scrollTop}px)`;
  rules.setAttribute('aria-invalid', errors.some((e) => e.in === 'rules') ? 'true' : 'false');
  ruleErrorLines = lines;
  renderGutter(lines);
  list.onclick = (ev) => {
    const b = ev.target.closest('button[data-e]');
    if (!b) return;
    const e = errors[Number(b.dataset.e)];
    const target = e.in === 'rules' ? rules : draft;
    const start = lineStart(target.value, e.line || 1);
    const nl = target.value.indexOf('\n', start);
    target.focus();
    target.setSelectionRange(start, nl < 0 ? target.value.length : nl);
    if (target === rules) rules.scrollTop = Math.max(0, ((e.line || 1) - 3) * metrics().lh);
  };
}

rules.addEventListener('scroll', () => {
  gutter.scrollTop = rules.scrollTop;
  bands.style.transform = `translateY(${-rules.scrollTop}px)`;
});
rules.addEventListener('input', () => {
  if (rules.value.split('\n').length !== gutterLines) renderGutter(ruleErrorLines);
  schedule();
});

// ---------------------------------------------------------------------------------------------
// The draft

draft.addEventListener('input', schedule);
draft.addEventListener('scroll', () => {
  view.scrollTop = draft.scrollTop;
  view.scrollLeft = draft.scrollLeft;
});
$('checks-box').addEventListener('toggle', () => {
  if (last) renderChecks(last.report);
});
format.addEventListener('change', () => {
  clearTimeout(timer);
  runCheck();
});

// The figure ledger, as `figcheck check --format ledger` prints it, saved from memory.
$('download-ledger').addEventListener('click', () => {
  if (!wasm) return;
  const ext = format.value === 'markdown' ? 'md' : 'txt';
  const text = wasm.ledger(draft.value, format.value, rules.value);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `draft.${ext}.ledger`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

// ---------------------------------------------------------------------------------------------
// Start

draft.value = EXAMPLE_DRAFT;
rules.value = EXAMPLE_RULES;
renderGutter();
load()
  .then(runCheck)
  .catch((e) => {
    status.classList.add('bad');
    status.textContent = `Could not load the checker (${e.message}). Build it with ` +
      '`bash web/build.sh` and serve web/www over http (browsers do not load WebAssembly ' +
      'modules from file://); see docs/web.md.';
  });
