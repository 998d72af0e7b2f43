"use client";
// The respondent flow as a question page opens it: the step form in its first-load script,
// the check page's view only on demand (see SurveyFlow.tsx).
import { lazy } from "react";
import { StepForm } from "./StepForm";
import { surveyFlow } from "./SurveyFlow";

export const StepFlow = surveyFlow({ Step: StepForm, Check: lazy(() => import("./ReviewAnswers").then((m) => ({ default: m.ReviewAnswers }))) });
