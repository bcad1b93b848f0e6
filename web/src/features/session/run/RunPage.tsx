import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dialog,
  DialogTrigger,
  Heading,
  Link,
  Modal,
  ModalOverlay,
  Tab,
  TabList,
  TabPanel,
  Tabs,
  type Key,
} from 'react-aria-components';
import { useNavigate, useParams } from '../../../app/router';
import { graphql } from '../../../gql';
import type { PhaseKind, WorkshopRunQuery } from '../../../gql/graphql';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../../app/ui/QueryState';
import { isNotFound } from '../../../app/ui/errors';
import { useLiveSession } from '../../../app/live/useLiveSession';
import { SessionStatusBadge } from '../SessionStatusBadge';
import { SaveIndicator } from '../offline/SaveIndicator';
import { useWorkshopQueue } from '../offline/useWorkshopQueue';
import { StatusActions } from '../shared/StatusActions';
import { presentRows, projectPeople } from './attendance';
import { BoardPanel, useBoard } from './BoardPanel';
import { CheckInPanel } from './CheckInPanel';
import { cockpitEvents } from './cockpitEvents';
import { IdeasPanel } from './IdeasPanel';
import { PhasePanel, useCurrentPhaseId } from './PhasePanel';
import { StrategyPanel } from './StrategyPanel';
import { VotingPanel, useRounds } from './VotingPanel';
import { PaperAnswersDialog } from '../../questionnaire/PaperAnswersDialog';
import { ResponseCounts } from '../../questionnaire/ResponseCounts';
import '../shared/workshop.css';
import './RunPage.css';
import '../../../app/ui/Dialog.css';

export const runPageQuery = graphql(`
  query WorkshopRun($id: ID!) {
    session(id: $id) {
      id
      title
      status
      joinCode
      agenda {
        id
        kind
        questionnaireWave
      }
      currentPhase {
        id
      }
      project {
        id
        title
        participants(first: 200) {
          edges {
            node {
              id
              pseudonym
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
      ...PhasePanel_session
      ...CheckInPanel_session
      ...BoardPanel_session
      ...VotingPanel_session
      ...StrategyPanel_session
      ...ResponseCounts_session
    }
  }
`);

type TabKey = 'check-in' | 'board' | 'ideas' | 'voting' | 'strategies' | 'questionnaires' | 'record';

// The minutes and photos, with their editor: a chunk of their own, fetched when the tab is opened.
const SessionRecord = lazy(() => import('../../minutes/SessionRecord'));

const tabOfPhase: Record<PhaseKind, TabKey> = {
  WELCOME: 'check-in',
  CHALLENGES: 'board',
  CLUSTERING: 'board',
  IDEAS: 'ideas',
  VOTING: 'voting',
  STRATEGIES: 'strategies',
  EVALUATION: 'strategies',
  // Phases of the room itself: the board stays in view.
  INPUT: 'board',
  SMALL_GROUPS: 'board',
  BREAK: 'board',
  QUESTIONNAIRE: 'questionnaires',
  FREE: 'board',
};

// The cockpit of a live workshop: the agenda with the running phase and its countdown beside the work
// of the moment (check-in, the board, ideas, votes, strategies), all recorded through the offline queue. What
// phones and other screens change arrives as live events (app/live).
export function RunPage() {
  const { sessionId = '' } = useParams();
  const variables = useMemo(() => ({ id: sessionId }), [sessionId]);
  const { data, error, refetch } = useLiveSession({ sessionId, query: runPageQuery, variables, events: cockpitEvents });

  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={refetch} level={1} />;
  if (!data) return <LoadingState />;
  return <Cockpit session={data.session} />;
}

function Cockpit({ session }: { session: WorkshopRunQuery['session'] }) {
  const { t } = useTranslation(['session', 'app']);
  const navigate = useNavigate();
  const { entries, enqueue } = useWorkshopQueue();
  const live = session.status === 'LIVE';
  const people = projectPeople(
    session.project.id,
    session.project.participants.edges.map((edge) => edge.node),
    entries,
  );
  const checkedIn = presentRows(
    session.id,
    session.attendance.edges.map((edge) => edge.node),
    people,
    entries,
  ).map((row) => ({ id: row.participantId, pseudonym: row.pseudonym }));
  const { board } = useBoard({ session }, people);
  const rounds = useRounds({ session });

  const currentId = useCurrentPhaseId(session);
  const currentKind = session.agenda.find((phase) => phase.id === currentId)?.kind;
  const phaseTab: TabKey = live && currentKind ? tabOfPhase[currentKind] : 'check-in';
  // The tab follows the phase when the phase changes; in between the facilitator picks freely.
  const [tab, setTab] = useState<{ key: TabKey; forPhase: string | null | undefined }>({
    key: phaseTab,
    forPhase: currentId,
  });
  if (tab.forPhase !== currentId) setTab({ key: phaseTab, forPhase: currentId });

  const closeSession = async () => {
    const open = rounds.find((round) => round.status === 'OPEN');
    if (open) enqueue('closeVotingRound', { roundId: open.id });
    enqueue('changeSessionStatus', { sessionId: session.id, status: 'CLOSED' });
    navigate(`/workshops/${session.id}/report`);
  };

  // The questionnaires the agenda opens, each once, in agenda order.
  const waves = [
    ...new Set(session.agenda.flatMap((phase) => (phase.questionnaireWave ? [phase.questionnaireWave] : []))),
  ];

  const base = `/workshops/${session.id}`;
  return (
    <article className="ws-page run-page" aria-labelledby="run-title">
      <title>{`${t('run.pageTitle', { title: session.title })} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs
        crumbs={[
          { href: '/', label: t('app:nav.projects') },
          { href: `/projects/${session.project.id}`, label: session.project.title },
          { href: `/sessions/${session.id}`, label: session.title },
          { label: t('run.crumb') },
        ]}
      />
      <header className="ws-page__header run-page__header">
        <h1 id="run-title">
          {t('run.heading')}: <bdi>{session.title}</bdi>
        </h1>
        <SessionStatusBadge status={session.status} />
        {session.joinCode && (
          <p className="run-page__code">
            {t('run.joinCode')} <strong className="run-page__code-value">{session.joinCode}</strong>
          </p>
        )}
        {/* On the status's row: on a laptop the agenda's clock and the tabs then start higher on the screen. */}
        <div className="run-page__bar">
          <SaveIndicator />
          <nav className="ws-toolbar" aria-label={t('nav.workshop')}>
            <Link className="button button--secondary button--small" href={`${base}/plan`}>
              {t('nav.plan')}
            </Link>
            {live && (
              <Link className="button button--secondary button--small" href={`${base}/projector`} target="_blank">
                {t('nav.projector')}
              </Link>
            )}
          </nav>
        </div>
      </header>
      {!live && session.status !== 'SCHEDULED' && <p className="ws-notice ws-notice--warning">{t('run.notRunning')}</p>}
      {session.status === 'SCHEDULED' && (
        <div className="ws-notice run-page__not-live">
          <p>{t('run.notLive')}</p>
          <StatusActions sessionId={session.id} status={session.status} />
        </div>
      )}

      <div className="run-page__layout">
        <aside className="run-page__phases panel" aria-labelledby="run-phases">
          <h2 id="run-phases">{t('run.phase.title')}</h2>
          <PhasePanel session={session} />
        </aside>

        <Tabs
          className="run-page__tabs"
          selectedKey={tab.key}
          onSelectionChange={(key: Key) => setTab({ key: key as TabKey, forPhase: currentId })}
          disabledKeys={live ? [] : ['board', 'ideas', 'voting', 'strategies', 'questionnaires']}
        >
          <TabList className="run-page__tablist" aria-label={t('run.tabs')}>
            <Tab id="check-in" className="run-page__tab">
              {t('run.tab.checkIn')} <span className="count">{checkedIn.length}</span>
            </Tab>
            <Tab id="board" className="run-page__tab">
              {t('run.tab.board')}
            </Tab>
            <Tab id="ideas" className="run-page__tab">
              {t('run.tab.ideas')}
            </Tab>
            <Tab id="voting" className="run-page__tab">
              {t('run.tab.voting')}
            </Tab>
            <Tab id="strategies" className="run-page__tab">
              {t('run.tab.strategies')}
            </Tab>
            <Tab id="questionnaires" className="run-page__tab">
              {t('run.tab.questionnaires')}
            </Tab>
            <Tab id="record" className="run-page__tab">
              {t('run.tab.record')}
            </Tab>
          </TabList>
          <TabPanel id="check-in" className="run-page__panel">
            <h2 className="visually-hidden">{t('run.tab.checkIn')}</h2>
            <CheckInPanel session={session} />
          </TabPanel>
          <TabPanel id="board" className="run-page__panel">
            <h2 className="visually-hidden">{t('run.tab.board')}</h2>
            <BoardPanel session={session} checkedIn={checkedIn} people={people} />
          </TabPanel>
          <TabPanel id="ideas" className="run-page__panel">
            <h2 className="visually-hidden">{t('run.tab.ideas')}</h2>
            <IdeasPanel session={session} checkedIn={checkedIn} people={people} />
          </TabPanel>
          <TabPanel id="voting" className="run-page__panel">
            <h2 className="visually-hidden">{t('run.tab.voting')}</h2>
            <VotingPanel session={session} sessionId={session.id} board={board} checkedIn={checkedIn} />
          </TabPanel>
          <TabPanel id="strategies" className="run-page__panel">
            <h2 className="visually-hidden">{t('run.tab.strategies')}</h2>
            <StrategyPanel session={session} sessionId={session.id} board={board} />
          </TabPanel>
          <TabPanel id="questionnaires" className="run-page__panel run-page__questionnaires">
            <h2 className="visually-hidden">{t('run.tab.questionnaires')}</h2>
            <ResponseCounts session={session} />
            <PaperAnswersDialog
              sessionId={session.id}
              waves={waves}
              participants={checkedIn}
              onSave={(paper) => enqueue('recordPaperAnswers', { sessionId: session.id, ...paper })}
            />
          </TabPanel>
          <TabPanel id="record" className="run-page__panel">
            <Suspense fallback={<LoadingState />}>
              <SessionRecord sessionId={session.id} />
            </Suspense>
          </TabPanel>
        </Tabs>
      </div>

      {live && (
        <footer className="run-page__footer">
          <DialogTrigger>
            <Button className="button button--danger">{t('run.close')}</Button>
            <ModalOverlay className="modal-overlay" isDismissable>
              <Modal className="modal">
                <Dialog className="dialog">
                  {({ close }) => (
                    <>
                      <Heading slot="title">{t('run.closeTitle')}</Heading>
                      <p>{t('run.closeBody')}</p>
                      <div className="ws-form__actions">
                        <Button
                          className="button"
                          onPress={() => {
                            close();
                            void closeSession();
                          }}
                        >
                          {t('run.closeConfirm')}
                        </Button>
                        <Button className="button button--secondary" onPress={close}>
                          {t('form.cancel')}
                        </Button>
                      </div>
                    </>
                  )}
                </Dialog>
              </Modal>
            </ModalOverlay>
          </DialogTrigger>
        </footer>
      )}
    </article>
  );
}
