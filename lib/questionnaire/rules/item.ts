// One table from item kind to its rules. Both the server's validator (../validate.ts) and
// the browser's instant check (lib/survey/quick-check.ts) judge items only through here,
// so the two cannot disagree about what an answer must be.
import { assertNever } from "../assert-never";
import type { ItemKind, Item, Locale, ValidationErrorCode } from "../types";
import type { ItemCheck } from "./issue";
import { checkMatrix, MATRIX_CODES } from "./matrix";
import { checkMulti, MULTI_CODES } from "./multi";
import { checkOpen, OPEN_CODES } from "./open";
import { checkRating, RATING_CODES } from "./rating";
import { checkSingle, SINGLE_CODES } from "./single";

/** Every error code an item of each kind can yield (its reading, its rules, its "Other" text). */
export const KIND_CODES: Readonly<Record<ItemKind, readonly ValidationErrorCode[]>> = {
  single: SINGLE_CODES,
  multi: MULTI_CODES,
  open: OPEN_CODES,
  rating: RATING_CODES,
  matrix: MATRIX_CODES,
};

/** Reads, normalises and checks one shown item's answers. */
export function checkItem(item: Item, input: Readonly<Record<string, unknown>>, locale: Locale): ItemCheck {
  switch (item.kind) {
    case "single":
      return checkSingle(item, input, locale);
    case "multi":
      return checkMulti(item, input, locale);
    case "open":
      return checkOpen(item, input, locale);
    case "rating":
      return checkRating(item, input);
    case "matrix":
      return checkMatrix(item, input);
    default:
      return assertNever(item);
  }
}
