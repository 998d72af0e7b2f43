// S1, asked before Part I. Its wording is the paper's. Answering "No" does not end the
// survey: it only skips the Part II questions about the respondent's own interactions
// with officials (Q15–Q19), so every respondent still rates the civil service.
import type { ItemInput } from "../types";
import { t, yesNo } from "./scales";

/** S1 = 1 ("Yes"): the respondent has worked with officials; routing keys on this code. */
export const S1_YES = 1;

export const screening: ItemInput = {
  kind: "single",
  variable: "S1",
  text: t(
    "Функционалдық міндеттеріңізді атқару барысында мемлекеттік қызметшілермен өзара іс-қимыл жасау тәжірибеңіз болды ма?",
    "Был ли у Вас опыт взаимодействия с государственными служащими при исполнении своих функциональных обязанностей?",
    "Have you had experience interacting with government officials as part of the performance of your functional duties?",
  ),
  help: t(
    "Жауабыңызға қарай II бөлімде қандай сұрақтар берілетіні анықталады. Сауалнаманы барлық респондент жалғастырады.",
    "От ответа зависит, какие вопросы Вы увидите во II части. Анкету продолжают заполнять все респонденты.",
    "Your answer determines which questions you will see in Part II. Every respondent continues with the survey.",
  ),
  options: yesNo,
};
