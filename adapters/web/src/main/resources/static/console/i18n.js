// The agent console's own words in en/ru/uk/pl, kept as data in /console/words/*.json (staff.js pageWords);
// handoff reasons come from the staff pages' one label table. The language choice and picker are the staff
// pages' shared ones (/staff/staff.js). Words go into the page with textContent only.

import { pageWords, setUpLanguage as setUpStaffLanguage, wordsIn } from '/staff/staff.js';
import { REASONS } from '/staff/labels.js';
import en from '/console/words/en.json' with { type: 'json' };
import ru from '/console/words/ru.json' with { type: 'json' };
import uk from '/console/words/uk.json' with { type: 'json' };
import pl from '/console/words/pl.json' with { type: 'json' };

const STRINGS = pageWords({ en, ru, uk, pl });
Object.entries(STRINGS).forEach(([language, words]) => { words.reasons = REASONS[language]; });

// ------------------------------------------------------------------ language

export function strings(language) {
  return wordsIn(STRINGS, language);
}

/** The staff pages' language picker (staff/staff.js) over the console's words. */
export function setUpLanguage(select, onChange) {
  return setUpStaffLanguage(select, STRINGS, onChange);
}
