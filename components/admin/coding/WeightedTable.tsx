// A single-choice question's weighted percentages on the results page, with the weighted
// base and Kish's effective sample size stated above the table.
import { FrequencyTable } from "@/components/admin/FrequencyTable";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Option } from "@/lib/questionnaire";
import type { Locale } from "@/lib/questionnaire/locale";
import type { WeightedItem } from "@/lib/weights/weighted-results.server";

export function WeightedTable({ item, options, locale }: { item: WeightedItem; options: readonly Option[]; locale: Locale }) {
  const w = staffMessages(locale).coding.weights;
  const title = fill(w.weightedTitle, { variable: item.variable });
  return (
    <section className="item weighted" aria-label={title}>
      <p className="weighted__note">
        {fill(w.weightedNote, { base: numberFormat(locale).format(item.base), n: numberFormat(locale, 1).format(item.effectiveN) })}
      </p>
      <FrequencyTable
        caption={title}
        locale={locale}
        percentHeader={w.weightedPct}
        rows={item.codes.map((c) => {
          const label = options.find((o) => o.code === c.code)?.label[locale] ?? String(c.code);
          return c.pct === null ? { label, n: 0, pct: null, suppressed: "small" as const } : { label, n: c.n, pct: c.pct };
        })}
      />
    </section>
  );
}
