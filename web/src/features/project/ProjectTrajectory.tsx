import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-aria-components';
import { graphql } from '../../gql';
import { hasRole, useViewer } from '../../app/viewer';
import { useFormat } from '../../app/useFormat';
import './ProjectTrajectory.css';

const count = (kind: string, items: { kind: string }[]): number => items.filter((item) => item.kind === kind).length;

export const projectTrajectoryQuery = graphql(`
  query ProjectTrajectory($projectId: ID!) {
    projectTrajectory(projectId: $projectId) {
      projectId
      contributedBetweenSessions
      waitingForModeration
      steps {
        session {
          id
          title
          startsAt
        }
        carriedIn {
          id
          kind
        }
        made {
          themes
          challenges
          ideas
          strategies
        }
        carriedOut {
          id
        }
      }
    }
  }
`);

// The project as a trajectory: its sessions in order, and for each what came in from earlier sessions, what it
// made, and how much of that went on to later sessions. For those who plan, run and review the workshops.
export function ProjectTrajectory({ projectId }: { projectId: string }) {
  const { account } = useViewer();
  const allowed = hasRole(account, 'FACILITATOR', 'REVIEWER', 'ADMINISTRATOR');
  const { t } = useTranslation('project');
  const format = useFormat();
  const { data } = useQuery(projectTrajectoryQuery, { variables: { projectId }, skip: !allowed });
  const trajectory = data?.projectTrajectory;
  if (!allowed || !trajectory || trajectory.steps.length === 0) return null;
  return (
    <section className="project-page__section" aria-labelledby="project-trajectory">
      <h2 id="project-trajectory">{t('trajectory.title')}</h2>
      <p className="section-lead">{t('trajectory.lead')}</p>
      <ol className="trajectory">
        {trajectory.steps.map((step) => (
          <li key={step.session.id} className="trajectory__step">
            <h3 className="trajectory__title">
              <Link href={`/sessions/${step.session.id}`}>
                <bdi>{step.session.title}</bdi>
              </Link>{' '}
              <time className="trajectory__date" dateTime={step.session.startsAt}>
                {format.weekdayDate(step.session.startsAt)}
              </time>
            </h3>
            <dl className="trajectory__facts">
              <div>
                <dt>{t('trajectory.cameIn')}</dt>
                <dd>
                  {step.carriedIn.length === 0
                    ? t('trajectory.nothing')
                    : t('trajectory.carried', {
                        themes: format.number(count('THEME', step.carriedIn)),
                        challenges: format.number(count('CHALLENGE', step.carriedIn)),
                        ideas: format.number(count('IDEA', step.carriedIn)),
                      })}
                </dd>
              </div>
              <div>
                <dt>{t('trajectory.made')}</dt>
                <dd>
                  {t('trajectory.output', {
                    themes: format.number(step.made.themes),
                    challenges: format.number(step.made.challenges),
                    ideas: format.number(step.made.ideas),
                    strategies: format.number(step.made.strategies),
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('trajectory.wentOut')}</dt>
                <dd>
                  {step.carriedOut.length === 0
                    ? t('trajectory.nothing')
                    : t('trajectory.items', {
                        count: step.carriedOut.length,
                        formatted: format.number(step.carriedOut.length),
                      })}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
      <p className="trajectory__between">
        {t('trajectory.between', {
          approved: format.number(trajectory.contributedBetweenSessions),
          waiting: format.number(trajectory.waitingForModeration),
        })}
      </p>
    </section>
  );
}
