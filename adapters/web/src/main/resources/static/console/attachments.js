// Photos and PDFs in the console: a file in the transcript (a thumbnail that opens the full image in a new tab,
// a chip that downloads a PDF) and the attach button beside the reply box. The files come from the agent API
// with the page's session; the server sends them so that nothing in them can run here.

import { csrfToken } from '/staff/staff.js';
import { strings } from '/console/i18n.js';
import { filePicker, readableSize } from '/widget/attachments.js';

function words(language) {
  return strings(language).attachments;
}

function fileUrl(conversationId, file) {
  return `/api/v1/agent/conversations/${encodeURIComponent(conversationId)}/attachments/${encodeURIComponent(file.id)}`;
}

/** The transcript's view of a message that carries a file. */
export function attachmentView(conversationId, file, language) {
  const w = words(language);
  const link = document.createElement('a');
  link.href = fileUrl(conversationId, file);
  if (file.mediaType.startsWith('image/')) {
    link.className = 'attachment-thumb';
    link.target = '_blank';
    link.rel = 'noopener';
    link.setAttribute('aria-label', w.openFull(file.name));
    const img = document.createElement('img');
    img.src = link.href;
    img.alt = file.name;
    img.loading = 'lazy';
    // The picture arrives after its line was scrolled into view: a transcript that was at its end stays there.
    img.addEventListener('load', () => {
      const transcript = link.closest('.transcript');
      if (!transcript) return;
      const belowView = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight;
      if (belowView <= img.offsetHeight + 48) transcript.scrollTop = transcript.scrollHeight;
    });
    link.append(img);
    return link;
  }
  link.className = 'attachment-file';
  link.download = file.name;
  link.setAttribute('aria-label', w.download(file.name));
  const kind = document.createElement('span');
  kind.className = 'attachment-kind';
  kind.setAttribute('aria-hidden', 'true');
  kind.textContent = 'PDF';
  const name = document.createElement('span');
  name.textContent = file.name;
  const size = document.createElement('span');
  size.className = 'attachment-size';
  size.textContent = readableSize(file.size);
  link.append(kind, name, size);
  return link;
}

/** The attach button of one conversation's reply form: uploads the picked file and hands back its message. */
export class AttachControl {
  constructor(conversationId, onSent, onError) {
    this.conversationId = conversationId;
    Object.assign(this, filePicker('reply-attach ghost', file => this.send(file, onSent, onError)));  // this.button, this.input
    this.status = document.createElement('span');
    this.status.className = 'attach-status';
    this.status.setAttribute('role', 'status');
    this.language = 'en';
    this.update(false, 'en');
  }

  async send(file, onSent, onError) {
    this.button.disabled = true;
    this.status.textContent = words(this.language).uploading(file.name);
    try {
      onSent(await this.upload(file));
    } catch (error) {
      onError(error.message);
    } finally {
      this.status.textContent = '';
      this.button.disabled = !this.enabled;
      this.button.focus();
    }
  }

  /** Only the agent holding the chat attaches files, like writing in it. */
  update(enabled, language) {
    this.enabled = enabled;
    this.language = language;
    this.button.disabled = !enabled;
    this.button.setAttribute('aria-label', words(language).attach);
    this.button.title = words(language).attach;
  }

  async upload(file) {
    const response = await fetch(`/api/v1/agent/conversations/${encodeURIComponent(this.conversationId)}/attachments`
      + `?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/octet-stream', 'X-XSRF-TOKEN': csrfToken() },
      credentials: 'same-origin',
      body: file,
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.message || `${response.status} ${response.statusText}`);
    return json;
  }
}
