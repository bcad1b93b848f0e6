import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Disclosure, DisclosurePanel, Heading, Input, Label, SearchField } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useFormat } from '../../../app/useFormat';
import { Badge } from '../../../app/ui/Badge';
import { newId, useWorkshopQueue } from '../offline/useWorkshopQueue';
import { RegisterParticipantForm } from '../plan/RegisterParticipantForm';
import { presentRows, projectPeople } from './attendance';
import './CheckInPanel.css';

export const checkInPanelFragment = graphql(`
  fragment CheckInPanel_session on Session {
    id
    status
    capacity
    languages
    project {
      id
      participants(first: 200) {
        edges {
          node {
            id
            pseudonym
            personalCode
          }
        }
      }
    }
    attendance(first: 200) {
      edges {
        node {
          id
          participant {
            id
            pseudonym
          }
        }
      }
    }
    registrations(first: 200) {
      edges {
        node {
          id
          participant {
            id
            pseudonym
          }
        }
      }
    }
  }
`);

const normalise = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
// A personal code as printed on a card; case, spaces and dashes do not matter.
const codeOf = (text: string) => text.replace(/[\s-]/g, '').toUpperCase();

// Check-in at the door: the session's list of who is expected, a search by pseudonym (or the code on their card)
// where Enter checks in, and a walk-in registered with their consent and checked in at once. Someone of the project
// who is not on the list can still be checked in: checking in puts them on it.
export function CheckInPanel(props: { session: FragmentType<typeof checkInPanelFragment> }) {
  const session = getFragmentData(checkInPanelFragment, props.session);
  const { t } = useTranslation('session');
  const format = useFormat();
  const { entries, enqueue } = useWorkshopQueue();
  const [search, setSearch] = useState('');
  const [announcement, setAnnouncement] = useState('');

  const people = projectPeople(
    session.project.id,
    session.project.participants.edges.map((edge) => edge.node),
    entries,
  );
  const shown = presentRows(
    session.id,
    session.attendance.edges.map((edge) => edge.node),
    people,
    entries,
  );
  const shownIds = new Set(shown.map((row) => row.participantId));
  // The session's list: who is expected and has not arrived yet. Someone else of the project may still walk in.
  const listed = new Set(session.registrations.edges.map((edge) => edge.node.participant.id));
  const expected = session.registrations.edges
    .map((edge) => edge.node.participant)
    .filter((person) => !shownIds.has(person.id))
    .toSorted((a, b) => a.pseudonym.localeCompare(b.pseudonym, format.language));

  const codes = new Map(
    session.project.participants.edges.map((edge) => [edge.node.id, codeOf(edge.node.personalCode ?? '')]),
  );
  const query = normalise(search);
  const code = codeOf(search);
  const matches = query
    ? [...people.values()]
        .filter(
          ({ id, pseudonym }) =>
            !shownIds.has(id) && (normalise(pseudonym).includes(query) || (code.length >= 4 && codes.get(id) === code)),
        )
        .toSorted(
          (a, b) =>
            Number(listed.has(b.id)) - Number(listed.has(a.id)) ||
            a.pseudonym.localeCompare(b.pseudonym, format.language),
        )
    : [];

  const checkIn = (participantId: string, pseudonym: string) => {
    enqueue('checkInParticipant', { id: newId(), sessionId: session.id, participantId });
    setSearch('');
    setAnnouncement(t('checkIn.done', { pseudonym }));
  };

  const count = shown.length;
  return (
    <div className="check-in">
      <div className="check-in__find">
        <SearchField
          className="field check-in__search"
          value={search}
          onChange={setSearch}
          onSubmit={() => {
            // One key to check in: Enter takes the only match, or the one whose name was typed in full.
            const exact = matches.find((m) => normalise(m.pseudonym) === query || codes.get(m.id) === code);
            const pick = matches.length === 1 ? matches[0] : exact;
            if (pick) checkIn(pick.id, pick.pseudonym);
          }}
        >
          <Label className="field__label">{t('checkIn.search')}</Label>
          <Input className="field__input" autoComplete="off" />
        </SearchField>
        <p className="field__description">{t('checkIn.searchHint')}</p>
        <output className="check-in__announcement">{announcement}</output>
        {query && (
          <ul className="check-in__matches" aria-label={t('checkIn.matches')}>
            {matches.length === 0 && <li className="check-in__none">{t('checkIn.noMatch')}</li>}
            {matches.map((match) => (
              <li key={match.id} className="check-in__match">
                <bdi>{match.pseudonym}</bdi>
                {!listed.has(match.id) && <Badge tone="neutral">{t('registration.notListed')}</Badge>}
                <Button
                  className="button button--small"
                  onPress={() => checkIn(match.id, match.pseudonym)}
                  aria-label={t('checkIn.checkInLabel', { pseudonym: match.pseudonym })}
                >
                  {t('checkIn.checkIn')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <Disclosure className="check-in__walk-in">
        <Heading level={3} className="check-in__walk-in-heading">
          <Button slot="trigger" className="button button--secondary">
            {t('checkIn.walkIn')}
          </Button>
        </Heading>
        <DisclosurePanel className="check-in__walk-in-panel">
          <RegisterParticipantForm
            projectId={session.project.id}
            sessionLanguages={session.languages}
            checkInTo={session.id}
            draftKey={`walk-in.${session.id}`}
            onDone={(pseudonym) => setAnnouncement(t('checkIn.done', { pseudonym }))}
          />
        </DisclosurePanel>
      </Disclosure>

      {expected.length > 0 && (
        <section className="check-in__expected" aria-labelledby="check-in-expected">
          <h3 id="check-in-expected">
            {t('registration.expected')} <span className="count">{format.number(expected.length)}</span>
          </h3>
          <ul className="check-in__list">
            {expected.map((person) => (
              <li key={person.id} className="check-in__person">
                <bdi>{person.pseudonym}</bdi>
                <Button
                  className="button button--secondary button--small"
                  onPress={() => checkIn(person.id, person.pseudonym)}
                  aria-label={t('checkIn.checkInLabel', { pseudonym: person.pseudonym })}
                >
                  {t('checkIn.checkIn')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="check-in__present" aria-labelledby="check-in-present">
        <h3 id="check-in-present">
          {t('checkIn.present')}{' '}
          <span className="count">
            {t('checkIn.count', { count, formatted: format.number(count), capacity: format.number(session.capacity) })}
          </span>
        </h3>
        {shown.length === 0 ? (
          <p className="empty-state">{t('checkIn.nobody')}</p>
        ) : (
          <ul className="check-in__list">
            {shown.map((row) => (
              <li key={row.participantId} className="check-in__person">
                <bdi>{row.pseudonym}</bdi>
                {row.pending && <Badge tone="warning">{t('save.pendingBadge')}</Badge>}
                {row.attendanceId && (
                  <Button
                    className="button button--quiet button--small"
                    onPress={() => {
                      if (row.attendanceId) enqueue('undoCheckIn', { attendanceId: row.attendanceId });
                      setAnnouncement(t('checkIn.undone', { pseudonym: row.pseudonym }));
                    }}
                    aria-label={t('checkIn.undoLabel', { pseudonym: row.pseudonym })}
                  >
                    {t('checkIn.undo')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
