// What every staff page (console, editor, analytics) shares: the language choice and picker, building the DOM,
// calls to API v1 with the sign-in session and its CSRF header, and signing out. Served to everyone (it holds no
// data), so agents, editors and admins load the same file. Words go into the page with textContent only.

export const LANGUAGES = ['en', 'ru', 'uk', 'pl'];
const LANGUAGE_NAMES = { en: 'English', ru: 'Русский', uk: 'Українська', pl: 'Polski' };
/** One choice covers every staff page. */
const STORAGE_KEY = 'tandem.staff.lang';

function languageOf(locale) {
  const code = String(locale ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.includes(code) ? code : null;
}

/** ?lang=, then the last choice, then the browser's languages; English when none fits. */
function initialLanguage() {
  const fromQuery = languageOf(new URLSearchParams(location.search).get('lang'));
  if (fromQuery) return fromQuery;
  let saved = null;
  try { saved = languageOf(localStorage.getItem(STORAGE_KEY)); } catch { /* storage may be off */ }
  if (saved) return saved;
  for (const locale of navigator.languages ?? [navigator.language]) {
    const language = languageOf(locale);
    if (language) return language;
  }
  return 'en';
}

/**
 * A page's words, kept as data for translators in {@code <page>/words/<language>.json} and imported as JSON
 * modules, so they load with the page's scripts: each one object of key → message. A message with {0}, {1}…
 * is called with those arguments; an object with an "other" form and forms for exact numbers ("=1") picks its
 * form by the first argument; any other object is a table of messages. Takes and returns {language: words}.
 */
export function pageWords(byLanguage) {
  return Object.fromEntries(Object.entries(byLanguage).map(([language, words]) => [language, messages(words)]));
}

function messages(value) {
  if (typeof value === 'string') {
    return /\{\d\}/.test(value) ? (...args) => value.replace(/\{(\d)\}/g, (_, index) => String(args[index])) : value;
  }
  const forms = Object.fromEntries(Object.entries(value).map(([key, message]) => [key, messages(message)]));
  const keys = Object.keys(value);
  if (!keys.includes('other') || !keys.every(key => key === 'other' || /^=\d+$/.test(key))) return forms;
  return (...args) => {
    const form = forms[`=${args[0]}`] ?? forms.other;
    return typeof form === 'function' ? form(...args) : form;
  };
}

/** The page's words in a language, English when the language is not one of the four. */
export function wordsIn(allWords, language) {
  return allWords[languageOf(language) ?? 'en'];
}

/**
 * Fills the page's fixed words ({@code data-i18n}, {@code data-i18n-aria}, {@code data-i18n-title}) from
 * {@code allWords[language]} and wires the language picker; {@code onChange(language, words)} re-renders what
 * the page built itself. Returns a getter of the current language.
 */
export function setUpLanguage(select, allWords, onChange) {
  let language = initialLanguage();
  select.replaceChildren(...LANGUAGES.map(code => {
    const option = document.createElement('option');
    option.textContent = LANGUAGE_NAMES[code];
    option.value = code;
    option.lang = code;
    return option;
  }));
  const apply = () => {
    const words = wordsIn(allWords, language);
    document.documentElement.lang = language;
    select.value = language;
    const fill = (attribute, set) => document.querySelectorAll(`[data-${attribute}]`).forEach(node => {
      const value = words[node.getAttribute(`data-${attribute}`)];
      if (typeof value === 'string') set(node, value);
    });
    fill('i18n', (node, value) => { node.textContent = value; });
    fill('i18n-aria', (node, value) => node.setAttribute('aria-label', value));
    fill('i18n-title', (node, value) => { node.title = value; });
    onChange(language, words);
  };
  select.addEventListener('change', () => {
    language = languageOf(select.value) ?? 'en';
    try { localStorage.setItem(STORAGE_KEY, language); } catch { /* fine */ }
    apply();
  });
  apply();
  return () => language;
}

export const $ = (id) => document.getElementById(id);

/** An element with an optional class and text (set as text, never as HTML). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function csrfToken() {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/** Signs out with the CSRF header; the token cookie is made by the sign-in page if this session has none yet. */
export async function signOut() {
  try {
    if (!csrfToken()) await fetch('/login', { credentials: 'same-origin' });
    await fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() }, credentials: 'same-origin' });
  } finally {
    location.href = '/login?logout';
  }
}

/**
 * A call of API v1 with the page's session (and the CSRF header when it changes something): JSON back; a
 * lapsed session goes to the sign-in page; other failures are an Error with the status and the API's code.
 */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    location.href = '/login';
    throw new Error('signed out');
  }
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(json.message || `${response.status} ${response.statusText}`);
    error.status = response.status;
    error.code = json.error;
    throw error;
  }
  return json;
}
