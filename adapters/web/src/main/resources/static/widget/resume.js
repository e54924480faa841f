// Opening the chat from the link in a mailed agent reply: the shop's page opens with #tandem-chat=<id>.<key>; the
// key is traded for the conversation's fresh token, and the widget shows the whole chat to continue.

const EXPIRED = {
  en: 'This link no longer opens your earlier chat. Write here and our team will see it.',
  pl: 'Ten link nie otwiera już wcześniejszej rozmowy. Napisz tutaj, a nasz zespół ją zobaczy.',
  ru: 'Эта ссылка больше не открывает прежний чат. Напишите здесь, и наша команда его увидит.',
  uk: 'Це посилання більше не відкриває попередній чат. Напишіть тут, і наша команда його побачить.',
};

/** The link's conversation and code, taken out of the address (so a reload or a shared address does not repeat it). */
export function linkedChat() {
  const match = /(?:^#|&)tandem-chat=([A-Za-z0-9-]{1,36})\.([A-Za-z0-9_-]{20,100})/.exec(location.hash);
  if (!match) return null;
  history.replaceState(null, '', location.pathname + location.search);
  return { id: match[1], code: `${match[1]}.${match[2]}` };
}

export function expiredNotice(language) {
  return EXPIRED[language] ?? EXPIRED.en;
}
