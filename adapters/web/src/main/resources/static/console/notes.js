// Internal notes in the agent console: agents write them for each other under the reply box, and they are drawn
// into the transcript (yellow, "Internal note · Anna") after the message they follow. Notes never reach the
// shopper: the server keeps them apart from the transcript. Words go into the page with textContent only.

import { api, el } from '/staff/staff.js';
import { strings } from '/console/i18n.js';

/**
 * The note composer of one conversation tab, folded under the reply box. {@code onAdded(note)} draws a saved
 * note; {@code onError(message)} shows why one was not saved.
 */
export function createNoteForm(conversationId, language, { onAdded, onError }) {
  const box = el('details', 'note-compose');
  const summary = el('summary', 'note-toggle');
  const form = el('form', 'note-form');
  const label = el('label', 'sr');
  const text = el('textarea', 'note-text');
  label.htmlFor = text.id = `note-${conversationId}`;
  text.rows = 2;
  text.maxLength = 4000;
  const add = el('button', 'note-add', '');
  add.type = 'submit';
  const status = el('p', 'note-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const row = el('div', 'note-row');
  row.append(text, add);
  form.append(label, row, status);
  box.append(summary, form);
  const notes = { box, text, status, language };
  const relabel = (newLanguage) => {
    notes.language = newLanguage;
    const w = strings(newLanguage).notes;
    summary.textContent = w.noteToggle;
    label.textContent = w.noteLabel;
    text.placeholder = w.notePlaceholder;
    add.textContent = w.addNote;
  };
  relabel(language);
  notes.relabel = relabel;
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const written = text.value.trim();
    if (!written) return;
    add.disabled = true;
    try {
      const note = await api('POST', `/api/v1/agent/conversations/${encodeURIComponent(conversationId)}/notes`,
        { text: written });
      text.value = '';
      status.textContent = strings(notes.language).notes.noteAdded;
      onAdded(note);
    } catch (error) {
      onError(error.message);
    } finally {
      add.disabled = false;
      text.focus();
    }
  });
  text.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); form.requestSubmit(); }
  });
  return notes;
}

/**
 * Draws notes into a transcript, each once, after the message it follows (and after earlier notes there); notes
 * already drawn get their label in the current language.
 */
export function renderNotes(transcript, notes, language, formatTime) {
  const w = strings(language).notes;
  for (const note of notes) {
    const existing = transcript.querySelector(`[data-note-id="${CSS.escape(note.id)}"]`);
    if (existing) {
      existing.querySelector('.who').textContent = w.noteBy(note.agentName ?? note.agent);
      continue;
    }
    const line = el('li', 'line note');
    line.dataset.noteId = note.id;
    line.dataset.afterSeq = String(note.afterSeq);
    const meta = el('div', 'line-meta');
    meta.append(el('span', 'who', w.noteBy(note.agentName ?? note.agent)), el('time', 'when', formatTime(note.createdAt)));
    const body = el('div', 'line-text', note.text);
    line.append(meta, body);
    const later = [...transcript.children].find(child => (child.dataset.seq !== undefined
      ? Number(child.dataset.seq) : Number(child.dataset.afterSeq)) > note.afterSeq);
    transcript.insertBefore(line, later ?? null);
  }
}
