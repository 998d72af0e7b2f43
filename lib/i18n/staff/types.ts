// The shape of the staff area's UI strings; one file per language fills it (en.ts,
// ru.ts, kk.ts), so a missing string is a type error in that language's file.
import type { AuditAction } from "@/lib/audit/log";
import type { AccountProblem } from "@/lib/auth/accounts";
import type { Locale } from "@/lib/questionnaire/locale";
import type { StringStatus, UploadProblemCode } from "@/lib/questionnaire/strings/problems";
import type { CodingMessages } from "./coding/types";
import type { QuestionnaireEditorMessages } from "./questionnaire-editor/types";

export type { QuestionnaireEditorMessages };

export type StaffMessages = {
  appTitle: string;
  skipToContent: string;
  nav: { label: string; overview: string; results: string; crosstab: string; export: string; survey: string; staff: string; audit: string };
  language: { label: string; switchTo: string; names: Record<Locale, string> };
  signedInAs: string;
  roles: { admin: string; analyst: string; viewer: string; translator: string };
  /** The questionnaire editor and its preview (lib/i18n/staff/questionnaire-editor/). */
  questionnaireEditor: QuestionnaireEditorMessages;
  /** Coding open answers and weighting (lib/i18n/staff/coding/). */
  coding: CodingMessages;
  /** The minimum group size (docs/anonymity.md): what a view shows instead of a small group's figures. */
  disclosure: {
    /** In a cell: the group is below the minimum ({k} is MIN_GROUP_SIZE). */
    fewerThan: string;
    /** In a cell: hidden so that a smaller group cannot be worked out from the totals. */
    hidden: string;
    /** The whole view, by reason. */
    small: string;
    complement: string;
    part: string;
    /** A question card whose askees or answerers are below the minimum. */
    item: string;
    /** Under tables with hidden cells, and under a crosstab whose χ² is withheld. */
    note: string;
    testWithheld: string;
    /** Viewers see aggregates only. */
    viewerNoTexts: string;
  };
  signOut: string;
  signIn: {
    title: string;
    intro: string;
    email: string;
    password: string;
    submit: string;
    invalid: string;
    blocked: string;
    signedOut: string;
    errorSummary: string;
  };
  forbidden: { title: string; body: string; back: string };
  filters: {
    title: string;
    region: string;
    gender: string;
    age: string;
    screening: string;
    language: string;
    from: string;
    to: string;
    apply: string;
    reset: string;
    matching: string;
    invalid: string;
    active: string;
  };
  overview: {
    title: string;
    total: string;
    arrivedToday: string;
    perDay: string;
    byLanguage: string;
    screening: string;
    status: string;
    open: string;
    closed: string;
    day: string;
    responses: string;
    noResponses: string;
  };
  results: {
    title: string;
    intro: string;
    asked: string;
    answered: string;
    option: string;
    count: string;
    percent: string;
    multiNote: string;
    mean: string;
    high: string;
    statement: string;
    scaleValue: string;
    openAnswers: string;
    otherAnswers: string;
    allAnswers: string;
    noAnswers: string;
    chartOf: string;
    downloadSvg: string;
    downloadPng: string;
    downloadPng300: string;
    download: string;
    tableOf: string;
    part: string;
    screeningSection: string;
    contents: string;
    pctOfAsked: string;
  };
  open: { title: string; back: string; previous: string; next: string; pageOf: string; language: string; date: string; answer: string };
  crosstab: {
    title: string;
    intro: string;
    rows: string;
    columns: string;
    show: string;
    rowTotal: string;
    note: string;
    choose: string;
    same: string;
  };
  survey: {
    title: string;
    statusOpen: string;
    statusClosed: string;
    close: string;
    reopen: string;
    closedNotice: string;
    openedNotice: string;
    deleteTitle: string;
    deleteWarning: string;
    confirmWord: string;
    confirmLabel: string;
    deleteButton: string;
    deletedNotice: string;
    confirmMismatch: string;
    responsesStored: string;
    releaseDay: string;
    releaseNone: string;
    backupTitle: string;
    backupText: string;
    backupButton: string;
    backupPostgres: string;
  };
  staff: {
    title: string;
    email: string;
    role: string;
    status: string;
    active: string;
    disabled: string;
    actions: string;
    addTitle: string;
    password: string;
    passwordHint: string;
    locale: string;
    add: string;
    disable: string;
    enable: string;
    newPassword: string;
    resetPassword: string;
    changeRole: string;
    save: string;
    you: string;
    notices: { created: string; disabled: string; enabled: string; passwordReset: string; roleChanged: string };
    problems: Record<AccountProblem, string>;
  };
  audit: {
    title: string;
    intro: string;
    when: string;
    who: string;
    action: string;
    details: string;
    older: string;
    newest: string;
    system: string;
    actions: Record<AuditAction, string>;
  };
  analysis: AnalysisMessages;
  questionnaireStrings: QuestionnaireStringsMessages;
};

/** The translators' strings workbook (download, upload) and its problems. */
export type QuestionnaireStringsMessages = {
  /** The status column's words. */
  status: Record<StringStatus, string>;
  /** The workbook's README sheet, one paragraph a line. */
  instructions: string[];
  /** Where a problem is: {row}, {key}. */
  where: { file: string; row: string; rowKey: string };
  /** What it is; placeholders from the problem's details ({max}, {columns}, {limit}, {length}, {other}, {column}, {message}). */
  problems: Record<UploadProblemCode, string>;
  /** Answers after an upload: {count}. */
  applied: string;
  unchanged: string;
  refused: string;
  /** The download and upload panel on the Questionnaire page. */
  panel: {
    title: string;
    intro: string;
    downloadXlsx: string;
    downloadCsv: string;
    file: string;
    upload: string;
    uploading: string;
    failed: string;
    changedTitle: string;
    problemsTitle: string;
    key: string;
    language: string;
    before: string;
    after: string;
  };
};

/** Strings of the analysis views (cards, percentage bases, statistics, report, audit times). */
export type AnalysisMessages = {
  showTable: string;
  jumpTo: string;
  base: { label: string; asked: string; valid: string; askedN: string; validN: string; validNote: string; ci: string; ciNote: string; validPct: string };
  multiBase: string;
  ratings: { title: string; mean: string; high: string; measure: string; distribution: string; ci: string; note: string };
  /** The diverging chart's caption: {left} and {right} are the scale's own end labels. */
  likertNote: string;
  /** How "hard to say" is based: {label} the answer, {n} the statement's answered count. */
  apartAsked: string;
  apartValid: string;
  apart: string;
  crosstab: {
    intro: string;
    percent: string;
    rowPct: string;
    colPct: string;
    totalPct: string;
    none: string;
    total: string;
    layer: string;
    layerValue: string;
    noLayer: string;
    includeMissing: string;
    statistics: string;
    chi: string;
    cramer: string;
    expected: string;
    noStats: string;
    csv: string;
    note: string;
  };
  paper: Record<"title" | "intro" | "caption" | "question" | "what" | "published" | "today" | "ci" | "base" | "note" | "nav", string>;
  groupMeans: {
    title: string;
    intro: string;
    rating: string;
    by: string;
    show: string;
    group: string;
    n: string;
    mean: string;
    sd: string;
    ci: string;
    total: string;
    anova: string;
    kruskal: string;
    leftOut: string;
    noTest: string;
    chartBase: string;
  };
  report: { nav: string; title: string; intro: string; print: string; generated: string } & Record<"fieldwork" | "fieldworkNone" | "byLanguage" | "byVersion" | "version" | "n" | "release" | "releaseDay" | "releaseNone" | "minGroup" | "paperSize" | "a4" | "letter" | "printButton" | "methods" | "routing" | "routingNone" | "askedIf" | "bases" | "basesAsked" | "basesValid" | "basesMulti" | "basesRating" | "missing" | "missingNotAsked" | "missingNotAnswered" | "missingPreferNot" | "missingHardToSay" | "openAnswers" | "contents" | "paperFigures" | "responseRates" | "rateLine" | "rateNote" | "fewerThan", string>;
  audit: { when: string };
};
