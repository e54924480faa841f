// The names staff pages (console, analytics) give to handoff reasons and to the shop's languages, in each of
// the four console languages: one table, so a reason the bot gains is named once, everywhere.
// LabelTableTest checks that every HandoffReason has a name in every language.

export const REASONS = {
  en: {
    SHOPPER_REQUEST: 'Asked for a person',
    LOW_CONFIDENCE: 'Bot was unsure',
    UNHELPFUL_ANSWER: 'Answer not helpful',
    COMPLAINT: 'Complaint',
    POLICY: 'Needs a person (policy)',
    FRUSTRATION: 'Frustrated shopper',
    ORDER_LOOKUP_UNAVAILABLE: 'Order system unreachable',
    ORDER_VERIFICATION_FAILED: 'Order not proved',
    ORDER_ACTION: 'Cancel or return an order',
  },
  ru: {
    SHOPPER_REQUEST: 'Попросили человека',
    LOW_CONFIDENCE: 'Бот не уверен',
    UNHELPFUL_ANSWER: 'Ответ не помог',
    COMPLAINT: 'Жалоба',
    POLICY: 'Нужен человек (правило)',
    FRUSTRATION: 'Покупатель раздражён',
    ORDER_LOOKUP_UNAVAILABLE: 'Система заказов недоступна',
    ORDER_VERIFICATION_FAILED: 'Заказ не подтверждён',
    ORDER_ACTION: 'Отмена или возврат заказа',
  },
  uk: {
    SHOPPER_REQUEST: 'Попросили людину',
    LOW_CONFIDENCE: 'Бот не впевнений',
    UNHELPFUL_ANSWER: 'Відповідь не допомогла',
    COMPLAINT: 'Скарга',
    POLICY: 'Потрібна людина (правило)',
    FRUSTRATION: 'Покупець роздратований',
    ORDER_LOOKUP_UNAVAILABLE: 'Система замовлень недоступна',
    ORDER_VERIFICATION_FAILED: 'Замовлення не підтверджено',
    ORDER_ACTION: 'Скасування або повернення замовлення',
  },
  pl: {
    SHOPPER_REQUEST: 'Prośba o konsultanta',
    LOW_CONFIDENCE: 'Bot nie był pewien',
    UNHELPFUL_ANSWER: 'Odpowiedź nie pomogła',
    COMPLAINT: 'Reklamacja / skarga',
    POLICY: 'Wymaga człowieka (zasada)',
    FRUSTRATION: 'Zdenerwowany klient',
    ORDER_LOOKUP_UNAVAILABLE: 'System zamówień niedostępny',
    ORDER_VERIFICATION_FAILED: 'Zamówienie niepotwierdzone',
    ORDER_ACTION: 'Anulowanie lub zwrot zamówienia',
  },
};

export const LANGUAGE_NAMES = {
  en: { en: 'English', ru: 'Russian', uk: 'Ukrainian', pl: 'Polish' },
  ru: { en: 'английский', ru: 'русский', uk: 'украинский', pl: 'польский' },
  uk: { en: 'англійська', ru: 'російська', uk: 'українська', pl: 'польська' },
  pl: { en: 'angielski', ru: 'rosyjski', uk: 'ukraiński', pl: 'polski' },
};

function table(labels, uiLanguage) {
  return labels[uiLanguage] ?? labels.en;
}

/** A handoff reason in the page's language; an unknown one as its code. */
export function reasonLabel(uiLanguage, reason) {
  return table(REASONS, uiLanguage)[reason] ?? String(reason ?? '');
}

/** A shop language (en, ru, uk, pl) in the page's language; an unknown one as its code in capitals. */
export function languageLabel(uiLanguage, code) {
  return table(LANGUAGE_NAMES, uiLanguage)[code] ?? String(code ?? '?').toUpperCase();
}
