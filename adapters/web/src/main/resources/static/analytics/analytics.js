// Tandem analytics page (/analytics, roles ADMIN and EDITOR): the summary of GET /api/v1/analytics/summary
// over 1, 7, 30 or 90 days. Charts are SVG elements built with DOM APIs (no library, no inline styles), each
// with an accessible name and a table with the same numbers.

import { showProgress } from '/analytics/progress.js';
import {
  $, el, fillPeriods, formatDateTime, formatDuration, formatNumber, formatPercent, getJson, hideAlert, PERIODS,
  renderUnanswered, setUpLanguage, showAlert, signOut, svg,
} from '/analytics/common.js';
import { languageLabel } from '/staff/labels.js';

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

  renderTrend(s.byDay ?? [], s.since, s.containmentRate ?? 0);
  renderHandoffs(s.handoffsByReason ?? {});
  renderHours(s.busiestHours ?? []);
  renderHeatmap(s.weekdayHours ?? []);
  renderSplits(s.byLanguage ?? [], s.byChannel ?? []);
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
    peak >= 0 ? t.hoursChart(`${hourLabel(peak)} (${t.messages(formatNumber(lang, max))})`) : t.chartNoMessages));
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

// ------------------------------------------------------------------ containment over time: a line per UTC day

const DAY_MS = 24 * 60 * 60 * 1000;

/** "2026-11-25" → days since the epoch (UTC), or NaN. */
function dayNumber(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(day ?? ''));
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS : NaN;
}

function dayLabel(number, options = { day: 'numeric', month: 'short' }) {
  return new Intl.DateTimeFormat(state.language, { ...options, timeZone: 'UTC' }).format(new Date(number * DAY_MS));
}

function renderTrend(byDay, since, overall) {
  const t = state.t;
  const lang = state.language;
  const rows = byDay.map(row => {
    const conversations = Number(row.conversations) || 0;
    const handedOff = Number(row.handedOff) || 0;
    return { day: row.day, number: dayNumber(row.day), conversations, handedOff,
      rate: conversations > 0 ? Math.max(0, Math.min(1, 1 - handedOff / conversations)) : null };
  }).filter(row => !Number.isNaN(row.number)).sort((a, b) => a.number - b.number);
  const withRate = rows.filter(row => row.rate !== null);

  $('trend-empty').textContent = t.trendNone;
  $('trend-empty').hidden = withRate.length > 0;
  $('trend-details').hidden = rows.length === 0;
  $('trend-table').tBodies[0].replaceChildren(...rows.map(row => {
    const tr = el('tr');
    tr.dataset.day = row.day;
    const name = el('th', '', dayLabel(row.number, { dateStyle: 'medium' }));
    name.scope = 'row';
    tr.append(name, el('td', 'num', formatNumber(lang, row.conversations)), el('td', 'num', formatNumber(lang, row.handedOff)),
      el('td', 'num', row.rate === null ? t.none : formatPercent(lang, row.rate)));
    return tr;
  }));
  if (withRate.length === 0) {
    $('trend-chart').replaceChildren();
    return;
  }

  // The x axis spans the whole period, so days without conversations show as gaps in the line.
  const sinceDay = Math.floor(new Date(since).getTime() / DAY_MS);
  const first = Math.min(withRate[0].number, Number.isNaN(sinceDay) ? Infinity : sinceDay);
  const last = Math.max(withRate[withRate.length - 1].number, Math.floor(Date.now() / DAY_MS));
  const slots = last - first + 1;
  const height = 180;
  const left = 34;
  const right = 8;
  const top = 10;
  const bottom = 22;
  const plot = height - top - bottom;
  const step = (CHART_WIDTH - left - right) / slots;
  const x = (number) => left + (number - first + 0.5) * step;
  const y = (rate) => top + (1 - rate) * plot;

  const chart = svg('svg', { viewBox: `0 0 ${CHART_WIDTH} ${height}`, role: 'img', 'aria-labelledby': 'trend-svg-title' });
  chart.append(svg('title', { id: 'trend-svg-title' }, t.trendChart(formatNumber(lang, withRate.length),
    formatPercent(lang, withRate[0].rate), formatPercent(lang, withRate[withRate.length - 1].rate), formatPercent(lang, overall))));
  [0, 0.5, 1].forEach(rate => {
    chart.append(svg('line', { class: rate === 0 ? 'axis' : 'grid-line', x1: left, y1: y(rate) + 0.5, x2: CHART_WIDTH - right, y2: y(rate) + 0.5 }),
      svg('text', { class: 'tick', x: left - 4, y: y(rate) + 3, 'text-anchor': 'end' }, formatPercent(lang, rate)));
  });
  let path = '';
  let previous = null;
  withRate.forEach(row => {
    path += `${previous !== null && row.number === previous + 1 ? 'L' : 'M'}${x(row.number).toFixed(1)} ${y(row.rate).toFixed(1)} `;
    previous = row.number;
  });
  chart.append(svg('path', { class: 'trend-line', d: path.trim() }));
  withRate.forEach(row => {
    const dot = svg('circle', { class: 'trend-dot', cx: x(row.number).toFixed(1), cy: y(row.rate).toFixed(1), r: 3.5 });
    dot.dataset.day = row.day;
    dot.dataset.rate = row.rate.toFixed(4);
    dot.append(svg('title', {}, t.dayPoint(dayLabel(row.number, { dateStyle: 'medium' }), formatPercent(lang, row.rate),
      formatNumber(lang, row.conversations))));
    chart.append(dot);
  });
  // Up to six date labels, evenly spread, always the first and the last day.
  const labels = Math.min(slots, 6);
  const shown = new Set(Array.from({ length: labels }, (_, i) => first + Math.round(labels === 1 ? 0 : (i * (slots - 1)) / (labels - 1))));
  shown.forEach(number => chart.append(svg('text', {
    class: 'tick', x: Math.min(CHART_WIDTH - right - 14, Math.max(left + 14, x(number))).toFixed(1), y: height - 6, 'text-anchor': 'middle',
  }, dayLabel(number))));
  $('trend-chart').replaceChildren(chart);
}

// ------------------------------------------------------------------ weekday × hour heat map

function weekdayName(weekday, width = 'short') {
  // 1 January 2024 was a Monday: ISO weekday n is 2024-01-n.
  return new Intl.DateTimeFormat(state.language, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

function renderHeatmap(weekdayHours) {
  const t = state.t;
  const lang = state.language;
  const grid = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  weekdayHours.forEach(({ weekday, hour, messages }) => {
    if (weekday >= 1 && weekday <= 7 && hour >= 0 && hour < 24) grid[weekday - 1][hour] += Number(messages) || 0;
  });
  let max = 0;
  let peak = null;
  grid.forEach((hours, d) => hours.forEach((count, hour) => {
    if (count > max) { max = count; peak = { weekday: d + 1, hour }; }
  }));
  const level = (count) => (count <= 0 || max === 0 ? 0 : 1 + Math.min(3, Math.floor((count / max) * 4 - 1e-9)));

  const head = $('heatmap-table').tHead.rows[0];
  const corner = el('th', '', t.colWeekday);
  corner.scope = 'col';
  head.replaceChildren(corner, ...Array.from({ length: 24 }, (_, hour) => {
    const th = el('th', 'num', String(hour).padStart(2, '0'));
    th.scope = 'col';
    th.setAttribute('aria-label', hourLabel(hour));
    return th;
  }));
  $('heatmap-table').tBodies[0].replaceChildren(...grid.map((hours, d) => {
    const tr = el('tr');
    tr.dataset.weekday = String(d + 1);
    const name = el('th', '', weekdayName(d + 1, 'long'));
    name.scope = 'row';
    tr.append(name, ...hours.map(count => el('td', `num level-${level(count)}`, formatNumber(lang, count))));
    return tr;
  }));

  const left = 34;
  const top = 16;
  const cell = (CHART_WIDTH - left) / 24;
  const rowHeight = 16;
  const legendTop = top + 7 * rowHeight + 10;
  const height = legendTop + 16;
  const chart = svg('svg', { viewBox: `0 0 ${CHART_WIDTH} ${height}`, role: 'img', 'aria-labelledby': 'heatmap-svg-title' });
  chart.append(svg('title', { id: 'heatmap-svg-title' }, peak
    ? t.heatmapChart(`${weekdayName(peak.weekday, 'long')} ${hourLabel(peak.hour)} (${t.messages(formatNumber(lang, max))})`)
    : t.chartNoMessages));
  for (let hour = 0; hour < 24; hour += 3) {
    chart.append(svg('text', { class: 'tick', x: (left + hour * cell + cell / 2).toFixed(1), y: top - 5, 'text-anchor': 'middle' },
      String(hour).padStart(2, '0')));
  }
  grid.forEach((hours, d) => {
    const y = top + d * rowHeight;
    chart.append(svg('text', { class: 'tick', x: left - 4, y: y + rowHeight / 2 + 3, 'text-anchor': 'end' }, weekdayName(d + 1)));
    hours.forEach((count, hour) => {
      const rect = svg('rect', {
        class: `cell level-${level(count)}`, x: (left + hour * cell + 0.5).toFixed(1), y: y + 0.5,
        width: (cell - 1).toFixed(1), height: rowHeight - 1, rx: 2,
      });
      rect.dataset.weekday = String(d + 1);
      rect.dataset.hour = String(hour);
      rect.dataset.messages = String(count);
      rect.append(svg('title', {}, `${weekdayName(d + 1, 'long')} ${hourLabel(hour)} UTC: ${t.messages(formatNumber(lang, count))}`));
      chart.append(rect);
    });
  });
  // The legend: fewer … more.
  const legendRight = CHART_WIDTH - 44;
  chart.append(svg('text', { class: 'tick', x: legendRight - 5 * 14 - 4, y: legendTop + 10, 'text-anchor': 'end' }, t.fewer));
  for (let i = 0; i <= 4; i += 1) {
    chart.append(svg('rect', { class: `cell level-${i}`, x: legendRight - (5 - i) * 14, y: legendTop, width: 12, height: 12, rx: 2 }));
  }
  chart.append(svg('text', { class: 'tick', x: legendRight + 4, y: legendTop + 10 }, t.more));
  $('heatmap-chart').replaceChildren(chart);
}

// ------------------------------------------------------------------ by language and by channel

function languageName(code) {
  return languageLabel(state.language, code);
}

function splitRows(table, rows, label) {
  const t = state.t;
  const lang = state.language;
  table.tBodies[0].replaceChildren(...rows.map(row => {
    const conversations = Number(row.conversations) || 0;
    const handedOff = Number(row.handedOff) || 0;
    const rate = conversations > 0 ? Math.max(0, Math.min(1, 1 - handedOff / conversations)) : null;
    const tr = el('tr');
    tr.dataset.key = String(row.key);
    tr.dataset.conversations = String(conversations);
    tr.dataset.handedOff = String(handedOff);
    const name = el('th', '', label(row.key));
    name.scope = 'row';
    const share = el('td', 'share');
    share.append(el('span', 'share-value', rate === null ? t.none : formatPercent(lang, rate)));
    if (rate !== null) {
      const bar = svg('svg', { class: 'share-bar', viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
      bar.append(svg('rect', { class: 'meter-track', x: 0, y: 0, width: 100, height: 8, rx: 4 }),
        svg('rect', { class: 'meter-fill', x: 0, y: 0, width: (rate * 100).toFixed(2), height: 8, rx: 4 }));
      share.append(bar);
    }
    tr.append(name, el('td', 'num', formatNumber(lang, conversations)), el('td', 'num', formatNumber(lang, handedOff)), share);
    return tr;
  }));
  table.hidden = rows.length === 0;
}

function renderSplits(byLanguage, byChannel) {
  const t = state.t;
  splitRows($('split-language'), byLanguage, languageName);
  splitRows($('split-channel'), byChannel, key => t.channels[String(key).toLowerCase()] ?? String(key));
  $('splits-empty').textContent = t.splitsNone;
  $('splits-empty').hidden = byLanguage.length + byChannel.length > 0;
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
    showProgress(language);
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
