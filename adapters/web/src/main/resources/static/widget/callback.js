// "Call me back" in the chat widget: while the shopper waits for a person and the wait is long (or nobody is
// online), they can leave a phone number and a time window instead of keeping the chat open. The server keeps it
// as an agents' task and writes a confirmation into the transcript. Its words in the four languages are here.

/** A wait from this long on is worth offering a call instead (seconds). */
export const LONG_WAIT_SECONDS = 600;
/** The server's rule: an optional +, 7 to 15 digits, spaces, dashes, dots, slashes and brackets between them. */
const PHONE = /^\+?[0-9][0-9 \-./()\u00A0]*[0-9)]$/;
const WINDOWS = ['any-time', 'morning', 'afternoon', 'evening'];

const WORDS = {
  en: {
    offer: 'Call me back instead',
    intro: 'Leave your number and we will call you. No need to keep this chat open.',
    phone: 'Phone number',
    when: 'When suits you',
    windows: { 'any-time': 'Any time', morning: 'Morning (9:00–12:00)', afternoon: 'Afternoon (12:00–17:00)', evening: 'Evening (17:00–20:00)' },
    submit: 'Call me back',
    cancel: 'Keep waiting in the chat',
    invalid: 'Please enter a phone number with 7 to 15 digits, e.g. +48 600 100 200.',
    failed: 'Your request could not be sent. Please try again.',
    done: (phone, window) => `Thank you! We will call you back: ${phone} · ${window}`,
  },
  pl: {
    offer: 'Zamiast czekać: oddzwońcie do mnie',
    intro: 'Zostaw numer, a oddzwonimy. Nie musisz trzymać otwartego czatu.',
    phone: 'Numer telefonu',
    when: 'Kiedy ci pasuje',
    windows: { 'any-time': 'Dowolna pora', morning: 'Rano (9:00–12:00)', afternoon: 'Po południu (12:00–17:00)', evening: 'Wieczorem (17:00–20:00)' },
    submit: 'Oddzwońcie do mnie',
    cancel: 'Czekam dalej na czacie',
    invalid: 'Podaj numer telefonu z 7–15 cyframi, np. +48 600 100 200.',
    failed: 'Nie udało się wysłać prośby. Spróbuj ponownie.',
    done: (phone, window) => `Dziękujemy! Oddzwonimy: ${phone} · ${window}`,
  },
  ru: {
    offer: 'Лучше перезвоните мне',
    intro: 'Оставьте номер, и мы перезвоним. Держать чат открытым не нужно.',
    phone: 'Номер телефона',
    when: 'Когда удобно',
    windows: { 'any-time': 'В любое время', morning: 'Утром (9:00–12:00)', afternoon: 'Днём (12:00–17:00)', evening: 'Вечером (17:00–20:00)' },
    submit: 'Перезвоните мне',
    cancel: 'Подожду в чате',
    invalid: 'Введите номер телефона из 7–15 цифр, например +48 600 100 200.',
    failed: 'Не удалось отправить запрос. Попробуйте ещё раз.',
    done: (phone, window) => `Спасибо! Мы перезвоним: ${phone} · ${window}`,
  },
  uk: {
    offer: 'Краще передзвоніть мені',
    intro: 'Залиште номер, і ми передзвонимо. Тримати чат відкритим не потрібно.',
    phone: 'Номер телефону',
    when: 'Коли зручно',
    windows: { 'any-time': 'Будь-коли', morning: 'Зранку (9:00–12:00)', afternoon: 'Удень (12:00–17:00)', evening: 'Увечері (17:00–20:00)' },
    submit: 'Передзвоніть мені',
    cancel: 'Почекаю в чаті',
    invalid: 'Введіть номер телефону з 7–15 цифр, наприклад +48 600 100 200.',
    failed: 'Не вдалося надіслати запит. Спробуйте ще раз.',
    done: (phone, window) => `Дякуємо! Ми передзвонимо: ${phone} · ${window}`,
  },
};

function words(language) {
  return WORDS[language] ?? WORDS.en;
}

function digitsIn(phone) {
  return phone.replace(/[^0-9]/g, '').length;
}

/** The offer, its form and the confirmation, under the queue's e-mail form; {@code widget} is the ChatWidget. */
export class CallbackOffer {
  constructor(widget) {
    this.widget = widget;
    this.open = false;
    const el = (tag, className, attributes = {}) => {
      const node = document.createElement(tag);
      if (className) node.className = className;
      for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
      return node;
    };
    const style = el('link', '', { rel: 'stylesheet', href: new URL('./callback.css', import.meta.url).href });
    widget.root.append(style);
    this.box = el('div', 'callback');
    this.box.hidden = true;
    this.offerButton = el('button', 'secondary callback-offer', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'callback-form' });
    this.form = el('form', 'callback-form', { id: 'callback-form', novalidate: '' });
    this.form.hidden = true;
    this.intro = el('p', 'callback-intro');
    this.phoneLabel = el('label', '', { for: 'callback-phone' });
    this.phone = el('input', 'callback-phone', {
      id: 'callback-phone', type: 'tel', autocomplete: 'tel', inputmode: 'tel', maxlength: '40',
      'aria-describedby': 'callback-error',
    });
    this.windowLabel = el('label', '', { for: 'callback-window' });
    this.window = el('select', 'callback-window', { id: 'callback-window' });
    this.windowOptions = WINDOWS.map(value => {
      const option = el('option', '', { value });
      this.window.append(option);
      return option;
    });
    this.error = el('p', 'callback-error', { id: 'callback-error', role: 'alert' });
    this.submit = el('button', 'callback-submit', { type: 'submit' });
    this.cancel = el('button', 'callback-cancel', { type: 'button' });
    const buttons = el('div', 'callback-buttons');
    buttons.append(this.submit, this.cancel);
    this.form.append(this.intro, this.phoneLabel, this.phone, this.windowLabel, this.window, this.error, buttons);
    this.confirmation = el('p', 'callback-confirmation', { role: 'status' });
    this.confirmation.hidden = true;
    this.box.append(this.offerButton, this.form, this.confirmation);

    this.offerButton.addEventListener('click', () => this.toggle(!this.open));
    this.cancel.addEventListener('click', () => { this.toggle(false); this.offerButton.focus(); });
    this.form.addEventListener('submit', event => { event.preventDefault(); this.send(); });
    this.phone.addEventListener('input', () => {
      this.error.textContent = '';
      this.phone.removeAttribute('aria-invalid');
    });
  }

  toggle(open) {
    this.open = open;
    this.form.hidden = !open;
    this.offerButton.setAttribute('aria-expanded', String(open));
    if (open) this.phone.focus();
    if (this.widget.stick) this.widget.scrollToEnd();
  }

  localize() {
    const w = words(this.widget.language);
    this.box.lang = this.widget.language;
    this.offerButton.textContent = w.offer;
    this.intro.textContent = w.intro;
    this.phoneLabel.textContent = w.phone;
    this.phone.placeholder = '+48 600 100 200';
    this.windowLabel.textContent = w.when;
    this.windowOptions.forEach(option => { option.textContent = w.windows[option.value]; });
    this.submit.textContent = w.submit;
    this.cancel.textContent = w.cancel;
    if (this.error.textContent) this.error.textContent = this.phone.getAttribute('aria-invalid') ? w.invalid : w.failed;
    this.render();
  }

  /**
   * Shown while the shopper waits in the queue with no estimate (nobody online) or a long one, and, once asked,
   * the confirmation instead, until a person takes the chat.
   */
  render() {
    const conversation = this.widget.conversation;
    const queue = this.widget.queue;
    const waiting = conversation?.state === 'QUEUED';
    const asked = conversation?.callback;
    const wait = queue?.estimatedWaitSeconds;
    const long = Boolean(queue) && (wait === null || wait === undefined || wait >= LONG_WAIT_SECONDS);
    this.box.hidden = !(waiting && (asked || long));
    this.offerButton.hidden = Boolean(asked);
    if (asked) {
      this.form.hidden = true;
      const w = words(this.widget.language);
      this.confirmation.textContent = w.done(asked.phone, w.windows[asked.window] ?? asked.window);
    }
    this.confirmation.hidden = !asked;
  }

  async send() {
    const w = words(this.widget.language);
    const phone = this.phone.value.trim();
    const digits = digitsIn(phone);
    if (!PHONE.test(phone) || digits < 7 || digits > 15) {
      this.invalid(w.invalid);
      return;
    }
    const conversation = this.widget.conversation;
    if (!conversation) return;
    this.submit.disabled = true;
    try {
      const answer = await this.widget.api('POST', `/api/v1/conversations/${encodeURIComponent(conversation.id)}/callback`,
        { phone, window: this.window.value }, conversation.token);
      this.asked({ phone: answer.callback.phone, window: answer.callback.window });
      this.widget.receive(answer.confirmation);
    } catch (error) {
      if (error.status === 400) this.invalid(w.invalid);
      else if (error.code === 'callback_already_requested') this.asked({ phone, window: this.window.value });
      else this.error.textContent = w.failed;
    } finally {
      this.submit.disabled = false;
    }
  }

  invalid(message) {
    this.error.textContent = message;
    this.phone.setAttribute('aria-invalid', 'true');
    this.phone.focus();
  }

  asked(callback) {
    this.widget.conversation.callback = callback;
    this.widget.remember({ callback });
    this.open = false;
    this.render();
    this.confirmation.focus?.();
  }
}
