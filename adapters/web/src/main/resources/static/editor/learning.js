// The "Learning" section of the editor page (/editor, role EDITOR): unanswered questions grouped by the intent
// the bot guessed, agents' answers to handed-off questions, and a change of intent examples held by the
// cross-validation. Everything from the server goes in as text. Dismissing and reopening are served by the
// learning API; the actions that write content (add an example, answer with an FAQ, a new FAQ) post to
// /api/v1/editor/learning/items/…, which saves through the content editor and closes the items. A new FAQ (from
// the question alone or from an agent's answer) is kept as a draft on the server and opened in the FAQ editor
// (writing.js); its items close when it is published.

import { api, pageWords } from '/staff/staff.js';
import { $, el, formatDateTime, formatPercent } from '/analytics/common.js';
import en from '/editor/words/en.json' with { type: 'json' };
import ru from '/editor/words/ru.json' with { type: 'json' };
import uk from '/editor/words/uk.json' with { type: 'json' };
import pl from '/editor/words/pl.json' with { type: 'json' };

/** The section's words: the "learning" table of the editor page's words (/editor/words/*.json). */
const WORDS = pageWords({ en, ru, uk, pl });

const state = { language: 'en', days: 30, queue: null, intents: [], model: null };
const w = () => (WORDS[state.language] ?? WORDS.en).learning;

function button(label, className, onClick) {
  const b = el('button', className, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** Runs an action and reloads the queue; a refusal shows the server's message beside the item. */
async function act(note, method, path, body) {
  note.textContent = '';
  try {
    const result = await api(method, path, body);
    if (result?.draft) {
      // Kept as a draft in the shopper's language: the FAQ editor (writing.js) opens it with the other languages
      // marked missing; publishing it closes the items.
      window.dispatchEvent(new CustomEvent('tandem:faq-draft', { detail: result }));
      note.textContent = w().draftReady;
      return;
    }
    note.textContent = w().done;
    await load();
  } catch (error) {
    note.textContent = error.message;
  }
}

const decide = (note, items, decision) => act(note, 'POST', '/api/v1/editor/learning/items/decision', { items, ...decision });

function questionItem(group, suggested) {
  const t = w();
  const item = el('li', 'question learning-question');
  item.dataset.items = group.items.join(',');
  const head = el('div', 'question-head');
  head.append(el('span', 'badge lang', group.language.toUpperCase()), el('span', 'badge count', t.asked(group.count)));
  if (group.handedOff > 0) head.append(el('span', 'badge handed-off', t.handedOff(group.handedOff)));
  const text = el('p', 'question-text', group.text);
  text.lang = group.language;
  item.append(head, text);
  if (group.wordings.length > 1) {
    const others = el('ul', 'wordings');
    group.wordings.slice(1).forEach(wording => others.append(el('li', '', `${wording.text} (${wording.count})`)));
    item.append(others);
  }
  const note = el('p', 'action-note muted');
  note.setAttribute('role', 'status');
  const actions = el('div', 'learning-actions');
  const intent = el('select', 'intent-pick');
  intent.setAttribute('aria-label', t.addExample);
  state.intents.forEach(i => {
    const option = el('option', '', i.name);
    option.value = i.name;
    intent.append(option);
  });
  if (suggested) intent.value = suggested;
  const faq = el('input', 'faq-pick');
  faq.placeholder = t.faqId;
  faq.setAttribute('aria-label', t.faqId);
  faq.size = 14;
  const base = { items: group.items, language: group.language, text: group.text };
  actions.append(
    button(t.addExample, 'add-example', () => act(note, 'POST', '/api/v1/editor/learning/items/add-example',
      { ...base, intent: intent.value })), intent,
    button(t.answerWith, 'ghost answer-with-faq', () => act(note, 'POST', '/api/v1/editor/learning/items/answer-with-faq',
      { ...base, faqId: faq.value.trim() })), faq,
    button(t.newFaq, 'ghost new-faq', () => act(note, 'POST', '/api/v1/editor/learning/items/new-faq',
      { items: group.items, language: group.language, title: group.text, questions: group.wordings.map(x => x.text) })),
    button(t.dismiss, 'ghost dismiss', () => decide(note, group.items, { state: 'dismissed' })));
  item.append(actions, note);
  return item;
}

function renderUnanswered() {
  const t = w();
  const groups = state.queue?.unanswered ?? [];
  $('learning-groups').replaceChildren(...groups.map(group => {
    const section = el('li', 'intent-group');
    section.dataset.intent = group.suggestedIntent ?? '';
    const head = el('h4', 'intent-name', group.suggestedIntent ? `${t.suggested}: ${group.suggestedIntent}` : t.noGuess);
    const list = el('ol', 'questions');
    group.questions.forEach(q => list.append(questionItem(q, group.suggestedIntent)));
    section.append(head, list);
    return section;
  }));
  $('learning-groups-empty').hidden = groups.length > 0;
  $('learning-groups-empty').textContent = t.noneOpen;
  const totals = state.queue?.totals ?? {};
  $('learning-totals').textContent = t.totals(totals.open ?? 0, totals.closed ?? 0, totals.dismissed ?? 0);
}

function renderAgentAnswers() {
  const t = w();
  const answers = state.queue?.agentAnswers ?? [];
  $('agent-answers').replaceChildren(...answers.map(answer => {
    const item = el('li', 'question agent-answer');
    item.dataset.id = String(answer.id);
    item.dataset.offer = answer.offer.kind;
    const question = el('p', 'question-text', answer.question);
    question.lang = answer.language;
    const reply = el('blockquote', 'agent-reply', answer.reply);
    reply.lang = answer.language;
    const head = el('div', 'question-head');
    head.append(el('span', 'badge lang', answer.language.toUpperCase()), el('span', 'badge', t.agentSaid(answer.agent)),
      el('span', 'muted', formatDateTime(state.language, answer.resolvedAt)));
    const note = el('p', 'action-note muted');
    note.setAttribute('role', 'status');
    const actions = el('div', 'learning-actions');
    const offer = answer.offer;
    if (offer.kind === 'example-for-faq') {
      actions.append(button(t.exampleFor(offer.faqTitle), 'example-for-faq', () => act(note, 'POST',
        '/api/v1/editor/learning/items/answer-with-faq',
        { items: [answer.id], language: answer.language, text: answer.question, faqId: offer.faqId })));
    } else {
      actions.append(button(t.acceptDraft, 'accept-draft', () => act(note, 'POST', '/api/v1/editor/learning/items/new-faq',
        { items: [answer.id], language: answer.language, title: offer.title, questions: [offer.question], answer: offer.answer })));
    }
    actions.append(button(t.dismiss, 'ghost dismiss', () => decide(note, [answer.id], { state: 'dismissed' })));
    item.append(head, question, reply, actions, note);
    return item;
  }));
  $('agent-answers-empty').hidden = answers.length > 0;
  $('agent-answers-empty').textContent = t.noAgentAnswers;
}

function renderModel() {
  const t = w();
  const model = state.model;
  if (!model) return;
  const box = $('model-state');
  box.dataset.status = model.status;
  const parts = [];
  const message = { live: t.live, checking: t.checking, held: t.held }[model.status] ?? t.checkFailed(model.reason ?? '');
  parts.push(el('p', `model-message ${model.status}`, message));
  if (model.status === 'held') {
    const table = el('table', 'model-scores');
    const caption = el('caption', '', t.macroF1);
    const headRow = el('tr');
    [t.language, t.before, t.after].forEach(label => { const th = el('th', '', label); th.scope = 'col'; headRow.append(th); });
    const thead = el('thead');
    thead.append(headRow);
    const tbody = el('tbody');
    (model.languages ?? []).forEach(score => {
      const row = el('tr', score.macroF1Before - score.macroF1After > 0.01 ? 'dropped' : '');
      row.dataset.lang = score.language;
      const th = el('th', '', score.language.toUpperCase());
      th.scope = 'row';
      row.append(th, el('td', 'num', formatPercent(state.language, score.macroF1Before)),
        el('td', 'num', formatPercent(state.language, score.macroF1After)));
      tbody.append(row);
    });
    table.append(caption, thead, tbody);
    parts.push(table);
    (model.confused ?? []).forEach(pair => {
      const block = el('div', 'confused-pair');
      block.append(el('p', 'confused-title', t.confusedPair(pair.first, pair.second, pair.language.toUpperCase(),
        formatPercent(state.language, pair.share))));
      const list = el('ul', 'confused-examples');
      pair.examples.forEach(example => {
        const line = el('li', '', `“${example.text}” — ${example.intent}, ${t.takenFor(example.takenFor)}`);
        line.lang = pair.language;
        list.append(line);
      });
      block.append(list);
      parts.push(block);
    });
  }
  if (model.status !== 'live') {
    const note = el('p', 'action-note muted');
    note.setAttribute('role', 'status');
    parts.push(button(t.publish, 'publish-anyway', async (event) => {
      event.target.disabled = true;
      note.textContent = t.publishing;
      try {
        await api('POST', '/api/v1/editor/learning/model/publish');
        await watchModel(status => status !== 'held' && status !== 'check-failed');
      } catch (error) {
        note.textContent = error.message;
        event.target.disabled = false;
      }
    }), note);
  }
  box.replaceChildren(...parts);
}

const MODEL_POLL_MS = 1000;
const MODEL_POLL_LIMIT = 180;

/** Re-reads the model's state every second until {@code settled(status)} (a check or a publish takes a while). */
async function watchModel(settled) {
  for (let i = 0; i < MODEL_POLL_LIMIT; i++) {
    state.model = await api('GET', '/api/v1/editor/learning/model');
    if (settled(state.model.status)) break;
    await new Promise(resolve => setTimeout(resolve, MODEL_POLL_MS));
  }
  renderModel();
}

function render() {
  const t = w();
  $('learning-title').textContent = t.title;
  $('learning-lead').textContent = t.lead;
  $('learning-unanswered-title').textContent = t.unanswered;
  $('learning-agents-title').textContent = t.agentAnswers;
  $('learning-model-title').textContent = t.model;
  renderUnanswered();
  renderAgentAnswers();
  renderModel();
}

async function load() {
  $('learning').setAttribute('aria-busy', 'true');
  try {
    const [queue, intents, model] = await Promise.all([
      api('GET', `/api/v1/editor/learning/items?days=${state.days}`),
      state.intents.length ? Promise.resolve({ intents: state.intents }) : api('GET', '/api/v1/editor/learning/intents'),
      api('GET', '/api/v1/editor/learning/model'),
    ]);
    state.queue = queue;
    state.intents = intents.intents;
    state.model = model;
    render();
    if (model.status === 'checking') watchModel(status => status !== 'checking');
  } catch (error) {
    $('learning-lead').textContent = error.message;
  } finally {
    $('learning').setAttribute('aria-busy', 'false');
  }
}

/** Called by the page on start and whenever the language or the period changes. */
export function showLearning(language, days) {
  const reload = days !== undefined && days !== state.days;
  state.language = language;
  if (days !== undefined) state.days = days;
  if (!state.queue || reload) {
    load();
  } else {
    render();
  }
}

export function refreshLearning() {
  return load();
}
