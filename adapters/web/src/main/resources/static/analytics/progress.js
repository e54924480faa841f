// The analytics page's "Learning progress" card: week by week, the share of questions the bot answered, how
// many it could not, and how many learning items editors closed (GET /api/v1/analytics/learning).

import { api } from '/staff/staff.js';
import { $, el, formatNumber, formatPercent } from '/analytics/common.js';

const WORDS = {
  en: { title: 'Learning progress', caption: 'Per week (Monday, UTC)', week: 'Week', answered: 'Answered',
    unanswered: 'Unanswered', closed: 'Closed by editors', dismissed: 'Dismissed', none: 'No weeks yet.' },
  ru: { title: 'Прогресс обучения', caption: 'По неделям (с понедельника, UTC)', week: 'Неделя', answered: 'С ответом',
    unanswered: 'Без ответа', closed: 'Закрыто редакторами', dismissed: 'Отклонено', none: 'Пока нет недель.' },
  uk: { title: 'Прогрес навчання', caption: 'За тижнями (з понеділка, UTC)', week: 'Тиждень', answered: 'З відповіддю',
    unanswered: 'Без відповіді', closed: 'Закрито редакторами', dismissed: 'Відхилено', none: 'Поки немає тижнів.' },
  pl: { title: 'Postępy nauki', caption: 'Tygodniowo (od poniedziałku, UTC)', week: 'Tydzień', answered: 'Z odpowiedzią',
    unanswered: 'Bez odpowiedzi', closed: 'Zamknięte przez redaktorów', dismissed: 'Odrzucone', none: 'Brak tygodni.' },
};

let weeks = null;
let language = 'en';

function render() {
  const t = WORDS[language] ?? WORDS.en;
  $('progress-title').textContent = t.title;
  $('progress-caption').textContent = t.caption;
  const head = $('progress-table').tHead.rows[0];
  [t.week, t.answered, t.unanswered, t.closed, t.dismissed].forEach((label, i) => { head.cells[i].textContent = label; });
  $('progress-table').tBodies[0].replaceChildren(...(weeks ?? []).map(week => {
    const row = el('tr');
    row.dataset.week = week.weekStart;
    const th = el('th', '', new Date(`${week.weekStart}T00:00:00Z`).toLocaleDateString(language, { timeZone: 'UTC', day: 'numeric', month: 'short' }));
    th.scope = 'row';
    row.append(th,
      el('td', 'num answered', week.answeredShare === undefined ? '—' : formatPercent(language, week.answeredShare)),
      el('td', 'num unanswered', formatNumber(language, week.unanswered)),
      el('td', 'num closed', formatNumber(language, week.closed)),
      el('td', 'num dismissed', formatNumber(language, week.dismissed)));
    return row;
  }));
}

/** Called by the page with its language; loads the weeks once. */
export async function showProgress(newLanguage) {
  language = newLanguage;
  if (weeks === null) {
    try {
      weeks = (await api('GET', '/api/v1/analytics/learning?weeks=12')).weeks;
    } catch (error) {
      weeks = [];
      $('progress-caption').textContent = error.message;
      return;
    }
  }
  render();
}
