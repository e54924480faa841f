// The analytics page's "Learning progress" card: week by week, the share of questions the bot answered, how
// many it could not, and how many learning items editors closed (GET /api/v1/analytics/learning).

import { api } from '/staff/staff.js';
import { $, el, formatNumber, formatPercent, strings } from '/analytics/common.js';

let weeks = null;
let language = 'en';

function render() {
  const t = strings(language).progress;
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
