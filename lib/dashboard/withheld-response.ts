// The answer of a download route (chart SVG, crosstab CSV) whose group is below the
// minimum group size: 403 with the reason in the interface language, and no figure.
export function withheldResponse(message: string): Response {
  return Response.json({ error: message, withheld: true }, { status: 403, headers: { "Cache-Control": "no-store" } });
}
