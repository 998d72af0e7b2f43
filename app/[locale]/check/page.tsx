import type { Metadata } from "next";
import { CheckFlow } from "@/components/survey/CheckFlow";
import { StepPage } from "@/components/survey/StepPage";
import { respondentUi } from "@/lib/i18n/respondent";
import { localeParam } from "@/lib/survey/page-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: respondentUi(await localeParam(params)).checkHeading };
}

export default async function CheckPage({ params }: Props) {
  return <StepPage locale={await localeParam(params)} view={{ kind: "check" }} Flow={CheckFlow} />;
}
