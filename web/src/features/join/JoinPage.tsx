import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from '../../app/router';
import { graphql } from '../../gql';
import type { JoinSessionMutation } from '../../gql/graphql';
import { newClientId } from '../../app/offline/clientId';
import { ParticipantLayout } from '../participant/ParticipantLayout';
import { participantViewerQuery } from '../participant/participantViewer';
import { refusalOf } from '../participant/participantErrors';
import { AboutStep, type AboutAnswers } from './AboutStep';
import { ConsentStep } from './ConsentStep';
import { DoneStep } from './DoneStep';
import { CONSENT_TEXT_VERSION, normaliseCode } from './joinCode';
import type { Preview } from './SessionPreview';
import { StartStep } from './StartStep';
import './JoinPage.css';

export const joinPreviewQuery = graphql(`
  query JoinPreview($code: String!) {
    joinPreview(code: $code) {
      title
      startsAt
      languages
      live
    }
  }
`);

export const joinSessionMutation = graphql(`
  mutation JoinSession($input: JoinSessionInput!) {
    joinSession(input: $input) {
      clientMutationId
      personalCode
      returning
      participant {
        id
        pseudonym
      }
      session {
        id
        title
      }
    }
  }
`);

type Joined = JoinSessionMutation['joinSession'];

type Step =
  | { name: 'start' }
  | { name: 'consent'; code: string; preview: Preview; research: boolean }
  | { name: 'about'; code: string; preview: Preview; research: boolean }
  | { name: 'done'; joined: Joined };

const STEPS = ['start', 'consent', 'about', 'done'] as const;

// /join and /join/:code (the QR code in the room links here with the code filled in).
// A little later than the server asks, and not all phones of a room at the same moment.
const retryDelayMs = (retryAfterSeconds = 3): number => retryAfterSeconds * 1000 + Math.random() * 2000;

export function JoinPage() {
  return (
    <ParticipantLayout>
      <JoinFlow />
    </ParticipantLayout>
  );
}

// A wrong code or personal code counts against this phone; after too many the server says how long to wait.
// A hall joining on one Wi-Fi joins at a pace: a phone told to wait a few seconds tries again.
export function useJoinErrorText() {
  const { t } = useTranslation('join');
  return (error: unknown, notFound: string): string => {
    const refusal = refusalOf(error);
    if (!refusal) return t('errors.network');
    switch (refusal.code) {
      case 'NOT_FOUND':
        return notFound;
      case 'SESSION_NOT_OPEN':
      case 'SESSION_FULL':
        return t(`errors.${refusal.code}`);
      case 'RATE_LIMITED':
        if (refusal.limit === 'JOIN_PACE') return t('errors.JOIN_PACE');
        if (refusal.limit === 'JOIN_CODES')
          return t('errors.JOIN_CODES', { count: Math.max(1, Math.ceil((refusal.retryAfterSeconds ?? 60) / 60)) });
        return refusal.message || t('errors.network');
      default:
        return refusal.message || t('errors.network');
    }
  };
}

function JoinFlow() {
  const { code: codeFromLink = '' } = useParams();
  const { t, i18n } = useTranslation(['join', 'participant', 'app']);
  const client = useApolloClient();
  const navigate = useNavigate();
  const errorText = useJoinErrorText();
  const [step, setStep] = useState<Step>({ name: 'start' });
  const [code, setCode] = useState(normaliseCode(codeFromLink));
  const [error, setError] = useState<string>();
  const [checking, setChecking] = useState(false);
  // Focus moves to the heading of each new screen, not to the first one on arrival.
  const [moved, setMoved] = useState(false);
  // One id per join attempt: sent again after a lost connection, it cannot admit the person twice.
  const joinAttempt = useRef(newClientId());
  const viewer = useQuery(participantViewerQuery, { fetchPolicy: 'network-only' });
  const [joinSession, joining] = useMutation(joinSessionMutation);
  // A hall on one Wi-Fi joins at a pace: a phone told to wait tries again by itself.
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(retry.current), []);

  const go = (next: Step) => {
    setError(undefined);
    setMoved(true);
    setStep(next);
  };

  const lookUp = async () => {
    const normalised = normaliseCode(code);
    setChecking(true);
    setError(undefined);
    try {
      const { data } = await client.query({
        query: joinPreviewQuery,
        variables: { code: normalised },
        fetchPolicy: 'network-only',
      });
      if (data) go({ name: 'consent', code: normalised, preview: data.joinPreview, research: false });
    } catch (caught) {
      setError(errorText(caught, t('errors.NOT_FOUND')));
    } finally {
      setChecking(false);
    }
  };

  const join = async (answers: AboutAnswers) => {
    if (step.name !== 'about') return;
    setError(undefined);
    try {
      const { data } = await joinSession({
        variables: {
          input: {
            clientMutationId: joinAttempt.current,
            code: step.code,
            language: i18n.resolvedLanguage ?? i18n.language,
            consent: { textVersion: CONSENT_TEXT_VERSION, research: step.research },
            ...answers,
          },
        },
      });
      if (data) go({ name: 'done', joined: data.joinSession });
    } catch (caught) {
      // The server said no: what is sent next is a new attempt. A lost connection keeps the id.
      const refusal = refusalOf(caught);
      if (refusal) joinAttempt.current = newClientId();
      setError(errorText(caught, t('errors.personalCodeNotFound')));
      if (refusal?.limit === 'JOIN_PACE') {
        retry.current = setTimeout(() => void join(answers), retryDelayMs(refusal.retryAfterSeconds));
      }
    }
  };

  const index = STEPS.indexOf(step.name);
  const current = viewer.data?.viewer;
  const alreadyIn =
    current?.kind === 'PARTICIPANT' && current.sessionId && step.name === 'start' ? current.sessionId : null;

  return (
    <div className="join">
      <title>{`${t('title')} · ${t('app:appName')}`}</title>
      <p className="join__progress">{t('step', { current: index + 1, total: STEPS.length })}</p>
      {alreadyIn && (
        <div className="join__already">
          <p>{t('already.body')}</p>
          <Link className="button button--secondary" to={`/s/${alreadyIn}`}>
            {t('already.go')}
          </Link>
        </div>
      )}
      {step.name === 'start' && (
        <StartStep
          focusHeading={moved}
          code={code}
          onCodeChange={setCode}
          fromLink={codeFromLink !== '' && normaliseCode(codeFromLink) === normaliseCode(code)}
          checking={checking}
          error={error}
          onNext={() => void lookUp()}
        />
      )}
      {step.name === 'consent' && (
        <ConsentStep
          focusHeading={moved}
          preview={step.preview}
          research={step.research}
          onBack={() => go({ name: 'start' })}
          onNext={(research) => go({ name: 'about', code: step.code, preview: step.preview, research })}
        />
      )}
      {step.name === 'about' && (
        <AboutStep
          focusHeading={moved}
          joining={joining.loading}
          error={error}
          onBack={() => go({ name: 'consent', code: step.code, preview: step.preview, research: step.research })}
          onJoin={(answers) => void join(answers)}
        />
      )}
      {step.name === 'done' && (
        <DoneStep focusHeading={moved} joined={step.joined} onGo={() => navigate(`/s/${step.joined.session.id}`)} />
      )}
    </div>
  );
}
