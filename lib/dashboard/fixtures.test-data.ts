// A fixed, hand-checkable data set for the dashboard tests: four responses whose every
// figure is worked out by hand in dashboard.test.ts.
import type { Answers, Locale } from "@/lib/questionnaire";

export const FIXTURE: { id: string; locale: Locale; submittedOn: string; answers: Answers }[] = [
  {
    id: "00000000-0000-4000-8000-000000000001",
    locale: "kk",
    submittedOn: "2026-01-01",
    answers: { S1: 1, Q1: 1, Q2: 1, Q4: 1, Q9: 1, Q10: [1, 2], Q15: 1, Q26_1: 10, Q27_1: 1, Q22: "<script>alert(1)</script><b>bold</b>" },
  },
  {
    id: "00000000-0000-4000-8000-000000000002",
    locale: "ru",
    submittedOn: "2026-01-02",
    answers: { S1: 1, Q1: 2, Q2: 2, Q4: 1, Q9: 1, Q10: [2], Q15: 2, Q26_1: 8, Q27_1: 2 },
  },
  {
    id: "00000000-0000-4000-8000-000000000003",
    locale: "ru",
    submittedOn: "2026-01-02",
    answers: { S1: 2, Q1: 2, Q2: 1, Q4: 2, Q9: 2, Q10: [1, 3], Q26_1: 3, Q27_1: 3 },
  },
  {
    id: "00000000-0000-4000-8000-000000000004",
    locale: "en",
    submittedOn: "2026-01-03",
    answers: { S1: 2, Q1: 1, Q2: 3, Q4: 2, Q9: 99, Q10: [99], Q26_1: 5, Q27_1: 1, Q22: "BETTER" },
  },
];
