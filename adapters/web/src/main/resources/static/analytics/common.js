// Shared by the staff pages /editor (role EDITOR) and /analytics (ADMIN or EDITOR): it lives under
// /analytics/ because both roles may load files from there. DOM helpers (text always via textContent),
// the UI strings in en/ru/uk/pl (picker and API calls: /staff/staff.js), number and
// time formats, and the "unanswered questions" list both pages show.

import { api, csrfToken, LANGUAGES, setUpLanguage as setUpStaffLanguage, wordsIn } from '/staff/staff.js';
import { REASONS } from '/staff/labels.js';

export { LANGUAGES };

const STRINGS = {
  en: {
    skip: 'Skip to content',
    pagesNav: 'Pages',
    language: 'Language',
    signOut: 'Sign out',
    editorLink: 'Knowledge base',
    analyticsLink: 'Analytics',
    editorBrand: 'editor',
    analyticsBrand: 'analytics',
    editorTitle: 'Tandem editor',
    analyticsTitle: 'Tandem analytics',
    loading: 'Loading…',
    loadFailed: (message) => `Could not load: ${message}`,
    period: 'Period',
    days: (n) => (n === 1 ? 'Last 24 hours' : `Last ${n} days`),
    refresh: 'Refresh',
    showTable: 'Show as a table',
    none: '—',
    reasons: REASONS.en,
    // editor
    kbTitle: 'Knowledge base status',
    entriesCaption: 'FAQ entries per language',
    colLanguage: 'Language',
    colEntries: 'Entries',
    intents: (n) => `Intents: ${n}`,
    lastReload: (time) => `Last reload: ${time}`,
    rejectedTitle: (n) => (n === 1 ? '1 problem in the content: the file is not served'
      : `${n} problems in the content: these files are not served`),
    rejectedNone: 'No rejected files.',
    searchTitle: 'Search preview',
    searchLabel: 'A question, as a shopper would ask it',
    searchLang: 'Language',
    detect: 'Detect',
    searchButton: 'Search',
    searching: 'Searching…',
    hitsFor: (q, lang, n) => `${n} ${n === 1 ? 'hit' : 'hits'} for “${q}” (${lang.toUpperCase()})`,
    noHits: (q, lang) => `No FAQ entry matches “${q}” (${lang.toUpperCase()}). Maybe it is time to write one.`,
    score: 'score',
    // unanswered questions
    unansweredTitle: 'Questions the bot could not answer',
    unansweredLead: 'Shopper messages the bot had no answer for, similar wordings grouped, most frequent first: write these next.',
    unansweredNone: 'Nothing unanswered in this period.',
    asked: (n) => (String(n) === '1' ? 'asked once' : `asked ${n}×`),
    wordings: (n) => `${n} wordings`,
    copyFaq: 'Copy as a new FAQ question',
    copied: (path) => `Copied. Paste it into ${path} and write the answer.`,
    copyManually: (path) => `Copy this into ${path} and write the answer:`,
    newAnswer: 'Write the answer here.',
    colQuestion: 'Question',
    colAsked: 'Asked',
    // analytics
    since: (time) => `Since ${time}`,
    containment: 'Containment rate',
    containmentHint: (bot, n) => `${bot} of ${n} conversations without a person`,
    csatBot: 'CSAT · bot',
    csatAgent: 'CSAT · agent',
    ratings: (n) => (String(n) === '1' ? '1 rating' : `${n} ratings`),
    avgWait: 'Average wait',
    avgWaitHint: 'from handoff to an agent taking the chat',
    avgHandle: 'Average handle time',
    avgHandleHint: 'from an agent taking the chat to resolving it',
    helpful: 'Helpful votes',
    helpfulHint: (yes, no) => `${yes} helpful · ${no} not helpful`,
    handoffsTitle: 'Handoffs by reason',
    handoffsNone: 'No handoffs in this period.',
    handoffsChart: (total) => `Handoffs by reason, ${total} in all`,
    colReason: 'Reason',
    colCount: 'Handoffs',
    hoursTitle: 'Busiest hours (UTC)',
    hoursLead: 'Shopper messages per hour of the day',
    hoursChart: (peak) => (peak ? `Shopper messages per hour (UTC); busiest ${peak}` : 'No shopper messages in this period'),
    colHour: 'Hour (UTC)',
    colMessages: 'Messages',
    messages: (n) => (String(n) === '1' ? '1 message' : `${n} messages`),
    // containment over time, weekday × hour, splits
    trendTitle: 'Containment rate over time',
    trendLead: 'Share of each day’s conversations the bot handled without a person (UTC days)',
    trendNone: 'No conversations in this period.',
    trendChart: (days, first, last, overall) => `Containment rate per day over ${days} days with conversations: first ${first}, last ${last}, ${overall} overall`,
    dayPoint: (day, rate, n) => `${day}: ${rate} of ${n} conversations`,
    colDay: 'Day',
    colConversations: 'Conversations',
    colHandedOff: 'Handed off',
    colContainment: 'Containment',
    heatmapTitle: 'Busiest times: weekday × hour (UTC)',
    heatmapLead: 'Shopper messages; the darker the cell, the more messages',
    heatmapChart: (peak) => (peak ? `Shopper messages by weekday and hour (UTC); busiest ${peak}` : 'No shopper messages in this period'),
    colWeekday: 'Weekday',
    fewer: 'fewer',
    more: 'more',
    splitsTitle: 'By language and channel',
    splitsLead: 'Conversations, handoffs and the share the bot handled alone',
    splitsNone: 'No conversations in this period.',
    byLanguage: 'By language',
    byChannel: 'By channel',
    colChannel: 'Channel',
    channels: { web: 'Website chat', telegram: 'Telegram', email: 'E-mail' },
  },
  ru: {
    skip: 'Перейти к содержимому',
    pagesNav: 'Страницы',
    language: 'Язык',
    signOut: 'Выйти',
    editorLink: 'База знаний',
    analyticsLink: 'Аналитика',
    editorBrand: 'редактор',
    analyticsBrand: 'аналитика',
    editorTitle: 'Tandem — редактор',
    analyticsTitle: 'Tandem — аналитика',
    loading: 'Загрузка…',
    loadFailed: (message) => `Не удалось загрузить: ${message}`,
    period: 'Период',
    days: (n) => (n === 1 ? 'Последние 24 часа' : `Последние ${n} дн.`),
    refresh: 'Обновить',
    showTable: 'Показать таблицей',
    none: '—',
    reasons: REASONS.ru,
    kbTitle: 'Состояние базы знаний',
    entriesCaption: 'Записей FAQ по языкам',
    colLanguage: 'Язык',
    colEntries: 'Записей',
    intents: (n) => `Интентов: ${n}`,
    lastReload: (time) => `Последняя загрузка: ${time}`,
    rejectedTitle: (n) => `Проблем в контенте: ${n}. Эти файлы не используются`,
    rejectedNone: 'Отклонённых файлов нет.',
    searchTitle: 'Проверка поиска',
    searchLabel: 'Вопрос так, как его задал бы покупатель',
    searchLang: 'Язык',
    detect: 'Определить',
    searchButton: 'Искать',
    searching: 'Поиск…',
    hitsFor: (q, lang, n) => `Найдено ${n} по запросу «${q}» (${lang.toUpperCase()})`,
    noHits: (q, lang) => `Для «${q}» (${lang.toUpperCase()}) ничего не найдено. Возможно, пора написать ответ.`,
    score: 'оценка',
    unansweredTitle: 'Вопросы, на которые бот не ответил',
    unansweredLead: 'Сообщения покупателей без ответа бота, похожие сгруппированы, частые сверху: напишите их следующими.',
    unansweredNone: 'За этот период всё отвечено.',
    asked: (n) => `спросили ${n}×`,
    wordings: (n) => `формулировок: ${n}`,
    copyFaq: 'Скопировать как новый вопрос FAQ',
    copied: (path) => `Скопировано. Вставьте в ${path} и напишите ответ.`,
    copyManually: (path) => `Скопируйте это в ${path} и напишите ответ:`,
    newAnswer: 'Напишите ответ здесь.',
    colQuestion: 'Вопрос',
    colAsked: 'Раз',
    since: (time) => `С ${time}`,
    containment: 'Доля без оператора',
    containmentHint: (bot, n) => `${bot} из ${n} разговоров без человека`,
    csatBot: 'CSAT · бот',
    csatAgent: 'CSAT · оператор',
    ratings: (n) => `оценок: ${n}`,
    avgWait: 'Среднее ожидание',
    avgWaitHint: 'от передачи до того, как оператор взял чат',
    avgHandle: 'Среднее время обработки',
    avgHandleHint: 'от взятия чата до его решения',
    helpful: 'Оценки полезности',
    helpfulHint: (yes, no) => `${yes} помогло · ${no} не помогло`,
    handoffsTitle: 'Передачи оператору по причинам',
    handoffsNone: 'За этот период передач не было.',
    handoffsChart: (total) => `Передачи по причинам, всего ${total}`,
    colReason: 'Причина',
    colCount: 'Передач',
    hoursTitle: 'Самые загруженные часы (UTC)',
    hoursLead: 'Сообщения покупателей по часам суток',
    hoursChart: (peak) => (peak ? `Сообщения покупателей по часам (UTC); пик ${peak}` : 'За этот период сообщений нет'),
    colHour: 'Час (UTC)',
    colMessages: 'Сообщений',
    messages: (n) => `сообщений: ${n}`,
    trendTitle: 'Доля без оператора по дням',
    trendLead: 'Доля разговоров за день, которые бот провёл без человека (дни по UTC)',
    trendNone: 'За этот период разговоров не было.',
    trendChart: (days, first, last, overall) => `Доля без оператора по дням, дней с разговорами: ${days}; первый день ${first}, последний ${last}, в целом ${overall}`,
    dayPoint: (day, rate, n) => `${day}: ${rate} из ${n} разговоров`,
    colDay: 'День',
    colConversations: 'Разговоров',
    colHandedOff: 'Передано',
    colContainment: 'Без оператора',
    heatmapTitle: 'Загрузка: день недели × час (UTC)',
    heatmapLead: 'Сообщения покупателей; чем темнее клетка, тем больше сообщений',
    heatmapChart: (peak) => (peak ? `Сообщения покупателей по дням недели и часам (UTC); пик ${peak}` : 'За этот период сообщений нет'),
    colWeekday: 'День недели',
    fewer: 'меньше',
    more: 'больше',
    splitsTitle: 'По языкам и каналам',
    splitsLead: 'Разговоры, передачи и доля, с которой бот справился сам',
    splitsNone: 'За этот период разговоров не было.',
    byLanguage: 'По языкам',
    byChannel: 'По каналам',
    colChannel: 'Канал',
    channels: { web: 'Чат на сайте', telegram: 'Telegram', email: 'Эл. почта' },
  },
  uk: {
    skip: 'Перейти до вмісту',
    pagesNav: 'Сторінки',
    language: 'Мова',
    signOut: 'Вийти',
    editorLink: 'База знань',
    analyticsLink: 'Аналітика',
    editorBrand: 'редактор',
    analyticsBrand: 'аналітика',
    editorTitle: 'Tandem — редактор',
    analyticsTitle: 'Tandem — аналітика',
    loading: 'Завантаження…',
    loadFailed: (message) => `Не вдалося завантажити: ${message}`,
    period: 'Період',
    days: (n) => (n === 1 ? 'Останні 24 години' : `Останні ${n} дн.`),
    refresh: 'Оновити',
    showTable: 'Показати таблицею',
    none: '—',
    reasons: REASONS.uk,
    kbTitle: 'Стан бази знань',
    entriesCaption: 'Записів FAQ за мовами',
    colLanguage: 'Мова',
    colEntries: 'Записів',
    intents: (n) => `Інтентів: ${n}`,
    lastReload: (time) => `Останнє завантаження: ${time}`,
    rejectedTitle: (n) => `Проблем у контенті: ${n}. Ці файли не використовуються`,
    rejectedNone: 'Відхилених файлів немає.',
    searchTitle: 'Перевірка пошуку',
    searchLabel: 'Питання так, як його поставив би покупець',
    searchLang: 'Мова',
    detect: 'Визначити',
    searchButton: 'Шукати',
    searching: 'Пошук…',
    hitsFor: (q, lang, n) => `Знайдено ${n} за запитом «${q}» (${lang.toUpperCase()})`,
    noHits: (q, lang) => `Для «${q}» (${lang.toUpperCase()}) нічого не знайдено. Можливо, час написати відповідь.`,
    score: 'оцінка',
    unansweredTitle: 'Питання, на які бот не відповів',
    unansweredLead: 'Повідомлення покупців без відповіді бота, схожі згруповано, часті зверху: напишіть їх наступними.',
    unansweredNone: 'За цей період на все відповіли.',
    asked: (n) => `питали ${n}×`,
    wordings: (n) => `формулювань: ${n}`,
    copyFaq: 'Скопіювати як нове питання FAQ',
    copied: (path) => `Скопійовано. Вставте в ${path} і напишіть відповідь.`,
    copyManually: (path) => `Скопіюйте це в ${path} і напишіть відповідь:`,
    newAnswer: 'Напишіть відповідь тут.',
    colQuestion: 'Питання',
    colAsked: 'Разів',
    since: (time) => `Від ${time}`,
    containment: 'Частка без оператора',
    containmentHint: (bot, n) => `${bot} з ${n} розмов без людини`,
    csatBot: 'CSAT · бот',
    csatAgent: 'CSAT · оператор',
    ratings: (n) => `оцінок: ${n}`,
    avgWait: 'Середнє очікування',
    avgWaitHint: 'від передачі до того, як оператор узяв чат',
    avgHandle: 'Середній час обробки',
    avgHandleHint: 'від узяття чату до його вирішення',
    helpful: 'Оцінки корисності',
    helpfulHint: (yes, no) => `${yes} допомогло · ${no} не допомогло`,
    handoffsTitle: 'Передачі оператору за причинами',
    handoffsNone: 'За цей період передач не було.',
    handoffsChart: (total) => `Передачі за причинами, усього ${total}`,
    colReason: 'Причина',
    colCount: 'Передач',
    hoursTitle: 'Найзавантаженіші години (UTC)',
    hoursLead: 'Повідомлення покупців за годинами доби',
    hoursChart: (peak) => (peak ? `Повідомлення покупців за годинами (UTC); пік ${peak}` : 'За цей період повідомлень немає'),
    colHour: 'Година (UTC)',
    colMessages: 'Повідомлень',
    messages: (n) => `повідомлень: ${n}`,
    trendTitle: 'Частка без оператора за днями',
    trendLead: 'Частка розмов за день, які бот провів без людини (дні за UTC)',
    trendNone: 'За цей період розмов не було.',
    trendChart: (days, first, last, overall) => `Частка без оператора за днями, днів із розмовами: ${days}; перший день ${first}, останній ${last}, загалом ${overall}`,
    dayPoint: (day, rate, n) => `${day}: ${rate} з ${n} розмов`,
    colDay: 'День',
    colConversations: 'Розмов',
    colHandedOff: 'Передано',
    colContainment: 'Без оператора',
    heatmapTitle: 'Навантаження: день тижня × година (UTC)',
    heatmapLead: 'Повідомлення покупців; що темніша клітинка, то більше повідомлень',
    heatmapChart: (peak) => (peak ? `Повідомлення покупців за днями тижня й годинами (UTC); пік ${peak}` : 'За цей період повідомлень немає'),
    colWeekday: 'День тижня',
    fewer: 'менше',
    more: 'більше',
    splitsTitle: 'За мовами та каналами',
    splitsLead: 'Розмови, передачі та частка, з якою бот впорався сам',
    splitsNone: 'За цей період розмов не було.',
    byLanguage: 'За мовами',
    byChannel: 'За каналами',
    colChannel: 'Канал',
    channels: { web: 'Чат на сайті', telegram: 'Telegram', email: 'Ел. пошта' },
  },
  pl: {
    skip: 'Przejdź do treści',
    pagesNav: 'Strony',
    language: 'Język',
    signOut: 'Wyloguj',
    editorLink: 'Baza wiedzy',
    analyticsLink: 'Analityka',
    editorBrand: 'edytor',
    analyticsBrand: 'analityka',
    editorTitle: 'Tandem — edytor',
    analyticsTitle: 'Tandem — analityka',
    loading: 'Ładowanie…',
    loadFailed: (message) => `Nie udało się załadować: ${message}`,
    period: 'Okres',
    days: (n) => (n === 1 ? 'Ostatnie 24 godziny' : `Ostatnie ${n} dni`),
    refresh: 'Odśwież',
    showTable: 'Pokaż jako tabelę',
    none: '—',
    reasons: REASONS.pl,
    kbTitle: 'Stan bazy wiedzy',
    entriesCaption: 'Wpisy FAQ według języka',
    colLanguage: 'Język',
    colEntries: 'Wpisy',
    intents: (n) => `Intencje: ${n}`,
    lastReload: (time) => `Ostatnie wczytanie: ${time}`,
    rejectedTitle: (n) => `Problemy w treści: ${n}. Te pliki nie są używane`,
    rejectedNone: 'Brak odrzuconych plików.',
    searchTitle: 'Podgląd wyszukiwania',
    searchLabel: 'Pytanie, tak jak zadałby je klient',
    searchLang: 'Język',
    detect: 'Wykryj',
    searchButton: 'Szukaj',
    searching: 'Szukam…',
    hitsFor: (q, lang, n) => `Wyniki dla „${q}” (${lang.toUpperCase()}): ${n}`,
    noHits: (q, lang) => `Brak wpisu FAQ dla „${q}” (${lang.toUpperCase()}). Może czas go napisać.`,
    score: 'wynik',
    unansweredTitle: 'Pytania, na które bot nie odpowiedział',
    unansweredLead: 'Wiadomości klientów bez odpowiedzi bota, podobne zgrupowane, najczęstsze najpierw: te napisz w następnej kolejności.',
    unansweredNone: 'W tym okresie nie ma pytań bez odpowiedzi.',
    asked: (n) => `zadane ${n}×`,
    wordings: (n) => `sformułowania: ${n}`,
    copyFaq: 'Kopiuj jako nowe pytanie FAQ',
    copied: (path) => `Skopiowano. Wklej do ${path} i napisz odpowiedź.`,
    copyManually: (path) => `Skopiuj to do ${path} i napisz odpowiedź:`,
    newAnswer: 'Tu napisz odpowiedź.',
    colQuestion: 'Pytanie',
    colAsked: 'Ile razy',
    since: (time) => `Od ${time}`,
    containment: 'Odsetek bez konsultanta',
    containmentHint: (bot, n) => `${bot} z ${n} rozmów bez człowieka`,
    csatBot: 'CSAT · bot',
    csatAgent: 'CSAT · konsultant',
    ratings: (n) => `ocen: ${n}`,
    avgWait: 'Średni czas oczekiwania',
    avgWaitHint: 'od przekazania do podjęcia czatu przez konsultanta',
    avgHandle: 'Średni czas obsługi',
    avgHandleHint: 'od podjęcia czatu do jego zamknięcia',
    helpful: 'Oceny przydatności',
    helpfulHint: (yes, no) => `${yes} pomocne · ${no} niepomocne`,
    handoffsTitle: 'Przekazania według powodu',
    handoffsNone: 'W tym okresie nie było przekazań.',
    handoffsChart: (total) => `Przekazania według powodu, razem ${total}`,
    colReason: 'Powód',
    colCount: 'Przekazania',
    hoursTitle: 'Najbardziej ruchliwe godziny (UTC)',
    hoursLead: 'Wiadomości klientów według godziny',
    hoursChart: (peak) => (peak ? `Wiadomości klientów według godziny (UTC); najwięcej o ${peak}` : 'Brak wiadomości w tym okresie'),
    colHour: 'Godzina (UTC)',
    colMessages: 'Wiadomości',
    messages: (n) => `wiadomości: ${n}`,
    trendTitle: 'Odsetek bez konsultanta w czasie',
    trendLead: 'Część rozmów z danego dnia, które bot obsłużył bez człowieka (dni według UTC)',
    trendNone: 'W tym okresie nie było rozmów.',
    trendChart: (days, first, last, overall) => `Odsetek bez konsultanta dzień po dniu, dni z rozmowami: ${days}; pierwszy dzień ${first}, ostatni ${last}, łącznie ${overall}`,
    dayPoint: (day, rate, n) => `${day}: ${rate} z ${n} rozmów`,
    colDay: 'Dzień',
    colConversations: 'Rozmowy',
    colHandedOff: 'Przekazane',
    colContainment: 'Bez konsultanta',
    heatmapTitle: 'Ruch: dzień tygodnia × godzina (UTC)',
    heatmapLead: 'Wiadomości klientów; im ciemniejsze pole, tym więcej wiadomości',
    heatmapChart: (peak) => (peak ? `Wiadomości klientów według dnia tygodnia i godziny (UTC); najwięcej: ${peak}` : 'Brak wiadomości w tym okresie'),
    colWeekday: 'Dzień tygodnia',
    fewer: 'mniej',
    more: 'więcej',
    splitsTitle: 'Według języka i kanału',
    splitsLead: 'Rozmowy, przekazania i część obsłużona przez samego bota',
    splitsNone: 'W tym okresie nie było rozmów.',
    byLanguage: 'Według języka',
    byChannel: 'Według kanału',
    colChannel: 'Kanał',
    channels: { web: 'Czat na stronie', telegram: 'Telegram', email: 'E-mail' },
  },
};

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

export const $ = (id) => document.getElementById(id);

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

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

/** Signs out with the CSRF header; the token cookie is made by the sign-in page if this session has none yet. */
export async function signOut() {
  try {
    if (!csrfToken()) await fetch('/login', { credentials: 'same-origin' });
    await fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() }, credentials: 'same-origin' });
  } finally {
    location.href = '/login?logout';
  }
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
