import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StepPage, stepMetadata } from "@/components/survey/StepPage";
import { localeParam, questionnaire } from "@/lib/survey/page-data";
import { partFromSegment } from "@/lib/survey/steps";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; n: string }> };

async function resolve(params: Props["params"]) {
  const locale = await localeParam(params);
  const part = partFromSegment(questionnaire, (await params).n);
  if (part === undefined) notFound();
  return { locale, part };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, part } = await resolve(params);
  return stepMetadata(locale, part);
}

export default async function PartPage({ params }: Props) {
  const { locale, part } = await resolve(params);
  return <StepPage locale={locale} step={part} />;
}
