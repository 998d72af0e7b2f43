// The respondent pages, served without the framework runtime
// (docs/decisions/018-respondent-runtime.md). next.config.ts rewrites /{lang},
// /{lang}/screening, /{lang}/part/N, /{lang}/check and /{lang}/thanks here; the handler
// renders the page's HTML on the server with the same components as the staff preview's,
// and answers its posts (post/redirect/get). A route of the Pages Router's API layer: the
// one layer of Next.js that both renders React to static markup and may import the
// server-only services. Public by design — respondents are anonymous — and listed in
// tests/authz/inventory.ts.
import type { NextApiRequest, NextApiResponse } from "next";
import { respondentPage } from "@/lib/survey/respondent-page.server";

// The form body is read as posted (urlencoded or multipart) by the page itself.
export const config = { api: { bodyParser: false } };

export default function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  return respondentPage(req, res);
}
