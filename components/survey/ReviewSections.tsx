// The answers on the check page, one section per step: the question, the answer, "Change".
// Presentational; the respondent's page renders every item, the ones the answers skip
// hidden, so that its enhancement module (lib/survey/enhance/check-page.ts) can fill the
// rows from the device draft (`everyItem`); the staff preview renders the shown ones.
import { format } from "@/lib/i18n/format";
import type { RespondentUi } from "@/lib/i18n/respondent";
import { isShown } from "@/lib/questionnaire/routing";
import type { Answers } from "@/lib/questionnaire/types";
import { answerLines, type AnswerLine } from "@/lib/survey/answer-lines";
import { FIELD } from "@/lib/survey/flow";
import type { LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import { reviewRow, spokenNumber, stepTitle } from "@/lib/survey/review";
import { itemsOfStep, questionSteps, type Step } from "@/lib/survey/steps";
import type { LocalisedItem } from "./items/types";

export function ReviewSections({ def, answers, ui, everyItem = false }: { def: LocalisedQuestionnaire; answers: Answers; ui: RespondentUi; everyItem?: boolean }) {
  return questionSteps(def).map((step) => <StepAnswers key={String(step)} step={step} def={def} answers={answers} ui={ui} everyItem={everyItem} />);
}

/** An answer's value cell; lib/survey/enhance/check-page.ts writes the same markup. */
export function AnswerValue({ lines, notAnswered }: { lines: AnswerLine[]; notAnswered: string }) {
  if (lines.length === 1 && lines[0]?.label === undefined) return lines[0]?.value ?? <span className="muted">{notAnswered}</span>;
  return (
    <ul className="plain-list">
      {lines.map((line, index) => (
        <li key={index}>
          {line.label ? `${line.label}: ` : ""}
          {line.value ?? <span className="muted">{notAnswered}</span>}
        </li>
      ))}
    </ul>
  );
}

function StepAnswers({ step, def, answers, ui, everyItem }: { step: Step; def: LocalisedQuestionnaire; answers: Answers; ui: RespondentUi; everyItem: boolean }) {
  const items = itemsOfStep<LocalisedItem>(def, step).filter((item) => everyItem || isShown(item, answers));
  return (
    <section className="check-section" aria-labelledby={`check-${String(step)}`}>
      <h2 id={`check-${String(step)}`}>{stepTitle(def, ui, step)}</h2>
      <dl className="summary-list">
        {items.map((item) => {
          const { number, change } = reviewRow(item, step);
          return (
            <div className="summary-list__row" key={item.variable} data-variable={everyItem ? item.variable : undefined} hidden={everyItem && !isShown(item, answers)}>
              <dt className="summary-list__key">
                <span className="question__number">{number}.</span> {item.text}
              </dt>
              <dd className="summary-list__value" data-answer={everyItem ? "" : undefined}>
                <AnswerValue lines={answerLines(item, answers)} notAnswered={ui.notAnswered} />
              </dd>
              <dd className="summary-list__actions">
                <button type="submit" className="link-button" name={FIELD.intent} value={change}>
                  <span aria-hidden="true">{ui.change}</span>
                  <span className="visually-hidden">{format(ui.changeAnswerTo, { number: spokenNumber(number), text: item.text })}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
