// What the day close records between runs: the last submission day already closed
// (a date, never a time), kept in the Setting table.

/** The last submission day already rewritten (a date, never a time). */
export const CLOSED_THROUGH_KEY = "responses.closedThrough";

export type DayCloseResult = { rewritten: number; through: string | null };
