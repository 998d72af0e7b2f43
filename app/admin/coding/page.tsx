// Coding open answers: every open question and "Other" text, its code frame and how far
// coding has come; a frame's page codes its answers.
import Link from "next/link";
import { AdminShell } from "@/components/admin/AdminShell";
import { Notice } from "@/components/admin/Notice";
import { createFrameAction } from "@/app/admin/actions/coding";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { codableVariables, listFrames } from "@/lib/coding/frames.server";
import { firstParam, type PageSearchParams } from "@/lib/dashboard/context";
import { getDb } from "@/lib/db/client";
import { staffMessages } from "@/lib/i18n/staff";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";

export const dynamic = "force-dynamic";

export default async function CodingPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("analyst");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const c = m.coding;
  const problem = firstParam(await searchParams, "problem");
  const frames = new Map((await listFrames(await getDb())).map((f) => [f.variable, f]));
  const variables = codableVariables(await activeQuestionnaire());
  return (
    <AdminShell staff={staff} locale={locale} current="coding" path="/admin/coding">
      <h1>{c.title}</h1>
      <p>{c.intro}</p>
      {problem && <Notice warning>{problem === "not-codable" ? c.problems.notCodable : c.problems.noAnswer}</Notice>}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={c.title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{c.weights.variable}</th>
              <th scope="col">{c.answer}</th>
              <th scope="col">{c.categories}</th>
            </tr>
          </thead>
          <tbody>
            {variables.map((v) => {
              const frame = frames.get(v.variable);
              return (
                <tr key={v.variable}>
                  <th scope="row">
                    {frame ? <Link href={`/admin/coding/${encodeURIComponent(v.variable)}`}>{v.variable}</Link> : v.variable}
                  </th>
                  <td>
                    {v.question[locale]}
                    {v.label ? ` — ${v.label[locale]}` : ""}
                  </td>
                  <td>
                    {frame ? (
                      frame.categories.length
                    ) : (
                      <form action={createFrameAction}>
                        <input type="hidden" name="variable" value={v.variable} />
                        <button type="submit" className="button button--small button--secondary" aria-label={`${c.createFrame}: ${v.variable}`}>
                          {c.createFrame}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </AdminShell>
  );
}
