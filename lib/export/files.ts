// The export files, by the name they have in the URL and on disk. The names are fixed so
// that the SPSS syntax finds "responses.csv" next to it without renaming anything.
export const EXPORT_FILES = {
  "responses.csv": { contentType: "text/csv; charset=utf-8", streamed: true, description: "Wide CSV: one row per response" },
  "responses-long.csv": { contentType: "text/csv; charset=utf-8", streamed: true, description: "Long CSV: one row per answer" },
  "codebook.csv": { contentType: "text/csv; charset=utf-8", streamed: false, description: "Codebook (CSV)" },
  "codebook.md": { contentType: "text/markdown; charset=utf-8", streamed: false, description: "Codebook (Markdown)" },
  "responses.sps": { contentType: "text/plain; charset=utf-8", streamed: false, description: "SPSS / PSPP syntax for responses.csv" },
  "responses.sav": { contentType: "application/x-spss-sav", streamed: true, description: "SPSS system file (SPSS, PSPP, R haven, Stata import)" },
  "responses.xlsx": {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    streamed: true,
    description: "Excel workbook: data and codebook sheets",
  },
} as const;

export type ExportFileName = keyof typeof EXPORT_FILES;

export const EXPORT_BASE_PATH = "/api/admin/export";

export function exportUrl(file: ExportFileName, params?: URLSearchParams): string {
  const query = params?.toString() ?? "";
  return `${EXPORT_BASE_PATH}/${file}${query ? `?${query}` : ""}`;
}
