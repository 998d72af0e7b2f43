// Strings of the coding (/admin/coding) and weighting (/admin/weights) pages.
export type CodingMessages = {
  nav: string;
  title: string;
  intro: string;
  /** {variable} */
  frameTitle: string;
  noFrame: string;
  createFrame: string;
  categories: string;
  addCategory: string;
  saveCategory: string;
  labelIn: { kk: string; ru: string; en: string };
  /** "412 of 1,030 coded" */
  progress: string;
  filterUncoded: string;
  filterAll: string;
  blind: string;
  blindOn: string;
  blindOff: string;
  keys: string;
  answer: string;
  language: string;
  codes: string;
  otherCoders: string;
  save: string;
  previous: string;
  next: string;
  none: string;
  kappaTitle: string;
  /** {first} {second} {answers} */
  kappaPair: string;
  kappaNone: string;
  kappaUndefined: string;
  back: string;
  problems: { invalidLabel: string; tooMany: string; notCodable: string; noAnswer: string };
  saved: string;
  /** The results page: a coded open question shown like a multi-choice item. */
  codedTitle: string;
  /** {n} coded answers */
  codedBase: string;
  /** The report's section of coded open answers. */
  reportSection: string;
  weights: {
    nav: string;
    title: string;
    intro: string;
    upload: string;
    file: string;
    lower: string;
    upper: string;
    compute: string;
    remove: string;
    none: string;
    current: string;
    /** {iterations} {deviation} */
    converged: string;
    notConverged: string;
    /** {weighted} {unweighted} */
    counts: string;
    /** {n} Kish's effective sample size */
    effectiveN: string;
    margins: string;
    variable: string;
    code: string;
    target: string;
    unweightedPct: string;
    weightedPct: string;
    problems: { unreadable: string; header: string; row: string; variable: string; code: string; sum: string; bounds: string; tooLarge: string };
    computed: string;
    removed: string;
    /** The results page's switch and each weighted table. */
    showWeighted: string;
    showUnweighted: string;
    /** {variable} */
    weightedTitle: string;
    /** {base} {n} */
    weightedNote: string;
    /** The crosstab's switch, table title and note ({n} {base}). */
    crosstabSwitch: string;
    crosstabTitle: string;
    crosstabNote: string;
  };
};
