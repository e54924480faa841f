// Shared by the staff pages /editor (role EDITOR) and /analytics (ADMIN or EDITOR): it lives under
// /analytics/ because both roles may load files from there. DOM helpers (text always via textContent),
// the UI strings in en/ru/uk/pl (words/*.json; picker and API calls: /staff/staff.js), number and
// time formats, and the "unanswered questions" list both pages show.

import {
  $, api, el, LANGUAGES, pageWords, setUpLanguage as setUpStaffLanguage, signOut, wordsIn,
} from '/staff/staff.js';
import { REASONS } from '/staff/labels.js';
import en from '/analytics/words/en.json' with { type: 'json' };
import ru from '/analytics/words/ru.json' with { type: 'json' };
import uk from '/analytics/words/uk.json' with { type: 'json' };
import pl from '/analytics/words/pl.json' with { type: 'json' };

export { $, el, LANGUAGES, signOut };

/** The pages' words in en/ru/uk/pl, kept as data in /analytics/words/*.json; reasons from the one label table. */
const STRINGS = pageWords({ en, ru, uk, pl });
Object.entries(STRINGS).forEach(([language, words]) => { words.reasons = REASONS[language]; });

// ------------------------------------------------------------------ language

export function strings(language) {
  return wordsIn(STRINGS, language);
}

/** The staff pages' language picker (staff/staff.js), with the page title in the chosen language. */
export function setUpLanguage(select, titleKey, onChange) {
  return setUpStaffLanguage(select, STRINGS, (language, t) => {
    document.title = t[titleKey];
    onChange(language, t);
  });
}

// ------------------------------------------------------------------ DOM and API

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes; any text goes in with textContent. */
export function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A GET of API v1 with the page's session: JSON back, errors as Error with status and code. */
export function getJson(path) {
  return api('GET', path);
}

export function showAlert(message) {
  const alert = $('alert');
  alert.textContent = message;
  alert.hidden = false;
}

export function hideAlert() {
  $('alert').hidden = true;
}

// ------------------------------------------------------------------ formats

export function formatNumber(language, value, options = {}) {
  return new Intl.NumberFormat(language, options).format(value);
}

export function formatPercent(language, share) {
  return formatNumber(language, share, { style: 'percent', maximumFractionDigits: 1 });
}

export function formatDateTime(language, iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso ?? '') : date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** 75 → "1 min 15 s", in the page's language (Intl units, no words to translate). */
export function formatDuration(language, seconds) {
  const total = Math.max(0, Math.round(seconds));
  const unit = (value, name) => formatNumber(language, value, { style: 'unit', unit: name, unitDisplay: 'short' });
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return [unit(h, 'hour'), unit(m, 'minute')].join(' ');
  if (m > 0) return [unit(m, 'minute'), unit(s, 'second')].join(' ');
  return unit(s, 'second');
}

// ------------------------------------------------------------------ unanswered questions

/** Lower case, no punctuation, one space: "Purple elephants?!" and "purple  elephants" are one question. */
function similarityKey(text) {
  return String(text ?? '').toLowerCase().normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Groups the summary's questions by language and similar wording, most asked first. */
export function groupQuestions(questions) {
  const groups = new Map();
  for (const question of questions ?? []) {
    const key = `${question.language}\u0000${similarityKey(question.text)}`;
    let group = groups.get(key);
    if (!group) {
      group = { language: question.language, count: 0, wordings: [] };
      groups.set(key, group);
    }
    group.count += Number(question.count) || 0;
    group.wordings.push({ text: question.text, count: Number(question.count) || 0 });
  }
  const list = [...groups.values()];
  list.forEach(group => group.wordings.sort((a, b) => b.count - a.count));
  return list.sort((a, b) => b.count - a.count);
}

function slug(text) {
  const ascii = String(text).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return (ascii.split('-').slice(0, 6).join('-') || 'new-question');
}

/** The skeleton of a new FAQ file (YAML front matter, strings JSON-quoted, which YAML reads as they are). */
export function faqSkeleton(group, t) {
  const id = slug(group.wordings[0].text);
  const language = LANGUAGES.includes(group.language) ? group.language : 'en';
  const lines = ['---', `id: ${id}`, `title: ${JSON.stringify(group.wordings[0].text)}`, 'questions:',
    ...group.wordings.map(w => `  - ${JSON.stringify(w.text)}`), '---', t.newAnswer, ''];
  return { path: `faq/${language}/${id}.md`, text: lines.join('\n') };
}

async function copyText(text) {
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The list of unanswered questions with counts and the "copy as a new FAQ question" action. */
export function renderUnanswered(list, empty, questions, t) {
  const groups = groupQuestions(questions);
  empty.textContent = t.unansweredNone;
  empty.hidden = groups.length > 0;
  list.replaceChildren(...groups.map(group => {
    const item = el('li', 'question');
    item.dataset.language = group.language;
    item.dataset.count = String(group.count);
    const head = el('div', 'question-head');
    const count = el('span', 'badge count', t.asked(group.count));
    const language = el('span', 'badge lang', (group.language || '?').toUpperCase());
    const text = el('p', 'question-text', group.wordings[0].text);
    text.lang = group.language || '';
    head.append(language, count);
    if (group.wordings.length > 1) head.append(el('span', 'badge', t.wordings(group.wordings.length)));
    item.append(head, text);
    if (group.wordings.length > 1) {
      const others = el('ul', 'wordings');
      group.wordings.slice(1).forEach(w => others.append(el('li', '', `${w.text} (${w.count})`)));
      item.append(others);
    }
    const copy = el('button', 'copy-faq ghost', t.copyFaq);
    copy.type = 'button';
    const note = el('p', 'copy-note muted');
    note.setAttribute('role', 'status');
    const preview = el('pre', 'faq-skeleton');
    preview.hidden = true;
    preview.tabIndex = 0;
    copy.addEventListener('click', async () => {
      const skeleton = faqSkeleton(group, t);
      preview.textContent = skeleton.text;
      preview.hidden = false;
      const copied = await copyText(skeleton.text);
      note.textContent = copied ? t.copied(skeleton.path) : t.copyManually(skeleton.path);
      if (!copied) {
        const range = document.createRange();
        range.selectNodeContents(preview);
        const selection = getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        preview.focus();
      }
    });
    item.append(copy, note, preview);
    return item;
  }));
}

export const PERIODS = [1, 7, 30, 90];

/** Fills a period picker (1/7/30/90 days), keeping its value. */
export function fillPeriods(select, t, current) {
  select.replaceChildren(...PERIODS.map(days => {
    const option = el('option', '', t.days(days));
    option.value = String(days);
    return option;
  }));
  select.value = String(current);
}
