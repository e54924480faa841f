// Tandem editor page (/editor, role EDITOR): the knowledge base as the bot serves it (entries per language,
// last reload, rejected files), a search preview with the widget's safe Markdown renderer, and the questions
// the bot could not answer. Only reads (GET); everything from the server goes in as text or safe DOM.

import { renderMarkdown } from '/widget/markdown.js';
import {
  $, el, fillPeriods, formatDateTime, formatNumber, getJson, hideAlert, LANGUAGES, renderUnanswered,
  setUpLanguage, showAlert, signOut,
} from '/analytics/common.js';
import { refreshLearning, showLearning } from '/editor/learning.js';

const state = { language: 'en', t: null, status: null, search: null, summary: null, days: 30 };

// ------------------------------------------------------------------ knowledge-base status

/** Loads {@code path} into a section (busy meanwhile) and shows it; a failure goes to the page's alert. */
async function loadSection(section, path, show) {
  $(section).setAttribute('aria-busy', 'true');
  try {
    show(await getJson(path));
  } catch (error) {
    showAlert(state.t.loadFailed(error.message));
  } finally {
    $(section).setAttribute('aria-busy', 'false');
  }
}

function loadStatus() {
  return loadSection('kb', '/api/v1/kb/status', status => { state.status = status; renderStatus(); });
}

function renderStatus() {
  const status = state.status;
  if (!status) return;
  const t = state.t;
  const entries = status.entries ?? {};
  const codes = [...LANGUAGES, ...Object.keys(entries).filter(code => !LANGUAGES.includes(code))];
  $('kb-entries').tBodies[0].replaceChildren(...codes.map(code => {
    const row = el('tr');
    row.dataset.lang = code;
    const name = el('th', '', code.toUpperCase());
    name.scope = 'row';
    row.append(name, el('td', 'num count', formatNumber(state.language, entries[code] ?? 0)));
    return row;
  }));
  $('kb-intents').textContent = t.intents(status.intents ?? 0);
  $('kb-reload').textContent = t.lastReload(formatDateTime(state.language, status.lastReload));
  const rejected = status.rejected ?? [];
  $('kb-rejected').hidden = rejected.length === 0;
  $('kb-rejected-title').textContent = t.rejectedTitle(rejected.length);
  $('kb-rejected-list').replaceChildren(...rejected.map(problem => {
    const item = el('li');
    item.append(el('code', '', problem));
    return item;
  }));
  $('kb-rejected-none').hidden = rejected.length > 0;
  $('kb-rejected-none').textContent = t.rejectedNone;
}

// ------------------------------------------------------------------ search preview

async function search(event) {
  event.preventDefault();
  const q = $('search-q').value.trim();
  if (!q) return;
  const params = new URLSearchParams({ q, limit: '5' });
  if ($('search-lang').value) params.set('lang', $('search-lang').value);
  $('search-go').disabled = true;
  $('search-status').textContent = state.t.searching;
  try {
    state.search = await getJson(`/api/v1/kb/search?${params}`);
    renderSearch();
  } catch (error) {
    state.search = null;
    $('hits').replaceChildren();
    $('search-status').textContent = error.message;
  } finally {
    $('search-go').disabled = false;
  }
}

function renderSearch() {
  const result = state.search;
  if (!result) return;
  const t = state.t;
  const hits = result.hits ?? [];
  $('search-status').textContent = hits.length ? t.hitsFor(hits.length, result.query, result.lang.toUpperCase())
    : t.noHits(result.query, result.lang.toUpperCase());
  $('hits').replaceChildren(...hits.map((hit, index) => {
    const item = el('li', 'hit');
    item.dataset.id = hit.id;
    item.lang = result.lang;
    const head = el('div', 'hit-head');
    const score = el('span', 'hit-score', `${t.score} ${formatNumber(state.language, hit.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    score.dataset.score = String(hit.score);
    head.append(el('span', 'hit-rank', `${index + 1}.`), el('h3', 'hit-title', hit.title), score, el('code', 'hit-id', hit.id));
    const answer = el('div', 'answer');
    answer.append(renderMarkdown(hit.answer));
    item.append(head, answer);
    return item;
  }));
}

// ------------------------------------------------------------------ unanswered questions

function loadUnanswered() {
  return loadSection('unanswered', `/api/v1/analytics/summary?days=${state.days}`,
    summary => { state.summary = summary; renderQuestions(); });
}

function renderQuestions() {
  if (!state.summary) return;
  renderUnanswered($('unanswered-list'), $('unanswered-empty'), state.summary.unanswered, state.t);
}

// ------------------------------------------------------------------ start

function start() {
  setUpLanguage($('ui-lang'), 'editorTitle', (language, t) => {
    state.language = language;
    state.t = t;
    fillPeriods($('unanswered-days'), t, state.days);
    renderStatus();
    renderSearch();
    renderQuestions();
    showLearning(language, state.days);
  });
  $('logout').addEventListener('click', signOut);
  $('kb-refresh').addEventListener('click', () => { hideAlert(); loadStatus(); });
  $('search-form').addEventListener('submit', search);
  $('unanswered-days').addEventListener('change', event => {
    state.days = Number(event.target.value) || 30;
    loadUnanswered();
    showLearning(state.language, state.days);
  });
  $('unanswered-refresh').addEventListener('click', () => { hideAlert(); loadUnanswered(); });
  $('learning-refresh').addEventListener('click', () => { hideAlert(); refreshLearning(); });
  loadStatus();
  loadUnanswered();
}

start();
