import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'react-aria-components';
import { graphql } from '../../gql';
import type { QuestionnaireWave } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { CONSENT_TEXT_VERSION } from '../join/joinCode';
import { newClientId } from '../../app/offline/clientId';
import { setResearchConsentMutation } from '../participant/researchConsent';
import type { Outbox, OutboxItem } from '../participant/useOutbox';
import { QuestionnaireSteps, type ItemAnswer } from './QuestionnaireSteps';

export const phoneQuestionnaireQuery = graphql(`
  query PhoneQuestionnaire($sessionId: ID!, $wave: QuestionnaireWave!, $language: String!) {
    questionnaire(sessionId: $sessionId, wave: $wave) {
      id
      open
      ...QuestionnaireSteps_questionnaire
    }
    myParticipation {
      participant {
        id
        consents {
          id
          purpose
          withdrawnAt
        }
      }
    }
  }
`);

// The questionnaire the facilitator opened, on a participant's phone. Only someone who agreed to research is
// asked (the answers are research data); anyone else may say yes here first. Every tap goes through the phone's
// queue, so that an answer given without a network is sent when it comes back.
export function PhoneQuestionnaire(props: {
  sessionId: string;
  participantId: string;
  wave: QuestionnaireWave;
  language: string;
  outbox: Outbox;
}) {
  const { sessionId, participantId, wave, language, outbox } = props;
  const { t } = useTranslation('questionnaire');
  const variables = { sessionId, wave, language };
  const { data, error, refetch } = useQuery(phoneQuestionnaireQuery, { variables });
  const [agree, agreeing] = useMutation(setResearchConsentMutation);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const consented = data.myParticipation.participant.consents.some((c) => c.purpose === 'RESEARCH' && !c.withdrawnAt);
  if (!consented) {
    return (
      <section className="questionnaire" aria-labelledby="questionnaire-consent">
        <h2 id="questionnaire-consent" className="questionnaire__title">
          {t('consent.title')}
        </h2>
        <p>{t('consent.body')}</p>
        <Button
          className="button"
          // Not isPending: React Aria announces a pending button through a live region labelled by the button, and
          // this button is gone by the time the answer comes.
          isDisabled={agreeing.loading}
          onPress={() =>
            void agree({
              variables: {
                input: {
                  clientMutationId: newClientId(),
                  participantId,
                  agree: true,
                  textVersion: CONSENT_TEXT_VERSION,
                },
              },
            })
              .then(() => refetch())
              .catch(() => undefined)
          }
        >
          {t('consent.agree')}
        </Button>
      </section>
    );
  }

  const pending = outbox.items
    .filter(
      (item): item is Extract<OutboxItem, { kind: 'answer' }> =>
        item.kind === 'answer' && !item.refusal && item.input.sessionId === sessionId && item.input.wave === wave,
    )
    .flatMap((item) => item.input.answers);
  const onAnswer = (answer: ItemAnswer) =>
    outbox.add({ kind: 'answer', input: { participantId, sessionId, wave, answers: [answer] } });

  return <QuestionnaireSteps questionnaire={data.questionnaire} pending={pending} onAnswer={onAnswer} />;
}
