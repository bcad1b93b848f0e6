import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from '../../app/router';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { isAccessDenied } from '../../app/ui/errors';
import { Composer } from './Composer';
import { CloudOffIcon } from './icons';
import { IdeaDisclosure } from './IdeaDisclosure';
import { LanguageSwitch } from './LanguageSwitch';
import { participantViewerQuery } from './participantViewer';
import { OutboxList } from './OutboxList';
import { ParticipantBoard } from './ParticipantBoard';
import { ParticipantLayout } from './ParticipantLayout';
import { PhaseBanner } from './PhaseBanner';
import { rememberDots, rememberMine, useMine, useMyDots } from './useMine';
import { newClientId as newId, useOutbox, type OutboxItem } from './useOutbox';
import { useParticipantSession } from './useParticipantSession';
import { DotButton, VoteCounter } from './Voting';
import './ParticipantSessionPage.css';

const namespaces = ['participant', 'challenge', 'app'] as const;

// Loaded when the facilitator opens a questionnaire: most of a session is without one.
const PhoneQuestionnaire = lazy(async () => ({
  default: (await import('../questionnaire/PhoneQuestionnaire')).PhoneQuestionnaire,
}));

// The participant's phone during a session: /s/:sessionId, after joining with the code.
export function ParticipantSessionPage() {
  return (
    <ParticipantLayout tool={<LanguageSwitch />}>
      <ParticipantSession />
    </ParticipantLayout>
  );
}

function ParticipantSession() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(namespaces);
  const { data, error, refetch } = useQuery(participantViewerQuery, { fetchPolicy: 'network-only' });

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  const { viewer } = data;
  if (viewer.kind !== 'PARTICIPANT' || !viewer.participant || viewer.sessionId !== sessionId) return <NotJoined />;
  return (
    <>
      <title>{`${t('participant:title')} · ${t('app:appName')}`}</title>
      <LiveSession
        sessionId={sessionId}
        participantId={viewer.participant.id}
        pseudonym={viewer.participant.pseudonym}
      />
    </>
  );
}

function NotJoined() {
  const { t } = useTranslation(namespaces);
  return (
    <section className="page-message" aria-labelledby="not-joined">
      <title>{`${t('participant:notJoined.title')} · ${t('app:appName')}`}</title>
      <h1 id="not-joined">{t('participant:notJoined.title')}</h1>
      <p>{t('participant:notJoined.body')}</p>
      <Link className="button" to="/join">
        {t('participant:notJoined.join')}
      </Link>
    </section>
  );
}

function LiveSession(props: { sessionId: string; participantId: string; pseudonym: string }) {
  const { sessionId, participantId } = props;
  const { t, i18n } = useTranslation(namespaces);
  const live = useParticipantSession(sessionId, participantId);
  const isMine = useMine(sessionId);
  const round = live.data?.session.openVotingRound ?? null;
  const myDots = useMyDots(round?.id);
  const outbox = useOutbox(sessionId, (item) => {
    if (item.kind === 'vote')
      rememberDots(item.input.roundId, item.input.challengeId ?? item.input.ideaId ?? '', item.input.dots);
  });
  const language = i18n.resolvedLanguage ?? i18n.language;

  if (live.error && !live.data) {
    if (isAccessDenied(live.error)) return <NotJoined />;
    return <ErrorState error={live.error} onRetry={live.refetch} level={1} />;
  }
  if (!live.data) return <LoadingState />;
  if (live.refusal && ['UNAUTHENTICATED', 'FORBIDDEN'].includes(live.refusal.code)) return <NotJoined />;

  const session = live.data.session;
  const isLive = session.status === 'LIVE';
  const phase = isLive ? session.currentPhase?.kind : undefined;
  const questionnaireWave = phase === 'QUESTIONNAIRE' ? session.currentPhase?.questionnaireWave : undefined;

  // Dots on their way count as spent, so that a fast thumb cannot give more than the budget.
  const pendingVotes = outbox.items.filter(
    (item): item is Extract<OutboxItem, { kind: 'vote' }> =>
      item.kind === 'vote' && !item.refusal && item.input.roundId === round?.id,
  );
  const dotsLeft = round
    ? Math.max(0, round.dotsPerParticipant - round.dotsUsedBy - pendingVotes.reduce((sum, v) => sum + v.input.dots, 0))
    : 0;
  const givenTo = (targetId: string) =>
    myDots(targetId) +
    pendingVotes
      .filter((v) => (v.input.challengeId ?? v.input.ideaId) === targetId)
      .reduce((sum, v) => sum + v.input.dots, 0);
  const vote = (target: { challengeId: string } | { ideaId: string }) => {
    if (!round || dotsLeft <= 0) return;
    outbox.add({
      kind: 'vote',
      input: { id: newId(), roundId: round.id, participantId, dots: 1, ...target },
    });
  };

  const sendChallenge = (text: string) => {
    const item = outbox.add({
      kind: 'challenge',
      input: { id: newId(), sessionId, authorId: participantId, text, language },
    });
    if (item.kind === 'challenge') rememberMine(sessionId, item.input.id);
  };
  const sendIdea = (challengeId: string) => (text: string) => {
    const item = outbox.add({
      kind: 'idea',
      input: { id: newId(), challengeId, authorId: participantId, text, language },
    });
    if (item.kind === 'idea') rememberMine(sessionId, item.input.id);
  };

  const voteRefusals = outbox.items.filter((item) => item.kind === 'vote' && item.refusal);
  const votingOnChallenges = isLive && round?.target === 'CHALLENGES';
  const votingOnIdeas = isLive && round?.target === 'IDEAS';
  const addingIdeas = isLive && !round && phase === 'IDEAS';

  return (
    <div className="participant-session">
      <header className="participant-session__header">
        <h1 className="participant-session__title">
          <bdi>{session.title}</bdi>
        </h1>
        <p className="participant-session__you">
          {t('participant:you', { pseudonym: props.pseudonym })}{' '}
          <Link className="participant-session__my-data" to={`/s/${sessionId}/my-data`}>
            {t('participant:myData.link')}
          </Link>
        </p>
      </header>

      {live.connected === false && (
        <output className="participant-session__offline">
          <CloudOffIcon />
          {t('participant:connection.offline')}
        </output>
      )}

      <PhaseBanner session={session} />

      {isLive && !round && phase === 'CHALLENGES' && (
        <section className="participant-session__panel" aria-labelledby="write-challenge">
          <h2 id="write-challenge" className="visually-hidden">
            {t('participant:challenge.heading')}
          </h2>
          <Composer
            draftKey={`draft.${sessionId}.challenge`}
            label={t('participant:challenge.label')}
            description={t('participant:challenge.description')}
            sendLabel={t('participant:challenge.send')}
            language={language}
            outbox={outbox}
            pending={outbox.items.filter((item) => item.kind === 'challenge')}
            onSend={sendChallenge}
          />
        </section>
      )}

      {questionnaireWave && (
        <Suspense fallback={<LoadingState />}>
          <PhoneQuestionnaire
            key={questionnaireWave}
            sessionId={sessionId}
            participantId={participantId}
            wave={questionnaireWave}
            language={language}
            outbox={outbox}
          />
        </Suspense>
      )}

      {isLive && phase === 'VOTING' && !round && (
        <p className="participant-session__note">{t('participant:vote.waitingRound')}</p>
      )}

      {round && isLive && (
        <>
          <VoteCounter title={round.title} target={round.target} total={round.dotsPerParticipant} left={dotsLeft} />
          {voteRefusals.length > 0 && <OutboxList items={voteRefusals} outbox={outbox} onEdit={() => undefined} />}
        </>
      )}

      <section className="participant-session__board" aria-labelledby="board-title">
        <h2 id="board-title">{t('participant:board.title')}</h2>
        <ParticipantBoard
          session={session}
          isMine={isMine}
          renderChallengeAction={
            votingOnChallenges
              ? ({ id, labelId }) => (
                  <DotButton
                    labelId={labelId}
                    given={givenTo(id)}
                    dotsLeft={dotsLeft}
                    onGive={() => vote({ challengeId: id })}
                  />
                )
              : addingIdeas
                ? ({ id, labelId }) => (
                    <IdeaDisclosure
                      challengeId={id}
                      labelId={labelId}
                      draftKey={`draft.${sessionId}.idea.${id}`}
                      language={language}
                      outbox={outbox}
                      onSend={sendIdea(id)}
                    />
                  )
                : undefined
          }
          renderIdeaAction={
            votingOnIdeas
              ? ({ id, labelId }) => (
                  <DotButton
                    labelId={labelId}
                    given={givenTo(id)}
                    dotsLeft={dotsLeft}
                    onGive={() => vote({ ideaId: id })}
                  />
                )
              : undefined
          }
        />
      </section>
    </div>
  );
}
