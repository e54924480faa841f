// The "Learning" section of the editor page (/editor, role EDITOR): unanswered questions grouped by the intent
// the bot guessed, agents' answers to handed-off questions, and a change of intent examples held by the
// cross-validation. Everything from the server goes in as text. Dismissing and reopening are served by the
// learning API; the actions that write content (add an example, answer with an FAQ, a new FAQ) post to
// /api/v1/editor/learning/items/…, which saves through the content editor and closes the items. A new FAQ (from
// the question alone or from an agent's answer) is kept as a draft on the server and opened in the FAQ editor
// (writing.js); its items close when it is published.

import { api } from '/staff/staff.js';
import { $, el, formatDateTime, formatPercent } from '/analytics/common.js';

const WORDS = {
  en: {
    title: 'Learning', lead: 'Teach the bot what it could not answer. Shoppers\' personal data is masked.',
    unanswered: 'Unanswered questions by the intent the bot guessed', noGuess: 'No guess', suggested: 'Suggested intent',
    asked: (n) => (n === 1 ? 'asked once' : `asked ${n}×`), handedOff: (n) => `${n} handed off`,
    addExample: 'Add as an example of', answerWith: 'Answer with FAQ', faqId: 'FAQ id', newFaq: 'New FAQ from this',
    dismiss: 'Dismiss', reopen: 'Reopen', noneOpen: 'Nothing open. Well done.',
    agentAnswers: 'Agents\' answers', agentSaid: (agent) => `${agent} replied`,
    acceptDraft: 'Accept as a draft FAQ', exampleFor: (title) => `Add as a way to ask “${title}”`,
    noAgentAnswers: 'No resolved handoffs to learn from.',
    model: 'Intent model', live: 'The live model serves the intent files on disk.',
    checking: 'Checking the changed examples; the previous model keeps serving.',
    held: 'A change of examples is held: it would make the bot worse.',
    checkFailed: (reason) => `The check failed (${reason}); the previous model keeps serving.`,
    macroF1: 'Macro-F1', language: 'Language', before: 'Before', after: 'After',
    confusedPair: (a, b, lang, share) => `${a} ↔ ${b} (${lang.toUpperCase()}): ${share} of their examples confused`,
    takenFor: (intent) => `taken for ${intent}`, publish: 'Publish anyway', publishing: 'Publishing…',
    draftReady: 'A draft is in the FAQ editor: complete it and save.',
    done: 'Done.', totals: (o, c, d) => `${o} open · ${c} closed · ${d} dismissed`,
  },
  ru: {
    title: 'Обучение', lead: 'Научите бота тому, на что он не ответил. Личные данные покупателей скрыты.',
    unanswered: 'Вопросы без ответа по намерению, которое угадал бот', noGuess: 'Без догадки', suggested: 'Предложенное намерение',
    asked: (n) => (n === 1 ? 'спросили один раз' : `спросили ${n}×`), handedOff: (n) => `передано оператору: ${n}`,
    addExample: 'Добавить как пример', answerWith: 'Ответить статьёй FAQ', faqId: 'id статьи', newFaq: 'Новая статья FAQ',
    dismiss: 'Отклонить', reopen: 'Вернуть', noneOpen: 'Открытых нет. Отлично.',
    agentAnswers: 'Ответы операторов', agentSaid: (agent) => `${agent} ответил(а)`,
    acceptDraft: 'Принять как черновик FAQ', exampleFor: (title) => `Добавить как вопрос к «${title}»`,
    noAgentAnswers: 'Нет закрытых передач, на которых можно учиться.',
    model: 'Модель намерений', live: 'Работает модель по файлам намерений на диске.',
    checking: 'Проверяем изменённые примеры; пока работает прежняя модель.',
    held: 'Изменение примеров задержано: бот стал бы хуже.',
    checkFailed: (reason) => `Проверка не удалась (${reason}); работает прежняя модель.`,
    macroF1: 'Macro-F1', language: 'Язык', before: 'До', after: 'После',
    confusedPair: (a, b, lang, share) => `${a} ↔ ${b} (${lang.toUpperCase()}): путаются ${share} примеров`,
    takenFor: (intent) => `принято за ${intent}`, publish: 'Всё равно опубликовать', publishing: 'Публикуем…',
    draftReady: 'Черновик открыт в редакторе FAQ: допишите и сохраните.',
    done: 'Готово.', totals: (o, c, d) => `открыто ${o} · закрыто ${c} · отклонено ${d}`,
  },
  uk: {
    title: 'Навчання', lead: 'Навчіть бота того, на що він не відповів. Особисті дані покупців приховано.',
    unanswered: 'Питання без відповіді за наміром, який вгадав бот', noGuess: 'Без здогадки', suggested: 'Запропонований намір',
    asked: (n) => (n === 1 ? 'запитали один раз' : `запитали ${n}×`), handedOff: (n) => `передано оператору: ${n}`,
    addExample: 'Додати як приклад', answerWith: 'Відповісти статтею FAQ', faqId: 'id статті', newFaq: 'Нова стаття FAQ',
    dismiss: 'Відхилити', reopen: 'Повернути', noneOpen: 'Відкритих немає. Чудово.',
    agentAnswers: 'Відповіді операторів', agentSaid: (agent) => `${agent} відповів(ла)`,
    acceptDraft: 'Прийняти як чернетку FAQ', exampleFor: (title) => `Додати як питання до «${title}»`,
    noAgentAnswers: 'Немає закритих передач, на яких можна вчитися.',
    model: 'Модель намірів', live: 'Працює модель за файлами намірів на диску.',
    checking: 'Перевіряємо змінені приклади; поки працює попередня модель.',
    held: 'Зміну прикладів затримано: бот став би гіршим.',
    checkFailed: (reason) => `Перевірка не вдалася (${reason}); працює попередня модель.`,
    macroF1: 'Macro-F1', language: 'Мова', before: 'До', after: 'Після',
    confusedPair: (a, b, lang, share) => `${a} ↔ ${b} (${lang.toUpperCase()}): плутаються ${share} прикладів`,
    takenFor: (intent) => `сприйнято як ${intent}`, publish: 'Все одно опублікувати', publishing: 'Публікуємо…',
    draftReady: 'Чернетку відкрито в редакторі FAQ: допишіть і збережіть.',
    done: 'Готово.', totals: (o, c, d) => `відкрито ${o} · закрито ${c} · відхилено ${d}`,
  },
  pl: {
    title: 'Nauka', lead: 'Naucz bota tego, na co nie odpowiedział. Dane osobowe klientów są ukryte.',
    unanswered: 'Pytania bez odpowiedzi według intencji odgadniętej przez bota', noGuess: 'Bez odgadnięcia', suggested: 'Proponowana intencja',
    asked: (n) => (n === 1 ? 'zadane raz' : `zadane ${n}×`), handedOff: (n) => `przekazane konsultantowi: ${n}`,
    addExample: 'Dodaj jako przykład', answerWith: 'Odpowiedz wpisem FAQ', faqId: 'id wpisu', newFaq: 'Nowy wpis FAQ',
    dismiss: 'Odrzuć', reopen: 'Przywróć', noneOpen: 'Nic otwartego. Świetnie.',
    agentAnswers: 'Odpowiedzi konsultantów', agentSaid: (agent) => `${agent} odpowiedział(a)`,
    acceptDraft: 'Przyjmij jako szkic FAQ', exampleFor: (title) => `Dodaj jako pytanie do „${title}”`,
    noAgentAnswers: 'Brak zamkniętych przekazań do nauki.',
    model: 'Model intencji', live: 'Działa model z plików intencji na dysku.',
    checking: 'Sprawdzamy zmienione przykłady; do tego czasu działa poprzedni model.',
    held: 'Zmiana przykładów wstrzymana: bot działałby gorzej.',
    checkFailed: (reason) => `Sprawdzenie nie powiodło się (${reason}); działa poprzedni model.`,
    macroF1: 'Macro-F1', language: 'Język', before: 'Przed', after: 'Po',
    confusedPair: (a, b, lang, share) => `${a} ↔ ${b} (${lang.toUpperCase()}): mylone ${share} przykładów`,
    takenFor: (intent) => `wzięte za ${intent}`, publish: 'Opublikuj mimo to', publishing: 'Publikujemy…',
    draftReady: 'Szkic jest w edytorze FAQ: uzupełnij go i zapisz.',
    done: 'Gotowe.', totals: (o, c, d) => `otwarte ${o} · zamknięte ${c} · odrzucone ${d}`,
  },
};

const state = { language: 'en', days: 30, queue: null, intents: [], model: null };
const w = () => WORDS[state.language] ?? WORDS.en;

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
      block.append(el('p', 'confused-title', t.confusedPair(pair.first, pair.second, pair.language,
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
