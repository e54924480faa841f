// Tandem agent console: the live queue, presence, and several conversations at once in tabs.
// Talks to API v1 with the sign-in session; state-changing calls carry the CSRF token (X-XSRF-TOKEN).
// Everything a shopper or agent wrote is shown with textContent; only the bot's FAQ answers and the FAQ
// suggestions are rendered, by the widget's safe Markdown renderer.

import { renderMarkdown, markdownToPlainText } from '/widget/markdown.js';
import { setUpLanguage, strings } from '/console/i18n.js';
import { $, api, el, signOut } from '/staff/staff.js';
import { AttachControl, attachmentView } from '/console/attachments.js';
import { createNoteForm, renderNotes } from '/console/notes.js';
import { setUpCallbacks } from '/console/callbacks.js';
import { redrawNow, redrawSteadily } from '/console/steady.js';

const TEAMS = ['en', 'pl', 'uk', 'ru'];   // the language teams a chat can be transferred to

/** The console's words in the language picked in the header (en/ru/uk/pl); see i18n.js. */
let t = strings('en');
let uiLanguage = 'en';

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
  live: null,          // null before the first connection, then true or false
  notifications: null, // the answer to "Notify me of new chats": 'granted', 'denied' or null
  view: 'waiting',     // the list shown: the live queue, or an inbox list (mine, open, resolved)
  inbox: [],
  inboxTicket: 0,
  callbacks: null,     // the callback tasks' section (callbacks.js)
};

// ------------------------------------------------------------------ helpers

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
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString(uiLanguage, { hour: '2-digit', minute: '2-digit' });
}

function badge(text, kind = '') {
  return el('span', `badge ${kind}`.trim(), text);
}

// ------------------------------------------------------------------ me and presence

async function loadMe() {
  state.me = await api('GET', '/api/v1/agent/me');
  $('me-name').textContent = state.me.displayName ?? state.me.name;
  $('me-name').title = state.me.name;
  renderMe();
  return state.me;
}

function renderMe() {
  if (!state.me) return;
  $('presence').value = state.me.presence.toLowerCase();
  $('load').textContent = t.load(state.me.load, state.me.capacity);
}

async function setPresence(status) {
  try {
    state.me = await api('PUT', '/api/v1/agent/presence', { status });
    renderMe();
  } catch (error) {
    showAlert(error.message);
  }
}

// ------------------------------------------------------------------ the live stream

function renderLink() {
  if (state.live === null) return;
  $('link').textContent = state.live ? t.live : t.reconnecting;
  $('link').dataset.live = String(state.live);
}

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const socket = new WebSocket(`${scheme}://${location.host}/api/v1/agent/stream`);
  state.socket = socket;
  socket.addEventListener('open', () => {
    state.backoff = 1000;
    state.live = true;
    renderLink();
    state.tabs.forEach(tab => refresh(tab.id));   // catch up on anything missed while away
    state.callbacks?.reload();
  });
  socket.addEventListener('message', event => {
    let frame;
    try { frame = JSON.parse(event.data); } catch { return; }
    onFrame(frame);
  });
  socket.addEventListener('close', () => {
    state.live = false;
    renderLink();
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
      if (frame.message.author === 'SHOPPER') tab.typing.hidden = true;
      appendLine(tab, frame.message);
      scheduleRefresh(tab);
    }
  } else if (frame.type === 'callbacks') {
    state.callbacks?.reload();
  } else if (frame.type === 'note' && frame.conversationId) {
    const tab = state.tabs.get(frame.conversationId);
    if (tab) scheduleRefresh(tab);
  } else if (frame.type === 'typing' && frame.who === 'shopper' && frame.conversationId) {
    const tab = state.tabs.get(frame.conversationId);
    if (tab) showShopperTyping(tab);
  } else if (frame.type === 'state' && frame.conversationId) {
    if (state.tabs.has(frame.conversationId)) refresh(frame.conversationId);
    loadMe().catch(() => {});
    if (state.view !== 'waiting') {
      clearTimeout(onFrame.inboxTimer);
      onFrame.inboxTimer = setTimeout(loadInbox, 400);
    }
  }
}

// ------------------------------------------------------------------ the queue

function renderQueue(conversations) {
  const focused = document.activeElement?.closest?.('.q-item');
  const focusKey = focused ? [focused.dataset.id, document.activeElement.className] : null;
  state.queue = conversations;
  state.queueAt = Date.now();
  drawQueue();
  if (focusKey) {
    const again = $('queue').querySelector(`.q-item[data-id="${CSS.escape(focusKey[0])}"] .${focusKey[1].split(' ')[0]}`);
    again?.focus();
  }
  announceNew(conversations);
}

/** The queue as last received, in the console's language (waits keep counting from when it came). */
function drawQueue() {
  const conversations = state.queue;
  $('queue').replaceChildren(...conversations.map(queueItem));
  $('queue-empty').hidden = conversations.length > 0 || state.view !== 'waiting';
  $('queue-count').textContent = conversations.length ? `(${conversations.length})` : '';
  document.title = conversations.length ? t.titleWaiting(conversations.length) : t.title;
}

function reasonText(reason) {
  return t.reasons[reason] ?? reason;
}

function channelText(channel) {
  return t.channels[String(channel ?? '').toLowerCase()] ?? channel;
}

function stateText(conversationState) {
  return t.states[conversationState] ?? String(conversationState).toLowerCase();
}

function queueItem(conversation) {
  const item = el('li', 'q-item');
  item.dataset.id = conversation.id;
  const meta = el('div', 'q-meta');
  meta.append(badge(conversation.language.toUpperCase(), 'lang'), badge(channelText(conversation.channel), 'channel'),
    badge(reasonText(conversation.handoffReason), 'reason'));
  if (conversation.followUp) meta.append(badge(t.followUp, 'follow-up'));
  const waited = conversation.waitingSeconds + (Date.now() - state.queueAt) / 1000;
  const wait = el('span', 'q-wait', formatWait(waited));
  wait.dataset.seconds = String(conversation.waitingSeconds);
  wait.setAttribute('aria-label', t.waiting(formatWait(waited)));
  meta.append(wait);
  const summary = requestSummary(conversation.request, conversation.summary, conversation.language);
  const actions = el('div', 'q-actions');
  const claim = el('button', 'q-claim', t.claim);
  claim.type = 'button';
  claim.addEventListener('click', () => claimConversation(conversation.id));
  const view = el('button', 'q-open ghost', t.view);
  view.type = 'button';
  view.addEventListener('click', () => openTab(conversation.id, true));
  actions.append(claim, view);
  item.append(meta, summary, actions);
  return item;
}

/**
 * What the shopper asked for: the topic as the shop's content names it in the console's language, and the
 * order, with the shopper's own words under it; only their words when the bot recognised no topic.
 */
function requestSummary(request, summary, shopperLanguage) {
  const box = el('div', 'q-summary');
  const title = request?.topicTitles?.[uiLanguage];
  const headline = [title, request?.orderNumber ? t.order(request.orderNumber) : null].filter(Boolean).join(' · ');
  const question = request?.question || summary || '';
  if (headline) box.append(el('p', 'q-topic', headline));
  if (question || !headline) {
    const words = el('p', headline ? 'q-question' : 'q-topic', question ? `“${question}”` : '—');
    words.lang = shopperLanguage ?? '';
    box.append(words);
  }
  return box;
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
    new Notification(t.newChat, { body: `${first.language.toUpperCase()} · ${first.summary ?? ''}`, tag: first.id });
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
    const tab = state.tabs.get(id);
    if (tab) redrawNow(tab.actions);   // the agent's own click: its result shows at once
    loadMe().catch(() => {});
  } catch (error) {
    showAlert(error.status === 409 ? t.couldNotClaim(error.message) : error.message);
  }
}

// ------------------------------------------------------------------ the inbox lists

/** Who the conversation is with: the address they left, else the order it is about; an id only as a last resort. */
function customerTitle(contactEmail, orderNumber, id) {
  if (contactEmail) return contactEmail;
  if (orderNumber) return t.order(orderNumber);
  return t.chatTab(id.slice(0, 6));
}

function pickView(view) {
  state.view = view;
  document.querySelectorAll('.view-pick').forEach(button => {
    button.setAttribute('aria-pressed', String(button.dataset.view === view));
  });
  const waiting = view === 'waiting';
  $('queue').hidden = !waiting;
  $('inbox').hidden = waiting;
  $('queue-empty').hidden = !waiting || state.queue.length > 0;
  $('inbox-status').hidden = waiting;
  if (!waiting) loadInbox();
}

async function loadInbox() {
  if (state.view === 'waiting') return;
  const ticket = ++state.inboxTicket;
  const search = $('search-text').value.trim();
  const query = new URLSearchParams({ view: state.view });
  if (search) query.set('q', search);
  $('inbox-status').textContent = t.loadingList;
  try {
    const found = await api('GET', `/api/v1/agent/inbox?${query}`);
    if (ticket !== state.inboxTicket) return;   // a newer list was asked for meanwhile
    state.inbox = found.conversations ?? [];
    drawInbox();
  } catch (error) {
    if (ticket === state.inboxTicket) $('inbox-status').textContent = error.message;
  }
}

function drawInbox() {
  if (state.view === 'waiting') return;
  const items = state.inbox;
  $('inbox').replaceChildren(...items.map(inboxItem));
  const search = $('search-text').value.trim();
  $('inbox-status').textContent = items.length ? t.listed(items.length)
    : search ? t.nothingFound(search) : t.listEmpty[state.view];
}

function inboxItem(conversation) {
  const item = el('li', 'q-item inbox-item');
  item.dataset.id = conversation.id;
  item.dataset.state = conversation.state;
  const title = el('p', 'inbox-title', customerTitle(conversation.contactEmail, conversation.orderNumber, conversation.id));
  const meta = el('div', 'q-meta');
  meta.append(badge(stateText(conversation.state), `state state-${conversation.state.toLowerCase()}`),
    badge(conversation.language.toUpperCase(), 'lang'), badge(channelText(conversation.channel), 'channel'));
  if (conversation.assignedAgent) meta.append(badge(t.withAgent(conversation.assignedAgent), 'agent'));
  meta.append(el('time', 'q-wait', formatInstant(conversation.updatedAt)));
  const question = el('p', 'q-question', conversation.question ? `“${conversation.question}”` : t.noQuestion);
  question.lang = conversation.language;
  const open = el('button', 'inbox-open ghost', t.view);
  open.type = 'button';
  open.setAttribute('aria-label', t.openConversation(title.textContent));
  open.addEventListener('click', () => openTab(conversation.id, true));
  const actions = el('div', 'q-actions');
  actions.append(open);
  item.append(title, meta, question, actions);
  return item;
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
  tabButton.textContent = t.chatTab(id.slice(0, 6));
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
  const title = el('h2', 'conv-title', t.conversation);
  const facts = el('div', 'conv-facts');
  const summary = el('p', 'conv-summary');
  const actions = el('div', 'conv-actions');
  head.append(title, facts, summary, actions);

  const body = el('div', 'conv-body');
  const transcript = el('ol', 'transcript');
  transcript.setAttribute('role', 'log');
  transcript.setAttribute('aria-live', 'polite');
  transcript.setAttribute('aria-label', t.transcript);
  transcript.tabIndex = 0;
  const side = el('aside', 'conv-side');
  side.setAttribute('aria-label', t.side);
  body.append(transcript, side);
  const orders = createOrderPanel(id);

  const reply = el('form', 'reply');
  const label = el('label', 'sr', t.replyLabel);
  label.htmlFor = `reply-${id}`;
  const text = el('textarea', 'reply-text');
  text.id = `reply-${id}`;
  text.rows = 3;
  text.maxLength = 4000;
  text.placeholder = t.replyPlaceholder;
  // The composer's text drawn again behind the (transparent) text box, with the unfilled placeholders marked.
  const composer = el('div', 'composer');
  const marks = el('div', 'composer-marks');
  marks.setAttribute('aria-hidden', 'true');
  composer.append(marks, text);
  const blanks = el('p', 'reply-blanks');
  blanks.id = `reply-blanks-${id}`;
  blanks.setAttribute('role', 'status');
  blanks.setAttribute('aria-live', 'polite');
  text.setAttribute('aria-describedby', blanks.id);
  const send = el('button', 'reply-send', t.send);
  send.type = 'submit';
  const row = el('div', 'reply-row');
  const attach = new AttachControl(id, message => appendLine(state.tabs.get(id), message), showAlert);
  row.append(composer, attach.button, send);
  reply.append(label, row, attach.input, attach.status, blanks);
  reply.addEventListener('submit', event => { event.preventDefault(); sendReply(id); });
  text.addEventListener('input', () => {
    const tab = state.tabs.get(id);
    markBlanks(tab);
    reportTyping(tab);
  });
  text.addEventListener('scroll', () => { marks.scrollTop = text.scrollTop; });
  text.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); reply.requestSubmit(); }
  });

  // "The shopper is typing…" for a few seconds after each typing frame (at most one every 2 s).
  const typing = el('p', 'shopper-typing');
  typing.setAttribute('role', 'status');
  typing.setAttribute('aria-live', 'polite');
  typing.hidden = true;
  const note = createNoteForm(id, uiLanguage, {
    onAdded: written => {
      renderNotes(transcript, [written], uiLanguage, formatTime);
      transcript.scrollTop = transcript.scrollHeight;
    },
    onError: showAlert,
  });
  panel.append(head, body, typing, reply, note.box);
  $('panels').append(panel);
  $('no-tabs').hidden = true;
  return {
    id, tabButton, panel, title, facts, summary, actions, transcript, side, orders, replyLabel: label, text, send, note,
    marks, blanks, unfilled: [], typing, attach, typingTimer: null, typingSentAt: 0, details: null, refreshTimer: null,
    messages: new Map(),
  };
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
  const customer = d.customer ?? {};
  const who = customerTitle(customer.contactEmail ?? (customer.emails ?? [])[0]
    ?? (customer.knownAs ?? []).find(identity => identity.kind === 'EMAIL')?.value, (d.orderNumbers ?? [])[0], d.id);
  tab.tabButton.textContent = `${who} · ${stateText(d.state)}`;
  tab.panel.dataset.state = d.state;
  tab.title.textContent = who;
  const stateBadge = badge(stateText(d.state), `state state-${d.state.toLowerCase()}`);
  stateBadge.dataset.state = d.state;
  tab.facts.replaceChildren(
    stateBadge, badge(d.language.toUpperCase(), 'lang'), badge(channelText(d.channel), 'channel'),
    ...(d.handoffReason ? [badge(reasonText(d.handoffReason), 'reason')] : []),
    ...(d.assignedAgent ? [badge(t.withAgent(d.assignedAgent), 'agent')] : []),
    ...(d.followUp ? [badge(t.followUp, 'follow-up')] : []));
  tab.summary.textContent = d.summary ?? '';
  // The action bar and the side panel are drawn again only when what they show changed, and never under the
  // agent's pointer or focus (steady.js): a refresh after each new message must not swap a button being clicked.
  redrawSteadily(tab.actions, [d.id, d.state, d.assignedAgent, state.me?.name, uiLanguage].join('|'),
    () => renderActions(tab));
  (d.messages ?? []).forEach(line => appendLine(tab, line, true));
  renderNotes(tab.transcript, d.notes ?? [], uiLanguage, formatTime);
  redrawSteadily(tab.side, JSON.stringify([d.customer, d.suggestions, d.canned, d.orderNumbers, d.trackingNumbers,
    uiLanguage]), () => renderSide(tab));
  tab.panel.dataset.renders = String(Number(tab.panel.dataset.renders ?? 0) + 1);
  const canReply = mine(d);
  tab.text.disabled = !canReply;
  tab.attach.update(canReply, uiLanguage);
  tab.text.placeholder = canReply ? t.replyPlaceholder : t.claimToReplyPlaceholder;
  markBlanks(tab);
}

// ------------------------------------------------------------------ placeholders left in a reply

const PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9_]*\}/g;

/**
 * A canned reply keeps {orderNumber} and the like where the conversation does not know the fact: they are
 * marked in the composer, named under it, and Send stays off until the agent has filled every one.
 */
function markBlanks(tab) {
  if (!tab) return;
  const value = tab.text.value;
  const parts = [];
  const unfilled = [];
  let last = 0;
  for (const match of value.matchAll(PLACEHOLDER)) {
    parts.push(document.createTextNode(value.slice(last, match.index)));
    parts.push(el('mark', 'blank', match[0]));
    unfilled.push(match[0]);
    last = match.index + match[0].length;
  }
  parts.push(document.createTextNode(`${value.slice(last)}\n`));
  tab.marks.replaceChildren(...parts);
  tab.marks.scrollTop = tab.text.scrollTop;
  tab.unfilled = unfilled;
  tab.blanks.textContent = unfilled.length ? t.fillBlanks([...new Set(unfilled)].join(', ')) : '';
  tab.panel.querySelector('.reply').dataset.blanks = String(unfilled.length);
  tab.send.disabled = !(tab.details && mine(tab.details)) || unfilled.length > 0;
}

function showShopperTyping(tab) {
  tab.typing.textContent = t.shopperTyping;
  tab.typing.hidden = false;
  clearTimeout(tab.typingTimer);
  tab.typingTimer = setTimeout(() => { tab.typing.hidden = true; }, 5000);
}

/** Tells the shopper the agent is typing, at most every 2.5 s and only in a chat the agent holds. */
function reportTyping(tab) {
  if (!tab?.details || !mine(tab.details) || !tab.text.value.trim()) return;
  const now = Date.now();
  if (now - tab.typingSentAt < 2500) return;
  tab.typingSentAt = now;
  api('POST', `/api/v1/agent/conversations/${encodeURIComponent(tab.id)}/typing`).catch(() => {});
}

/** Selects the first unfilled placeholder, so typing replaces it. */
function selectFirstBlank(tab) {
  const match = PLACEHOLDER.exec(tab.text.value);
  PLACEHOLDER.lastIndex = 0;
  if (!match) return false;
  tab.text.focus();
  tab.text.setSelectionRange(match.index, match.index + match[0].length);
  return true;
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
      redrawNow(tab.actions);   // the agent's own click: its result shows at once
      loadMe().catch(() => {});
    } catch (error) {
      showAlert(error.message);
    }
  };
  const controls = [];
  if (d.state === 'QUEUED') {
    controls.push(button(t.claim, 'act-claim', () => claimConversation(d.id)));
  }
  if (mine(d)) {
    controls.push(button(t.resolve, 'act-resolve', act('resolve')));
    controls.push(button(t.release, 'act-release ghost', act('release')));
    controls.push(button(t.returnToBot, 'act-return ghost', act('return-to-bot')));
    const transfer = el('form', 'transfer');
    const label = el('label', 'sr', t.transferTo);
    const target = el('select', 'transfer-target');
    label.htmlFor = target.id = `transfer-${d.id}`;
    target.append(el('option', '', t.transferPick));
    target.options[0].value = '';
    TEAMS.forEach(code => {
      const option = el('option', '', t.team(code.toUpperCase()));
      option.value = `language:${code}`;
      target.append(option);
    });
    const agent = el('input', 'transfer-agent');
    agent.placeholder = t.colleague;
    agent.setAttribute('aria-label', t.colleagueLabel);
    const go = el('button', 'act-transfer ghost', t.transfer);
    go.type = 'submit';
    transfer.append(label, target, agent, go);
    transfer.addEventListener('submit', event => {
      event.preventDefault();
      const colleague = agent.value.trim();
      const body = colleague ? { agent: colleague }
        : target.value ? { language: target.value.split(':')[1] } : null;
      if (!body) { showAlert(t.transferWho); return; }
      act('transfer', body)();
    });
    controls.push(transfer);
  }
  controls.push(button(t.closeTab, 'act-close ghost', () => closeTab(d.id)));
  tab.actions.replaceChildren(...controls);
}

/** Adds a message to the transcript once; {@code replaceChanged} redraws a line whose vote or words changed. */
function appendLine(tab, message, replaceChanged = false) {
  tab.messages.set(message.seq, message);
  const existing = tab.transcript.querySelector(`[data-seq="${message.seq}"]`);
  if (existing && !(replaceChanged && (existing.dataset.helpful !== String(message.helpful ?? '')
      || existing.dataset.ui !== uiLanguage))) return;
  const line = el('li', `line ${String(message.author).toLowerCase()}`);
  line.dataset.seq = String(message.seq);
  line.dataset.helpful = String(message.helpful ?? '');
  line.dataset.ui = uiLanguage;
  const meta = el('div', 'line-meta');
  const author = t.authors[message.author] ?? message.author;
  meta.append(el('span', 'who', message.sender ? `${author} ${message.sender}` : author));
  meta.append(el('time', 'when', formatTime(message.createdAt)));
  if (message.lang) meta.append(badge(message.lang.toUpperCase(), 'lang'));
  if (message.intent) {
    const confidence = typeof message.confidence === 'number' ? ` ${Math.round(message.confidence * 100)}%` : '';
    meta.append(badge(`${message.intent}${confidence}`, 'intent'));
  }
  if (message.faqId) meta.append(badge(t.faq(message.faqId), 'faq'));
  if (message.helpful === true) meta.append(badge(t.helpful, 'helpful-yes'));
  if (message.helpful === false) meta.append(badge(t.notHelpful, 'helpful-no'));
  const body = el('div', 'line-text');
  if (message.author === 'BOT' && message.faqId) body.append(renderMarkdown(message.text));
  else body.textContent = message.text;         // people's words are text, always
  if (message.attachment) body.replaceChildren(attachmentView(tab.id, message.attachment, uiLanguage));
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
    ...(customer.contactEmail ? [t.leftForReply(customer.contactEmail)] : []),
    ...(customer.emails ?? []).filter(e => e !== customer.contactEmail),
    ...(customer.phones ?? []),
  ];

  const suggestions = el('ul', 'suggestions plain');
  (d.suggestions ?? []).forEach(suggestion => {
    const item = el('li', 'suggestion');
    item.dataset.faqId = suggestion.faqId;
    const head = el('div', 'suggestion-head');
    const percent = Math.round(suggestion.score * 100);
    const score = badge(t.match(percent), `score ${percent >= 60 ? 'strong' : 'fair'}`);
    head.append(el('strong', '', suggestion.title), score);
    const preview = el('details', 'preview');
    preview.append(el('summary', '', t.preview));
    const answer = el('div', 'answer');
    answer.append(renderMarkdown(suggestion.answer));
    preview.append(answer);
    const insert = el('button', 'insert-suggestion ghost', t.insert);
    insert.type = 'button';
    insert.setAttribute('aria-label', t.insertAnswer(suggestion.title));
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
    const insert = el('button', 'insert-canned ghost', t.insert);
    insert.type = 'button';
    insert.setAttribute('aria-label', t.insertCanned(reply.title));
    insert.addEventListener('click', () => insertReply(tab, reply.text));
    item.append(insert);
    canned.append(item);
  });

  // The order panel stays in place across refreshes (a looked-up order and a half-typed number survive);
  // only the conversation's order references in it are redrawn.
  renderOrderReferences(tab.orders, d.orderNumbers ?? [], d.trackingNumbers ?? []);
  const customerSection = section(t.customer, contacts.length ? list(contacts) : el('p', 'muted', t.nothingLeft),
    ...customerHistory(tab, customer));
  const suggestionsSection = section(t.suggestions, (d.suggestions ?? []).length ? suggestions : el('p', 'muted', t.noSuggestion));
  const cannedSection = section(t.canned, (d.canned ?? []).length ? canned : el('p', 'muted', t.noCanned));
  if (tab.orders.section.parentNode !== tab.side) {
    tab.side.replaceChildren(customerSection, tab.orders.section, suggestionsSection, cannedSection);
  } else {
    [...tab.side.children].forEach(child => { if (child !== tab.orders.section) child.remove(); });
    tab.side.prepend(customerSection);
    tab.side.append(suggestionsSection, cannedSection);
  }
}

// The same customer on other conversations and channels (linked by a proven order, their Telegram account or
// the sender of their e-mail): how they are known, what they asked before, the orders they proved.
function customerHistory(tab, customer) {
  const knownAs = customer.knownAs ?? [];
  const previous = customer.previousConversations ?? [];
  const orders = customer.verifiedOrders ?? [];
  if (!knownAs.length && !previous.length && !orders.length) return [];
  const parts = [];
  const known = el('ul', 'known-as plain');
  knownAs.forEach(identity => {
    const item = el('li', 'known-identity');
    item.dataset.source = identity.source;
    item.append(el('span', '', identity.kind === 'TELEGRAM' ? t.telegramUser(identity.value) : identity.value), ' ',
      badge(t.linkSources[identity.source] ?? identity.source, 'source'));
    known.append(item);
  });
  if (knownAs.length) parts.push(el('h4', '', t.knownAs), known);

  parts.push(el('h4', '', t.previousConversations));
  if (!previous.length) {
    parts.push(el('p', 'muted', t.noPreviousConversations));
  } else {
    const earlier = el('ul', 'previous-conversations plain');
    previous.forEach(conversation => {
      const item = el('li', 'previous-conversation');
      item.dataset.conversation = conversation.id;
      const head = el('div', 'previous-head');
      head.append(el('time', 'when', formatInstant(conversation.startedAt)), ' ',
        badge(channelText(conversation.channel), 'channel'), ' ', badge(stateText(conversation.state), 'state'));
      const open = el('button', 'open-previous ghost', t.view);
      open.type = 'button';
      open.setAttribute('aria-label', t.openPrevious(conversation.summary || conversation.id));
      open.addEventListener('click', () => openTab(conversation.id, true));
      item.append(head, el('p', 'previous-summary', conversation.summary || t.noQuestion), open);
      earlier.append(item);
    });
    parts.push(earlier);
  }

  if (orders.length) {
    parts.push(el('h4', '', t.verifiedOrders));
    const proven = el('ul', 'verified-orders plain');
    orders.forEach(order => {
      const item = el('li', 'verified-order');
      const button = el('button', 'order-ref ghost', t.order(order.orderNumber));
      button.type = 'button';
      button.dataset.order = order.orderNumber;
      button.setAttribute('aria-label', t.lookUpOrder(order.orderNumber));
      button.addEventListener('click', () => {
        tab.orders.input.value = order.orderNumber;
        lookUpOrder(tab.orders, order.orderNumber);
      });
      item.append(button, ' ', el('span', 'muted', t.provedWith(order.provedWith, formatInstant(order.verifiedAt))));
      proven.append(item);
    });
    parts.push(proven);
  }
  return parts;
}

// ------------------------------------------------------------------ order lookup

const ORDER_NUMBER = /^\d{4,12}$/;

function createOrderPanel(id) {
  const section = el('section', 'side-section orders');
  const heading = el('h3', '', t.orders);
  heading.id = `orders-title-${id}`;
  section.setAttribute('aria-labelledby', heading.id);
  const references = el('div', 'order-refs');
  const form = el('form', 'order-form');
  form.noValidate = true;
  const label = el('label', 'sr', t.orderLabel);
  const input = el('input', 'order-input');
  label.htmlFor = input.id = `order-${id}`;
  input.type = 'text';
  input.inputMode = 'numeric';
  input.autocomplete = 'off';
  input.maxLength = 12;
  input.placeholder = t.orderPlaceholder;
  const go = el('button', 'order-go ghost', t.lookUp);
  go.type = 'submit';
  form.append(label, input, go);
  const result = el('div', 'order-result');
  result.setAttribute('role', 'status');
  result.setAttribute('aria-live', 'polite');
  section.append(heading, references, form, result);
  // draw() redraws the result (a problem, the lookup in progress or the order) in the console's language.
  const panel = { section, heading, label, references, form, input, go, result, ticket: 0,
    orderNumbers: [], trackingNumbers: [], draw: null };
  form.addEventListener('submit', event => {
    event.preventDefault();
    lookUpOrder(panel, input.value.trim());
  });
  return panel;
}

/** The order panel's own words after a language change; the result is redrawn as it was. */
function relabelOrderPanel(panel) {
  panel.heading.textContent = t.orders;
  panel.label.textContent = t.orderLabel;
  panel.input.placeholder = t.orderPlaceholder;
  panel.go.textContent = t.lookUp;
  renderOrderReferences(panel, panel.orderNumbers, panel.trackingNumbers);
  panel.draw?.();
}

function renderOrderReferences(panel, orderNumbers, trackingNumbers) {
  panel.orderNumbers = orderNumbers;
  panel.trackingNumbers = trackingNumbers;
  const focused = document.activeElement?.closest?.('.order-ref')?.dataset.order;
  const items = [];
  orderNumbers.forEach(number => {
    const item = el('li');
    const button = el('button', 'order-ref ghost', t.order(number));
    button.type = 'button';
    button.dataset.order = number;
    button.setAttribute('aria-label', t.lookUpOrder(number));
    button.addEventListener('click', () => {
      panel.input.value = number;
      lookUpOrder(panel, number);
    });
    item.append(button);
    items.push(item);
  });
  trackingNumbers.forEach(number => items.push(el('li', 'tracking-ref', t.tracking(number))));
  if (items.length) {
    const list = el('ul', 'order-ref-list plain');
    list.append(...items);
    panel.references.replaceChildren(list);
  } else {
    panel.references.replaceChildren(el('p', 'muted', t.noOrderMentioned));
  }
  if (focused) panel.references.querySelector(`.order-ref[data-order="${CSS.escape(focused)}"]`)?.focus();
}

async function lookUpOrder(panel, number) {
  const ticket = ++panel.ticket;
  panel.result.dataset.state = 'loading';
  delete panel.result.dataset.status;
  delete panel.result.dataset.order;
  if (!ORDER_NUMBER.test(number)) {
    showOrderProblem(panel, 'invalid', () => t.orderInvalid);
    return;
  }
  panel.draw = () => panel.result.replaceChildren(el('p', 'muted', t.lookingUp(number)));
  panel.draw();
  try {
    const order = await api('GET', `/api/v1/agent/orders/${encodeURIComponent(number)}`);
    if (ticket !== panel.ticket) return;   // a newer lookup was started meanwhile
    showOrder(panel, order);
  } catch (error) {
    if (ticket !== panel.ticket) return;
    if (error.status === 404) showOrderProblem(panel, 'not-found', () => t.orderNotFound(number));
    else if (error.status === 503) showOrderProblem(panel, 'unavailable', () => t.orderUnavailable);
    else if (error.status === 400) showOrderProblem(panel, 'invalid', () => t.orderInvalid);
    else showOrderProblem(panel, 'failed', () => t.orderFailed(error.message));
  }
}

/** A problem with a lookup; {@code message()} gives its words in the console's language. */
function showOrderProblem(panel, state, message) {
  panel.result.dataset.state = state;
  panel.draw = () => panel.result.replaceChildren(el('p', 'order-problem', message()));
  panel.draw();
}

function formatDay(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(day ?? ''));
  if (!match) return String(day ?? '');
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString(uiLanguage, { year: 'numeric', month: 'short', day: 'numeric' });
}

function formatInstant(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso ?? '') : date.toLocaleString(uiLanguage, { dateStyle: 'medium', timeStyle: 'short' });
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
  panel.draw = () => drawOrder(panel, order);
  panel.draw();
}

function drawOrder(panel, order) {
  const result = panel.result;
  result.dataset.state = 'found';
  result.dataset.order = String(order.number ?? '');
  result.dataset.status = String(order.status ?? '');
  const card = el('article', 'order-card');
  const head = el('div', 'order-head');
  head.append(el('strong', 'order-number', t.order(order.number)),
    badge(t.orderStatus[order.status] ?? order.status, `order-status status-${String(order.status).toLowerCase()}`));
  const facts = el('dl', 'order-facts');
  const fact = (term, value) => {
    if (value === undefined || value === null || value === '') return;
    const dd = el('dd');
    if (value instanceof Node) dd.append(value); else dd.textContent = String(value);
    facts.append(el('dt', '', term), dd);
  };
  fact(t.placed, formatInstant(order.placedAt));
  fact(t.email, order.email);
  fact(t.phone, order.phone);
  fact(t.carrier, order.carrier);
  if (order.trackingNumber) {
    const tracking = el('span', 'tracking-number', order.trackingNumber);
    fact(t.trackingNumber, tracking);
  }
  if (order.trackingUrl) fact(t.trackingLink, trackingLink(order.trackingUrl, t.trackParcel));
  if (order.expectedDelivery) fact(t.expected, formatDay(order.expectedDelivery));
  if (order.deliveredOn) fact(t.delivered, formatDay(order.deliveredOn));
  if (order.returnDeadline) fact(t.returnBy, formatDay(order.returnDeadline));
  card.append(head, facts);
  const items = order.items ?? [];
  if (items.length) {
    const list = el('ul', 'order-items');
    list.setAttribute('aria-label', t.items);
    items.forEach(item => list.append(el('li', '', item)));
    card.append(list);
  }
  result.replaceChildren(card);
}

function insertReply(tab, text) {
  if (tab.text.disabled) {
    showAlert(t.claimToReply);
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
  markBlanks(tab);
  selectFirstBlank(tab);
}

async function sendReply(id) {
  const tab = state.tabs.get(id);
  const text = tab.text.value.trim();
  if (!text) return;
  markBlanks(tab);
  if (tab.unfilled.length) {   // Ctrl+Enter too: nothing half-filled reaches the shopper
    selectFirstBlank(tab);
    return;
  }
  tab.send.disabled = true;
  try {
    const message = await api('POST', `/api/v1/agent/conversations/${encodeURIComponent(id)}/messages`, { text });
    tab.text.value = '';
    appendLine(tab, message);
  } catch (error) {
    showAlert(error.message);
  } finally {
    markBlanks(tab);
    tab.text.focus();
  }
}

// ------------------------------------------------------------------ start

/** Everything the console drew itself, again in the newly picked language. */
function relabel(language, words) {
  uiLanguage = language;
  t = words;
  renderMe();
  renderLink();
  renderNotify();
  state.callbacks?.relabel(language);
  drawQueue();
  drawInbox();
  $('search-text').placeholder = t.searchPlaceholder;
  tickWaits();
  state.tabs.forEach(tab => {
    tab.title.textContent = t.conversation;
    tab.tabButton.textContent = t.chatTab(tab.id.slice(0, 6));
    tab.transcript.setAttribute('aria-label', t.transcript);
    tab.side.setAttribute('aria-label', t.side);
    tab.replyLabel.textContent = t.replyLabel;
    tab.text.placeholder = t.replyPlaceholder;
    tab.send.textContent = t.send;
    markBlanks(tab);
    relabelOrderPanel(tab.orders);
    tab.note.relabel(language);
    tab.messages.forEach(message => appendLine(tab, message, true));
    if (tab.details) renderTab(tab);
    redrawNow(tab.actions);   // the agent's own choice of language: shown everywhere at once
    redrawNow(tab.side);
  });
}

function renderNotify() {
  $('notify').textContent = state.notifications === 'granted' ? t.notifyOn
    : state.notifications ? t.notifyBlocked : t.notify;
}

async function start() {
  setUpLanguage($('ui-lang'), relabel);
  document.querySelectorAll('.view-pick').forEach(button => {
    button.addEventListener('click', () => pickView(button.dataset.view));
  });
  $('search').addEventListener('submit', event => {
    event.preventDefault();
    // The live queue is not searched on the server: a search there looks through every open conversation.
    if (state.view === 'waiting') pickView('open'); else loadInbox();
  });
  $('presence').addEventListener('change', event => setPresence(event.target.value));
  $('logout').addEventListener('click', signOut);
  $('notify').addEventListener('click', async () => {
    if ('Notification' in window) {
      state.notifications = await Notification.requestPermission();
      renderNotify();
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
  state.callbacks = setUpCallbacks(document.querySelector('.queue-pane'), {
    language: uiLanguage, openConversation: id => openTab(id, true), onError: showAlert,
  });
  try {
    const me = await loadMe();
    if (me.presence === 'OFFLINE') await setPresence('online');   // opening the desk means being at work
  } catch (error) {
    showAlert(error.message);
  }
  connect();
}

start();
