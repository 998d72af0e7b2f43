// Under the dashboard's figures: whether excluded responses are counted (they are not) and
// how many there are (docs/decisions/016-quality-and-exclusions.md). Says nothing when
// no response is excluded.
import { getDb } from "@/lib/db/client";
import { fill, numberFormat } from "@/lib/i18n/staff";
import { REVIEW_MESSAGES } from "@/lib/i18n/staff/review";
import type { Locale } from "@/lib/questionnaire/locale";
import { excludedCount } from "@/lib/review/review.server";

export async function ExcludedNote({ locale }: { locale: Locale }) {
  const n = await excludedCount(await getDb());
  if (n === 0) return null;
  return (
    <p className="item__note" data-testid="excluded-note">
      {fill(REVIEW_MESSAGES[locale].countedNote, { n: numberFormat(locale).format(n) })}
    </p>
  );
}
