import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Form } from 'react-aria-components';
import { Link, useParams } from '../../app/router';
import { graphql } from '../../gql';
import { Badge } from '../../app/ui/Badge';
import { isAccessDenied, isNotFound } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { formText } from '../../app/ui/formData';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextInput } from '../../app/ui/TextInput';
import { useFormat } from '../../app/useFormat';
import { ReaderText } from './ReaderText';
import { StrategyOutcome } from './StrategyOutcome';

export const myOutcomesQuery = graphql(`
  query MyOutcomes($projectId: ID!) {
    myOutcomes(projectId: $projectId) {
      projectId
      projectTitle
      lastSeenAt
      changedCount
      sessions {
        session {
          id
          title
          startsAt
          status
        }
        challenges {
          id
          text
          language
          translations {
            language
            text
          }
        }
        ideas {
          id
          text
          language
          translations {
            language
            text
          }
        }
        strategies {
          id
          ...StrategyOutcome_strategy
        }
        changedStrategyIds
      }
    }
  }
`);

const signInWithPersonalCodeMutation = graphql(`
  mutation SignInWithPersonalCode($input: SignInWithPersonalCodeInput!) {
    signInWithPersonalCode(input: $input) {
      participant {
        id
      }
    }
  }
`);

const markOutcomesSeenMutation = graphql(`
  mutation MarkOutcomesSeen($input: MarkOutcomesSeenInput!) {
    markOutcomesSeen(input: $input) {
      outcomes {
        changedCount
        lastSeenAt
      }
    }
  }
`);

// The participant is not (or no longer) signed in on this phone: the code on their card brings them back.
function PersonalCodeForm({ projectId, onSignedIn }: { projectId: string; onSignedIn: () => void }) {
  const { t } = useTranslation(['outcome', 'form']);
  const [signIn, { loading, error }] = useMutation(signInWithPersonalCodeMutation);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const personalCode = formText(new FormData(event.currentTarget), 'personalCode').trim();
    try {
      await signIn({ variables: { input: { projectId, personalCode } } });
    } catch {
      return;
    }
    onSignedIn();
  };
  return (
    <section className="outcome-card" aria-labelledby="mine-sign-in">
      <h2 id="mine-sign-in">{t('mine.signInTitle')}</h2>
      <p>{t('mine.signInLead')}</p>
      <Form className="form" onSubmit={(event) => void submit(event)} aria-labelledby="mine-sign-in">
        <FormAlert error={error} messages={{ NOT_FOUND: t('mine.wrongCode') }} />
        <TextInput
          name="personalCode"
          label={t('mine.code')}
          description={t('mine.codeDescription')}
          autoComplete="off"
          isRequired
          requiredMessage={t('mine.codeRequired')}
          maxLength={40}
        />
        <SubmitButton pending={loading}>{t('mine.signIn')}</SubmitButton>
      </Form>
    </section>
  );
}

// /outcomes/<projectId>/mine, on a participant's phone: for every session they took part in, what they wrote, the
// strategies built on it, and the municipality's answers and timelines, with a badge on what changed since their
// last visit.
export function MyOutcomesPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation(['outcome', 'app']);
  const format = useFormat();
  const { data, error, refetch } = useQuery(myOutcomesQuery, { variables: { projectId } });
  const [markSeen] = useMutation(markOutcomesSeenMutation);
  // Looked at once it has loaded; the badges of this visit stay until the next one.
  const marked = useRef(false);
  useEffect(() => {
    if (!data || marked.current) return;
    marked.current = true;
    void markSeen({ variables: { input: { projectId } } }).catch(() => undefined);
  }, [data, markSeen, projectId]);

  const header = (
    <header className="outcome-hero">
      <p className="outcome-hero__eyebrow">{t('eyebrow')}</p>
      <h1 id="mine-title">{t('mine.title')}</h1>
      {data && (
        <p className="outcome-hero__meta">
          <bdi>{data.myOutcomes.projectTitle}</bdi>
        </p>
      )}
    </header>
  );

  if (error && !data) {
    return (
      <article className="outcome-page outcome-page--narrow" aria-labelledby="mine-title">
        <title>{`${t('mine.title')} · ${t('app:appName')}`}</title>
        {header}
        {isAccessDenied(error) || isNotFound(error) ? (
          <PersonalCodeForm projectId={projectId} onSignedIn={() => void refetch()} />
        ) : (
          <ErrorState error={error} onRetry={() => void refetch()} />
        )}
      </article>
    );
  }
  if (!data) return <LoadingState />;
  const mine = data.myOutcomes;
  return (
    <article className="outcome-page outcome-page--narrow" aria-labelledby="mine-title">
      <title>{`${t('mine.title')} · ${t('app:appName')}`}</title>
      {header}
      <output className="outcome-mine-status">
        {mine.changedCount > 0 ? (
          <Badge tone="accent">
            {t('mine.changedCount', { count: mine.changedCount, formatted: format.number(mine.changedCount) })}
          </Badge>
        ) : (
          t('mine.nothingNew')
        )}
      </output>
      {mine.sessions.length === 0 && <p className="empty-state">{t('mine.noSessions')}</p>}
      {mine.sessions.map(({ session, challenges, ideas, strategies, changedStrategyIds }) => (
        <section key={session.id} className="outcome-mine-session" aria-labelledby={`mine-${session.id}`}>
          <h2 id={`mine-${session.id}`}>
            <bdi>{session.title}</bdi>
          </h2>
          <p className="outcome-mine-session__date">
            <time dateTime={session.startsAt}>{format.weekdayDate(session.startsAt)}</time>
          </p>
          <h3>{t('mine.wrote')}</h3>
          {challenges.length + ideas.length === 0 ? (
            <p className="empty-state">{t('mine.wroteNothing')}</p>
          ) : (
            <ul className="outcome-mine-own">
              {challenges.map((c) => (
                <li key={c.id}>
                  <span className="outcome-mine-own__kind">{t('mine.challenge')}</span>
                  <ReaderText text={c.text} language={c.language} translations={c.translations} />
                </li>
              ))}
              {ideas.map((i) => (
                <li key={i.id}>
                  <span className="outcome-mine-own__kind">{t('mine.idea')}</span>
                  <ReaderText text={i.text} language={i.language} translations={i.translations} />
                </li>
              ))}
            </ul>
          )}
          <h3>{t('mine.cameOf')}</h3>
          {strategies.length === 0 ? (
            <p className="empty-state">
              {session.status === 'CLOSED' || session.status === 'REVIEWED' ? t('mine.noStrategies') : t('mine.notYet')}
            </p>
          ) : (
            <ul className="outcome-strategies">
              {strategies.map((strategy) => (
                <li key={strategy.id}>
                  <StrategyOutcome strategy={strategy} level={3} changed={changedStrategyIds.includes(strategy.id)} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p>
        <Link to={`/outcomes/${mine.projectId}`}>{t('mine.allOutcomes')}</Link>
      </p>
    </article>
  );
}
