// The HTTP side of every export route: options and filters from the query string, the
// file (streamed for responses), download headers, and the audit entry. Route handlers
// call authorizeRoute themselves and then hand over here.
import "server-only";
import { audit } from "@/lib/audit/log";
import type { StaffPrincipal } from "@/lib/auth/guard";
import { dbHandle, type DbHandle } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { CodebookContext } from "@/lib/questionnaire";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { codebookContext } from "@/lib/questionnaire/codebook-context.server";
import { describeFilters } from "@/lib/responses/filters";
import { codebookCsvFile, codebookMarkdownFile, codebookSize } from "./codebook";
import type { ExtraColumnSet } from "./extra-columns";
import { UTF8_BOM } from "./csv-encoder";
import { openCsvExport } from "./csv-export";
import { openExtraColumns } from "./extra-column-providers.server";
import { EXPORT_FILES, type ExportFileName } from "./files";
import { parseExportOptions, type ExportOptions } from "./options";
import { parseExportFilters } from "./query";
import { openSavExport } from "./sav-export";
import { openXlsxExport } from "./xlsx-export";
import { spssSyntax } from "./spss";
import type { ReaderEngine } from "./source";
import type { StreamOutcome } from "./byte-stream";

function problem(status: number, error: string, problems?: { param: string; message: string }[]): Response {
  return Response.json({ error, ...(problems ? { problems } : {}) }, { status, headers: { "Cache-Control": "no-store" } });
}

function downloadHeaders(file: ExportFileName): HeadersInit {
  return {
    "Content-Type": EXPORT_FILES[file].contentType,
    "Content-Disposition": `attachment; filename="${file}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

function auditedOptions(file: ExportFileName, options: ExportOptions): Partial<ExportOptions> {
  switch (file) {
    case "responses.csv":
      return { values: options.spss ? "codes" : options.values, lang: options.lang, header: options.header, sep: options.sep, bom: options.bom, combined: options.combined, spss: options.spss };
    case "responses-long.csv":
      return { lang: options.lang, sep: options.sep, bom: options.bom };
    case "codebook.csv":
      return { sep: options.sep, bom: options.bom };
    case "codebook.md":
      return {};
    case "responses.sps":
      return { lang: options.lang, header: options.header, sep: options.sep, combined: options.combined, file: options.file };
    case "responses.sav":
      return { lang: options.lang, combined: options.combined };
    case "responses.xlsx":
      return { values: options.values, lang: options.lang, header: options.header, combined: options.combined };
  }
}

export interface ExportDeps {
  handle?: DbHandle;
  engine?: ReaderEngine;
}

function engineFromEnv(): ReaderEngine | undefined {
  return env().TYNDAU_EXPORT_ENGINE;
}

export async function exportFileResponse(
  request: Request,
  staff: StaffPrincipal,
  file: ExportFileName,
  deps: ExportDeps = {},
): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const parsedOptions = parseExportOptions(params, { lang: staff.locale });
  const parsedFilters = parseExportFilters(params);
  const problems = [...(parsedOptions.ok ? [] : parsedOptions.errors), ...(parsedFilters.ok ? [] : parsedFilters.errors)];
  if (!parsedOptions.ok || !parsedFilters.ok) return problem(400, "Invalid export options", problems);
  const { options } = parsedOptions;
  const { filters } = parsedFilters;

  const handle = deps.handle ?? dbHandle();
  await handle.ready;
  // Value labels and texts from the newest (active) version.
  const questionnaire = await activeQuestionnaire(handle.db);
  const record = (outcome: Pick<StreamOutcome, "status" | "rows"> & { responses?: number }) =>
    audit(handle.db, {
      actor: { id: staff.id, email: staff.email },
      action: "export",
      details: {
        file,
        filters: describeFilters(filters),
        options: auditedOptions(file, options),
        rows: outcome.rows,
        ...(outcome.responses === undefined ? {} : { responses: outcome.responses }),
        status: outcome.status,
      },
    });

  if (file === "responses.csv" || file === "responses-long.csv" || file === "responses.sav" || file === "responses.xlsx") {
    const engine = deps.engine ?? engineFromEnv();
    let stream: ReadableStream<Uint8Array>;
    // The extra columns (coded categories, weights, quality flags, exclusion) ride with
    // every file: columns of the wide ones, rows of the long CSV.
    let extra: ExtraColumnSet;
    let codebook: CodebookContext | undefined;
    try {
      extra = await openExtraColumns(handle.db, questionnaire);
      codebook = file === "responses.xlsx" ? await codebookContext(handle.db) : undefined;
    } catch (error) {
      console.warn("export: could not read the extra columns", error);
      return problem(503, "The database is not available for exports right now");
    }
    const common = {
      options,
      filters,
      target: handle.target,
      db: handle.db,
      def: questionnaire,
      ...(codebook ? { codebook } : {}),
      extra,
      ...(engine ? { engine } : {}),
      onFinish: (outcome: StreamOutcome) => record(outcome),
    };
    try {
      stream =
        file === "responses.sav"
          ? await openSavExport(common)
          : file === "responses.xlsx"
            ? await openXlsxExport(common)
            : await openCsvExport({ ...common, file });
    } catch (error) {
      console.warn("export: could not open the response reader", error);
      return problem(503, "The database is not available for exports right now");
    }
    return new Response(stream, { headers: downloadHeaders(file) });
  }

  let body: string;
  let rows: number;
  const extra = (await openExtraColumns(handle.db, questionnaire)).columns;
  switch (file) {
    case "codebook.csv":
      body = codebookCsvFile(questionnaire, options, await codebookContext(handle.db), extra);
      rows = codebookSize(questionnaire, extra);
      break;
    case "codebook.md":
      body = codebookMarkdownFile(questionnaire, await codebookContext(handle.db), extra);
      rows = codebookSize(questionnaire, extra);
      break;
    case "responses.sps":
      // A byte-order mark tells SPSS Statistics the syntax file is UTF-8 (PSPP accepts it too).
      body = (options.bom ? UTF8_BOM : "") + spssSyntax(questionnaire, { ...options, extra });
      rows = 0;
      break;
  }
  await record({ status: "completed", rows });
  return new Response(body, { headers: downloadHeaders(file) });
}
