import type { Metadata } from "next";
import { StepFlow } from "@/components/survey/StepFlow";
import { StepPage, stepMetadata } from "@/components/survey/StepPage";
import { localeParam, pageQuestionnaire } from "@/lib/survey/page-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return stepMetadata(await pageQuestionnaire(), await localeParam(params), "screening");
}

export default async function ScreeningPage({ params, searchParams }: Props) {
  const returnToCheck = (await searchParams).return === "check";
  return <StepPage locale={await localeParam(params)} view={{ kind: "step", step: "screening" }} returnToCheck={returnToCheck} Flow={StepFlow} />;
}
