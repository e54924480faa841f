// Photos and PDFs in the widget: the attach button, the upload with its progress, and a file in the transcript
// (a thumbnail that opens full size for an image, a chip that downloads a PDF).
//
// The server decides what a file is (by its bytes) and refuses what it does not take; the widget only says why,
// in the shopper's language. Files are fetched with the conversation's token and shown from a data: URL, so the
// token never appears in a URL and the shop page needs no extra image source.

import { attachmentStrings } from './i18n.js';

/** What the server takes (it decides by the bytes): the file dialog offers these. */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,application/pdf';
/** The server's default limit (tandem.attachments.max-bytes): a larger file is refused without sending it. */
const MAX_BYTES = 10 * 1024 * 1024;
const SVG = 'http://www.w3.org/2000/svg';

export class Attachments {
  /** @param widget the ChatWidget: its conversation, base URL, log and receive() */
  constructor(widget) {
    this.widget = widget;
    this.cache = new Map();            // attachment id → data: URL, so a re-render does not fetch again
    Object.assign(this, filePicker('attach', file => this.send(file)));  // this.button, this.input
  }

  localize(language) {
    const t = attachmentStrings(language);
    this.button.setAttribute('aria-label', t.attach);
    this.button.title = t.attach;
  }

  /** Uploads a file as the shopper; a pending line shows its progress until the message comes back. */
  async send(file) {
    const widget = this.widget;
    const t = attachmentStrings(widget.language);
    const pending = this.pendingLine(file.name);
    try {
      if (file.size > MAX_BYTES) throw Object.assign(new Error('too large'), { code: 'attachment_too_large' });
      const conversation = await widget.ensureConversation();
      const message = await this.upload(conversation, file, percent => {
        pending.status.textContent = t.uploading(percent);
        pending.bar.style.width = `${percent}%`;
      });
      pending.el.remove();
      widget.receive(message);
    } catch (error) {
      pending.el.classList.add('failed');
      pending.el.classList.remove('pending');
      pending.bar.parentElement.remove();
      pending.status.textContent = error.code === 'attachment_too_large' ? t.tooLarge
        : error.code === 'unsupported_attachment' ? t.wrongType : t.failed;
      pending.status.setAttribute('role', 'alert');
      widget.scrollToEnd();
    }
  }

  upload(conversation, file, progress) {
    const url = new URL(`api/v1/conversations/${encodeURIComponent(conversation.id)}/attachments`
      + `?name=${encodeURIComponent(file.name)}`, this.widget.base);
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', url);
      request.setRequestHeader('Authorization', `Bearer ${conversation.token}`);
      request.setRequestHeader('Content-Type', 'application/octet-stream');
      request.setRequestHeader('Accept', 'application/json');
      request.responseType = 'json';
      request.upload.addEventListener('progress', event => {
        if (event.lengthComputable) progress(Math.round(100 * event.loaded / event.total));
      });
      request.addEventListener('load', () => {
        if (request.status === 201 && request.response) {
          resolve(request.response);
        } else {
          const error = new Error(request.response?.message || `HTTP ${request.status}`);
          error.code = request.response?.error ?? (request.status === 413 ? 'attachment_too_large' : undefined);
          reject(error);
        }
      });
      request.addEventListener('error', () => reject(new Error('network')));
      progress(0);
      request.send(file);
    });
  }

  pendingLine(name) {
    const el = document.createElement('div');
    el.className = 'message shopper pending upload';
    const body = document.createElement('div');
    body.className = 'body';
    const label = document.createElement('span');
    label.className = 'file-name';
    label.textContent = name;
    const track = document.createElement('span');
    track.className = 'progress';
    const bar = document.createElement('span');
    bar.className = 'progress-bar';
    track.append(bar);
    const status = document.createElement('span');
    status.className = 'upload-status';
    status.setAttribute('aria-live', 'polite');
    body.append(label, track, status);
    el.append(body);
    this.widget.log.append(el);
    this.widget.scrollToEnd();
    return { el, bar, status };
  }

  /** What the transcript shows for a message that carries a file. */
  render(message) {
    const file = message.attachment;
    const t = attachmentStrings(this.widget.language);
    if (file.mediaType.startsWith('image/')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'thumb';
      button.setAttribute('aria-label', t.openImage(file.name));
      button.setAttribute('aria-expanded', 'false');
      const img = document.createElement('img');
      img.alt = file.name;
      button.append(img);
      button.addEventListener('click', () => {
        const open = button.classList.toggle('full');
        button.setAttribute('aria-expanded', String(open));
        button.setAttribute('aria-label', open ? t.closeImage : t.openImage(file.name));
        if (open) this.widget.scrollToEnd();
      });
      this.dataUrl(file).then(url => { img.src = url; }).catch(() => { img.replaceWith(document.createTextNode(file.name)); });
      return button;
    }
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.className = 'file-chip';
    chip.setAttribute('aria-label', t.download(file.name));
    const icon = document.createElement('span');
    icon.className = 'file-icon';
    icon.textContent = 'PDF';
    icon.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.className = 'file-name';
    name.textContent = file.name;
    const size = document.createElement('span');
    size.className = 'file-size';
    size.textContent = readableSize(file.size);
    chip.append(icon, name, size);
    chip.addEventListener('click', () => this.download(file));
    return chip;
  }

  async fetchFile(file) {
    const conversation = this.widget.conversation;
    const response = await fetch(new URL(`api/v1/conversations/${encodeURIComponent(conversation.id)}/attachments/`
      + encodeURIComponent(file.id), this.widget.base), {
      headers: { Authorization: `Bearer ${conversation.token}` }, credentials: 'omit',
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.blob();
  }

  async dataUrl(file) {
    if (!this.cache.has(file.id)) {
      this.cache.set(file.id, this.fetchFile(file).then(blob => new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result);
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
      })));
    }
    return this.cache.get(file.id);
  }

  async download(file) {
    const blob = await this.fetchFile(file);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = file.name;
    link.hidden = true;
    this.widget.root.append(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }
}

/** A file's size as people read it (KB, MB); shared with the console. */
export function readableSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * An attach button (a paperclip) and the hidden file input it opens, offering what the server takes; the
 * picked file goes to {@code onFile}. Shared with the console.
 */
export function filePicker(className, onFile) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.append(paperclip());
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = ACCEPT;
  input.hidden = true;
  input.tabIndex = -1;
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  });
  return { button, input };
}

function paperclip() {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M16.5 6.5l-7.8 7.8a1.8 1.8 0 0 0 2.5 2.5l8-8a3.5 3.5 0 0 0-5-5l-8.2 8.2a5.2 5.2 0 0 0 7.4 7.4l7-7');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.8');
  path.setAttribute('stroke-linecap', 'round');
  svg.append(path);
  return svg;
}
