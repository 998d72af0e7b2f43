// Opens a streamed SPSS system file (.sav) of responses over a database target: the
// dictionary first (case count -1, "unknown", since the file is written as it is read),
// then the bytecode-compressed cases batch by batch. Used by the route, tests and benchmark.
import { questionnaire as defaultQuestionnaire, type Questionnaire } from "@/lib/questionnaire";
import type { Db } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/db/url";
import { responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";
import { byteResponseStream } from "./byte-stream";
import type { ExportOptions } from "./options";
import { CaseEncoder } from "./sav/cases";
import { writeDictionary } from "./sav/dictionary";
import { savSurvey, textVariables } from "./sav/survey";
import { queryTextWidths } from "./sav/widths";
import { openResponseReader, type ReaderEngine } from "./source";
import type { StreamOutcome } from "./stream";

export interface SavExportConfig {
  options: Pick<ExportOptions, "lang" | "combined">;
  filters: ResponseFilters;
  target: DatabaseTarget;
  db?: Db;
  engine?: ReaderEngine;
  batchSize?: number;
  def?: Questionnaire;
  onFinish?: (outcome: StreamOutcome) => void | Promise<void>;
}

export async function openSavExport(config: SavExportConfig): Promise<ReadableStream<Uint8Array>> {
  const def = config.def ?? defaultQuestionnaire;
  // One filter (and release cut-off) for both the width query and the reader.
  const filter = responseFilterSql(config.filters);
  const widths = await queryTextWidths({
    target: config.target,
    filter,
    variables: textVariables(def, config.options),
    ...(config.db ? { db: config.db } : {}),
    ...(config.engine ? { engine: config.engine } : {}),
  });
  const survey = savSurvey(def, config.options, -1, widths);
  const reader = await openResponseReader({
    target: config.target,
    filter,
    ...(config.db ? { db: config.db } : {}),
    ...(config.engine ? { engine: config.engine } : {}),
    ...(config.batchSize ? { batchSize: config.batchSize } : {}),
  });
  const cases = new CaseEncoder(survey.dictionary.variables);
  return byteResponseStream({
    reader,
    encoder: {
      start: () => writeDictionary(survey.dictionary),
      batch(records) {
        for (const record of records) cases.write(survey.toCase(record));
        return cases.take();
      },
      end: () => cases.end(),
    },
    ...(config.onFinish ? { onFinish: config.onFinish } : {}),
  });
}
