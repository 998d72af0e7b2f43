"use client";
// The translators' spreadsheet on the Questionnaire page: download the draft's strings as
// .xlsx or CSV, upload the edited file, and see what changed or, when nothing was applied,
// every problem by row. Without JavaScript the form still posts the file to the same
// route (which answers JSON); with it, the answer is shown here.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { QuestionnaireStringsMessages } from "@/lib/i18n/staff/types";

const ROUTE = "/api/admin/questionnaire/strings.xlsx";

type Changed = { key: string; locale: string; before: string; after: string };
type Problem = { row: number | null; key: string | null; message: string };
type Answer = { ok: true; message: string; changed: Changed[] } | { ok: false; message?: string; error?: string; problems?: Problem[] };

export function StringsWorkbookPanel({ m, lang, canEdit }: { m: QuestionnaireStringsMessages; lang: string; canEdit: boolean }) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [busy, setBusy] = useState(false);
  const router = useRouter();

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return;
    setBusy(true);
    try {
      const response = await fetch(`${ROUTE}?lang=${encodeURIComponent(lang)}`, { method: "POST", body: form });
      const next = (await response.json()) as Answer;
      setAnswer(next);
      // The editor above shows the draft: reload it so the uploaded texts appear there.
      if (next.ok && next.changed.length > 0) router.refresh();
    } catch {
      setAnswer({ ok: false, error: m.panel.failed });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="strings-workbook-title" className="strings-workbook">
      <h2 id="strings-workbook-title">{m.panel.title}</h2>
      <p>{m.panel.intro}</p>
      <p>
        <a href={`${ROUTE}?lang=${encodeURIComponent(lang)}`} download>
          {m.panel.downloadXlsx}
        </a>
        {" · "}
        <a href={`${ROUTE}?format=csv&lang=${encodeURIComponent(lang)}`} download>
          {m.panel.downloadCsv}
        </a>
      </p>
      {canEdit ? (
        <form method="post" action={`${ROUTE}?lang=${encodeURIComponent(lang)}`} encType="multipart/form-data" onSubmit={upload}>
          <label>
            {m.panel.file} <input type="file" name="file" required accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" />
          </label>{" "}
          <button type="submit" disabled={busy}>
            {busy ? m.panel.uploading : m.panel.upload}
          </button>
        </form>
      ) : null}
      {answer?.ok ? (
        <div role="status">
          <p>{answer.message}</p>
          {answer.changed.length > 0 ? (
            <table>
              <caption>{m.panel.changedTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.panel.key}</th>
                  <th scope="col">{m.panel.language}</th>
                  <th scope="col">{m.panel.before}</th>
                  <th scope="col">{m.panel.after}</th>
                </tr>
              </thead>
              <tbody>
                {answer.changed.map((c) => (
                  <tr key={`${c.key}:${c.locale}`}>
                    <td>
                      <code>{c.key}</code>
                    </td>
                    <td>{c.locale}</td>
                    <td>{c.before}</td>
                    <td>{c.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : answer ? (
        <div role="alert">
          <p>{answer.message ?? answer.error}</p>
          {answer.problems && answer.problems.length > 0 ? (
            <ul aria-label={m.panel.problemsTitle}>
              {answer.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
