// Tandem agent console: the live queue, presence, and several conversations at once in tabs.
// Talks to API v1 with the sign-in session; state-changing calls carry the CSRF token (X-XSRF-TOKEN).
// Everything a shopper or agent wrote is shown with textContent; only the bot's FAQ answers and the FAQ
// suggestions are rendered, by the widget's safe Markdown renderer.

import { renderMarkdown, markdownToPlainText } from '/widget/markdown.js';

const REASONS = {
  SHOPPER_REQUEST: 'Asked for a person',
  LOW_CONFIDENCE: 'Bot was unsure',
  UNHELPFUL_ANSWER: 'Answer not helpful',
  COMPLAINT: 'Complaint',
  POLICY: 'Needs a person (policy)',
  FRUSTRATION: 'Frustrated shopper',
};
const LANGUAGES = ['en', 'pl', 'uk', 'ru'];

const $ = (id) => document.getElementById(id);
const state = {
  me: null,
  queue: [],
  queueAt: Date.now(),
  knownQueueIds: null,
  tabs: new Map(),
  active: null,
  socket: null,
  backoff: 1000,
  audio: null,
};

// ------------------------------------------------------------------ helpers

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function csrfToken() {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

async function api(method, path, body) {
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

function showAlert(message) {
  const alert = $('alert');
  alert.textContent = message;
  alert.hidden = false;
  clearTimeout(showAlert.timer);
  showAlert.timer = setTimeout(() => { alert.hidden = true; }, 8000);
}

function formatWait(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

function formatTime(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

function badge(text, kind = '') {
  return el('span', `badge ${kind}`.trim(), text);
}

// ------------------------------------------------------------------ me and presence

async function loadMe() {
  state.me = await api('GET', '/api/v1/agent/me');
  $('me-name').textContent = state.me.name;
  $('presence').value = state.me.presence.toLowerCase();
  $('load').textContent = `${state.me.load}/${state.me.capacity} chats`;
  return state.me;
}

async function setPresence(status) {
  try {
    state.me = await api('PUT', '/api/v1/agent/presence', { status });
    $('presence').value = state.me.presence.toLowerCase();
    $('load').textContent = `${state.me.load}/${state.me.capacity} chats`;
  } catch (error) {
    showAlert(error.message);
  }
}

// ------------------------------------------------------------------ the live stream

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const socket = new WebSocket(`${scheme}://${location.host}/api/v1/agent/stream`);
  state.socket = socket;
  socket.addEventListener('open', () => {
    state.backoff = 1000;
    $('link').textContent = 'Live';
    $('link').dataset.live = 'true';
    state.tabs.forEach(tab => refresh(tab.id));   // catch up on anything missed while away
  });
  socket.addEventListener('message', event => {
    let frame;
    try { frame = JSON.parse(event.data); } catch { return; }
    onFrame(frame);
  });
  socket.addEventListener('close', () => {
    $('link').textContent = 'Reconnecting…';
    $('link').dataset.live = 'false';
    setTimeout(connect, state.backoff);
    state.backoff = Math.min(state.backoff * 2, 15000);
  });
}

function onFrame(frame) {
  if (frame.type === 'queue') {
    renderQueue(frame.conversations ?? []);
  } else if (frame.type === 'message' && frame.conversationId) {
    const tab = state.tabs.get(frame.conversationId);
    if (tab && frame.message) {
      appendLine(tab, frame.message);
      scheduleRefresh(tab);
    }
  } else if (frame.type === 'state' && frame.conversationId) {
    if (state.tabs.has(frame.conversationId)) refresh(frame.conversationId);
    loadMe().catch(() => {});
  }
}

// ------------------------------------------------------------------ the queue

function renderQueue(conversations) {
  const focused = document.activeElement?.closest?.('.q-item');
  const focusKey = focused ? [focused.dataset.id, document.activeElement.className] : null;
  state.queue = conversations;
  state.queueAt = Date.now();
  const list = $('queue');
  list.replaceChildren(...conversations.map(queueItem));
  $('queue-empty').hidden = conversations.length > 0;
  $('queue-count').textContent = conversations.length ? `(${conversations.length})` : '';
  document.title = conversations.length ? `(${conversations.length}) Tandem console` : 'Tandem console';
  if (focusKey) {
    const again = list.querySelector(`.q-item[data-id="${CSS.escape(focusKey[0])}"] .${focusKey[1].split(' ')[0]}`);
    again?.focus();
  }
  announceNew(conversations);
}

function queueItem(conversation) {
  const item = el('li', 'q-item');
  item.dataset.id = conversation.id;
  const meta = el('div', 'q-meta');
  meta.append(badge(conversation.language.toUpperCase(), 'lang'), badge(conversation.channel),
    badge(REASONS[conversation.handoffReason] ?? conversation.handoffReason, 'reason'));
  if (conversation.followUp) meta.append(badge('Follow-up', 'follow-up'));
  const wait = el('span', 'q-wait', formatWait(conversation.waitingSeconds));
  wait.dataset.seconds = String(conversation.waitingSeconds);
  wait.setAttribute('aria-label', `waiting ${formatWait(conversation.waitingSeconds)}`);
  meta.append(wait);
  const summary = el('p', 'q-summary', conversation.summary || '—');
  const actions = el('div', 'q-actions');
  const claim = el('button', 'q-claim', 'Claim');
  claim.type = 'button';
  claim.addEventListener('click', () => claimConversation(conversation.id));
  const view = el('button', 'q-open ghost', 'View');
  view.type = 'button';
  view.addEventListener('click', () => openTab(conversation.id, true));
  actions.append(claim, view);
  item.append(meta, summary, actions);
  return item;
}

function tickWaits() {
  const elapsed = (Date.now() - state.queueAt) / 1000;
  document.querySelectorAll('.q-wait').forEach(wait => {
    wait.textContent = formatWait(Number(wait.dataset.seconds) + elapsed);
  });
}

function announceNew(conversations) {
  const ids = new Set(conversations.map(c => c.id));
  const known = state.knownQueueIds;
  state.knownQueueIds = ids;
  if (!known) return;
  const fresh = conversations.filter(c => !known.has(c.id));
  if (fresh.length === 0) return;
  beep();
  if ('Notification' in window && Notification.permission === 'granted' && document.hidden) {
    const first = fresh[0];
    new Notification('New chat waiting', { body: `${first.language.toUpperCase()} · ${first.summary ?? ''}`, tag: first.id });
  }
}

function beep() {
  try {
    if (!state.audio) return;
    const oscillator = state.audio.createOscillator();
    const gain = state.audio.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.08, state.audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, state.audio.currentTime + 0.25);
    oscillator.connect(gain).connect(state.audio.destination);
    oscillator.start();
    oscillator.stop(state.audio.currentTime + 0.25);
  } catch {
    // no sound is fine
  }
}

async function claimConversation(id) {
  try {
    await api('POST', `/api/v1/agent/conversations/${encodeURIComponent(id)}/claim`);
    await openTab(id, true);
    loadMe().catch(() => {});
  } catch (error) {
    showAlert(error.status === 409 ? `Could not claim: ${error.message}` : error.message);
  }
}

// ------------------------------------------------------------------ tabs

async function openTab(id, focus) {
  let tab = state.tabs.get(id);
  if (!tab) {
    tab = createTab(id);
    state.tabs.set(id, tab);
  }
  selectTab(id, focus);
  await refresh(id);
}

function createTab(id) {
  const tabButton = el('button', 'tab');
  tabButton.type = 'button';
  tabButton.id = `tab-${id}`;
  tabButton.setAttribute('role', 'tab');
  tabButton.setAttribute('aria-controls', `panel-${id}`);
  tabButton.dataset.id = id;
  tabButton.textContent = `Chat ${id.slice(0, 6)}`;
  tabButton.addEventListener('click', () => selectTab(id, false));
  tabButton.addEventListener('keydown', onTabKey);
  $('tabs').append(tabButton);

  const panel = el('section', 'panel');
  panel.id = `panel-${id}`;
  panel.dataset.id = id;
  panel.setAttribute('role', 'tabpanel');
  panel.setAttribute('aria-labelledby', tabButton.id);
  panel.tabIndex = -1;

  const head = el('div', 'conv-head');
  const title = el('h2', 'conv-title', 'Conversation');
  const facts = el('div', 'conv-facts');
  const summary = el('p', 'conv-summary');
  const actions = el('div', 'conv-actions');
  head.append(title, facts, summary, actions);

  const body = el('div', 'conv-body');
  const transcript = el('ol', 'transcript');
  transcript.setAttribute('role', 'log');
  transcript.setAttribute('aria-live', 'polite');
  transcript.setAttribute('aria-label', 'Transcript');
  transcript.tabIndex = 0;
  const side = el('aside', 'conv-side');
  side.setAttribute('aria-label', 'Customer and knowledge');
  body.append(transcript, side);
  const orders = createOrderPanel(id);

  const reply = el('form', 'reply');
  const label = el('label', 'sr', 'Reply to the shopper');
  label.htmlFor = `reply-${id}`;
  const text = el('textarea', 'reply-text');
  text.id = `reply-${id}`;
  text.rows = 3;
  text.maxLength = 4000;
  text.placeholder = 'Write a reply… (Ctrl+Enter sends)';
  const send = el('button', 'reply-send', 'Send');
  send.type = 'submit';
  reply.append(label, text, send);
  reply.addEventListener('submit', event => { event.preventDefault(); sendReply(id); });
  text.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); reply.requestSubmit(); }
  });

  panel.append(head, body, reply);
  $('panels').append(panel);
  $('no-tabs').hidden = true;
  return { id, tabButton, panel, title, facts, summary, actions, transcript, side, orders, text, send, details: null, refreshTimer: null };
}

function selectTab(id, focus) {
  state.active = id;
  state.tabs.forEach(tab => {
    const selected = tab.id === id;
    tab.tabButton.setAttribute('aria-selected', String(selected));
    tab.tabButton.tabIndex = selected ? 0 : -1;
    tab.panel.hidden = !selected;
  });
  const tab = state.tabs.get(id);
  if (focus && tab) tab.tabButton.focus();
}

function onTabKey(event) {
  const buttons = [...$('tabs').querySelectorAll('[role="tab"]')];
  const index = buttons.indexOf(event.currentTarget);
  let next = null;
  if (event.key === 'ArrowRight') next = buttons[(index + 1) % buttons.length];
  else if (event.key === 'ArrowLeft') next = buttons[(index - 1 + buttons.length) % buttons.length];
  else if (event.key === 'Home') next = buttons[0];
  else if (event.key === 'End') next = buttons[buttons.length - 1];
  else if (event.key === 'Delete') { closeTab(event.currentTarget.dataset.id); event.preventDefault(); return; }
  if (next) {
    event.preventDefault();
    selectTab(next.dataset.id, true);
  }
}

function closeTab(id) {
  const tab = state.tabs.get(id);
  if (!tab) return;
  tab.tabButton.remove();
  tab.panel.remove();
  state.tabs.delete(id);
  const remaining = [...state.tabs.keys()];
  if (remaining.length) selectTab(remaining[remaining.length - 1], true);
  else { state.active = null; $('no-tabs').hidden = false; }
}

function scheduleRefresh(tab) {
  clearTimeout(tab.refreshTimer);
  tab.refreshTimer = setTimeout(() => refresh(tab.id), 400);
}

async function refresh(id) {
  const tab = state.tabs.get(id);
  if (!tab) return;
  try {
    tab.details = await api('GET', `/api/v1/agent/conversations/${encodeURIComponent(id)}`);
    renderTab(tab);
  } catch (error) {
    showAlert(error.message);
  }
}

// ------------------------------------------------------------------ one conversation

function mine(details) {
  return details.state === 'ASSIGNED' && details.assignedAgent === state.me?.name;
}

function renderTab(tab) {
  const d = tab.details;
  tab.tabButton.textContent = `${d.language.toUpperCase()} · ${d.id.slice(0, 6)} · ${d.state.toLowerCase()}`;
  tab.panel.dataset.state = d.state;
  tab.title.textContent = `Conversation ${d.id.slice(0, 8)}`;
  tab.facts.replaceChildren(
    badge(d.state, `state state-${d.state.toLowerCase()}`), badge(d.language.toUpperCase(), 'lang'), badge(d.channel),
    ...(d.handoffReason ? [badge(REASONS[d.handoffReason] ?? d.handoffReason, 'reason')] : []),
    ...(d.assignedAgent ? [badge(`with ${d.assignedAgent}`, 'agent')] : []),
    ...(d.followUp ? [badge('Follow-up', 'follow-up')] : []));
  tab.summary.textContent = d.summary ?? '';
  renderActions(tab);
  (d.messages ?? []).forEach(line => appendLine(tab, line, true));
  renderSide(tab);
  const canReply = mine(d);
  tab.text.disabled = !canReply;
  tab.send.disabled = !canReply;
  tab.text.placeholder = canReply ? 'Write a reply… (Ctrl+Enter sends)' : 'Claim the conversation to reply';
}

function renderActions(tab) {
  const d = tab.details;
  const button = (label, className, action) => {
    const b = el('button', className, label);
    b.type = 'button';
    b.addEventListener('click', action);
    return b;
  };
  const act = (path, body) => async () => {
    try {
      await api('POST', `/api/v1/agent/conversations/${encodeURIComponent(d.id)}/${path}`, body);
      await refresh(d.id);
      loadMe().catch(() => {});
    } catch (error) {
      showAlert(error.message);
    }
  };
  const controls = [];
  if (d.state === 'QUEUED') {
    controls.push(button('Claim', 'act-claim', () => claimConversation(d.id)));
  }
  if (mine(d)) {
    controls.push(button('Resolve', 'act-resolve', act('resolve')));
    controls.push(button('Release to queue', 'act-release ghost', act('release')));
    controls.push(button('Return to bot', 'act-return ghost', act('return-to-bot')));
    const transfer = el('form', 'transfer');
    const label = el('label', 'sr', 'Transfer to');
    const target = el('select', 'transfer-target');
    label.htmlFor = target.id = `transfer-${d.id}`;
    target.append(el('option', '', 'Transfer to…'));
    target.options[0].value = '';
    LANGUAGES.forEach(code => {
      const option = el('option', '', `${code.toUpperCase()} team`);
      option.value = `language:${code}`;
      target.append(option);
    });
    const agent = el('input', 'transfer-agent');
    agent.placeholder = 'or a colleague';
    agent.setAttribute('aria-label', 'Colleague to transfer to');
    const go = el('button', 'ghost', 'Transfer');
    go.type = 'submit';
    transfer.append(label, target, agent, go);
    transfer.addEventListener('submit', event => {
      event.preventDefault();
      const colleague = agent.value.trim();
      const body = colleague ? { agent: colleague }
        : target.value ? { language: target.value.split(':')[1] } : null;
      if (!body) { showAlert('Choose a team or type a colleague’s name.'); return; }
      act('transfer', body)();
    });
    controls.push(transfer);
  }
  controls.push(button('Close tab', 'act-close ghost', () => closeTab(d.id)));
  tab.actions.replaceChildren(...controls);
}

const AUTHOR = { SHOPPER: 'Shopper', BOT: 'Bot', AGENT: 'Agent', SYSTEM: 'System' };

function appendLine(tab, message, replaceChanged = false) {
  const existing = tab.transcript.querySelector(`[data-seq="${message.seq}"]`);
  if (existing && !(replaceChanged && existing.dataset.helpful !== String(message.helpful ?? ''))) return;
  const line = el('li', `line ${String(message.author).toLowerCase()}`);
  line.dataset.seq = String(message.seq);
  line.dataset.helpful = String(message.helpful ?? '');
  const meta = el('div', 'line-meta');
  meta.append(el('span', 'who', message.sender ? `${AUTHOR[message.author] ?? message.author} ${message.sender}` : (AUTHOR[message.author] ?? message.author)));
  meta.append(el('time', 'when', formatTime(message.createdAt)));
  if (message.lang) meta.append(badge(message.lang.toUpperCase(), 'lang'));
  if (message.intent) {
    const confidence = typeof message.confidence === 'number' ? ` ${Math.round(message.confidence * 100)}%` : '';
    meta.append(badge(`${message.intent}${confidence}`, 'intent'));
  }
  if (message.faqId) meta.append(badge(`FAQ ${message.faqId}`, 'faq'));
  if (message.helpful === true) meta.append(badge('helpful', 'helpful-yes'));
  if (message.helpful === false) meta.append(badge('not helpful', 'helpful-no'));
  const body = el('div', 'line-text');
  if (message.author === 'BOT' && message.faqId) body.append(renderMarkdown(message.text));
  else body.textContent = message.text;         // people's words are text, always
  line.append(meta, body);
  if (existing) {
    existing.replaceWith(line);
    return;
  }
  const later = [...tab.transcript.children].find(child => Number(child.dataset.seq) > message.seq);
  tab.transcript.insertBefore(line, later ?? null);
  tab.transcript.scrollTop = tab.transcript.scrollHeight;
}

function renderSide(tab) {
  const d = tab.details;
  const section = (title, ...content) => {
    const s = el('section', 'side-section');
    s.append(el('h3', '', title), ...content);
    return s;
  };
  const list = (items) => {
    const ul = el('ul', 'plain');
    items.forEach(item => ul.append(el('li', '', item)));
    return ul;
  };
  const customer = d.customer ?? {};
  const contacts = [
    ...(customer.contactEmail ? [`${customer.contactEmail} (left for a reply)`] : []),
    ...(customer.emails ?? []).filter(e => e !== customer.contactEmail),
    ...(customer.phones ?? []),
  ];

  const suggestions = el('ul', 'suggestions plain');
  (d.suggestions ?? []).forEach(suggestion => {
    const item = el('li', 'suggestion');
    item.dataset.faqId = suggestion.faqId;
    const head = el('div', 'suggestion-head');
    head.append(el('strong', '', suggestion.title), badge(`${Math.round(suggestion.score * 100)}%`, 'score'));
    const preview = el('details', 'preview');
    preview.append(el('summary', '', 'Preview'));
    const answer = el('div', 'answer');
    answer.append(renderMarkdown(suggestion.answer));
    preview.append(answer);
    const insert = el('button', 'insert-suggestion ghost', 'Insert');
    insert.type = 'button';
    insert.setAttribute('aria-label', `Insert answer: ${suggestion.title}`);
    insert.addEventListener('click', () => insertReply(tab, markdownToPlainText(suggestion.answer)));
    item.append(head, preview, insert);
    suggestions.append(item);
  });

  const canned = el('ul', 'canned plain');
  (d.canned ?? []).forEach(reply => {
    const item = el('li', 'canned-reply');
    const preview = el('details', 'preview');
    preview.append(el('summary', '', reply.title), el('p', 'canned-text', reply.text));
    item.append(preview);
    const insert = el('button', 'insert-canned ghost', 'Insert');
    insert.type = 'button';
    insert.setAttribute('aria-label', `Insert canned reply: ${reply.title}`);
    insert.addEventListener('click', () => insertReply(tab, reply.text));
    item.append(insert);
    canned.append(item);
  });

  // The order panel stays in place across refreshes (a looked-up order and a half-typed number survive);
  // only the conversation's order references in it are redrawn.
  renderOrderReferences(tab.orders, d.orderNumbers ?? [], d.trackingNumbers ?? []);
  const customerSection = section('Customer', contacts.length ? list(contacts) : el('p', 'muted', 'Nothing left yet.'));
  const suggestionsSection = section('FAQ suggestions', (d.suggestions ?? []).length ? suggestions : el('p', 'muted', 'No suggestion.'));
  const cannedSection = section('Canned replies', (d.canned ?? []).length ? canned : el('p', 'muted', 'None for this language.'));
  if (tab.orders.section.parentNode !== tab.side) {
    tab.side.replaceChildren(customerSection, tab.orders.section, suggestionsSection, cannedSection);
  } else {
    [...tab.side.children].forEach(child => { if (child !== tab.orders.section) child.remove(); });
    tab.side.prepend(customerSection);
    tab.side.append(suggestionsSection, cannedSection);
  }
}

// ------------------------------------------------------------------ order lookup

const ORDER_STATUS = {
  PROCESSING: 'Processing',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
  RETURNED: 'Returned',
};
const ORDER_NUMBER = /^\d{4,12}$/;

function createOrderPanel(id) {
  const section = el('section', 'side-section orders');
  const heading = el('h3', '', 'Orders');
  heading.id = `orders-title-${id}`;
  section.setAttribute('aria-labelledby', heading.id);
  const references = el('div', 'order-refs');
  const form = el('form', 'order-form');
  form.noValidate = true;
  const label = el('label', 'sr', 'Order number to look up');
  const input = el('input', 'order-input');
  label.htmlFor = input.id = `order-${id}`;
  input.type = 'text';
  input.inputMode = 'numeric';
  input.autocomplete = 'off';
  input.maxLength = 12;
  input.placeholder = 'Order number';
  const go = el('button', 'order-go ghost', 'Look up');
  go.type = 'submit';
  form.append(label, input, go);
  const result = el('div', 'order-result');
  result.setAttribute('role', 'status');
  result.setAttribute('aria-live', 'polite');
  section.append(heading, references, form, result);
  const panel = { section, references, form, input, result, ticket: 0 };
  form.addEventListener('submit', event => {
    event.preventDefault();
    lookUpOrder(panel, input.value.trim());
  });
  return panel;
}

function renderOrderReferences(panel, orderNumbers, trackingNumbers) {
  const focused = document.activeElement?.closest?.('.order-ref')?.dataset.order;
  const items = [];
  orderNumbers.forEach(number => {
    const item = el('li');
    const button = el('button', 'order-ref ghost', `Order ${number}`);
    button.type = 'button';
    button.dataset.order = number;
    button.setAttribute('aria-label', `Look up order ${number}`);
    button.addEventListener('click', () => {
      panel.input.value = number;
      lookUpOrder(panel, number);
    });
    item.append(button);
    items.push(item);
  });
  trackingNumbers.forEach(number => items.push(el('li', 'tracking-ref', `Tracking ${number}`)));
  if (items.length) {
    const list = el('ul', 'order-ref-list plain');
    list.append(...items);
    panel.references.replaceChildren(list);
  } else {
    panel.references.replaceChildren(el('p', 'muted', 'No order mentioned.'));
  }
  if (focused) panel.references.querySelector(`.order-ref[data-order="${CSS.escape(focused)}"]`)?.focus();
}

async function lookUpOrder(panel, number) {
  const ticket = ++panel.ticket;
  panel.result.dataset.state = 'loading';
  delete panel.result.dataset.status;
  delete panel.result.dataset.order;
  if (!ORDER_NUMBER.test(number)) {
    showOrderProblem(panel, 'invalid', 'An order number is 4 to 12 digits.');
    return;
  }
  panel.result.replaceChildren(el('p', 'muted', `Looking up order ${number}…`));
  try {
    const order = await api('GET', `/api/v1/agent/orders/${encodeURIComponent(number)}`);
    if (ticket !== panel.ticket) return;   // a newer lookup was started meanwhile
    showOrder(panel, order);
  } catch (error) {
    if (ticket !== panel.ticket) return;
    if (error.status === 404) showOrderProblem(panel, 'not-found', `No order ${number} in the shop.`);
    else if (error.status === 503) showOrderProblem(panel, 'unavailable', 'The order system cannot be reached right now; try again shortly.');
    else if (error.status === 400) showOrderProblem(panel, 'invalid', 'An order number is 4 to 12 digits.');
    else showOrderProblem(panel, 'failed', `Could not look up the order: ${error.message}`);
  }
}

function showOrderProblem(panel, state, message) {
  panel.result.dataset.state = state;
  panel.result.replaceChildren(el('p', 'order-problem', message));
}

function formatDay(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(day ?? ''));
  if (!match) return String(day ?? '');
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString([], { year: 'numeric', month: 'short', day: 'numeric' });
}

function formatInstant(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso ?? '') : date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

/** A link only for http(s) addresses; anything else is shown as text. */
function trackingLink(url, text) {
  let parsed = null;
  try { parsed = new URL(url); } catch { /* not a URL */ }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return el('span', 'tracking-url', url);
  const link = el('a', 'tracking-url', text);
  link.href = parsed.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer nofollow';
  return link;
}

function showOrder(panel, order) {
  const result = panel.result;
  result.dataset.state = 'found';
  result.dataset.order = String(order.number ?? '');
  result.dataset.status = String(order.status ?? '');
  const card = el('article', 'order-card');
  const head = el('div', 'order-head');
  head.append(el('strong', 'order-number', `Order ${order.number}`),
    badge(ORDER_STATUS[order.status] ?? order.status, `order-status status-${String(order.status).toLowerCase()}`));
  const facts = el('dl', 'order-facts');
  const fact = (term, value) => {
    if (value === undefined || value === null || value === '') return;
    const dd = el('dd');
    if (value instanceof Node) dd.append(value); else dd.textContent = String(value);
    facts.append(el('dt', '', term), dd);
  };
  fact('Placed', formatInstant(order.placedAt));
  fact('E-mail', order.email);
  fact('Phone', order.phone);
  fact('Carrier', order.carrier);
  if (order.trackingNumber) {
    const tracking = el('span', 'tracking-number', order.trackingNumber);
    fact('Tracking', tracking);
  }
  if (order.trackingUrl) fact('Tracking link', trackingLink(order.trackingUrl, 'Track the parcel'));
  if (order.expectedDelivery) fact('Expected', formatDay(order.expectedDelivery));
  if (order.deliveredOn) fact('Delivered', formatDay(order.deliveredOn));
  if (order.returnDeadline) fact('Return by', formatDay(order.returnDeadline));
  card.append(head, facts);
  const items = order.items ?? [];
  if (items.length) {
    const list = el('ul', 'order-items');
    list.setAttribute('aria-label', 'Items');
    items.forEach(item => list.append(el('li', '', item)));
    card.append(list);
  }
  result.replaceChildren(card);
}

function insertReply(tab, text) {
  if (tab.text.disabled) {
    showAlert('Claim the conversation to reply.');
    return;
  }
  const box = tab.text;
  const before = box.value.slice(0, box.selectionStart);
  const after = box.value.slice(box.selectionEnd);
  const glue = before && !before.endsWith('\n') ? '\n\n' : '';
  box.value = `${before}${glue}${text}${after}`;
  const caret = (before + glue + text).length;
  box.focus();
  box.setSelectionRange(caret, caret);
}

async function sendReply(id) {
  const tab = state.tabs.get(id);
  const text = tab.text.value.trim();
  if (!text) return;
  tab.send.disabled = true;
  try {
    const message = await api('POST', `/api/v1/agent/conversations/${encodeURIComponent(id)}/messages`, { text });
    tab.text.value = '';
    appendLine(tab, message);
  } catch (error) {
    showAlert(error.message);
  } finally {
    tab.send.disabled = !mine(tab.details);
    tab.text.focus();
  }
}

// ------------------------------------------------------------------ start

async function signOut() {
  try {
    await fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() }, credentials: 'same-origin' });
  } finally {
    location.href = '/login?logout';
  }
}

async function start() {
  $('presence').addEventListener('change', event => setPresence(event.target.value));
  $('logout').addEventListener('click', signOut);
  $('notify').addEventListener('click', async () => {
    if ('Notification' in window) {
      const permission = await Notification.requestPermission();
      $('notify').textContent = permission === 'granted' ? 'Notifications on' : 'Notifications blocked';
    }
  });
  // Browsers allow sound only after a gesture: the first click or key press in the console arms it.
  const arm = () => {
    if (!state.audio && window.AudioContext) state.audio = new AudioContext();
    document.removeEventListener('pointerdown', arm);
    document.removeEventListener('keydown', arm);
  };
  document.addEventListener('pointerdown', arm);
  document.addEventListener('keydown', arm);
  setInterval(tickWaits, 1000);
  try {
    const me = await loadMe();
    if (me.presence === 'OFFLINE') await setPresence('online');   // opening the desk means being at work
  } catch (error) {
    showAlert(error.message);
  }
  connect();
}

start();
