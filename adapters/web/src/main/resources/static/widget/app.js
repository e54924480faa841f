// The Tandem chat widget: a shopper's conversation with the shop's bot and, when needed, a live agent.
// Mounted by /widget.js into a shadow root, so the shop's styles and the widget's never meet.
//
// Transport: POST to write, the conversation WebSocket to read (it replays everything after the last seq
// seen, so a reconnect or a page reload shows nothing twice and loses nothing), and polling GET …/messages
// when the socket cannot open. The conversation id and token live in sessionStorage.
//
// Safety: every text a person typed (shopper or agent) is put in the page with textContent; only the bot's
// FAQ answers are rendered from Markdown, by a renderer that builds DOM nodes and allows http(s)/mailto links.

import { renderMarkdown } from './markdown.js';
import { HELPFUL_LABELS, languageOf, strings } from './i18n.js';
import { Attachments } from './attachments.js';
import { CallbackOffer } from './callback.js';
import { expiredNotice, linkedChat } from './resume.js';

const POLL_INTERVAL_MS = 3000;
/** A bot chat that went quiet this long after an answer is offered the rating (once). */
const IDLE_RATING_MS = 120000;
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}/;
const SVG = 'http://www.w3.org/2000/svg';
const SOCKET_RETRY_FROM_POLLING_MS = 30000;
const MAX_BACKOFF_MS = 15000;

/** Mounts one widget into the page; returns it (handy for tests and for shops that want to open it). */
export function mount({ base, locale, open = false, container = document.body }) {
  const widget = new ChatWidget(new URL(base, location.href), locale);
  container.append(widget.host);
  widget.restore(open);
  return widget;
}

class ChatWidget {
  constructor(base, locale) {
    this.base = base;
    this.pageLanguage = languageOf(locale);
    this.language = this.pageLanguage;
    this.storageKey = `tandem.chat:${base.origin}`;
    this.conversation = null;          // { id, token, state, rated, agent, contact, ratingOffer, seen }
    this.lastSeq = 0;
    this.lastMessage = null;
    this.pending = [];                 // shopper messages sent but not yet seen with a seq
    this.socket = null;
    this.socketFailures = 0;
    this.backoff = 1000;
    this.pollTimer = null;
    this.reconnectTimer = null;
    this.queue = null;
    this.starting = null;
    this.botAnswered = false;          // the bot gave a real answer (from the FAQ): there is something to rate
    this.unread = 0;
    this.stick = true;                 // the log follows new content while the shopper reads its end
    this.scrolledTo = 0;               // where scrollToEnd left the log
    this.logHeight = 0;                // the log's height as last laid out
    this.idleRatingMs = IDLE_RATING_MS;
    this.idleTimer = null;
    this.build();
  }

  // ---------------------------------------------------------------- the DOM

  build() {
    this.host = document.createElement('div');
    this.host.className = 'tandem-chat';
    this.host.dataset.tandemWidget = '';
    const root = this.host.attachShadow({ mode: 'open' });
    this.root = root;
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('./widget.css', import.meta.url).href;   // beside this module: same version
    root.append(style);

    const el = (tag, className, attributes = {}) => {
      const node = document.createElement(tag);
      if (className) node.className = className;
      for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
      return node;
    };

    this.launcher = el('button', 'launcher', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'panel' });
    this.launcherLabel = el('span', 'launcher-label');
    this.badge = el('span', 'badge', { 'aria-hidden': 'true' });
    this.badge.hidden = true;
    this.launcher.append(icon('M4 5h16v11H9l-5 4z'), this.launcherLabel, this.badge);
    this.panel = el('section', 'panel', { id: 'panel', role: 'dialog', 'aria-labelledby': 'title' });
    this.panel.hidden = true;

    const header = el('header', 'header');
    const titles = el('div', 'titles');
    this.title = el('h2', 'title', { id: 'title' });
    this.subtitle = el('p', 'subtitle');
    titles.append(this.title, this.subtitle);
    this.closeButton = el('button', 'close', { type: 'button' });
    this.closeButton.textContent = '×';
    header.append(titles, this.closeButton);

    this.banner = el('div', 'banner', { role: 'status' });
    this.banner.hidden = true;
    this.connection = el('div', 'connection', { role: 'status' });
    this.connection.hidden = true;

    this.log = el('div', 'log', { role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', tabindex: '0' });
    this.log.addEventListener('scroll', () => {
      // Only the shopper's own scrolling decides: the event of our own scroll, or of the log changing size,
      // may come after the log shrank, when its end is out of view for a moment.
      if (this.log.scrollTop === this.scrolledTo || this.log.clientHeight !== this.logHeight) return;
      this.stick = this.log.scrollTop + this.log.clientHeight >= this.log.scrollHeight - 24;
    });
    // A banner, form or rating appearing shrinks the log: keep its last message in view.
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(() => {
        if (this.stick) this.scrollToEnd();
        this.logHeight = this.log.clientHeight;
      }).observe(this.log);
    }
    this.announcer = el('p', 'sr', { role: 'status' });
    this.typing = el('div', 'typing');
    this.typing.hidden = true;
    this.typing.append(el('span', 'dot'), el('span', 'dot'), el('span', 'dot'), el('span', 'sr typing-text'));
    // "Anna is typing…" while the agent holding the chat writes (the agent stream's typing frames).
    this.agentTyping = el('p', 'agent-typing', { role: 'status', 'aria-live': 'polite' });
    this.agentTyping.hidden = true;
    this.typingSentAt = 0;

    this.quick = el('div', 'quick', { role: 'group' });
    this.quick.hidden = true;

    this.emailForm = el('form', 'email');
    this.emailForm.hidden = true;
    this.emailLabel = el('label', 'sr', { for: 'email-input' });
    this.emailInput = el('input', 'email-input', { id: 'email-input', type: 'email', autocomplete: 'email', required: '' });
    this.emailButton = el('button', 'secondary', { type: 'submit' });
    this.emailForm.append(this.emailLabel, this.emailInput, this.emailButton);
    this.callback = new CallbackOffer(this);

    this.rating = el('div', 'rating', { role: 'group', 'aria-labelledby': 'rating-title' });
    this.rating.hidden = true;
    this.ratingTitle = el('p', 'rating-title', { id: 'rating-title' });
    this.stars = el('div', 'stars');
    this.starButtons = [1, 2, 3, 4, 5].map(score => {
      const star = el('button', 'star', { type: 'button', 'data-score': String(score) });
      star.textContent = '★';
      star.addEventListener('click', () => this.rate(score));
      star.addEventListener('mouseenter', () => this.highlightStars(score));
      star.addEventListener('focus', () => this.highlightStars(score));
      this.stars.append(star);
      return star;
    });
    this.stars.addEventListener('mouseleave', () => this.highlightStars(0));
    this.ratingNote = el('p', 'rating-note', { role: 'status' });
    this.ratingLater = el('button', 'rating-later', { type: 'button' });
    this.ratingLater.addEventListener('click', () => this.dismissRating());
    this.rating.append(this.ratingTitle, this.stars, this.ratingNote, this.ratingLater);

    const actions = el('div', 'actions');
    this.humanButton = el('button', 'human', { type: 'button' });
    actions.append(this.humanButton);

    this.composer = el('form', 'composer');
    this.inputLabel = el('label', 'sr', { for: 'input' });
    this.input = el('textarea', 'input', { id: 'input', rows: '1', maxlength: '4000' });
    this.sendButton = el('button', 'send', { type: 'submit' });
    this.sendText = el('span', 'send-text');
    this.sendButton.append(icon('M3 20l18-8L3 4v6l12 2-12 2z'), this.sendText);
    this.attachments = new Attachments(this);
    this.composer.append(this.inputLabel, this.attachments.button, this.attachments.input, this.input, this.sendButton);

    this.panel.append(header, this.banner, this.connection, this.log, this.typing, this.quick, this.emailForm,
      this.callback.box, this.rating, actions, this.composer, this.announcer);
    root.append(this.launcher, this.panel);
    this.typing.after(this.agentTyping);
    this.input.addEventListener('input', () => this.reportTyping());

    this.launcher.addEventListener('click', () => this.toggle(true));
    this.closeButton.addEventListener('click', () => this.toggle(false));
    this.panel.addEventListener('keydown', event => {
      if (event.key === 'Escape') { event.preventDefault(); this.toggle(false); }
    });
    this.composer.addEventListener('submit', event => {
      event.preventDefault();
      const text = this.input.value;
      this.input.value = '';
      this.send(text);
    });
    this.input.addEventListener('keydown', event => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.composer.requestSubmit();
      }
    });
    this.humanButton.addEventListener('click', () => this.send(strings(this.language).human));
    this.emailForm.addEventListener('submit', event => {
      event.preventDefault();
      if (this.emailInput.value.trim()) {
        this.send(this.emailInput.value.trim());
        this.emailInput.value = '';
      }
    });
    window.addEventListener('online', () => this.reconnectNow());
    this.localize();
  }

  /** Puts the UI's words in the current language: the page's, then the conversation's once it is known. */
  localize() {
    const t = strings(this.language);
    this.panel.lang = this.language;
    this.launcher.lang = this.language;
    this.launcherLabel.textContent = t.open;
    this.renderUnread();
    this.title.textContent = t.title;
    this.subtitle.textContent = t.subtitle;
    this.closeButton.setAttribute('aria-label', t.close);
    this.log.setAttribute('aria-label', t.messages);
    this.typing.querySelector('.typing-text').textContent = t.typing;
    this.quick.setAttribute('aria-label', t.quickReplies);
    this.emailLabel.textContent = t.email;
    this.emailInput.placeholder = t.email;
    this.emailButton.textContent = t.emailSend;
    this.ratingTitle.textContent = t.rateTitle;
    this.starButtons.forEach((star, i) => star.setAttribute('aria-label', t.star(i + 1)));
    this.humanButton.textContent = t.human;
    this.inputLabel.textContent = t.message;
    this.input.placeholder = t.placeholder;
    this.sendText.textContent = t.send;
    this.attachments.localize(this.language);
    this.ratingLater.textContent = t.rateLater;
    this.connection.textContent = t.reconnecting;
    this.callback.localize();
    this.renderBanner();
    this.renderRating();
  }

  toggle(open) {
    this.panel.hidden = !open;
    this.launcher.setAttribute('aria-expanded', String(open));
    this.host.classList.toggle('open', open);
    this.remember({ open });
    if (open) {
      this.markRead();
      this.ensureConversation().catch(() => {});
      this.input.focus();
      this.scrollToEnd();
    } else {
      this.launcher.focus();
    }
  }

  // ---------------------------------------------------------------- the conversation

  /** After a page load: picks the stored conversation up again, without a new greeting. */
  restore(open) {
    const linked = linkedChat();
    if (linked) {
      this.resumeLinked(linked, open);
      return;
    }
    this.restoreStored(open);
  }

  /** The chat a mailed link names, with a fresh token; an expired link says so and falls back to the stored chat. */
  resumeLinked(linked, open) {
    this.api('POST', `/api/v1/conversations/${encodeURIComponent(linked.id)}/resume`, { code: linked.code })
      .then(resumed => {
        try { sessionStorage.removeItem(this.storageKey); } catch { /* storage may be blocked */ }
        this.conversation = { id: resumed.id, token: resumed.token, state: resumed.state, rated: false };
        this.remember(this.conversation);
        this.applyState(resumed.state);
        this.connect();
        this.toggle(true);
      })
      .catch(() => {
        this.restoreStored(open);
        this.toggle(true);
        this.notice(expiredNotice(this.language));
      });
  }

  restoreStored(open) {
    const saved = this.load();
    if (saved && saved.id && saved.token) {
      this.conversation = saved;
      this.applyState(saved.state, saved.agent);
      this.connect();
    }
    if (open || saved?.open) this.toggle(true);
  }

  ensureConversation() {
    if (this.conversation) return Promise.resolve(this.conversation);
    if (!this.starting) {
      this.starting = this.api('POST', '/api/v1/conversations', { channel: 'web', locale: this.pageLanguage })
        .then(started => {
          this.conversation = { id: started.id, token: started.token, state: started.state, rated: false };
          this.remember(this.conversation);
          started.messages.forEach(message => this.receive(message));
          this.applyState(started.state);
          this.connect();
          return this.conversation;
        })
        .catch(error => {
          this.notice(strings(this.language).startFailed);
          throw error;
        })
        .finally(() => { this.starting = null; });
    }
    return this.starting;
  }

  async send(rawText) {
    const text = String(rawText ?? '').trim();
    if (!text) return;
    const pending = this.renderPending(text);
    try {
      const conversation = await this.ensureConversation();
      this.typing.hidden = conversation.state !== 'BOT' && conversation.state !== 'CLOSED';
      const turn = await this.api('POST', `/api/v1/conversations/${encodeURIComponent(conversation.id)}/messages`,
        { text }, conversation.token);
      if (turn.replies.length > 0 && !pending.dataset.seq) this.bind(pending, turn.replies[0].seq - 1);
      turn.replies.forEach(message => this.receive(message));
      this.applyState(turn.state);
      this.shopperWrote({ text });
      if (turn.queue) this.updateQueue(turn.queue);
      if (this.pollTimer) this.poll();
    } catch (error) {
      this.failed(pending, text);
    } finally {
      this.typing.hidden = true;
    }
  }

  async rate(score) {
    if (!this.conversation || this.conversation.rated) return;
    const t = strings(this.language);
    try {
      await this.api('POST', `/api/v1/conversations/${encodeURIComponent(this.conversation.id)}/rating`,
        { score }, this.conversation.token);
      this.conversation.rated = score;
      this.remember({ rated: score });
      this.renderRating();
      this.ratingNote.textContent = t.rated;
    } catch (error) {
      const already = error.status === 409 && error.code === 'already_rated';   // in another tab
      if (already) {
        this.conversation.rated = true;
        this.remember({ rated: true });
        this.renderRating();
      }
      this.ratingNote.textContent = already ? t.rated : t.rateFailed;
    }
  }

  // ---------------------------------------------------------------- live updates

  connect() {
    clearTimeout(this.reconnectTimer);
    if (!this.conversation || this.socket || typeof WebSocket === 'undefined') {
      if (typeof WebSocket === 'undefined') this.startPolling();
      return;
    }
    const url = new URL(`api/v1/conversations/${encodeURIComponent(this.conversation.id)}/stream`, this.base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('token', this.conversation.token);
    url.searchParams.set('after', String(this.lastSeq));
    let opened = false;
    let socket;
    try {
      socket = new WebSocket(url.href);
    } catch {
      this.startPolling();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      opened = true;
      this.socketFailures = 0;
      this.backoff = 1000;
      this.connection.hidden = true;
      this.stopPolling();
    });
    socket.addEventListener('message', event => {
      try {
        this.onFrame(JSON.parse(event.data));
      } catch (ignored) {
        // a frame we do not understand is not worth breaking the chat for
      }
    });
    socket.addEventListener('close', event => {
      if (this.socket === socket) this.socket = null;
      if (event.code === 1008) { this.forget(); return; }   // the conversation no longer opens with this token
      if (!opened) this.socketFailures += 1;
      if (this.socketFailures >= 2) {
        this.startPolling();
        return;
      }
      if (opened) this.connection.hidden = false;
      this.reconnectTimer = setTimeout(() => this.connect(), this.backoff);
      this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
    });
  }

  reconnectNow() {
    if (this.conversation && !this.socket) {
      this.socketFailures = 0;
      this.backoff = 1000;
      this.connect();
    }
  }

  onFrame(frame) {
    if (frame.type === 'message' && frame.message) {
      this.receive(frame.message);
    } else if (frame.type === 'state') {
      this.applyState(frame.state, frame.agent);
    } else if (frame.type === 'queue') {
      this.applyState('QUEUED');
      this.updateQueue(frame);
    } else if (frame.type === 'typing' && frame.who === 'agent') {
      this.showAgentTyping(frame.agent);
    }
  }

  /** Shown for a few seconds after each typing frame (they come at most every 2 s while the agent types). */
  showAgentTyping(agent) {
    const t = strings(this.language);
    this.agentTyping.textContent = t.agentTyping(agent || this.conversation?.agent);
    this.agentTyping.hidden = false;
    clearTimeout(this.agentTypingTimer);
    this.agentTypingTimer = setTimeout(() => { this.agentTyping.hidden = true; }, 5000);
  }

  /** Tells the agent holding the chat that the shopper is typing, at most every 2.5 s; failures do not matter. */
  reportTyping() {
    const conversation = this.conversation;
    if (!conversation || conversation.state !== 'ASSIGNED' || !this.input.value.trim()) return;
    const now = Date.now();
    if (now - this.typingSentAt < 2500) return;
    this.typingSentAt = now;
    fetch(new URL(`api/v1/conversations/${encodeURIComponent(conversation.id)}/typing`, this.base), {
      method: 'POST', headers: { Authorization: `Bearer ${conversation.token}` }, credentials: 'omit',
    }).catch(() => {});
  }

  startPolling() {
    if (this.pollTimer || !this.conversation) return;
    this.connection.hidden = true;
    this.pollTimer = setInterval(() => this.poll(), POLL_INTERVAL_MS);
    this.poll();
    this.reconnectTimer = setTimeout(() => { this.socketFailures = 0; this.connect(); }, SOCKET_RETRY_FROM_POLLING_MS);
  }

  stopPolling() {
    clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  async poll() {
    if (!this.conversation) return;
    try {
      const page = await this.api('GET',
        `/api/v1/conversations/${encodeURIComponent(this.conversation.id)}/messages?after=${this.lastSeq}`,
        undefined, this.conversation.token);
      page.messages.forEach(message => this.receive(message));
    } catch (error) {
      if (error.status === 404) this.forget();
    }
  }

  /** The stored conversation is gone (or its token no longer opens it): start afresh on the next message. */
  forget() {
    this.stopPolling();
    clearTimeout(this.reconnectTimer);
    if (this.socket) this.socket.close();
    this.socket = null;
    this.conversation = null;
    this.lastSeq = 0;
    this.lastMessage = null;
    this.queue = null;
    this.botAnswered = false;
    this.unread = 0;
    clearTimeout(this.idleTimer);
    this.renderUnread();
    try { sessionStorage.removeItem(this.storageKey); } catch { /* storage may be blocked */ }
    this.log.replaceChildren();
    this.pending = [];
    this.applyState(null);
  }

  // ---------------------------------------------------------------- messages

  /** Shows a message once, in seq order, whichever way it came (reply, socket, poll). */
  receive(message) {
    if (!message || typeof message.seq !== 'number') return;
    if (message.author === 'BOT' && message.lang && languageOf(message.lang) !== this.language) {
      this.language = languageOf(message.lang);
      this.localize();
    }
    if (message.author === 'BOT' && message.faqId) this.botAnswered = true;
    if (message.author === 'SHOPPER') this.shopperWrote(message);   // again when it comes back with its intent
    if (this.log.querySelector(`[data-seq="${message.seq}"]`)) return;
    if (message.author === 'SHOPPER') {
      const waiting = this.pending.find(el => el.dataset.text === message.text);
      if (waiting) {
        this.bind(waiting, message.seq);
        this.afterMessage(message);
        return;
      }
    }
    if (message.author === 'AGENT') this.agentTyping.hidden = true;
    if (message.author === 'AGENT' && this.conversation && this.conversation.state !== 'ASSIGNED'
        && this.conversation.state !== 'CLOSED') {
      this.applyState('ASSIGNED', message.sender);
    }
    const el = this.renderMessage(message);
    this.insertInOrder(el, message.seq);
    this.afterMessage(message);
  }

  afterMessage(message) {
    if (message.seq > this.lastSeq) {
      this.lastSeq = message.seq;
      this.lastMessage = message;
    }
    if (!this.panel.hidden) {
      this.markRead();
    } else if (message.author !== 'SHOPPER' && message.seq > (this.conversation?.seen ?? 0)) {
      this.unread += 1;
      this.renderUnread();
    }
    this.renderQuickReplies();
    this.scrollToEnd();
    this.restartIdleTimer();
  }

  /**
   * What the shopper's own message tells the widget: an e-mail address in it is their contact (the server keeps
   * the first one too), so the form never asks again; "Yes, thanks" or a goodbye ends a bot chat well.
   */
  shopperWrote(message) {
    if (!this.conversation) return;
    if (!this.conversation.contact && EMAIL.test(message.text)) {
      this.conversation.contact = true;
      this.remember({ contact: true });
      this.renderBanner();
    }
    if (HELPFUL_LABELS.includes(message.text) || message.intent === 'goodbye') this.offerRating();
  }

  renderMessage(message) {
    const t = strings(this.language);
    const el = document.createElement('div');
    const author = String(message.author).toLowerCase();
    el.className = `message ${author}`;
    el.dataset.seq = String(message.seq);
    el.dataset.author = message.author;
    const who = document.createElement('span');
    who.className = 'sr';
    who.textContent = `${{ shopper: t.you, bot: t.bot, agent: t.agent }[author] ?? t.system}: `;
    const body = document.createElement('div');
    body.className = 'body';
    const card = message.author === 'BOT' && !message.faqId ? orderCard(message.text, t) : null;
    if (message.author === 'BOT' && message.faqId) {
      el.classList.add('faq');
      el.dataset.faqId = message.faqId;
      body.append(renderMarkdown(message.text));
    } else if (card) {
      this.botAnswered = true;            // an order's status is an answer to rate, like an FAQ answer
      el.classList.add('order');
      body.append(card);
    } else {
      body.textContent = message.text;   // what people wrote is text, never markup
    }
    if (message.attachment) body.replaceChildren(this.attachments.render(message));
    el.append(who, body);
    if (message.lang) el.lang = message.lang;
    return el;
  }

  renderPending(text) {
    const el = this.renderMessage({ seq: 0, author: 'SHOPPER', text });
    delete el.dataset.seq;
    el.classList.add('pending');
    el.dataset.text = text;
    this.pending.push(el);
    this.log.append(el);
    this.quick.hidden = true;
    this.scrollToEnd();
    return el;
  }

  bind(el, seq) {
    this.pending = this.pending.filter(p => p !== el);
    el.classList.remove('pending', 'failed');
    el.querySelector('.retry')?.remove();
    delete el.dataset.text;
    el.dataset.seq = String(seq);
    el.remove();
    this.insertInOrder(el, seq);
  }

  failed(el, text) {
    const follow = this.stick;
    const t = strings(this.language);
    el.classList.add('failed');
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'retry';
    retry.textContent = `${t.sendFailed} ${t.retry}`;
    retry.addEventListener('click', () => {
      this.pending = this.pending.filter(p => p !== el);
      el.remove();
      this.send(text);
    });
    el.append(retry);
    if (follow) this.scrollToEnd();
  }

  /** Before the first message with a higher seq; pending messages (no seq yet) always stay last. */
  insertInOrder(el, seq) {
    const later = [...this.log.children].find(child => !child.dataset.seq || Number(child.dataset.seq) > seq);
    this.log.insertBefore(el, later ?? null);
  }

  renderQuickReplies() {
    const replies = this.lastMessage?.quickReplies ?? [];
    const human = strings(this.language).human;
    const labels = replies.filter(label => label !== human);   // the person button is always there already
    this.quick.replaceChildren(...labels.map(label => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'quick-reply';
      button.textContent = label;
      button.addEventListener('click', () => this.send(label));
      return button;
    }));
    this.quick.hidden = labels.length === 0;
  }

  // ---------------------------------------------------------------- state: queue, agent, end

  applyState(state, agent) {
    if (this.conversation && state) {
      this.conversation.state = state;
      if (agent !== undefined) this.conversation.agent = agent ?? null;
      if (state !== 'QUEUED') this.queue = null;
      if (state === 'CLOSED' && this.conversation.rated === undefined) this.conversation.rated = false;
      this.remember({ state, agent: this.conversation.agent ?? null });
    }
    const current = this.conversation?.state;
    this.humanButton.disabled = current === 'QUEUED' || current === 'ASSIGNED';
    this.host.dataset.state = current ?? '';
    this.renderBanner();
    this.renderRating();
  }

  updateQueue(queue) {
    this.queue = { position: queue.position, estimatedWaitSeconds: queue.estimatedWaitSeconds ?? null };
    this.renderBanner();
  }

  /**
   * The banner, the header's subtitle and the e-mail form say one thing, from the live state: the place in
   * line (the bot's message said the rest), whether the team is online now (a wait estimate comes only while
   * someone is), and the form only while nobody is and no address is known.
   */
  renderBanner() {
    const t = strings(this.language);
    const state = this.conversation?.state;
    let subtitle = t.subtitle;
    let availability = '';
    this.emailForm.hidden = true;
    if (state === 'QUEUED' && this.queue) {
      const { position, estimatedWaitSeconds } = this.queue;
      const attended = estimatedWaitSeconds !== null && estimatedWaitSeconds !== undefined;
      this.banner.textContent = attended
        ? `${t.queueShort(position)} · ${t.waitShort(Math.max(1, Math.ceil(estimatedWaitSeconds / 60)))}`
        : t.queueShort(position);
      this.emailForm.hidden = attended || Boolean(this.conversation.contact);
      subtitle = attended ? t.subtitleOnline : t.subtitleOffline;
      availability = attended ? 'online' : 'offline';
      this.banner.dataset.position = String(position);
      this.banner.hidden = false;
    } else if (state === 'ASSIGNED') {
      this.banner.textContent = t.assigned(this.conversation.agent);
      subtitle = t.subtitleOnline;
      availability = 'online';
      delete this.banner.dataset.position;
      this.banner.hidden = false;
    } else {
      this.banner.hidden = true;
      delete this.banner.dataset.position;
    }
    this.subtitle.textContent = subtitle;
    this.host.dataset.team = availability;
    this.callback.render();
  }

  renderRating() {
    const state = this.conversation?.state;
    const offered = state === 'BOT' && this.conversation.ratingOffer === 'offered';
    this.rating.hidden = !(state === 'CLOSED' || offered);
    this.ratingLater.hidden = !offered || Boolean(this.conversation.rated);
    const rated = this.conversation?.rated;
    this.starButtons.forEach((star, i) => {
      star.disabled = Boolean(rated);
      star.setAttribute('aria-pressed', String(typeof rated === 'number' && i < rated));
    });
    if (typeof rated === 'number') this.highlightStars(rated);
  }

  /** Once per conversation, when a bot chat ends well or goes quiet after an answer; never again once dismissed. */
  offerRating() {
    const conversation = this.conversation;
    if (!conversation || conversation.state !== 'BOT' || !this.botAnswered || conversation.rated
        || conversation.ratingOffer) return;
    conversation.ratingOffer = 'offered';
    this.remember({ ratingOffer: 'offered' });
    this.renderRating();
    this.announcer.textContent = strings(this.language).rateOffer;
  }

  dismissRating() {
    if (!this.conversation) return;
    this.conversation.ratingOffer = 'dismissed';
    this.remember({ ratingOffer: 'dismissed' });
    this.renderRating();
    this.input.focus();
  }

  restartIdleTimer() {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.offerRating(), this.idleRatingMs);
  }

  // ---------------------------------------------------------------- the launcher

  markRead() {
    this.unread = 0;
    if (this.conversation && this.conversation.seen !== this.lastSeq) {
      this.conversation.seen = this.lastSeq;
      this.remember({ seen: this.lastSeq });
    }
    this.renderUnread();
  }

  renderUnread() {
    const t = strings(this.language);
    this.badge.textContent = String(this.unread);
    this.badge.hidden = this.unread === 0;
    this.launcher.setAttribute('aria-label', this.unread ? `${t.open} (${t.unread(this.unread)})` : t.open);
  }

  highlightStars(score) {
    const rated = this.conversation?.rated;
    const shown = typeof rated === 'number' ? rated : score;
    this.starButtons.forEach((star, i) => star.classList.toggle('lit', i < shown));
  }

  // ---------------------------------------------------------------- plumbing

  notice(text) {
    const el = this.renderMessage({ seq: 0, author: 'SYSTEM', text });
    delete el.dataset.seq;
    el.classList.add('local');
    this.log.append(el);
  }

  scrollToEnd() {
    this.log.scrollTop = this.log.scrollHeight;
    this.scrolledTo = this.log.scrollTop;
    this.stick = true;
  }

  async api(method, path, body, token) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(new URL(path.replace(/^\//, ''), this.base), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit',
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(json.message || `HTTP ${response.status}`);
      error.status = response.status;
      error.code = json.error;
      throw error;
    }
    return json;
  }

  load() {
    try {
      return JSON.parse(sessionStorage.getItem(this.storageKey) ?? 'null');
    } catch {
      return null;
    }
  }

  remember(changes) {
    try {
      const saved = { ...(this.load() ?? {}), ...changes };
      sessionStorage.setItem(this.storageKey, JSON.stringify(saved));
    } catch {
      // private mode or blocked storage: the chat still works, it just does not survive a reload
    }
  }
}

/** A small decorative icon (screen readers read the button's words instead). */
function icon(path) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('icon');
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}

/**
 * The bot's order status (its sentences: the status, the tracking number with its link, the expected delivery)
 * as a card: the status as its title, the other sentences below, and the tracking link as a button. Only the
 * order status puts a link after its first sentence in a bot reply that is not an FAQ answer; all stays text.
 */
function orderCard(text, t) {
  const lines = String(text)
    .replace(/(https?:\/\/\S+)\s+/g, '$1\n')              // the link ends its sentence
    .replace(/([.!?])\s+(?=\p{Lu})/gu, '$1\n')             // a sentence ends where a capital starts the next
    .split('\n').map(line => line.trim()).filter(Boolean);
  const withLink = lines.findIndex(line => /https?:\/\/\S+/.test(line));
  if (lines.length < 2 || withLink < 1) return null;
  const address = lines[withLink].match(/https?:\/\/\S+/)[0].replace(/[.,;)]+$/, '');
  let url;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const card = document.createElement('div');
  card.className = 'card';
  const title = document.createElement('p');
  title.className = 'card-title';
  title.textContent = lines[0];
  const details = document.createElement('ul');
  details.className = 'card-details';
  lines.slice(1).forEach((line, i) => {
    // "Tracking number: X, follow it here: <link>" keeps "Tracking number: X"; the link becomes the button.
    const shown = i + 1 === withLink ? line.replace(address, '').replace(/[,;]?[^,;]*:\s*[.]?$/, '').trim() : line;
    if (!shown) return;
    const item = document.createElement('li');
    item.textContent = shown;
    details.append(item);
  });
  const track = document.createElement('a');
  track.className = 'card-action';
  track.href = url.href;
  track.target = '_blank';
  track.rel = 'noopener noreferrer nofollow';
  track.textContent = t.track;
  card.append(title, details, track);
  return card;
}
