// Researchers' notes on the instrument, printed in the codebook (every format): what
// changed between versions, and the decisions behind items whose wording or options
// depart from the paper. English only: the codebook's prose is for the research team.
// Keyed by questionnaire id so a codebook of another definition carries none of them.

export interface VersionChange {
  version: number;
  /** One line per change; name the variables affected. */
  changes: string[];
}

export interface InstrumentNotes {
  history: VersionChange[];
  /** Notes per item variable (the block id Q32_Q36 for Part IV). */
  items: Record<string, string>;
}

const hearingState: InstrumentNotes = {
  history: [
    {
      version: 1,
      changes: ["First version: the questionnaire of the paper (S1, Q1–Q36) in Kazakh, Russian and English."],
    },
    {
      version: 2,
      changes: [
        "Codes: only appended, none renumbered, so every version-1 answer is valid under version 2. New codes: Q18 5 “I have not raised an issue with them”; Q24 5 “I do not deal with government bodies”; Q28 99 “Hard to say” (exclusive); Q30 5 “I have not heard of these centres”.",
        "Routing: unchanged (Q15–Q19 only if S1 = 1). Q24 stays asked of everyone and gained code 5 instead.",
        "Q15: answer bands made mutually exclusive (2 “2–3 times a month”, 4 “Several times a year (3–11)”); codes unchanged, so version-1 codes 2 and 4 are the overlapping bands “Several times a month” and “Several times a year”.",
        "Q26: on-screen stem is now “How important is each of the following features…”; the paper's stem (“…the most important”) is kept in the codebook as the paper's wording. Ratings, codes and sub-items unchanged.",
        "Q29: asks about the organisation only (was “you (your organisation)”).",
        "Q14: “ensure” softened to “make it possible to attract”; English “selection to” → “recruitment into”.",
        "S1: help text no longer says the answer decides which questions follow (it invited “No” to shorten the survey); it now says only that every respondent continues.",
        "Part IV scale (agree5), code 3: Russian «Ни согласен(-на), ни не согласен(-на)» and Kazakh «Келісемін деп те, келіспеймін деп те айта алмаймын» now mean the neutral midpoint, as English and the paper do (version 1's ru/kk read “partly agree”): version-1 ru/kk code 3 answers are not strictly comparable.",
        "Q21, Q33 (ru): accountability («отчитываются»), not liability; Q33 (all languages): “accountable to citizens”.",
        "Q8: trust in the civil service as an institution (was the civil servants, a group). Q11: rates the level of each competency.",
        "Kazakh: Q9 «алдыңызда … көргіңіз келер еді»; Q10_8 «берілгендік»; Q17_1 «Құрметпен әрі ықыласпен қарады»; Q25_2, Q27_2 «есеп берушілік» (accountability); Q25_5 «мемлекеттік көрсетілетін қызметтер» (public services); transparency is «жариялылық/жариялы» throughout (Q25_1, Q27_1, Q34); «процесі» throughout (Q28, Q29).",
        "English: “Rather …” options now “Somewhat trust/distrust”, “Probably yes/not”, “Somewhat positively/negatively”, “Tend to support / Tend not to support”; Q11 and Q27 scales both say “Medium”; Q13_8 “Weak feedback links with citizens”; Q17_1 “Respectful and friendly”; Q18 options 1–2 “Yes, fully resolved”, “Partly resolved”; intro “Dear respondent,”.",
        "e-Otinish is written “e-Otinish” in all three languages (Q16, Q28); the Q30 centres are «Нәтиже» in Kazakh and Russian and “Natizhe” in English.",
        "Block letters: the intro and Q22/Q31 no longer ask for block letters; the respondent interface converts text as it is typed and says so once.",
      ],
    },
  ],
  items: {
    Q9: "The question and option 1 (“A person who focuses on people”, 60% in the paper) are the paper's; the paper does not list the other options, so options 2–4 and 99 are added and the distribution over them is not comparable with anything published.",
    Q14: "Added (not in the paper) so that Part II has the paper's 15 questions; it tests the paper's argument that the civil service must recruit people able and willing to work with citizens.",
    Q15: "Bands are mutually exclusive from version 2 (see the version history); compare codes 2 and 4 across versions with care.",
    Q18: "Code 5 (version 2): the respondent has dealt with officials but has not raised an issue of their own; exclude it from the base of “resolved” shares.",
    Q24: "Decision: Q24 stays asked of every respondent, including S1 = No, because routing it to S1 = Yes would turn version-1 answers of S1 = No respondents into “not asked”. Instead code 5 “I do not deal with government bodies” (version 2) lets respondents without dealings say so; exclude code 5 (and 99) from the base when comparing how strongly reforms are felt.",
    Q26: "The paper's stem asks which feature is “the most important” while each feature is rated 1–10 (1 = low, 10 = high importance); the screen asks how important each feature is (version 2). The paper's figures (44%, 46%, 60%) are shares rating a feature 8–10.",
    Q27: "The stem and row 1 (“Openness and transparency of management”: 50% high, 12% low in the paper) are the paper's; rows 2–4 are principles the paper discusses, worded by us.",
    Q28: "Options 1–3 are the paper's (36%, 42%, 28% of respondents). The limit of two choices is inferred from the paper's percentages, which add up to 106% and so allow more than one answer; the paper does not state the limit. Options 4, 5, “Other” and (version 2) 99 “Hard to say” are added; shares of options 1–3 remain percentages of all respondents asked. Decision: “Hard to say” added as in Q10, Q13 and Q25, exclusive of every other option.",
    Q29: "Asks about the respondent's organisation only (version 2); version 1 asked “you (your organisation)”.",
    Q30: "The proposal and the centres' name are the paper's (RESULTS: turning the “Natzhe” centres of the State Corporation “Government for Citizens” into consultation centres). “Natzhe” is most likely «Нәтиже» (“result”), written «Нәтиже» in Kazakh and Russian and “Natizhe” in English; the bilingual review could not confirm that centres of that name exist, hence code 5 “I have not heard of these centres” (version 2).",
    Q32_Q36: "Five-point Likert scale as the paper describes it (“from positive to negative”, code 1 = strongly agree). Code 3 is the neutral midpoint in all three languages from version 2 (version-1 ru/kk wording read “partly agree”).",
  },
};

const NOTES: Record<string, InstrumentNotes> = { "hearing-state": hearingState };

/** The notes of a questionnaire id, or empty notes for an unknown one. */
export function instrumentNotes(id: string): InstrumentNotes {
  return NOTES[id] ?? { history: [], items: {} };
}
