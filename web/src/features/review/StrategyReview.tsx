import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { Badge } from '../../app/ui/Badge';
import { progressTones } from '../outcome/outcomeLabels';
import { RespondForm } from './RespondForm';
import { ResponseNote } from './ResponseNote';
import { TimelineEditor } from './TimelineEditor';

export const strategyReviewFragment = graphql(`
  fragment StrategyReview_strategy on Strategy {
    id
    title
    description
    status
    submittedAt
    session {
      id
      title
      startsAt
      project {
        id
        title
      }
    }
    ideas {
      id
      text
    }
    actions {
      id
      position
      what
      who
      due
      resources
      progress
    }
    response {
      id
      decision
      reason
      responsible
      plannedFor
      ...ResponseNote_response
    }
    ...TimelineEditor_strategy
  }
`);

// One strategy as the municipality reads it: where it comes from, the ideas and actions, and
// either a form to answer it or the answer given, which can be changed.
export function StrategyReview(props: {
  strategy: FragmentType<typeof strategyReviewFragment>;
  onAnswered: (title: string) => void;
  onEdited: (title: string) => void;
  onPosted: (title: string) => void;
}) {
  const strategy = getFragmentData(strategyReviewFragment, props.strategy);
  const { t } = useTranslation(['review', 'outcome']);
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  // Leaving the edit form puts focus back on the button that opened it.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const actions = strategy.actions.toSorted((a, b) => a.position - b.position);
  const headingId = `review-strategy-${strategy.id}`;
  return (
    <article className="strategy-review card" aria-labelledby={headingId}>
      <header className="strategy-review__header">
        <h2 id={headingId} className="strategy-review__title">
          <bdi>{strategy.title}</bdi>
        </h2>
        <p className="strategy-review__meta">
          <bdi>{strategy.session.project.title}</bdi>
          {' · '}
          {t('page.fromSession', { session: strategy.session.title, date: format.dayOf(strategy.session.startsAt) })}
          {strategy.submittedAt && (
            <>
              {' · '}
              {t('page.submittedOn', { date: format.dayOf(strategy.submittedAt) })}
            </>
          )}
        </p>
      </header>
      {strategy.description && (
        <p className="strategy-review__description" dir="auto">
          {strategy.description}
        </p>
      )}
      {strategy.ideas.length > 0 && (
        <section aria-labelledby={`${headingId}-ideas`}>
          <h3 id={`${headingId}-ideas`} className="strategy-review__subtitle">
            {t('page.ideas')}
          </h3>
          <ul className="strategy-review__ideas">
            {strategy.ideas.map((idea) => (
              <li key={idea.id} dir="auto">
                {idea.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {actions.length > 0 && (
        <section aria-labelledby={`${headingId}-actions`}>
          <h3 id={`${headingId}-actions`} className="strategy-review__subtitle">
            {t('page.actions')}
          </h3>
          <ol className="strategy-review__actions">
            {actions.map((action) => (
              <li key={action.id}>
                <div className="strategy-review__action-head">
                  <p className="strategy-review__what" dir="auto">
                    {action.what}
                  </p>
                  {action.progress && (
                    <Badge tone={progressTones[action.progress]}>{t(`outcome:progress.${action.progress}`)}</Badge>
                  )}
                </div>
                <dl className="strategy-review__facts">
                  <div>
                    <dt>{t('page.who')}</dt>
                    <dd>
                      <bdi>{action.who}</bdi>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('page.due')}</dt>
                    <dd>
                      <bdi>{action.due}</bdi>
                    </dd>
                  </div>
                  {action.resources && (
                    <div>
                      <dt>{t('page.resources')}</dt>
                      <dd>
                        <bdi>{action.resources}</bdi>
                      </dd>
                    </div>
                  )}
                </dl>
              </li>
            ))}
          </ol>
        </section>
      )}
      {!strategy.response ? (
        <section className="strategy-review__respond" aria-labelledby={`${headingId}-respond`}>
          <h3 id={`${headingId}-respond`}>{t('page.respondTitle')}</h3>
          <RespondForm strategyId={strategy.id} onDone={() => props.onAnswered(strategy.title)} />
        </section>
      ) : editing ? (
        <section className="strategy-review__respond" aria-labelledby={`${headingId}-edit`}>
          <h3 id={`${headingId}-edit`}>{t('page.editTitle')}</h3>
          <RespondForm
            strategyId={strategy.id}
            answer={strategy.response}
            onCancel={() => setEditing(false)}
            onDone={() => {
              setEditing(false);
              props.onEdited(strategy.title);
            }}
          />
        </section>
      ) : (
        <>
          <ResponseNote response={strategy.response} level={3} />
          <div>
            <Button
              ref={editButton}
              className="button button--secondary"
              aria-label={t('page.editLabel', { title: strategy.title })}
              onPress={() => setEditing(true)}
            >
              {t('page.edit')}
            </Button>
          </div>
        </>
      )}
      {strategy.response && <TimelineEditor strategy={strategy} level={3} onPosted={props.onPosted} />}
    </article>
  );
}
