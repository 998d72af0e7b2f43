// The instrument as authored: the questionnaire of the paper (Kosherbayeva & Bokayev,
// project IRN BR18574203), in Kazakh, Russian and English. This is raw input; import the
// validated `questionnaire` from "@/lib/questionnaire" instead.
import type { QuestionnaireInput } from "../types";
import { part1 } from "./part1";
import { part2 } from "./part2";
import { part3 } from "./part3";
import { part4 } from "./part4";
import { t } from "./scales";
import { screening } from "./screening";

export const instrument: QuestionnaireInput = {
  id: "hearing-state",
  // Bump whenever wording, options, codes or routing change: responses record it.
  version: 2,
  title: t(
    "Мемлекеттік қызмет және қоғамдық мүдде: азаматтық қоғам өкілдері арасындағы сауалнама",
    "Государственная служба и общественные интересы: опрос представителей гражданского общества",
    "The civil service and the public interest: a survey of civil society representatives",
  ),
  intro: t(
    "Құрметті респондент! Бұл анонимді сауалнама ЖТН BR18574203 «Мемлекеттік қызметті дамыту процестерін ғылыми-әдіснамалық негіздеу және Жаңа Қазақстанды құру аясында мемлекеттік органдардың қызметін трансформациялау» жобасы аясында жүргізіледі. Біз азаматтық қоғам ұйымдарының өкілдері мемлекеттік қызметшілердің жұмысын және мемлекеттік қызмет реформаларын қалай бағалайтынын білгіміз келеді. Жауаптар тек жинақталған түрде талданады. Егер өзгеше көрсетілмесе, бір ғана жауап нұсқасын таңдаңыз. Сауалнаманы толтыруға шамамен 15 минут кетеді.",
    "Уважаемый респондент! Этот анонимный опрос проводится в рамках проекта ИРН BR18574203 «Научно-методическое обоснование процессов развития государственной службы и трансформации деятельности органов государственной власти в условиях строительства Нового Казахстана». Мы хотим узнать, как представители организаций гражданского общества оценивают работу государственных служащих и реформы государственной службы. Ответы анализируются только в обобщённом виде. Если не указано иное, выберите один вариант ответа. Заполнение анкеты займёт около 15 минут.",
    "Dear respondent, this anonymous survey is part of the project IRN BR18574203 “Scientific and methodological substantiation of the processes of development of the civil service and transformation of the activities of government bodies in the context of the construction of New Kazakhstan”. We want to learn how representatives of civil society organisations assess the work of civil servants and the reforms of the civil service. Answers are analysed only in aggregate. Unless stated otherwise, choose one answer. The survey takes about 15 minutes.",
  ),
  screening,
  parts: [part1, part2, part3, part4],
};
