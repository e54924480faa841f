// Writing content on the editor page (/editor, role EDITOR): FAQ entries in four languages side by side with a
// Markdown editor (EasyMDE) and a live preview rendered by the chat widget's own renderer, the translation matrix,
// intent examples, synonyms and canned replies, history and undo, and the learning loop's actions on the
// unanswered questions. Every save goes through /api/v1/editor: refused saves show their file:line: reason beside
// the language they belong to, and the status line says when the live bot serves the change.

import { renderMarkdown } from '/widget/markdown.js';
import { $, csrfToken, el, LANGUAGES, pageWords } from '/staff/staff.js';
import en from '/editor/words/en.json' with { type: 'json' };
import ru from '/editor/words/ru.json' with { type: 'json' };
import uk from '/editor/words/uk.json' with { type: 'json' };
import pl from '/editor/words/pl.json' with { type: 'json' };

/** The editor's words in en/ru/uk/pl, kept as data in /editor/words/*.json. */
const STRINGS = pageWords({ en, ru, uk, pl });

const state = { ui: 'en', ids: [], intents: [], entry: null, draft: null, versions: {}, loaded: {}, editors: {}, file: null };

function t(key, ...args) {
  const value = (STRINGS[state.ui] ?? STRINGS.en)[key] ?? STRINGS.en[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
}

/** An element whose text is the string `key`, kept in the page's language when it changes. */
function word(tag, className, key) {
  const node = el(tag, className, t(key));
  node.dataset.w = key;
  return node;
}

function option(value, label, selected) {
  const node = el('option', '', label ?? value);
  node.value = value;
  node.selected = Boolean(selected);
  return node;
}

/** A call of the editor API with the page's session; never throws on an HTTP error: {ok, status, data}. */
async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    if (!csrfToken()) await fetch('/login', { credentials: 'same-origin' });
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  try {
    const response = await fetch(path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, data };
  } catch (lost) {
    return { ok: false, status: 0, data: { message: String(lost.message ?? lost) } };
  }
}

function applyLabels() {
  document.querySelectorAll('[data-w]').forEach(node => { node.textContent = t(node.dataset.w); });
  document.querySelectorAll('[data-w-placeholder]').forEach(node => { node.placeholder = t(node.dataset.wPlaceholder); });
}

// ------------------------------------------------------------------ saving and the live bot

/** Shows a save's outcome; once saved, waits until the live bot serves it. Returns the response. */
async function report(result, status, onProblems) {
  status.classList.remove('bad', 'good');
  if (result.ok) {
    status.textContent = result.data.served ? t('live', new Date().toLocaleTimeString(state.ui)) : t('waiting');
    if (result.data.served) {
      status.classList.add('good');
      status.dataset.live = String(result.data.revision);
    } else {
      waitUntilLive(result.data.revision, status);
    }
    return result;
  }
  status.classList.add('bad');
  if (result.status === 422 && Array.isArray(result.data.problems)) {
    status.textContent = t('refused');
    onProblems?.(result.data.problems);
    const list = el('ul', 'w-problems');
    result.data.problems.forEach(problem => list.append(el('li', '', problem)));
    status.append(list);
  } else {
    status.textContent = result.data.message ?? `HTTP ${result.status}`;
  }
  return result;
}

async function waitUntilLive(revision, status) {
  for (let tries = 0; tries < 600; tries++) {
    await new Promise(resolve => setTimeout(resolve, 500));
    const live = await api('GET', '/api/v1/editor/status');
    if (live.ok && live.data.servedRevision >= revision) {
      status.textContent = t('live', new Date(live.data.servedAt).toLocaleTimeString(state.ui));
      status.classList.add('good');
      status.dataset.live = String(revision);
      return;
    }
  }
}

// ------------------------------------------------------------------ FAQ entries

function fieldsOf(lang) {
  const column = document.querySelector(`.faq-lang[data-lang="${lang}"]`);
  const lines = text => text.split('\n').map(line => line.trim()).filter(Boolean);
  return {
    title: column.querySelector('.f-title').value.trim(),
    questions: lines(column.querySelector('.f-questions').value),
    tags: column.querySelector('.f-tags').value.split(',').map(tag => tag.trim()).filter(Boolean),
    intent: column.querySelector('.f-intent').value,
    handoff: column.querySelector('.f-handoff').value,
    answer: (state.editors[lang]?.value() ?? column.querySelector('.f-answer').value).trim(),
  };
}

function isEmpty(fields) {
  return !fields.title && fields.questions.length === 0 && !fields.answer;
}

function renderPreview(lang) {
  const column = document.querySelector(`.faq-lang[data-lang="${lang}"]`);
  const preview = column.querySelector('.f-preview');
  preview.replaceChildren(renderMarkdown(state.editors[lang]?.value() ?? column.querySelector('.f-answer').value));
}

function labelled(column, lang, key, input) {
  const id = `f-${key}-${lang}`;
  input.id = id;
  const label = word('label', '', key);
  label.htmlFor = id;
  column.append(label, input);
  return input;
}

function buildColumns() {
  const container = $('faq-langs');
  Object.values(state.editors).forEach(editor => editor.toTextArea?.());
  state.editors = {};
  container.replaceChildren(...LANGUAGES.map(lang => {
    const column = el('fieldset', 'faq-lang');
    column.dataset.lang = lang;
    column.lang = lang;
    column.append(el('legend', '', lang.toUpperCase()));
    const title = labelled(column, lang, 'title', el('input', 'f-title'));
    title.maxLength = 300;
    const questions = labelled(column, lang, 'questions', el('textarea', 'f-questions'));
    questions.rows = 3;
    labelled(column, lang, 'tags', el('input', 'f-tags'));
    const intent = labelled(column, lang, 'intent', el('select', 'f-intent'));
    const none = word('option', '', 'none');
    none.value = '';
    intent.append(none, ...state.intents.filter(i => i.action === 'faq').map(i => option(i.name)));
    const handoff = labelled(column, lang, 'handoff', el('select', 'f-handoff'));
    handoff.append(...['offer', 'always', 'never'].map(mode => {
      const choice = word('option', '', mode);
      choice.value = mode;
      return choice;
    }));
    const answer = labelled(column, lang, 'answer', el('textarea', 'f-answer'));
    answer.rows = 6;
    column.append(word('p', 'f-preview-label muted', 'preview'));
    const preview = el('div', 'f-preview bubble');
    preview.lang = lang;
    column.append(preview, el('ul', 'f-problems'));
    return column;
  }));
  for (const lang of LANGUAGES) {
    const textarea = document.querySelector(`.faq-lang[data-lang="${lang}"] .f-answer`);
    if (window.EasyMDE) {
      const editor = new window.EasyMDE({
        element: textarea, autoDownloadFontAwesome: false, spellChecker: false, status: false,
        forceSync: true, minHeight: '120px',
        toolbar: ['bold', 'italic', 'heading', '|', 'unordered-list', 'ordered-list', 'link', '|', 'preview'],
        previewRender: plain => { const node = renderMarkdown(plain); const box = el('div'); box.append(node); return box.innerHTML; },
      });
      editor.codemirror.on('change', () => renderPreview(lang));
      // Without Font Awesome the toolbar's link and preview buttons say what they do, in the page's language.
      for (const [name, key] of [['link', 'link'], ['preview', 'previewButton']]) {
        const button = editor.toolbarElements?.[name];
        if (button) {
          button.dataset.w = key;
          button.textContent = t(key);
        }
      }
      state.editors[lang] = editor;
    } else {
      textarea.addEventListener('input', () => renderPreview(lang));
    }
  }
}

function fill(lang, fields) {
  const column = document.querySelector(`.faq-lang[data-lang="${lang}"]`);
  column.querySelector('.f-title').value = fields?.title ?? '';
  column.querySelector('.f-questions').value = (fields?.questions ?? []).join('\n');
  column.querySelector('.f-tags').value = (fields?.tags ?? []).join(', ');
  const intent = column.querySelector('.f-intent');
  if (fields?.intent && ![...intent.options].some(o => o.value === fields.intent)) intent.append(option(fields.intent));
  intent.value = fields?.intent ?? '';
  column.querySelector('.f-handoff').value = fields?.handoff ?? 'offer';
  if (state.editors[lang]) state.editors[lang].value(fields?.answer ?? '');
  else column.querySelector('.f-answer').value = fields?.answer ?? '';
  column.querySelector('.f-problems').replaceChildren();
  renderPreview(lang);
}

async function loadIds(select) {
  const matrix = await api('GET', '/api/v1/editor/faq');
  if (!matrix.ok) return;
  state.ids = matrix.data.entries.map(entry => entry.id);
  const picker = $('faq-id');
  const current = select ?? picker.value ?? state.ids[0];
  picker.replaceChildren(...state.ids.map(id => option(id, id, id === current)));
  renderMatrix(matrix.data.entries);
}

/** Which buttons fit what the form holds: an entry, a new entry, or a draft. */
function showFormMode() {
  const fresh = state.entry === null;
  $('faq-save-draft').hidden = !fresh;
  $('faq-discard-draft').hidden = !state.draft;
  $('faq-rename').hidden = fresh;
  $('faq-rename-id').hidden = fresh;
  $('faq-retire').hidden = fresh;
}

/** Marks the languages a draft still lacks; none for an entry. */
function markMissing(missing) {
  for (const lang of LANGUAGES) {
    const column = document.querySelector(`.faq-lang[data-lang="${lang}"]`);
    const absent = missing.includes(lang);
    column.classList.toggle('f-lang-missing', absent);
    column.dataset.missing = String(absent);
    column.querySelector('legend').replaceChildren(lang.toUpperCase(), ...(absent ? [' · ', word('span', 'f-missing', 'missing')] : []));
  }
}

async function loadEntry(id) {
  $('faq-new-row').hidden = true;
  state.entry = id;
  state.draft = null;
  const entry = await api('GET', `/api/v1/editor/faq/${encodeURIComponent(id)}`);
  if (!entry.ok) return;
  for (const lang of LANGUAGES) {
    const stored = entry.data.languages[lang];
    state.versions[lang] = stored.version;
    fill(lang, stored.fields);
    state.loaded[lang] = JSON.stringify(fieldsOf(lang));
  }
  markMissing([]);
  showFormMode();
  loadHistory();
}

function startNewEntry() {
  state.entry = null;
  state.draft = null;
  $('faq-new-row').hidden = false;
  $('faq-new-id').value = '';
  for (const lang of LANGUAGES) {
    state.versions[lang] = 'none';
    fill(lang, null);
    state.loaded[lang] = JSON.stringify(fieldsOf(lang));
  }
  markMissing([]);
  showFormMode();
  $('faq-history').replaceChildren();
  $('faq-new-id').focus();
}

async function loadDrafts(select) {
  const list = await api('GET', '/api/v1/editor/drafts');
  if (!list.ok) return;
  const picker = $('faq-drafts');
  const none = word('option', '', 'chooseDraft');
  none.value = '';
  picker.replaceChildren(none, ...list.data.drafts.map(draft =>
    option(draft.id, draft.missing.length ? t('draftLabel', draft.id, draft.missing.join(', ')) : draft.id,
      draft.id === select)));
  picker.closest('.draft-pick').hidden = list.data.drafts.length === 0 && !select;
}

/** A kept draft in the new-entry form: what is written filled in, the languages it lacks marked missing. */
async function openDraft(id) {
  const draft = await api('GET', `/api/v1/editor/drafts/${encodeURIComponent(id)}`);
  if (!draft.ok) return;
  state.entry = null;
  state.draft = { id, version: draft.data.version };
  $('faq-new-row').hidden = false;
  $('faq-new-id').value = id;
  for (const lang of LANGUAGES) {
    state.versions[lang] = 'none';
    fill(lang, draft.data.languages[lang] ?? null);
    state.loaded[lang] = JSON.stringify(fieldsOf(lang));
  }
  markMissing(draft.data.missing);
  showFormMode();
  $('faq-history').replaceChildren();
  $('faq-drafts').value = id;
}

/** The languages of the form that have anything in them. */
function writtenLanguages() {
  const languages = {};
  for (const lang of LANGUAGES) {
    const fields = fieldsOf(lang);
    if (!isEmpty(fields)) languages[lang] = { ...fields, baseVersion: state.versions[lang] };
  }
  return languages;
}

async function saveDraft() {
  const status = $('faq-status');
  status.textContent = t('saving');
  const id = state.draft?.id ?? $('faq-new-id').value.trim();
  const result = await api('PUT', `/api/v1/editor/drafts/${encodeURIComponent(id)}`,
    { languages: writtenLanguages(), baseVersion: state.draft?.version ?? 'none' });
  status.classList.remove('bad', 'good');
  if (!result.ok) {
    status.classList.add('bad');
    status.textContent = result.data.message ?? `HTTP ${result.status}`;
    return;
  }
  await loadDrafts(id);
  await openDraft(id);
  status.textContent = t('draftSaved');
}

async function discardDraft() {
  if (!state.draft) return;
  const result = await api('POST', `/api/v1/editor/drafts/${encodeURIComponent(state.draft.id)}/discard`,
    { baseVersion: state.draft.version });
  await report(result, $('faq-status'));
  if (result.ok) {
    await loadDrafts();
    startNewEntry();
  }
}

function showProblems(problems) {
  for (const lang of LANGUAGES) {
    const list = document.querySelector(`.faq-lang[data-lang="${lang}"] .f-problems`);
    list.replaceChildren(...problems.filter(p => p.startsWith(`faq/${lang}/`)).map(p => el('li', '', p)));
  }
}

async function saveEntry() {
  const status = $('faq-status');
  status.textContent = t('saving');
  showProblems([]);
  const creating = state.entry === null;
  const languages = creating ? writtenLanguages() : {};
  if (!creating) {
    for (const lang of LANGUAGES) {
      const fields = fieldsOf(lang);
      if (JSON.stringify(fields) !== state.loaded[lang]) languages[lang] = { ...fields, baseVersion: state.versions[lang] };
    }
  }
  const id = creating ? $('faq-new-id').value.trim() : state.entry;
  // A draft is published (under the id in the form, which the editor may have changed): the entry's files written
  // and the draft removed in one save, its learning items closed.
  const result = state.draft
    ? await api('POST', `/api/v1/editor/drafts/${encodeURIComponent(state.draft.id)}/publish`,
      { id, languages, baseVersion: state.draft.version })
    : creating
      ? await api('POST', '/api/v1/editor/faq', { id, languages })
      : await api('PUT', `/api/v1/editor/faq/${encodeURIComponent(id)}`, { languages });
  await report(result, status, showProblems);
  if (result.ok) {
    if (state.draft) await loadDrafts();
    await loadIds(id);
    await loadEntry(id);
  }
}

async function renameEntry() {
  const newId = $('faq-rename-id').value.trim();
  if (!state.entry || !newId) return;
  const result = await api('POST', `/api/v1/editor/faq/${encodeURIComponent(state.entry)}/rename`,
    { newId, versions: state.versions });
  await report(result, $('faq-status'));
  if (result.ok) {
    $('faq-rename-id').value = '';
    await loadIds(newId);
    await loadEntry(newId);
  }
}

async function retireEntry() {
  const retired = state.entry;
  if (!retired || !confirm(t('confirmRetire', retired))) return;
  const result = await api('POST', `/api/v1/editor/faq/${encodeURIComponent(retired)}/retire`,
    { versions: state.versions });
  await report(result, $('faq-status'));
  if (result.ok) {
    // Undo, for as long as the page is open; afterwards the history of any of its files brings it back too.
    const undo = $('faq-bring-back');
    undo.dataset.id = retired;
    undo.textContent = t('bringBack', retired);
    undo.hidden = false;
    await loadIds();
    if (state.ids.length) await loadEntry($('faq-id').value);
  }
}

async function bringBackEntry() {
  const undo = $('faq-bring-back');
  const id = undo.dataset.id;
  const result = await api('POST', `/api/v1/editor/faq/${encodeURIComponent(id)}/bring-back`);
  await report(result, $('faq-status'));
  if (result.ok) {
    undo.hidden = true;
    await loadIds(id);
    await loadEntry(id);
  }
}

async function loadHistory() {
  const list = $('faq-history');
  if (!state.entry) return;
  const lang = $('faq-history-lang').value;
  const path = `faq/${lang}/${state.entry}.md`;
  const history = await api('GET', `/api/v1/editor/history?path=${encodeURIComponent(path)}`);
  if (!history.ok) return;
  list.replaceChildren(...history.data.versions.map((version, index) => {
    const item = el('li', 'w-version');
    item.dataset.version = version.id;
    item.append(el('span', '', `${new Date(version.at).toLocaleString(state.ui)} · ${version.by} · ${version.message}`));
    if (index > 0) {
      const restore = word('button', 'ghost restore', 'restore');
      restore.type = 'button';
      restore.addEventListener('click', async () => {
        const result = await api('POST', '/api/v1/editor/history/restore',
          { path, version: version.id, baseVersion: history.data.versions[0].contentVersion });
        await report(result, $('faq-status'));
        if (result.ok) await loadEntry(state.entry);
      });
      item.append(restore);
    }
    return item;
  }));
}

function renderMatrix(entries) {
  const table = $('matrix-table');
  const head = el('tr');
  head.append(el('th', '', 'id'), ...LANGUAGES.map(lang => el('th', '', lang.toUpperCase())));
  table.tHead.replaceChildren(head);
  table.tBodies[0].replaceChildren(...entries.map(entry => {
    const row = el('tr');
    row.dataset.id = entry.id;
    const name = el('th', '', entry.id);
    name.scope = 'row';
    row.append(name, ...LANGUAGES.map(lang => {
      const cell = entry.languages[lang];
      const td = el('td', `m-${cell.state}`, t(cell.state));
      td.dataset.lang = lang;
      td.dataset.state = cell.state;
      if (cell.title) td.title = cell.title;
      return td;
    }));
    return row;
  }));
}

// ------------------------------------------------------------------ intent examples

async function loadIntents() {
  const list = await api('GET', '/api/v1/editor/intents');
  if (!list.ok) return;
  state.intents = list.data.intents.sort((a, b) => a.name.localeCompare(b.name));
  $('intent-name').replaceChildren(...state.intents.map(i => option(i.name)));
}

async function loadExamples() {
  const name = $('intent-name').value;
  const lang = $('intent-lang').value;
  if (!name) return;
  const intent = await api('GET', `/api/v1/editor/intents/${encodeURIComponent(name)}`);
  if (!intent.ok) return;
  $('examples').replaceChildren(...(intent.data.examples[lang] ?? []).slice().reverse().map(example => {
    const item = el('li', 'w-example');
    item.dataset.text = example;
    item.append(el('span', 'w-example-text', example));
    const remove = word('button', 'ghost remove', 'remove');
    remove.type = 'button';
    remove.addEventListener('click', () => changeExample('remove', { lang, text: example }));
    const target = el('select', 'move-to');
    target.setAttribute('aria-label', t('move'));
    target.append(...state.intents.filter(i => i.name !== name).map(i => option(i.name)));
    const move = word('button', 'ghost move', 'move');
    move.type = 'button';
    move.addEventListener('click', () => changeExample('move', { lang, text: example, to: target.value }));
    item.append(remove, target, move);
    return item;
  }));
}

async function changeExample(action, body) {
  const name = $('intent-name').value;
  const result = await api('POST', `/api/v1/editor/intents/${encodeURIComponent(name)}/examples/${action}`, body);
  await report(result, $('intent-status'));
  if (result.ok) await loadExamples();
}

async function addExample(event) {
  event.preventDefault();
  const name = $('intent-name').value;
  const text = $('example-text').value.trim();
  if (!text) return;
  const result = await api('POST', `/api/v1/editor/intents/${encodeURIComponent(name)}/examples`,
    { examples: { [$('intent-lang').value]: [text] } });
  await report(result, $('intent-status'));
  if (result.ok) {
    $('example-text').value = '';
    await loadExamples();
  }
}

// ------------------------------------------------------------------ synonyms and canned replies

async function loadFiles() {
  const list = await api('GET', '/api/v1/editor/files/list');
  if (!list.ok) return;
  $('file-path').replaceChildren(...list.data.files.map(path => option(path)));
  await loadFile();
}

async function loadFile() {
  const path = $('file-path').value;
  if (!path) return;
  const file = await api('GET', `/api/v1/editor/files?path=${encodeURIComponent(path)}`);
  if (!file.ok) return;
  state.file = file.data;
  $('file-text').value = file.data.text ?? '';
}

async function saveFile() {
  const result = await api('PUT', '/api/v1/editor/files',
    { path: state.file.path, text: $('file-text').value, baseVersion: state.file.version });
  await report(result, $('file-status'));
  if (result.ok) state.file.version = result.data.versions[state.file.path];
}

// ------------------------------------------------------------------ start

async function start() {
  // The page's language is chosen by editor.js (the language picker sets <html lang>); follow it.
  const pick = () => {
    const lang = document.documentElement.lang;
    state.ui = STRINGS[lang] ? lang : 'en';
    applyLabels();
  };
  pick();
  new MutationObserver(pick).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  await loadIntents();
  buildColumns();
  await loadIds();
  await loadDrafts();
  if (state.ids.length) await loadEntry($('faq-id').value);
  $('faq-id').addEventListener('change', () => loadEntry($('faq-id').value));
  $('faq-new').addEventListener('click', () => startNewEntry());
  $('faq-drafts').addEventListener('change', () => { if ($('faq-drafts').value) openDraft($('faq-drafts').value); });
  $('faq-save-draft').addEventListener('click', saveDraft);
  $('faq-discard-draft').addEventListener('click', discardDraft);
  $('faq-save').addEventListener('click', saveEntry);
  $('faq-rename').addEventListener('click', renameEntry);
  $('faq-retire').addEventListener('click', retireEntry);
  $('faq-bring-back').addEventListener('click', bringBackEntry);
  $('faq-history-lang').addEventListener('change', loadHistory);
  $('intent-name').addEventListener('change', loadExamples);
  $('intent-lang').addEventListener('change', loadExamples);
  $('example-add').addEventListener('submit', addExample);
  await loadExamples();
  $('file-path').addEventListener('change', loadFile);
  $('file-save').addEventListener('click', saveFile);
  await loadFiles();
  // "New FAQ" in the Learning section (learning.js) keeps a draft on the server; it opens here to be completed.
  window.addEventListener('tandem:faq-draft', async event => {
    await loadDrafts(event.detail.id);
    await openDraft(event.detail.id);
    $('faq-editor').scrollIntoView();
  });
  document.body.dataset.writingReady = 'true';
}

start();
