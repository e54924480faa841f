// A small, safe Markdown renderer for FAQ answers. It builds DOM nodes directly (never an HTML string), so
// any HTML in the source is shown as text. Supported: paragraphs with line breaks, bullet and numbered
// lists, headings (shown as bold lines), **bold**, *italic*, `code` and [links](https://…) — links only
// to http, https and mailto; anything else keeps its text and loses the link.

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const LIST_ITEM = /^\s{0,3}(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

/** Renders Markdown into a DocumentFragment of safe elements. */
export function renderMarkdown(source, doc = document) {
  const fragment = doc.createDocumentFragment();
  for (const block of blocks(String(source ?? ''))) {
    if (block.type === 'list') {
      const list = doc.createElement(block.ordered ? 'ol' : 'ul');
      if (block.ordered && block.start !== 1) list.start = block.start;
      for (const item of block.items) {
        const li = doc.createElement('li');
        appendInline(li, item, doc);
        list.append(li);
      }
      fragment.append(list);
    } else {
      const p = doc.createElement('p');
      if (block.type === 'heading') {
        const strong = doc.createElement('strong');
        appendInline(strong, block.text, doc);
        p.append(strong);
      } else {
        block.lines.forEach((line, i) => {
          if (i > 0) p.append(doc.createElement('br'));
          appendInline(p, line, doc);
        });
      }
      fragment.append(p);
    }
  }
  return fragment;
}

/** The same answer as plain text (for an agent's reply box): links become "text (url)", markers go away. */
export function markdownToPlainText(source) {
  const out = [];
  for (const block of blocks(String(source ?? ''))) {
    if (block.type === 'list') {
      out.push(block.items.map((item, i) => (block.ordered ? `${block.start + i}. ` : '• ') + plainInline(item)).join('\n'));
    } else if (block.type === 'heading') {
      out.push(plainInline(block.text));
    } else {
      out.push(block.lines.map(plainInline).join('\n'));
    }
  }
  return out.join('\n\n');
}

function blocks(source) {
  const result = [];
  let current = null;
  const close = () => { if (current) result.push(current); current = null; };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') { close(); continue; }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      if (!current || current.type !== 'list' || current.ordered !== ordered) {
        close();
        current = { type: 'list', ordered, start: ordered ? Number(item[2]) : 1, items: [] };
      }
      current.items.push(item[3]);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) { close(); result.push({ type: 'heading', text: heading[1] }); continue; }
    if (current && current.type === 'list' && /^\s+\S/.test(raw)) {
      current.items[current.items.length - 1] += ' ' + line.trim();   // a wrapped list item
      continue;
    }
    if (!current || current.type !== 'paragraph') { close(); current = { type: 'paragraph', lines: [] }; }
    current.lines.push(line.trim());
  }
  close();
  return result;
}

/** Inline tokens: text, strong, em, code, link; unmatched markers stay as text. */
function inlineTokens(text) {
  const tokens = [];
  let plain = '';
  let i = 0;
  const flush = () => { if (plain) tokens.push({ type: 'text', text: plain }); plain = ''; };
  while (i < text.length) {
    const rest = text.slice(i);
    let match;
    if (rest[0] === '\\' && /^\\[\\`*_[\]()#+\-.!<>]/.test(rest)) {
      plain += rest[1]; i += 2; continue;
    }
    if ((match = /^`([^`]+)`/.exec(rest))) {
      flush(); tokens.push({ type: 'code', text: match[1] }); i += match[0].length; continue;
    }
    if ((match = /^(\*\*|__)(?=\S)([\s\S]*?\S)\1/.exec(rest))) {
      flush(); tokens.push({ type: 'strong', children: inlineTokens(match[2]) }); i += match[0].length; continue;
    }
    if ((match = /^(\*|_)(?=\S)([\s\S]*?\S)\1(?!\1)/.exec(rest)) && !(match[1] === '_' && /\w/.test(text[i - 1] ?? ''))) {
      flush(); tokens.push({ type: 'em', children: inlineTokens(match[2]) }); i += match[0].length; continue;
    }
    if ((match = /^\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/.exec(rest))) {
      flush(); tokens.push({ type: 'link', href: match[2], children: inlineTokens(match[1]) }); i += match[0].length; continue;
    }
    plain += rest[0]; i += 1;
  }
  flush();
  return tokens;
}

function appendInline(parent, text, doc) {
  for (const token of inlineTokens(text)) parent.append(inlineNode(token, doc));
}

function inlineNode(token, doc) {
  switch (token.type) {
    case 'text': return doc.createTextNode(token.text);
    case 'code': { const code = doc.createElement('code'); code.textContent = token.text; return code; }
    case 'strong':
    case 'em': {
      const el = doc.createElement(token.type);
      token.children.forEach(child => el.append(inlineNode(child, doc)));
      return el;
    }
    case 'link': {
      const href = safeUrl(token.href);
      const el = doc.createElement(href ? 'a' : 'span');
      if (href) {
        el.href = href;
        el.target = '_blank';
        el.rel = 'noopener noreferrer nofollow';
      }
      token.children.forEach(child => el.append(inlineNode(child, doc)));
      return el;
    }
    default: return doc.createTextNode('');
  }
}

/** The URL if it is absolute and http(s) or mailto; otherwise null. */
export function safeUrl(href) {
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function plainInline(text) {
  return inlineTokens(text).map(function plain(token) {
    switch (token.type) {
      case 'text':
      case 'code': return token.text;
      case 'link': {
        const label = token.children.map(plain).join('');
        const href = safeUrl(token.href);
        return href && href !== label && href !== `https://${label}` && href !== `https://${label}/` ? `${label} (${href})` : (href ?? label);
      }
      default: return token.children.map(plain).join('');
    }
  }).join('');
}
