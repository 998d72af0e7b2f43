// The framework floor for bench/lighthouse.ts: a bare Next.js page rendering the same
// markup as a respondent question page (the shell, the progress, the form and its items)
// as server components only, so what it costs is what Next.js itself costs. Served only
// with BENCH_PAGES=1. `?part=N&locale=xx` picks the page it copies (default: part 2, en).
import { notFound } from "next/navigation";
import { ItemView } from "@/components/survey/ItemView";
import { Progress } from "@/components/survey/Progress";
import { SurveyShell } from "@/components/survey/SurveyShell";
import { env } from "@/lib/env";
import { format, respondentUi } from "@/lib/i18n/respondent";
import { isLocale } from "@/lib/questionnaire/locale";
import { FIELD } from "@/lib/survey/flow";
import { clientDefinition, pageQuestionnaire } from "@/lib/survey/page-data";
import { partFromSegment } from "@/lib/survey/steps";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FloorPage({ searchParams }: Props) {
  if (env().BENCH_PAGES !== "1") notFound();
  const query = await searchParams;
  const locale = typeof query.locale === "string" && isLocale(query.locale) ? query.locale : "en";
  const questionnaire = await pageQuestionnaire();
  const step = partFromSegment(questionnaire, typeof query.part === "string" ? query.part : "2");
  if (step === undefined) notFound();
  const def = clientDefinition(questionnaire, locale);
  const ui = respondentUi(locale);
  const part = def.parts[step];
  return (
    <SurveyShell locale={locale} path={`/part/${step + 1}`}>
      <Progress caption={format(ui.partOf, { n: step + 1, total: def.parts.length })} percent={undefined} label={ui.progressLabel} share={undefined} />
      <h1>{part?.title}</h1>
      {part?.intro ? <p className="lead">{part.intro}</p> : null}
      <form method="post" noValidate>
        <input type="hidden" name={FIELD.view} value={String(step)} />
        {part?.items.map((item) => <ItemView key={item.variable} item={item} locale={locale} ui={ui} initial={{}} errors={{}} />)}
        <div className="button-row">
          <button type="submit" className="button" name={FIELD.intent} value="next">
            {ui.next}
          </button>
          <button type="submit" className="button button--secondary" name={FIELD.intent} value="back" formNoValidate>
            {ui.back}
          </button>
        </div>
      </form>
    </SurveyShell>
  );
}
