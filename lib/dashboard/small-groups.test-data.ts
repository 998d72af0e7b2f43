// A data set with a group of one for the minimum-group-size tests: 30 responses, of
// which exactly one is a woman aged 25–34 (age group 2) from region 3, submitted alone on
// 2026-01-11 and writing an open answer that names her organisation. Everything else
// about the responses is generated (seeded, so every run is the same).
import { generateValidAnswers, mulberry32, questionnaire, questionnaireVersion, type Answers, type Locale } from "@/lib/questionnaire";

export type SmallGroupRecord = { id: string; questionnaireVersion: string; locale: Locale; submittedOn: string; answers: Answers };

/** The one respondent's open answer: no staff view may show it. */
export const LONE_TEXT = "Zhasyl Dala public foundation, Taraz";

const GROUPS: { n: number; region: number; gender: number; age: number; day: string; text?: string }[] = [
  { n: 12, region: 1, gender: 1, age: 1, day: "2026-01-10" },
  { n: 10, region: 1, gender: 2, age: 1, day: "2026-01-10", text: "Region one, woman" },
  { n: 7, region: 2, gender: 1, age: 3, day: "2026-01-10", text: "Region two, man" },
  { n: 1, region: 3, gender: 2, age: 2, day: "2026-01-11", text: LONE_TEXT },
];

/** Ids are random-looking v4 UUIDs built from a counter (fixed, so failures reproduce). */
function id(i: number): string {
  const hex = (i * 2654435761).toString(16).padStart(12, "0").slice(-12);
  return `5a11e000-0000-4000-8000-${hex}`;
}

export function smallGroupRecords(): SmallGroupRecord[] {
  const rng = mulberry32(2026);
  const out: SmallGroupRecord[] = [];
  let i = 1;
  for (const g of GROUPS) {
    for (let j = 0; j < g.n; j++) {
      const answers = generateValidAnswers(questionnaire, rng, { Q1: g.gender, Q2: g.age, Q4: g.region }, { openRate: 0, otherRate: 0 });
      delete answers.Q22;
      if (g.text) answers.Q22 = `${g.text} ${j + 1}`.replace(`${LONE_TEXT} 1`, LONE_TEXT);
      out.push({ id: id(i++), questionnaireVersion, locale: "ru", submittedOn: g.day, answers });
    }
  }
  return out;
}

/** A moment after both days have ended in RESULTS_TIMEZONE, so every response is released. */
export const AFTER_RELEASE = new Date("2026-02-01T12:00:00+05:00");
