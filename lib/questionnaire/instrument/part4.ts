// Part IV — "Hearing state" (Q32–Q36): five statements on a 5-point Likert scale, shown
// as one matrix block. Each statement is a numbered question of its own, so the rows carry
// the question variables Q32..Q36 and the block's variable is only an id. The paper names
// the topics (listening, accountable, transparent, effective) and the 5-point Likert scale
// "from positive to negative"; the statements' wording is ours ("paper-derived").
import type { PartInput } from "../types";
import { agree5, t } from "./scales";

export const part4: PartInput = {
  id: "IV",
  title: t("Халық үніне құлақ асатын мемлекет", "Слышащее государство", "Hearing state"),
  intro: t(
    "Төмендегі әр пікірмен қаншалықты келісетініңізді немесе келіспейтініңізді көрсетіңіз.",
    "Укажите, насколько Вы согласны или не согласны с каждым из приведённых утверждений.",
    "Please indicate how far you agree or disagree with each of the statements below.",
  ),
  items: [
    {
      kind: "matrix",
      variable: "Q32_Q36",
      provenance: "paper-derived",
      rowsAreQuestions: true,
      text: t(
        "Төмендегі пікірлермен қаншалықты келісесіз?",
        "В какой мере Вы согласны со следующими утверждениями?",
        "To what extent do you agree with the following statements?",
      ),
      rows: [
        {
          variable: "Q32",
          text: t(
            "Мемлекеттік органдар азаматтардың пікіріне құлақ асады",
            "Государственные органы прислушиваются к мнению граждан",
            "Government bodies listen to citizens",
          ),
        },
        {
          variable: "Q33",
          text: t(
            "Мемлекеттік органдар қабылдаған шешімдері үшін азаматтар алдында есеп береді",
            "Государственные органы отчитываются перед гражданами за принимаемые решения",
            "Government bodies are accountable to citizens for their decisions",
          ),
        },
        {
          variable: "Q34",
          text: t(
            "Мемлекеттік органдардың жұмысы жариялы",
            "Работа государственных органов прозрачна",
            "The work of government bodies is transparent",
          ),
        },
        {
          variable: "Q35",
          text: t(
            "Мемлекеттік органдар тиімді жұмыс істейді",
            "Государственные органы работают эффективно",
            "Government bodies work effectively",
          ),
        },
        {
          variable: "Q36",
          text: t(
            "Шешім қабылдау кезінде азаматтардың кері байланысы ескеріледі",
            "При принятии решений учитывается обратная связь от граждан",
            "Citizens' feedback is taken into account in decisions",
          ),
        },
      ],
      scale: agree5,
    },
  ],
};
