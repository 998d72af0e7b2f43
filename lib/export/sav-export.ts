// Opens a streamed SPSS system file (.sav) of responses over a database target: the
// dictionary first (case count -1, "unknown", since the file is written as it is read),
// then the bytecode-compressed cases batch by batch. Used by the route, tests and benchmark.
import { byteResponseStream } from "./byte-stream";
import { engineOf, exportFilterSql, extraColumnsOf, finishOf, openExportReader, type ResponseExportConfig } from "./open-reader";
import type { ExportOptions } from "./options";
import { CaseEncoder } from "./sav/cases";
import { writeDictionary } from "./sav/dictionary";
import { savSurvey, textVariables } from "./sav/survey";
import { queryTextWidths } from "./sav/widths";

export interface SavExportConfig extends ResponseExportConfig {
  options: Pick<ExportOptions, "lang" | "combined">;
}

export async function openSavExport(config: SavExportConfig): Promise<ReadableStream<Uint8Array>> {
  const def = config.def;
  // One filter (and release cut-off) for both the width query and the reader.
  const filter = exportFilterSql(config);
  const widths = await queryTextWidths({
    target: config.target,
    filter,
    variables: textVariables(def, config.options),
    ...engineOf(config),
  });
  const survey = savSurvey(def, { ...config.options, ...extraColumnsOf(config) }, -1, widths);
  const reader = await openExportReader(config, filter);
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
    ...finishOf(config),
  });
}
