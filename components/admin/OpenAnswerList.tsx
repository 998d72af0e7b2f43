// Free-text answers, shown as inert text: React escapes them, and nothing here ever
// interprets them as HTML (no raw-HTML rendering anywhere in the staff area; a test checks).
import type { TextAnswer } from "@/lib/dashboard/queries";
import { staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";

export function OpenAnswerList({ answers, locale }: { answers: TextAnswer[]; locale: Locale }) {
  const m = staffMessages(locale);
  if (answers.length === 0) return <p>{m.results.noAnswers}</p>;
  return (
    <ul className="answers">
      {answers.map((a) => (
        <li key={a.id} lang={a.locale}>
          {a.text}
          <span className="answers__meta">
            {m.language.names[a.locale as Locale] ?? a.locale} · {a.submittedOn}
          </span>
        </li>
      ))}
    </ul>
  );
}
