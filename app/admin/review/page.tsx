// Review of flagged responses (analysts and admins): counts under the minimum group
// size, the flagged responses by random id, and exclude / restore (lib/review).
import Link from "next/link";
import { AdminShell } from "@/components/admin/AdminShell";
import { Notice } from "@/components/admin/Notice";
import { ReviewTable } from "@/components/admin/ReviewTable";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { firstParam, type PageSearchParams } from "@/lib/dashboard/context";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import { getDb } from "@/lib/db/client";
import { fill, staffMessages } from "@/lib/i18n/staff";
import { REVIEW_MESSAGES } from "@/lib/i18n/staff/review";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import type { QualityFlag } from "@/lib/quality/indicators";
import { RESPONSE_ID } from "@/lib/responses/submit";
import { reviewList } from "@/lib/review/review.server";

export const dynamic = "force-dynamic";

const NOTICES = ["excluded", "restored", "invalid"] as const;

export default async function ReviewPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("analyst");
  const locale = await staffUiLocale(staff);
  const m = REVIEW_MESSAGES[locale];
  const fewer = staffMessages(locale).disclosure.fewerThan;
  const sp = await searchParams;
  const afterParam = firstParam(sp, "after");
  const after = afterParam && RESPONSE_ID.test(afterParam) ? afterParam : undefined;
  const notice = NOTICES.find((n) => n === firstParam(sp, "notice"));
  const k = minGroupSize();
  const list = await reviewList(await getDb(), await activeQuestionnaire(), { minGroupSize: k, ...(after ? { after } : {}) });
  return (
    <AdminShell staff={staff} locale={locale} current="review" path="/admin/review">
      <h1 id="top">{m.title}</h1>
      {notice ? <Notice warning={notice === "invalid"}>{m.notices[notice]}</Notice> : null}
      <p>{m.intro}</p>
      <p data-testid="review-summary">{fill(m.summary, { total: list.total, flagged: list.withheld ? fill(fewer, { k }) : list.flagged, excluded: list.excluded })}</p>
      <h2>{m.byFlag}</h2>
      <ul>
        {(Object.entries(list.byFlag) as [QualityFlag, number | null][]).map(([flag, n]) => (
          <li key={flag}>
            {m.flags[flag]}: {n === null ? fill(fewer, { k }) : n}
          </li>
        ))}
      </ul>
      {list.withheld ? <p>{fill(m.withheld, { k })}</p> : list.flagged === 0 ? <p>{m.none}</p> : <ReviewTable rows={list.rows} m={m} locale={locale} {...(after ? { after } : {})} />}
      {list.next ? (
        <p>
          <Link href={`/admin/review?after=${list.next}`}>{m.next}</Link>
        </p>
      ) : null}
    </AdminShell>
  );
}
