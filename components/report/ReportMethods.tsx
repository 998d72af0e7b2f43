// The report's methods section, from the definition (lib/report/methods.ts).
import type { Methods } from "@/lib/report/methods";
import { fill, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";

export function ReportMethods({ methods, locale }: { methods: Methods; locale: Locale }) {
  const r = staffMessages(locale).analysis.report;
  return (
    <section className="report-methods" aria-labelledby="report-methods">
      <h2 id="report-methods">{r.methods}</h2>
      <h3>{r.routing}</h3>
      {methods.routing.length === 0 ? (
        <p>{r.routingNone}</p>
      ) : (
        <ul>
          {methods.routing.map((line) => (
            <li key={line.variable}>{fill(r.askedIf, { variable: line.variable, condition: line.condition })}</li>
          ))}
        </ul>
      )}
      <h3>{r.bases}</h3>
      <ul>
        <li>{r.basesAsked}</li>
        <li>{r.basesValid}</li>
        {methods.hasMulti && <li>{r.basesMulti}</li>}
        {methods.hasRating && <li>{r.basesRating}</li>}
      </ul>
      <h3>{r.missing}</h3>
      <ul>
        {methods.routing.length > 0 && <li>{fill(r.missingNotAsked, { code: methods.codes.notAsked })}</li>}
        {methods.hasOptional && <li>{fill(r.missingNotAnswered, { code: methods.codes.notAnswered })}</li>}
        {methods.hasPreferNot && <li>{fill(r.missingPreferNot, { code: methods.codes.preferNot })}</li>}
        {methods.hasHardToSay && <li>{fill(r.missingHardToSay, { code: methods.codes.hardToSay })}</li>}
      </ul>
    </section>
  );
}
