// Tandem analytics page (/analytics, roles ADMIN and EDITOR): the summary of GET /api/v1/analytics/summary
// over 1, 7, 30 or 90 days. Charts are SVG elements built with DOM APIs (no library, no inline styles), each
// with an accessible name and a table with the same numbers.

import {
  $, el, fillPeriods, formatDateTime, formatDuration, formatNumber, formatPercent, getJson, hideAlert, PERIODS,
  renderUnanswered, setUpLanguage, showAlert, signOut, svg,
} from '/analytics/common.js';

const state = { language: 'en', t: null, days: 30, summary: null, loading: 0 };

function initialDays() {
  const days = Number(new URLSearchParams(location.search).get('days'));
  return PERIODS.includes(days) ? days : 30;
}

async function load() {
  const ticket = ++state.loading;
  $('main').setAttribute('aria-busy', 'true');
  try {
    const summary = await getJson(`/api/v1/analytics/summary?days=${state.days}`);
    if (ticket !== state.loading) return;   // a newer period was picked meanwhile
    hideAlert();
    state.summary = summary;
    render();
  } catch (error) {
    showAlert(state.t.loadFailed(error.message));
  } finally {
    if (ticket === state.loading) $('main').setAttribute('aria-busy', 'false');
  }
}

function render() {
  const s = state.summary;
  if (!s) return;
  const t = state.t;
  const lang = state.language;
  $('main').dataset.days = String(state.days);
  $('since').textContent = t.since(formatDateTime(lang, s.since));

  const conversations = Number(s.conversations) || 0;
  const contained = conversations - (Number(s.handedOff) || 0);
  kpi('kpi-containment', formatPercent(lang, s.containmentRate ?? 0),
    t.containmentHint(formatNumber(lang, Math.max(0, contained)), formatNumber(lang, conversations)));
  drawMeter(s.containmentRate ?? 0);
  csat('kpi-csat-bot', s.csat?.bot);
  csat('kpi-csat-agent', s.csat?.agent);
  kpi('kpi-wait', s.averageWaitSeconds == null ? t.none : formatDuration(lang, s.averageWaitSeconds));
  kpi('kpi-handle', s.averageHandleSeconds == null ? t.none : formatDuration(lang, s.averageHandleSeconds));
  const votes = s.helpfulVotes ?? { helpful: 0, unhelpful: 0 };
  const cast = votes.helpful + votes.unhelpful;
  kpi('kpi-helpful', cast ? formatPercent(lang, votes.helpful / cast) : t.none,
    t.helpfulHint(formatNumber(lang, votes.helpful), formatNumber(lang, votes.unhelpful)));

  renderHandoffs(s.handoffsByReason ?? {});
  renderHours(s.busiestHours ?? []);
  renderUnanswered($('unanswered-list'), $('unanswered-empty'), s.unanswered, t);
}

function kpi(id, value, hint) {
  const box = $(id);
  box.querySelector('.kpi-value').textContent = value;
  if (hint !== undefined) box.querySelector('.kpi-hint').textContent = hint;
}

function csat(id, view) {
  const t = state.t;
  const ratings = view?.ratings ?? 0;
  const average = view?.average;
  kpi(id, average == null ? t.none : `${formatNumber(state.language, average, { maximumFractionDigits: 1 })} / 5`,
    t.ratings(formatNumber(state.language, ratings)));
  $(id).dataset.ratings = String(ratings);
}

function drawMeter(share) {
  const meter = $('kpi-containment').querySelector('.meter-svg');
  const width = Math.max(0, Math.min(1, share)) * 100;
  meter.replaceChildren(svg('rect', { class: 'meter-track', x: 0, y: 0, width: 100, height: 8, rx: 4 }),
    svg('rect', { class: 'meter-fill', x: 0, y: 0, width: width.toFixed(2), height: 8, rx: 4 }));
}

// ------------------------------------------------------------------ handoffs by reason: horizontal bars

const CHART_WIDTH = 360;

function renderHandoffs(byReason) {
  const t = state.t;
  const lang = state.language;
  const rows = Object.entries(byReason).map(([reason, count]) => ({ reason, count: Number(count) || 0 }))
    .sort((a, b) => b.count - a.count);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const label = (reason) => t.reasons[reason] ?? reason;

  $('handoffs-empty').textContent = t.handoffsNone;
  $('handoffs-empty').hidden = rows.length > 0;
  $('handoffs-details').hidden = rows.length === 0;
  $('handoffs-table').tBodies[0].replaceChildren(...rows.map(row => {
    const tr = el('tr');
    tr.dataset.reason = row.reason;
    const name = el('th', '', label(row.reason));
    name.scope = 'row';
    tr.append(name, el('td', 'num', formatNumber(lang, row.count)));
    return tr;
  }));
  if (rows.length === 0) {
    $('handoffs-chart').replaceChildren();
    return;
  }

  const rowHeight = 44;
  const max = Math.max(...rows.map(row => row.count), 1);
  const height = rows.length * rowHeight;
  const chart = svg('svg', { viewBox: `0 0 ${CHART_WIDTH} ${height}`, role: 'img', 'aria-labelledby': 'handoffs-svg-title' });
  const summary = rows.map(row => `${label(row.reason)}: ${row.count}`).join(', ');
  chart.append(svg('title', { id: 'handoffs-svg-title' }, `${t.handoffsChart(total)}. ${summary}`));
  rows.forEach((row, i) => {
    const y = i * rowHeight;
    const barWidth = Math.max(2, (row.count / max) * (CHART_WIDTH - 2));
    const bar = svg('rect', { class: 'bar', x: 0, y: y + 20, width: barWidth.toFixed(1), height: 16, rx: 3 });
    bar.dataset.reason = row.reason;
    bar.dataset.count = String(row.count);
    bar.append(svg('title', {}, `${label(row.reason)}: ${row.count}`));
    chart.append(svg('text', { class: 'bar-label', x: 0, y: y + 15 }, label(row.reason)),
      svg('text', { class: 'bar-value', x: CHART_WIDTH, y: y + 15, 'text-anchor': 'end' }, formatNumber(lang, row.count)),
      bar);
  });
  $('handoffs-chart').replaceChildren(chart);
}

// ------------------------------------------------------------------ busiest hours: 24 columns

function hourLabel(hour) {
  return `${String(hour).padStart(2, '0')}:00`;
}

function renderHours(busiest) {
  const t = state.t;
  const lang = state.language;
  const counts = Array.from({ length: 24 }, () => 0);
  busiest.forEach(({ hour, messages }) => {
    if (hour >= 0 && hour < 24) counts[hour] = Number(messages) || 0;
  });
  const max = Math.max(...counts);
  const peak = max > 0 ? counts.indexOf(max) : -1;

  $('hours-table').tBodies[0].replaceChildren(...counts.map((count, hour) => {
    const tr = el('tr');
    tr.dataset.hour = String(hour);
    const name = el('th', '', hourLabel(hour));
    name.scope = 'row';
    tr.append(name, el('td', 'num', formatNumber(lang, count)));
    return tr;
  }));

  const height = 170;
  const left = 28;
  const top = 8;
  const bottom = 20;
  const plot = height - top - bottom;
  const step = (CHART_WIDTH - left) / 24;
  const chart = svg('svg', { viewBox: `0 0 ${CHART_WIDTH} ${height}`, role: 'img', 'aria-labelledby': 'hours-svg-title' });
  chart.append(svg('title', { id: 'hours-svg-title' },
    t.hoursChart(peak >= 0 ? `${hourLabel(peak)} (${t.messages(formatNumber(lang, max))})` : null)));
  chart.append(svg('line', { class: 'axis', x1: left, y1: top + plot + 0.5, x2: CHART_WIDTH, y2: top + plot + 0.5 }));
  chart.append(svg('text', { class: 'tick', x: left - 4, y: top + 8, 'text-anchor': 'end' }, formatNumber(lang, max)));
  chart.append(svg('text', { class: 'tick', x: left - 4, y: top + plot, 'text-anchor': 'end' }, '0'));
  counts.forEach((count, hour) => {
    const barHeight = max > 0 ? (count / max) * plot : 0;
    const bar = svg('rect', {
      class: hour === peak ? 'bar peak' : 'bar',
      x: (left + hour * step + 1).toFixed(1), y: (top + plot - barHeight).toFixed(1),
      width: (step - 2).toFixed(1), height: Math.max(barHeight, count > 0 ? 1 : 0).toFixed(1),
    });
    bar.dataset.hour = String(hour);
    bar.dataset.messages = String(count);
    bar.append(svg('title', {}, `${hourLabel(hour)} UTC: ${t.messages(formatNumber(lang, count))}`));
    chart.append(bar);
    if (hour % 3 === 0) {
      chart.append(svg('text', { class: 'tick', x: (left + hour * step + step / 2).toFixed(1), y: height - 6, 'text-anchor': 'middle' },
        String(hour).padStart(2, '0')));
    }
  });
  $('hours-chart').replaceChildren(chart);
}

// ------------------------------------------------------------------ start

async function offerEditorLink() {
  // Editors also keep the knowledge base: show them the way there (an admin gets 403 and no link).
  try {
    const response = await fetch('/api/v1/kb/status', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    $('editor-link').hidden = !response.ok;
  } catch {
    // no link
  }
}

function start() {
  state.days = initialDays();
  setUpLanguage($('ui-lang'), 'analyticsTitle', (language, t) => {
    state.language = language;
    state.t = t;
    fillPeriods($('days'), t, state.days);
    render();
  });
  $('days').addEventListener('change', event => {
    state.days = Number(event.target.value) || 30;
    const url = new URL(location.href);
    url.searchParams.set('days', String(state.days));
    history.replaceState(null, '', url);
    load();
  });
  $('logout').addEventListener('click', signOut);
  load();
  offerEditorLink();
}

start();
