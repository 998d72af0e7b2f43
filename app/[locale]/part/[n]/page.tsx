import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StepFlow } from "@/components/survey/StepFlow";
import { StepPage, stepMetadata } from "@/components/survey/StepPage";
import { localeParam, pageQuestionnaire } from "@/lib/survey/page-data";
import { partFromSegment } from "@/lib/survey/steps";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; n: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function resolve(params: Props["params"]) {
  const locale = await localeParam(params);
  const part = partFromSegment(await pageQuestionnaire(), (await params).n);
  if (part === undefined) notFound();
  return { locale, part };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, part } = await resolve(params);
  return stepMetadata(await pageQuestionnaire(), locale, part);
}

export default async function PartPage({ params, searchParams }: Props) {
  const { locale, part } = await resolve(params);
  // "?return=check": the respondent came from "Change" on the check page and goes back there.
  const returnToCheck = (await searchParams).return === "check";
  return <StepPage locale={locale} view={{ kind: "step", step: part }} returnToCheck={returnToCheck} Flow={StepFlow} />;
}
