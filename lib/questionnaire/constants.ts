// Missing-data convention shared by validation, exports and the codebook.
// 98/99 are real answer codes a respondent chooses; -1/-2 never come from a respondent,
// they only appear in exports to tell the two kinds of "no answer" apart.

/** Export code: the item was skipped by routing, the respondent never saw it. */
export const NOT_ASKED = -1;
/** Export code: the item was shown but left blank (only optional items, i.e. open answers). */
export const NOT_ANSWERED = -2;
/** Answer code for "Prefer not to answer" on every item that offers it. */
export const PREFER_NOT = 98;
/** Answer code for "Hard to say" on every item that offers it. */
export const HARD_TO_SAY = 99;

/** Codes reserved for the two non-substantive answers; they sort after the substantive 1..k. */
export const SPECIAL_CODES: readonly number[] = [PREFER_NOT, HARD_TO_SAY];

/** Upper bound for any free-text answer (open items and "Other, please specify"). */
export const OPEN_TEXT_MAX_LENGTH = 1000;

/** Suffix of the variable that holds the "Other (please specify)" text of a closed item. */
export const OTHER_SUFFIX = "_other";
