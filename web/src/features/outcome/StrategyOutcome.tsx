import { useTranslation } from 'react-i18next';
import { Badge } from '../../app/ui/Badge';
import { useFormat } from '../../app/useFormat';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { decisionTones, progressTones } from './outcomeLabels';
import { ReaderText } from './ReaderText';

export const strategyOutcomeFragment = graphql(`
  fragment StrategyOutcome_strategy on PublicStrategy {
    id
    title
    description
    submittedAt
    ideas {
      id
      text
      language
      translations {
        language
        text
      }
    }
    actions {
      id
      what
      who
      due
      progress
    }
    answer {
      decision
      reason
      language
      translations {
        language
        text
      }
      responsible
      plannedFor
      answeredAt
      decidedAt
    }
    updates {
      id
      status
      text
      language
      translations {
        language
        text
      }
      link
      at
      actionId
    }
  }
`);

// One strategy as the public and its participants read it: what was asked, the municipality's answer, and what
// became of it since, newest on top. `level` is the level of its heading.
export function StrategyOutcome(props: {
  strategy: FragmentType<typeof strategyOutcomeFragment>;
  level?: 2 | 3;
  changed?: boolean;
}) {
  const strategy = getFragmentData(strategyOutcomeFragment, props.strategy);
  const { t } = useTranslation('outcome');
  const format = useFormat();
  const Heading = props.level === 2 ? 'h2' : 'h3';
  const Sub = props.level === 2 ? 'h3' : 'h4';
  const headingId = `strategy-${strategy.id}`;
  const actionOf = new Map(strategy.actions.map((action) => [action.id, action.what]));
  const answer = strategy.answer;
  return (
    <article className="strategy-outcome" aria-labelledby={headingId}>
      <header className="strategy-outcome__header">
        <Heading id={headingId} className="strategy-outcome__title">
          <bdi>{strategy.title}</bdi>
        </Heading>
        <div className="strategy-outcome__badges">
          {props.changed && <Badge tone="accent">{t('changed')}</Badge>}
          {answer ? (
            <Badge tone={decisionTones[answer.decision]}>{t(`decision.${answer.decision}`)}</Badge>
          ) : (
            <Badge tone="neutral">{t('awaiting')}</Badge>
          )}
        </div>
      </header>
      {strategy.description && (
        <p className="strategy-outcome__description" dir="auto">
          {strategy.description}
        </p>
      )}
      {strategy.ideas.length > 0 && (
        <details className="strategy-outcome__ideas">
          <summary>
            {t('buildsOn', { count: strategy.ideas.length, formatted: format.number(strategy.ideas.length) })}
          </summary>
          <ul>
            {strategy.ideas.map((idea) => (
              <li key={idea.id}>
                <ReaderText text={idea.text} language={idea.language} translations={idea.translations} />
              </li>
            ))}
          </ul>
        </details>
      )}

      <section className="strategy-outcome__answer" aria-labelledby={`${headingId}-answer`}>
        <Sub id={`${headingId}-answer`}>{t('answerTitle')}</Sub>
        {answer ? (
          <>
            {answer.reason && (
              <ReaderText text={answer.reason} language={answer.language} translations={answer.translations} />
            )}
            <dl className="strategy-outcome__facts">
              {answer.responsible && (
                <div>
                  <dt>{t('responsible')}</dt>
                  <dd>
                    <bdi>{answer.responsible}</bdi>
                  </dd>
                </div>
              )}
              {answer.plannedFor && (
                <div>
                  <dt>{t('plannedFor')}</dt>
                  <dd>{format.date(answer.plannedFor)}</dd>
                </div>
              )}
              <div>
                <dt>{t('answeredOn')}</dt>
                <dd>
                  <time dateTime={answer.answeredAt}>{format.dayOf(answer.answeredAt)}</time>
                </dd>
              </div>
            </dl>
          </>
        ) : (
          <p className="strategy-outcome__waiting">{t('waitingSince', { date: format.dayOf(strategy.submittedAt) })}</p>
        )}
      </section>

      {strategy.actions.length > 0 && (
        <section className="strategy-outcome__actions" aria-labelledby={`${headingId}-actions`}>
          <Sub id={`${headingId}-actions`}>{t('actions')}</Sub>
          <ol>
            {strategy.actions.map((action) => (
              <li key={action.id}>
                <div className="strategy-outcome__action-head">
                  <p dir="auto">{action.what}</p>
                  {action.progress && (
                    <Badge tone={progressTones[action.progress]}>{t(`progress.${action.progress}`)}</Badge>
                  )}
                </div>
                <p className="strategy-outcome__action-meta">
                  <bdi>{action.who}</bdi>
                  <span aria-hidden="true"> · </span>
                  <bdi>{action.due}</bdi>
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}

      {strategy.updates.length > 0 && (
        <section className="strategy-outcome__timeline" aria-labelledby={`${headingId}-timeline`}>
          <Sub id={`${headingId}-timeline`}>{t('timeline')}</Sub>
          <ol className="timeline">
            {strategy.updates.map((update) => (
              <li key={update.id} className="timeline__item">
                <p className="timeline__meta">
                  <time dateTime={update.at}>{format.dayOf(update.at)}</time>
                  <Badge tone={progressTones[update.status]}>{t(`progress.${update.status}`)}</Badge>
                </p>
                {update.actionId && actionOf.has(update.actionId) && (
                  <p className="timeline__about">
                    {t('aboutAction')} <bdi>{actionOf.get(update.actionId)}</bdi>
                  </p>
                )}
                <ReaderText text={update.text} language={update.language} translations={update.translations} />
                {update.link && (
                  <p>
                    <a href={update.link} rel="noopener noreferrer nofollow" target="_blank">
                      {t('moreOnline')}
                      <span className="visually-hidden"> {t('opensNewTab')}</span>
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
