"use client";
// The respondent flow as the check page opens it: the review in its first-load script, the
// step form only on demand (see SurveyFlow.tsx).
import { lazy } from "react";
import { ReviewAnswers } from "./ReviewAnswers";
import { surveyFlow } from "./SurveyFlow";

export const CheckFlow = surveyFlow({ Step: lazy(() => import("./StepForm").then((m) => ({ default: m.StepForm }))), Check: ReviewAnswers });
