// S1, asked before Part I. Its wording is the paper's. Answering "No" does not end the
// survey: it only skips the Part II questions about the respondent's own interactions
// with officials (Q15–Q19), so every respondent still rates the civil service. The help
// text does not say that the answer changes which questions follow: that would invite
// "No" as a way to a shorter survey (hearing-state@2).
import type { ItemInput } from "../types";
import { t, yesNo } from "./scales";

/** S1 = 1 ("Yes"): the respondent has worked with officials; routing keys on this code. */
export const S1_YES = 1;

export const screening: ItemInput = {
  kind: "single",
  variable: "S1",
  provenance: "paper",
  text: t(
    "Функционалдық міндеттеріңізді атқару барысында мемлекеттік қызметшілермен өзара іс-қимыл жасау тәжірибеңіз болды ма?",
    "Был ли у Вас опыт взаимодействия с государственными служащими при исполнении своих функциональных обязанностей?",
    "Have you had experience interacting with government officials as part of the performance of your functional duties?",
  ),
  help: t(
    "Жауабыңыз қандай болса да, сауалнаманы жалғастырасыз.",
    "Каким бы ни был Ваш ответ, Вы продолжите заполнение анкеты.",
    "Whatever your answer, you will continue with the survey.",
  ),
  options: yesNo,
};
