// The validation rules, one file per item kind, with no zod so that the respondent's page
// can run them. See item.ts for the table and scope.ts for blocks of items.
export { checkItem, KIND_CODES } from "./item";
export { checkScope, partScope, submissionScope, type Scope } from "./scope";
export { issue, type ItemCheck, type RuleIssue } from "./issue";
export { isBlank, readCode, readCodes, readScore, readText, type Reading } from "./read";
export { singleRules, SINGLE_CODES } from "./single";
export { multiRules, inDisplayOrder, MULTI_CODES } from "./multi";
export { otherRules, OTHER_CODES } from "./other";
export { openRules, OPEN_CODES } from "./open";
export { ratingRules, RATING_CODES } from "./rating";
export { matrixRowRules, MATRIX_CODES } from "./matrix";
export { textRules } from "./text";
