// Public, cacheable questionnaire definition: GET /api/questionnaire?lang=kk|ru|en.
// Kept thin on purpose; the behaviour lives (and is tested) in lib/questionnaire/api.ts.
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { handleQuestionnaireRequest } from "@/lib/questionnaire/api";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return handleQuestionnaireRequest(request, await activeQuestionnaire());
}
