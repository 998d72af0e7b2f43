// One code frame: its categories (edited in place), the answers to code with the
// signed-in coder's categories, progress, the "uncoded" filter, the blind mode for a
// second coder, and Cohen's kappa between coders. Every control is a plain form or link;
// CodingKeys adds the keyboard when JavaScript runs.
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/AdminShell";
import { Notice } from "@/components/admin/Notice";
import { Withheld } from "@/components/admin/Withheld";
import { CodingKeys } from "@/components/admin/coding/CodingKeys";
import { createFrameAction, saveCategoryAction, setCodesAction } from "@/app/admin/actions/coding";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { frameAgreement } from "@/lib/coding/agreement.server";
import { codingPage } from "@/lib/coding/assignments.server";
import { codableVariables, frameFor } from "@/lib/coding/frames.server";
import { firstParam, type PageSearchParams } from "@/lib/dashboard/context";
import { withheldText } from "@/lib/dashboard/disclosure-labels";
import { getDb } from "@/lib/db/client";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { LOCALES, type Locale } from "@/lib/questionnaire/locale";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

export default async function CodeFramePage({ params, searchParams }: { params: Promise<{ variable: string }>; searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("analyst");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const c = m.coding;
  const { variable } = await params;
  const described = codableVariables(await activeQuestionnaire()).find((v) => v.variable === variable);
  const db = await getDb();
  const frame = described ? await frameFor(db, variable) : null;
  if (!described) notFound();
  if (!frame) {
    return (
      <AdminShell staff={staff} locale={locale} current="coding" path={`/admin/coding/${encodeURIComponent(variable)}`}>
        <p>
          <Link href="/admin/coding">{c.back}</Link>
        </p>
        <h1>{fill(c.frameTitle, { variable })}</h1>
        <p>{c.noFrame}</p>
        <form action={createFrameAction}>
          <input type="hidden" name="variable" value={variable} />
          <button type="submit" className="button">
            {c.createFrame}
          </button>
        </form>
      </AdminShell>
    );
  }
  const sp = await searchParams;
  const uncoded = firstParam(sp, "uncoded") === "1";
  const blind = firstParam(sp, "blind") === "1";
  const page = Math.max(1, Math.min(100_000, Number.parseInt(firstParam(sp, "page") ?? "1", 10) || 1));
  const notice = firstParam(sp, "notice");
  const problem = firstParam(sp, "problem");
  const view = await codingPage(db, frame, staff.id, { blind, uncoded, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const agreement = await frameAgreement(db, frame);
  const n = numberFormat(locale);
  const kappa = numberFormat(locale, 2);
  const base = `/admin/coding/${encodeURIComponent(variable)}`;
  const link = (o: { uncoded?: boolean; blind?: boolean; page?: number }) => {
    const q = new URLSearchParams();
    if (o.uncoded ?? uncoded) q.set("uncoded", "1");
    if (o.blind ?? blind) q.set("blind", "1");
    const p = o.page ?? 1;
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return `${base}${s ? `?${s}` : ""}`;
  };
  const viewFields = (
    <>
      <input type="hidden" name="variable" value={variable} />
      {uncoded && <input type="hidden" name="view-uncoded" value="1" />}
      {blind && <input type="hidden" name="view-blind" value="1" />}
      {page > 1 && <input type="hidden" name="view-page" value={String(page)} />}
    </>
  );
  const problemText =
    problem === "invalid-label" ? c.problems.invalidLabel : problem === "too-many" ? c.problems.tooMany : problem ? c.problems.noAnswer : null;
  const labelOf = (num: number) => frame.categories.find((x) => x.number === num)?.label[locale] ?? String(num);
  return (
    <AdminShell staff={staff} locale={locale} current="coding" path={link({ page })}>
      <p>
        <Link href="/admin/coding">{c.back}</Link>
      </p>
      <h1>{fill(c.frameTitle, { variable })}</h1>
      <p>
        {described.question[locale]}
        {described.label ? ` — ${described.label[locale]}` : ""}
      </p>
      {notice === "saved" && <Notice>{c.saved}</Notice>}
      {problemText && <Notice warning>{problemText}</Notice>}

      <section aria-labelledby="categories">
        <h2 id="categories">{c.categories}</h2>
        {[...frame.categories, null].map((cat) => (
          <form key={cat?.id ?? "new"} action={saveCategoryAction} className="inline-form coding-category">
            {viewFields}
            {cat && <input type="hidden" name="categoryId" value={cat.id} />}
            <span>{cat ? `${cat.number}.` : c.addCategory}</span>
            {LOCALES.map((l: Locale) => (
              <label key={l}>
                <span className="visually-hidden">{`${c.labelIn[l]}${cat ? ` (${cat.number})` : ""}`}</span>
                <input name={l} lang={l} defaultValue={cat?.label[l] ?? ""} placeholder={c.labelIn[l]} required maxLength={200} />
              </label>
            ))}
            <button type="submit" className="button button--small button--secondary">
              {cat ? c.saveCategory : c.addCategory}
            </button>
          </form>
        ))}
      </section>

      <section aria-labelledby="answers">
        <h2 id="answers">{c.answer}</h2>
        <nav className="inline-form" aria-label={c.answer}>
          <Link href={link({ uncoded: !uncoded })}>{uncoded ? c.filterAll : c.filterUncoded}</Link>
          {" · "}
          <Link href={link({ blind: !blind })}>{blind ? c.blindOn : c.blindOff}</Link>
        </nav>
        {!view.shown && <Withheld>{withheldText(locale, view.reason)}</Withheld>}
        {view.shown && (
          <>
            <p className="coding-progress" role="status">
              {fill(c.progress, { coded: n.format(view.coded), total: n.format(view.total) })}
            </p>
            <p>{c.keys}</p>
            {view.rows.length === 0 && <p>{c.none}</p>}
            <ol className="coding-answers">
              {view.rows.map((row, i) => (
                <li key={row.id} id={`answer-${i + 1}`} data-coding-answer tabIndex={-1} className="coding-answer">
                  <p lang={row.locale} className="coding-answer__text">
                    {row.text}
                  </p>
                  <p className="answers__meta">{m.language.names[row.locale as Locale] ?? row.locale}</p>
                  <form action={setCodesAction}>
                    {viewFields}
                    <input type="hidden" name="answer" value={row.id} />
                    <input type="hidden" name="anchor" value={`answer-${i + 1}`} />
                    <input type="hidden" name="js" value="" />
                    <fieldset>
                      <legend className="visually-hidden">{`${c.codes}: ${row.text.slice(0, 60)}`}</legend>
                      {frame.categories.map((cat) => (
                        <label key={cat.id} className="coding-code">
                          <input type="checkbox" name="category" value={cat.number} defaultChecked={row.mine.includes(cat.number)} />
                          {` ${cat.number} ${cat.label[locale]}`}
                        </label>
                      ))}
                    </fieldset>
                    {!blind && row.others.length > 0 && (
                      <p className="answers__meta">
                        {c.otherCoders}: {row.others.map(labelOf).join(", ")}
                      </p>
                    )}
                    <button type="submit" className="button button--small button--secondary">
                      {c.save}
                    </button>
                  </form>
                </li>
              ))}
            </ol>
            <nav className="pager" aria-label={c.answer}>
              {page > 1 && <Link href={link({ page: page - 1 })}>{c.previous}</Link>}
              {page * PAGE_SIZE < view.matching && <Link href={link({ page: page + 1 })}>{c.next}</Link>}
            </nav>
            <CodingKeys />
          </>
        )}
      </section>

      <section aria-labelledby="kappa">
        <h2 id="kappa">{c.kappaTitle}</h2>
        {agreement.length === 0 && <p>{c.kappaNone}</p>}
        <ul>
          {agreement.map((pair) => (
            <li key={`${pair.first}|${pair.second}`}>
              κ = {pair.result.kappa === null ? c.kappaUndefined : kappa.format(pair.result.kappa)} —{" "}
              {fill(c.kappaPair, { first: pair.first, second: pair.second, answers: n.format(pair.result.answers) })}
            </li>
          ))}
        </ul>
      </section>
    </AdminShell>
  );
}
