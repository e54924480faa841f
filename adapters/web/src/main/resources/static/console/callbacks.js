// Callback tasks in the agent console: shoppers who asked to be called back instead of waiting, in the languages
// the agent takes chats in. Each stays in "To call" until an agent marks it done; "Done lately" says by whom and
// when. The list is updated in place (only tasks that changed are redrawn), so a button under the agent's pointer
// stays where it is. Words go into the page with textContent only.

import { api, el } from '/staff/staff.js';
import { strings } from '/console/i18n.js';

/**
 * Adds the callbacks section to {@code pane}. {@code openConversation(id)} opens a task's chat in a tab;
 * {@code onError(message)} shows a failure. Returns {@code reload()} and {@code relabel(language)}.
 */
export function setUpCallbacks(pane, { language, openConversation, onError }) {
  let w = strings(language).callbacks;
  let uiLanguage = language;
  let open = [];
  let done = [];
  let ticket = 0;
  const section = el('section', 'callbacks');
  section.setAttribute('aria-labelledby', 'callbacks-title');
  const heading = el('h2');
  heading.id = 'callbacks-title';
  const title = el('span', '');
  const count = el('span', 'count');
  heading.append(title, ' ', count);
  const empty = el('p', 'empty callbacks-empty');
  const list = el('ol', 'queue callback-list');
  const history = el('details', 'callbacks-done');
  const historyTitle = el('summary');
  const doneList = el('ol', 'plain callback-done-list');
  const noneDone = el('p', 'muted');
  history.append(historyTitle, noneDone, doneList);
  section.append(heading, empty, list, history);
  pane.append(section);

  const time = (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(uiLanguage, { dateStyle: 'short', timeStyle: 'short' });
  };

  function openItem(task) {
    const item = el('li', 'q-item callback');
    item.dataset.id = task.id;
    item.dataset.state = task.state;
    const meta = el('div', 'q-meta');
    meta.append(el('span', 'badge lang', task.language.toUpperCase()),
      el('span', 'badge callback-window', w.windows[task.window] ?? task.window),
      el('span', 'q-wait', w.requested(time(task.requestedAt))));
    const phone = el('p', 'callback-phone');
    const link = el('a', '', task.phone);
    link.href = `tel:${task.phone}`;
    link.setAttribute('aria-label', w.call(task.phone));
    phone.append(link);
    const actions = el('div', 'q-actions');
    const mark = el('button', 'callback-done', w.markDone);
    mark.type = 'button';
    mark.setAttribute('aria-label', w.markDoneLabel(task.phone));
    mark.addEventListener('click', () => markDone(task.id, mark));
    const view = el('button', 'callback-open ghost', w.view);
    view.type = 'button';
    view.addEventListener('click', () => openConversation(task.conversationId));
    actions.append(mark, view);
    item.append(meta, phone, actions);
    return item;
  }

  function doneItem(task) {
    const item = el('li', 'callback-done-item');
    item.dataset.id = task.id;
    item.append(el('span', 'callback-phone', task.phone), ' ',
      el('span', 'muted', w.doneBy(task.doneByName ?? task.doneBy, time(task.doneAt))));
    return item;
  }

  /** Keeps every item whose task did not change (and so the focus in it); redraws only the others. */
  function reconcile(listNode, tasks, draw) {
    const existing = new Map([...listNode.children].map(child => [child.dataset.id, child]));
    const wanted = tasks.map(task => {
      const signature = `${uiLanguage}|${JSON.stringify(task)}`;
      const kept = existing.get(task.id);
      if (kept && kept.dataset.signature === signature) return kept;
      const drawn = draw(task);
      drawn.dataset.signature = signature;
      if (kept && kept.contains(document.activeElement)) {
        drawn.querySelector(`.${document.activeElement.className.split(' ')[0]}`)?.focus();
      }
      return drawn;
    });
    existing.forEach((child, id) => { if (!wanted.includes(child)) child.remove(); });
    wanted.forEach((child, index) => {
      if (listNode.children[index] !== child) listNode.insertBefore(child, listNode.children[index] ?? null);
    });
  }

  function draw() {
    title.textContent = w.title;
    historyTitle.textContent = w.doneLately;
    count.textContent = open.length ? `(${open.length})` : '';
    empty.textContent = w.none;
    empty.hidden = open.length > 0;
    noneDone.textContent = w.noneDone;
    noneDone.hidden = done.length > 0;
    reconcile(list, open, openItem);
    reconcile(doneList, done.slice(0, 20), doneItem);
  }

  async function reload() {
    const mine = ++ticket;
    try {
      const [opened, finished] = await Promise.all([
        api('GET', '/api/v1/agent/callbacks?state=open'), api('GET', '/api/v1/agent/callbacks?state=done')]);
      if (mine !== ticket) return;   // a newer reload was started meanwhile
      open = opened.callbacks ?? [];
      done = finished.callbacks ?? [];
      draw();
    } catch (error) {
      onError(error.message);
    }
  }

  async function markDone(id, button) {
    button.disabled = true;
    try {
      await api('POST', `/api/v1/agent/callbacks/${encodeURIComponent(id)}/done`);
    } catch (error) {
      onError(error.message);
    }
    await reload();
  }

  draw();
  return {
    reload,
    relabel(newLanguage) {
      uiLanguage = newLanguage;
      w = strings(newLanguage).callbacks;
      draw();
    },
  };
}
