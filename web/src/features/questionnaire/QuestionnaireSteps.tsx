import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { ScaleChoices, type Choice } from './ScaleChoices';
import './QuestionnaireSteps.css';

export const questionnaireStepsFragment = graphql(`
  fragment QuestionnaireSteps_questionnaire on Questionnaire {
    id
    wave
    kind
    answeredElsewhere
    title(language: $language)
    items {
      id
      code
      text(language: $language) {
        language
        text
      }
    }
    scale(language: $language) {
      language
      points {
        value
        label
      }
      dontKnow
    }
    myAnswers {
      id
      itemCode
      value
    }
  }
`);

// One answer as it goes to the server: a point, "don't know", or nothing (the answer taken back).
export interface ItemAnswer {
  itemCode: string;
  value?: number;
  dontKnow?: boolean;
}

export const answerOf = (itemCode: string, choice: Choice | undefined): ItemAnswer =>
  choice === undefined
    ? { itemCode }
    : choice === 'dontKnow'
      ? { itemCode, dontKnow: true }
      : { itemCode, value: choice };

type Step = 'intro' | number | 'done';

// A questionnaire on a phone: one statement per screen, large choices, a progress bar, and every item skippable.
// Each choice is sent at once through the device's queue (`onAnswer`), so that nothing is lost when the network
// drops; `pending` are the answers still on their way, shown as given.
export function QuestionnaireSteps(props: {
  questionnaire: FragmentType<typeof questionnaireStepsFragment>;
  pending: readonly ItemAnswer[];
  onAnswer: (answer: ItemAnswer) => void;
}) {
  const questionnaire = getFragmentData(questionnaireStepsFragment, props.questionnaire);
  const { t } = useTranslation('questionnaire');
  const format = useFormat();
  const { items, scale } = questionnaire;
  // What this screen shows: the answers the server has, those still in the queue, and the choices made here
  // since (a choice made here is in the queue too, but shows before the queue reports it).
  const [local, setLocal] = useState<ReadonlyMap<string, Choice | undefined>>(() => new Map());
  const saved = new Map<string, Choice>();
  for (const answer of questionnaire.myAnswers) saved.set(answer.itemCode, answer.value ?? 'dontKnow');
  for (const answer of props.pending) {
    if (answer.value != null) saved.set(answer.itemCode, answer.value);
    else if (answer.dontKnow) saved.set(answer.itemCode, 'dontKnow');
    else saved.delete(answer.itemCode);
  }
  const chosen = new Map(saved);
  for (const [code, choice] of local) {
    if (choice === undefined) chosen.delete(code);
    else chosen.set(code, choice);
  }
  const [step, setStep] = useState<Step>(() => (saved.size > 0 && saved.size >= items.length ? 'done' : 'intro'));
  const heading = useRef<HTMLHeadingElement>(null);
  // Each new screen is announced by moving focus to its heading, as a new page would be.
  useEffect(() => {
    if (step !== 'intro') heading.current?.focus();
  }, [step]);

  if (questionnaire.answeredElsewhere) {
    return (
      <section className="questionnaire" aria-labelledby="questionnaire-title">
        <h2 id="questionnaire-title" className="questionnaire__title">
          {questionnaire.title}
        </h2>
        <p className="questionnaire__note">{t('answeredElsewhere')}</p>
      </section>
    );
  }

  const answered = items.filter((item) => chosen.has(item.code)).length;
  const choose = (code: string, choice: Choice | undefined) => {
    setLocal(new Map(local).set(code, choice));
    props.onAnswer(answerOf(code, choice));
  };

  if (step === 'intro') {
    const minutes = Math.max(1, Math.round(items.length / 4));
    return (
      <section className="questionnaire" aria-labelledby="questionnaire-title">
        <h2 id="questionnaire-title" className="questionnaire__title">
          {questionnaire.title}
        </h2>
        <p className="questionnaire__lead">
          {t('intro.count', { count: items.length, formatted: format.number(items.length) })}{' '}
          {t('intro.minutes', { count: minutes, formatted: format.number(minutes) })}
        </p>
        <ul className="questionnaire__promises">
          <li>{t('intro.noWrong')}</li>
          <li>{t('intro.skip')}</li>
          <li>{t('intro.research')}</li>
        </ul>
        <Button className="button questionnaire__start" onPress={() => setStep(0)}>
          {answered > 0 ? t('intro.continue') : t('intro.start')}
        </Button>
      </section>
    );
  }

  if (step === 'done') {
    return (
      <section className="questionnaire" aria-labelledby="questionnaire-done">
        <h2 id="questionnaire-done" className="questionnaire__title" ref={heading} tabIndex={-1}>
          {t('done.title')}
        </h2>
        <p className="questionnaire__lead">
          {t('done.answered', {
            count: items.length,
            answered: format.number(answered),
            total: format.number(items.length),
          })}
        </p>
        <p>{t('done.saved')}</p>
        <Button className="button button--secondary" onPress={() => setStep(0)}>
          {t('done.change')}
        </Button>
      </section>
    );
  }

  const item = items[step];
  if (!item) return null;
  const choice = chosen.get(item.code);
  const last = step === items.length - 1;
  const next = () => setStep(last ? 'done' : step + 1);
  const statementId = `statement-${item.id}`;
  return (
    <section className="questionnaire" aria-labelledby={statementId}>
      <div className="questionnaire__progress">
        <h2 className="questionnaire__count" ref={heading} tabIndex={-1}>
          {t('progress', { number: format.number(step + 1), total: format.number(items.length) })}
        </h2>
        <progress
          className="questionnaire__bar"
          value={step + 1}
          max={items.length}
          aria-label={t('progressLabel', { title: questionnaire.title })}
        />
      </div>
      <p id={statementId} className="questionnaire__statement" lang={item.text.language} dir="auto">
        {item.text.text}
      </p>
      {item.text.language !== scale.language && <p className="questionnaire__other-language">{t('otherLanguage')}</p>}
      <ScaleChoices
        labelledBy={statementId}
        scale={scale}
        value={choice}
        onChange={(value) => choose(item.code, value)}
      />
      <div className="questionnaire__nav">
        {step > 0 && (
          <Button className="button button--secondary" onPress={() => setStep(step - 1)}>
            {t('back')}
          </Button>
        )}
        {choice !== undefined && (
          <Button className="button button--quiet" onPress={() => choose(item.code, undefined)}>
            {t('clear')}
          </Button>
        )}
        <Button className="button questionnaire__next" onPress={next}>
          {choice === undefined ? t('skip') : last ? t('finish') : t('next')}
        </Button>
      </div>
    </section>
  );
}
