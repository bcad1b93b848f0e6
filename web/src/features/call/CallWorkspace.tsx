import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Button } from 'react-aria-components';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { CallWorkspace_CallFragment, ContributionStatus } from '../../gql/graphql';
import { Badge, type BadgeTone } from '../../app/ui/Badge';
import { ContributionText } from '../challenge/ContributionText';
import { Composer } from '../participant/Composer';
import { BetweenSessionsBadge } from './BetweenSessionsBadge';
import { callPreviewQuery } from './CallSignIn';
import { myChallengeFields, myIdeaFields } from './myContributions';
import { useCallOutbox, type CallOutbox, type CallOutboxItem } from './useCallOutbox';

export const callWorkspaceFragment = graphql(`
  fragment CallWorkspace_call on ProjectCall {
    id
    code
    open
    prompt
    board {
      id
      text
      language
      translations {
        language
        text
      }
      origin {
        betweenSessions
      }
      ideas(first: 100) {
        totalCount
        edges {
          node {
            id
            text
            language
            translations {
              language
              text
            }
            origin {
              betweenSessions
            }
          }
        }
      }
    }
    myContributions {
      challenges {
        ...MyContributions_challenge
      }
      ideas {
        ...MyContributions_idea
      }
    }
  }
`);

const STATUS_TONE: Record<ContributionStatus, BadgeTone> = {
  PENDING: 'warning',
  VISIBLE: 'success',
  HIDDEN: 'neutral',
  MERGED: 'neutral',
};

function StatusBadge({ status }: { status: ContributionStatus }) {
  const { t } = useTranslation('call');
  return <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>;
}

// What a signed-in participant sees between sessions: what the call asks, a box for a new challenge, the project
// board with a box for an idea under each challenge, and what they sent with the facilitator's decision on each.
export function CallWorkspace(props: {
  participation: { participant: { pseudonym: string }; call: FragmentType<typeof callWorkspaceFragment> };
}) {
  const call = getFragmentData(callWorkspaceFragment, props.participation.call);
  const { t, i18n } = useTranslation(['call', 'app']);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const preview = useQuery(callPreviewQuery, { variables: { code: call.code ?? '' }, skip: !call.code });
  const [ideaFor, setIdeaFor] = useState<string>();
  // The challenge whose idea the server took last: the thanks shows on its card, and its box closes.
  const [sent, setSent] = useState<string>();
  // What is sent goes through the device's one queue: kept on the phone while there is no connection, and added to
  // "What you sent" when the server has it (useCallOutbox).
  const outbox = useCallOutbox(call.id, (item) => {
    if (item.kind !== 'idea' || !item.input.challengeId) return;
    setIdeaFor((writing) => (writing === item.input.challengeId ? undefined : writing));
    setSent(item.input.challengeId);
  });
  const refusalMessages = { CALL_CLOSED: t('errors.closed'), SESSION_NOT_OPEN: t('errors.live') };
  const mine = {
    challenges: getFragmentData(myChallengeFields, call.myContributions.challenges),
    ideas: getFragmentData(myIdeaFields, call.myContributions.ideas),
  };
  const sentCount = mine.challenges.length + mine.ideas.length;

  return (
    <div className="call__workspace">
      <header className="call__header">
        <h1 id="call-heading">{preview.data ? <bdi>{preview.data.callPreview.projectTitle}</bdi> : t('title')}</h1>
        <p className="call__who">{t('signedInAs', { name: props.participation.participant.pseudonym })}</p>
      </header>
      <section className="call__prompt" aria-labelledby="call-prompt-title">
        <h2 id="call-prompt-title" className="call__prompt-title">
          {t('asks')}
        </h2>
        <p dir="auto">{call.prompt}</p>
      </section>
      {call.open ? (
        <section className="call__section" aria-labelledby="call-new-challenge">
          <h2 id="call-new-challenge">{t('newChallenge.title')}</h2>
          <Composer
            draftKey={`call.${call.id}.challenge`}
            label={t('newChallenge.label')}
            description={t('newChallenge.help')}
            sendLabel={t('newChallenge.send')}
            language={language}
            outbox={outbox}
            pending={outbox.items.filter((item) => item.kind === 'challenge')}
            onSend={(text) => outbox.addChallenge(text, language)}
            sentMessage={t('sent')}
            refusalMessages={refusalMessages}
          />
        </section>
      ) : (
        <p className="call__closed">{t('closed')}</p>
      )}

      <section className="call__section" aria-labelledby="call-mine">
        <h2 id="call-mine">{t('mine.title')}</h2>
        {sentCount === 0 ? (
          <p className="call__empty">{t('mine.empty')}</p>
        ) : (
          <ul className="call__mine">
            {mine.challenges.map((challenge) => (
              <li key={challenge.id} className="call__own">
                <p className="call__own-kind">
                  {t('mine.challenge')} <StatusBadge status={challenge.status} />
                </p>
                <p lang={challenge.language} dir="auto">
                  {challenge.text}
                </p>
              </li>
            ))}
            {mine.ideas.map((idea) => (
              <li key={idea.id} className="call__own">
                <p className="call__own-kind">
                  {t('mine.idea')} <StatusBadge status={idea.status} />
                </p>
                <p lang={idea.language} dir="auto">
                  {idea.text}
                </p>
                <p className="call__own-context">
                  {t('mine.for')}{' '}
                  <q lang={idea.challenge.language} dir="auto">
                    {idea.challenge.text}
                  </q>
                </p>
              </li>
            ))}
          </ul>
        )}
        <p className="call__note">{t('mine.note')}</p>
      </section>

      <section className="call__section" aria-labelledby="call-board">
        <h2 id="call-board">{t('board.title')}</h2>
        {call.board.length === 0 ? (
          <p className="call__empty">{t('board.empty')}</p>
        ) : (
          <ul className="call__board">
            {call.board.map((challenge) => (
              <li key={challenge.id}>
                <BoardCard
                  challenge={challenge}
                  open={call.open}
                  writing={ideaFor === challenge.id}
                  sent={sent === challenge.id}
                  onWrite={(writing) => {
                    setIdeaFor(writing ? challenge.id : undefined);
                    setSent(undefined);
                  }}
                  language={language}
                  draftKey={`call.${call.id}.idea.${challenge.id}`}
                  outbox={outbox}
                  pending={outbox.items.filter(
                    (item) => item.kind === 'idea' && item.input.challengeId === challenge.id,
                  )}
                  refusalMessages={refusalMessages}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

type BoardChallenge = CallWorkspace_CallFragment['board'][number];

function BoardCard(props: {
  challenge: BoardChallenge;
  open: boolean;
  writing: boolean;
  sent: boolean;
  onWrite: (writing: boolean) => void;
  language: string;
  draftKey: string;
  outbox: CallOutbox;
  // This card's ideas on their way, or refused: the box stays open while there are any.
  pending: CallOutboxItem[];
  refusalMessages: Record<string, string>;
}) {
  const { t } = useTranslation('call');
  const labelId = useId();
  const { challenge } = props;
  // Opened by a button that is gone now: the writer goes on in the box.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.writing) box.current?.querySelector('textarea')?.focus();
  }, [props.writing]);
  const ideas = challenge.ideas.edges.map((edge) => edge.node);
  return (
    <article className="call-card" aria-labelledby={labelId}>
      <div id={labelId}>
        <ContributionText text={challenge.text} language={challenge.language} translations={challenge.translations} />
      </div>
      {challenge.origin.betweenSessions && (
        <p className="call-card__meta">
          <BetweenSessionsBadge />
        </p>
      )}
      {ideas.length > 0 && (
        <section className="call-card__ideas" aria-labelledby={`${labelId}-ideas`}>
          <h3 className="call-card__ideas-title" id={`${labelId}-ideas`}>
            {t('board.ideas')}
          </h3>
          <ul>
            {ideas.map((idea) => (
              <li key={idea.id}>
                <ContributionText
                  text={idea.text}
                  language={idea.language}
                  translations={idea.translations}
                  size="small"
                />
                {idea.origin.betweenSessions && <BetweenSessionsBadge />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.sent && <output className="call__sent">{t('sent')}</output>}
      {props.open &&
        (props.writing || props.pending.length > 0 ? (
          <div ref={box}>
            <Composer
              draftKey={props.draftKey}
              label={t('newIdea.label')}
              description={t('newIdea.help')}
              sendLabel={t('newIdea.send')}
              language={props.language}
              outbox={props.outbox}
              pending={props.pending}
              onSend={(text) => props.outbox.addIdea(challenge.id, text, props.language)}
              sentMessage={t('sent')}
              refusalMessages={props.refusalMessages}
              {...(props.pending.length === 0
                ? { onCancel: { label: t('cancel'), onPress: () => props.onWrite(false) } }
                : {})}
            />
          </div>
        ) : (
          <Button className="button button--secondary call-card__add" onPress={() => props.onWrite(true)}>
            {t('newIdea.open')}
            <span className="visually-hidden">
              {': '}
              {challenge.text}
            </span>
          </Button>
        ))}
    </article>
  );
}
