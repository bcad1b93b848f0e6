import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { graphql } from '../../gql';
import type { QuestionnaireWave } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { SelectField } from '../session/shared/Fields';
import { answerOf, type ItemAnswer } from './QuestionnaireSteps';
import { ScaleChoices, type Choice } from './ScaleChoices';
import './PaperAnswersDialog.css';
import '../../app/ui/Dialog.css';

export const paperFormQuery = graphql(`
  query PaperAnswersForm($sessionId: ID!, $wave: QuestionnaireWave!, $language: String!) {
    questionnaire(sessionId: $sessionId, wave: $wave) {
      id
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
    }
  }
`);

export interface PaperAnswers {
  participantId: string;
  wave: QuestionnaireWave;
  answers: ItemAnswer[];
}

// A facilitator enters the answers someone gave on a paper form, on their behalf: the server records them as
// paper answers, with who entered them. Once saved the form is empty again: answers are research data, and the
// facilitator does not read them back.
export function PaperAnswersDialog(props: {
  sessionId: string;
  waves: readonly QuestionnaireWave[];
  participants: readonly { id: string; pseudonym: string }[];
  onSave: (answers: PaperAnswers) => void;
}) {
  const { t } = useTranslation('questionnaire');
  return (
    <DialogTrigger>
      <Button className="button button--secondary" isDisabled={!props.waves.length || !props.participants.length}>
        {t('paper.open')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal--wide">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('paper.title')}
                </Heading>
                <PaperForm {...props} onClose={close} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function PaperForm(props: {
  sessionId: string;
  waves: readonly QuestionnaireWave[];
  participants: readonly { id: string; pseudonym: string }[];
  onSave: (answers: PaperAnswers) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('questionnaire');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [participantId, setParticipantId] = useState<string | null>(null);
  const [wave, setWave] = useState<QuestionnaireWave>(props.waves[0] ?? 'PRE');
  const [choices, setChoices] = useState<ReadonlyMap<string, Choice>>(new Map());
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(paperFormQuery, {
    variables: { sessionId: props.sessionId, wave, language },
  });

  const questionnaire = data?.questionnaire;
  const submit = () => {
    const who = props.participants.find((p) => p.id === participantId);
    if (!who || !questionnaire) return;
    const answers = questionnaire.items
      .filter((item) => choices.has(item.code))
      .map((item) => answerOf(item.code, choices.get(item.code)));
    if (!answers.length) {
      setProblem(t('paper.empty'));
      return;
    }
    props.onSave({ participantId: who.id, wave, answers });
    setSaved(
      t('paper.saved', {
        pseudonym: who.pseudonym,
        answered: answers.length,
        total: questionnaire.items.length,
      }),
    );
    setProblem(null);
    setChoices(new Map());
    setParticipantId(null);
  };

  return (
    <Form
      className="ws-form paper-answers"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p className="paper-answers__note">{t('paper.note')}</p>
      <SelectField
        label={t('paper.participant')}
        options={props.participants.map((p) => ({ id: p.id, label: p.pseudonym }))}
        value={participantId}
        onChange={(id) => {
          setParticipantId(id);
          setSaved(null);
        }}
        isRequired
      />
      {props.waves.length > 1 && (
        <SelectField
          label={t('paper.questionnaire')}
          options={props.waves.map((w) => ({ id: w, label: t(`wave.${w}`) }))}
          value={wave}
          onChange={(w) => {
            setWave(w as QuestionnaireWave);
            setChoices(new Map());
          }}
        />
      )}
      {saved && <output className="paper-answers__saved">{saved}</output>}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!questionnaire && !error && <LoadingState />}
      {questionnaire && (
        <>
          <p className="paper-answers__legend">
            {t('paper.legend', {
              low: questionnaire.scale.points[0]?.label ?? '',
              high: questionnaire.scale.points.at(-1)?.label ?? '',
              dontKnow: questionnaire.scale.dontKnow,
            })}
          </p>
          <ol className="paper-answers__items">
            {questionnaire.items.map((item) => {
              const id = `paper-${item.id}`;
              return (
                <li key={item.id} className="paper-answers__item">
                  <p id={id} className="paper-answers__statement" lang={item.text.language} dir="auto">
                    <span className="paper-answers__code">{item.code}</span> {item.text.text}
                  </p>
                  <ScaleChoices
                    compact
                    labelledBy={id}
                    scale={questionnaire.scale}
                    value={choices.get(item.code)}
                    onChange={(choice) => setChoices(new Map(choices).set(item.code, choice))}
                  />
                </li>
              );
            })}
          </ol>
        </>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="ws-form__actions">
        <Button type="submit" className="button" isDisabled={!questionnaire || !participantId}>
          {t('paper.save')}
        </Button>
        <Button className="button button--secondary" onPress={props.onClose}>
          {t('items.cancel')}
        </Button>
      </div>
    </Form>
  );
}
