import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox } from 'react-aria-components';
import { graphql, getFragmentData } from '../../gql';
import type { CarryPanel_CarriedFragment } from '../../gql/graphql';
import { Badge } from '../../app/ui/Badge';
import { useFormat } from '../../app/useFormat';
import { newClientId } from '../../app/offline/clientId';
import { MutationError } from '../session/shared/MutationError';
import {
  carriedIds,
  carryInput,
  offeredSessions,
  type OfferedChallenge,
  type OfferedSession,
  type PickKey,
} from './carryOptions';
import './CarryPanel.css';

// What the list of carried items shows of each; the mutations answer with the session's list in this shape.
const carriedItemFragment = graphql(`
  fragment CarryPanel_carried on CarriedItem {
    id
    kind
    withTheme
    carriedAt
    origin {
      sessionId
      sessionTitle
      sessionStartsAt
      betweenSessions
    }
    theme {
      id
      title
    }
    challenge {
      id
      text
      theme {
        id
      }
      author {
        id
        pseudonym
      }
    }
    idea {
      id
      text
      author {
        id
        pseudonym
      }
    }
  }
`);

export const carryPanelQuery = graphql(`
  query CarryPanel($sessionId: ID!, $projectId: ID!) {
    session(id: $sessionId) {
      id
      status
      startsAt
      carriedItems {
        id
        ...CarryPanel_carried
      }
    }
    projectTrajectory(projectId: $projectId) {
      projectId
      steps {
        session {
          id
          title
          startsAt
          themes {
            id
            title
          }
          challenges(first: 200) {
            edges {
              node {
                id
                text
                status
                theme {
                  id
                }
                author {
                  id
                  pseudonym
                }
                ideas(first: 50) {
                  edges {
                    node {
                      id
                      text
                      author {
                        id
                        pseudonym
                      }
                      origin {
                        sessionId
                        betweenSessions
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const carryIntoSessionMutation = graphql(`
  mutation CarryIntoSession($input: CarryIntoSessionInput!) {
    carryIntoSession(input: $input) {
      clientMutationId
      added
      session {
        id
        carriedItems {
          id
          ...CarryPanel_carried
        }
      }
    }
  }
`);

export const removeCarriedItemMutation = graphql(`
  mutation RemoveCarriedItem($input: RemoveCarriedItemInput!) {
    removeCarriedItem(input: $input) {
      clientMutationId
      removedCarriedItemIds
      session {
        id
        carriedItems {
          id
          ...CarryPanel_carried
        }
      }
    }
  }
`);

const OPEN = new Set(['DRAFT', 'SCHEDULED', 'LIVE']);

// On a later session's plan page: what the earlier sessions of the project made (themes with their challenges,
// challenges with their ideas), to pick and carry onto this session's board, and what was carried so far. Nothing is
// copied: a carried item keeps its session, author and history, and what is on the board already is not offered again.
export function CarryPanel({ sessionId, projectId }: { sessionId: string; projectId: string }) {
  const { t } = useTranslation('carry');
  const headingId = useId();
  const { data } = useQuery(carryPanelQuery, { variables: { sessionId, projectId } });
  if (!data) return null;
  const session = data.session;
  const carried = getFragmentData(carriedItemFragment, session.carriedItems);
  const sessions = offeredSessions(
    data.projectTrajectory.steps.map(({ session: s }) => ({
      ...s,
      challenges: s.challenges.edges.map(({ node }) => ({
        ...node,
        ideas: node.ideas.edges.map((edge) => edge.node),
      })),
    })),
    session,
    carriedIds(carried),
  );
  // The first session of a project has nothing to take over.
  if (sessions.length === 0 && carried.length === 0) return null;
  const open = OPEN.has(session.status);
  return (
    <section className="panel ws-section carry" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      <p className="section-lead">{t('lead')}</p>
      <CarriedList items={carried} canRemove={open} />
      {open && sessions.length > 0 && <CarryPicker sessionId={session.id} sessions={sessions} />}
    </section>
  );
}

type CarriedItemData = CarryPanel_CarriedFragment;

function CarryPicker({ sessionId, sessions }: { sessionId: string; sessions: OfferedSession[] }) {
  const { t } = useTranslation('carry');
  const format = useFormat();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState('');
  const [carry, { loading, error }] = useMutation(carryIntoSessionMutation);
  // Challenges that come along with a picked theme: shown as picked, not to be named on their own.
  const withTheme = useMemo(
    () =>
      new Set(
        sessions.flatMap((s) =>
          s.themes
            .filter((theme) => picked.has(`theme:${theme.id}`))
            .flatMap((theme) => theme.challenges.map((c) => c.id)),
        ),
      ),
    [sessions, picked],
  );
  const toggle = (key: PickKey, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(key);
    else next.delete(key);
    setPicked(next);
    setDone('');
  };
  const submit = async () => {
    const input = carryInput(picked, sessions);
    const result = await carry({
      variables: { input: { clientMutationId: newClientId(), sessionId, ...input } },
    }).catch(() => null);
    const added = result?.data?.carryIntoSession.added;
    if (added === undefined) return;
    setPicked(new Set());
    setDone(t('carried', { count: added, formatted: format.number(added) }));
  };

  const challengeRow = (challenge: OfferedChallenge, inTheme: boolean) => {
    const comesAlong = inTheme && withTheme.has(challenge.id);
    return (
      <li key={challenge.id} className="carry__item">
        <ItemCheckbox
          carried={challenge.carried}
          isSelected={comesAlong || picked.has(`challenge:${challenge.id}`)}
          isDisabled={comesAlong}
          onChange={(on) => toggle(`challenge:${challenge.id}`, on)}
          note={comesAlong ? t('withTheme') : undefined}
        >
          <span dir="auto">{challenge.text}</span>
          {challenge.author && <span className="carry__author">{t('by', { author: challenge.author })}</span>}
        </ItemCheckbox>
        {challenge.ideas.length > 0 && (
          <ul className="carry__ideas" aria-label={t('ideasOf', { text: challenge.text })}>
            {challenge.ideas.map((idea) => (
              <li key={idea.id} className="carry__item">
                <ItemCheckbox
                  carried={idea.carried}
                  isSelected={picked.has(`idea:${idea.id}`)}
                  onChange={(on) => toggle(`idea:${idea.id}`, on)}
                >
                  <span className="carry__kind">{t('kind.IDEA')}</span> <span dir="auto">{idea.text}</span>
                  {idea.author && <span className="carry__author">{t('by', { author: idea.author })}</span>}
                </ItemCheckbox>
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  };

  return (
    <div className="carry__picker">
      <h3 className="carry__subtitle">{t('pickTitle')}</h3>
      <p className="field__description">{t('pickHint')}</p>
      <ol className="carry__sessions">
        {sessions.map((session) => (
          <li key={session.id} className="carry__session">
            <h4 className="carry__session-title">
              <bdi>{session.title}</bdi>{' '}
              <time className="carry__date" dateTime={session.startsAt}>
                {format.weekdayDate(session.startsAt)}
              </time>
            </h4>
            {session.themes.length > 0 && (
              <ul className="carry__themes" aria-label={t('themesOf', { title: session.title })}>
                {session.themes.map((theme) => (
                  <li key={theme.id} className="carry__theme">
                    <ItemCheckbox
                      carried={theme.carried}
                      isSelected={picked.has(`theme:${theme.id}`)}
                      onChange={(on) => toggle(`theme:${theme.id}`, on)}
                    >
                      <span className="carry__kind">{t('kind.THEME')}</span>{' '}
                      <strong>
                        <bdi>{theme.title}</bdi>
                      </strong>
                      <span className="carry__author">
                        {t('challenges', {
                          count: theme.challenges.length,
                          formatted: format.number(theme.challenges.length),
                        })}
                      </span>
                    </ItemCheckbox>
                    {theme.challenges.length > 0 && (
                      <ul className="carry__challenges">{theme.challenges.map((c) => challengeRow(c, true))}</ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {session.loose.length > 0 && (
              <ul className="carry__challenges" aria-label={t('looseOf', { title: session.title })}>
                {session.loose.map((c) => challengeRow(c, false))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {error && <MutationError error={error} />}
      <div className="ws-form__actions carry__actions">
        <Button className="button" isDisabled={picked.size === 0} isPending={loading} onPress={() => void submit()}>
          {t('carry')}
        </Button>
        <output className="ws-status">{done}</output>
      </div>
    </div>
  );
}

function ItemCheckbox(props: {
  carried: boolean;
  isSelected: boolean;
  isDisabled?: boolean;
  onChange: (on: boolean) => void;
  note?: string | undefined;
  children: React.ReactNode;
}) {
  const { t } = useTranslation('carry');
  if (props.carried) {
    // On the board already: shown, never offered twice.
    return (
      <div className="carry__line carry__line--carried">
        <span className="carry__text">{props.children}</span>
        <Badge tone="success">{t('alreadyCarried')}</Badge>
      </div>
    );
  }
  return (
    <Checkbox
      className="choice carry__line"
      isSelected={props.isSelected}
      isDisabled={props.isDisabled ?? false}
      onChange={props.onChange}
    >
      <span className="choice__indicator choice__indicator--checkbox" aria-hidden="true" />
      <span className="carry__text">
        {props.children}
        {props.note && <span className="carry__author">{props.note}</span>}
      </span>
    </Checkbox>
  );
}

function CarriedList({ items, canRemove }: { items: readonly CarriedItemData[]; canRemove: boolean }) {
  const { t } = useTranslation('carry');
  const format = useFormat();
  const [remove, { error }] = useMutation(removeCarriedItemMutation);
  const [announcement, setAnnouncement] = useState('');
  const headingId = useId();
  const themes = new Set(items.flatMap((item) => (item.theme ? [item.theme.id] : [])));
  // A challenge that came with a carried theme is listed under it.
  const under = (themeId: string) => items.filter((item) => item.withTheme && item.challenge?.theme?.id === themeId);
  const top = items.filter(
    (item) => !(item.withTheme && item.challenge?.theme?.id && themes.has(item.challenge.theme.id)),
  );
  const label = (item: CarriedItemData) => item.theme?.title ?? item.challenge?.text ?? item.idea?.text ?? '';
  const row = (item: CarriedItemData, nested: readonly CarriedItemData[] = []) => {
    const author = item.challenge?.author?.pseudonym ?? item.idea?.author?.pseudonym;
    return (
      <li key={item.id} className="carry__carried-item">
        <div className="carry__carried-line">
          <span className="carry__text">
            <span className="carry__kind">{t(`kind.${item.kind}`)}</span>{' '}
            {item.kind === 'THEME' ? (
              <strong>
                <bdi>{label(item)}</bdi>
              </strong>
            ) : (
              <span dir="auto">{label(item)}</span>
            )}
            <span className="carry__author">
              {item.origin.betweenSessions ? t('fromBetween') : t('from', { title: item.origin.sessionTitle ?? '' })}
              {author && ` · ${t('by', { author })}`}
            </span>
          </span>
          {canRemove && (
            <Button
              className="button button--quiet button--small"
              aria-label={t('removeLabel', { item: label(item) })}
              onPress={() => {
                void remove({ variables: { input: { clientMutationId: newClientId(), carriedItemId: item.id } } })
                  .then(() => setAnnouncement(t('removed', { item: label(item) })))
                  .catch(() => undefined);
              }}
            >
              {t('remove')}
            </Button>
          )}
        </div>
        {nested.length > 0 && <ul className="carry__carried-nested">{nested.map((child) => row(child))}</ul>}
      </li>
    );
  };
  return (
    <div className="carry__carried">
      <h3 className="carry__subtitle" id={headingId}>
        {t('carriedTitle')} <span className="count">{format.number(items.length)}</span>
      </h3>
      {items.length === 0 ? (
        <p className="empty-state">{t('none')}</p>
      ) : (
        <ul className="carry__carried-list" aria-labelledby={headingId}>
          {top.map((item) => row(item, item.theme ? under(item.theme.id) : []))}
        </ul>
      )}
      {error && <MutationError error={error} />}
      <output className="visually-hidden">{announcement}</output>
    </div>
  );
}
