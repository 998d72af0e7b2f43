// Public entry point of the questionnaire library. Everything that shows, validates,
// stores or exports answers reads the instrument through these exports.
export * from "./types";
export { questionnaireSchema, itemSchema, localizedTextSchema, provenanceSchema } from "./definition-schema";
export { checkQuestionnaire, type DefinitionProblem } from "./definition-checks";
export {
  compatibleVersions,
  loadQuestionnaire,
  questionnaire,
  questionnaireVersion,
  seedQuestionnaire,
  versionOf,
} from "./definition";
export { NOT_ASKED, NOT_ANSWERED, PREFER_NOT, HARD_TO_SAY, SPECIAL_CODES, OPEN_TEXT_MAX_LENGTH, OTHER_SUFFIX } from "./constants";
export {
  itemsInOrder,
  questionsInOrder,
  questionCount,
  answerVariables,
  answerKeysOf,
  valueVariables,
  otherVariable,
  otherVariableName,
  optionsOf,
  findItem,
  getItem,
  sectionOf,
} from "./structure";
export { isShown, evaluateCondition, pruneSkipped } from "./routing";
export { normaliseBlockLetters, hasControlCharacters, textLength } from "./text";
export { validateSubmission, validatePart, buildSubmissionSchema, buildPartSchema } from "./validate";
export { validationMessage } from "./messages";
export { generateValidAnswers, mulberry32, type GenerateOptions, type Random } from "./generate";
export { exportColumns, exportCell, exportRow } from "./answer-columns";
export {
  codebookRows,
  codebookMarkdown,
  codebookCsv,
  codebookTable,
  codebookJson,
  renderCodebook,
  parseCodebookArgs,
  describeCondition,
  isCodebookFormat,
  MISSING_VALUES,
  PROVENANCE_MEANINGS,
  CODEBOOK_FORMATS,
  CODEBOOK_CSV_HEADER,
  type CodebookRow,
  type CodebookCode,
  type CodebookFormat,
  type CodebookContext,
} from "./codebook";
export { textHistory, type TextVersion, type TextChange } from "./text-history";
export { localise, type Localised } from "./localise";
