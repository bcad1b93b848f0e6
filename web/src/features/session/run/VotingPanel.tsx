import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { Background, RoundStatus, VoteTarget, VotingPanel_RoundFragment } from '../../../gql/graphql';
import type { QueuedMutation } from '../../../app/offline/queue';
import { useFormat } from '../../../app/useFormat';
import { Badge } from '../../../app/ui/Badge';
import { newId, pendingInputs, useWorkshopQueue } from '../offline/useWorkshopQueue';
import { NumberInput, RadioField, SelectField, TextInput } from '../shared/Fields';
import { DotsByGroup, dotsByGroupFragment, type GroupFigure } from '../shared/DotsByGroup';
import type { Board, Person } from './board';
import './VotingPanel.css';

// A round as the voting panel counts it: every vote, so that it can tell each participant's dots left, and its dots
// by group as the server released them.
export const votingRoundFragment = graphql(`
  fragment VotingPanel_round on VotingRound {
    id
    title
    target
    status
    dotsPerParticipant
    ...DotsByGroup_round
    # Every vote of the round (the server's page holds every dot of a full round): the counts add them all up.
    votes(first: 10000) {
      edges {
        node {
          id
          ...VotingPanel_vote
        }
      }
    }
  }
`);

// A vote as the cockpit counts it; a live event brings a new one with the same fields, and it joins its round's list
// (app/live/applySessionEvent), so that the cockpit is not sent every vote of the round for every dot.
export const votingVoteFragment = graphql(`
  fragment VotingPanel_vote on Vote {
    id
    dots
    source
    participant {
      id
    }
    challenge {
      id
    }
    idea {
      id
    }
  }
`);

export const votingPanelFragment = graphql(`
  fragment VotingPanel_session on Session {
    id
    votingRounds {
      id
      ...VotingPanel_round
    }
  }
`);

const UNKNOWN_GROUP = 'UNKNOWN';
const BACKGROUNDS: readonly Background[] = [
  'THIRD_COUNTRY_NATIONAL',
  'HOST_COMMUNITY',
  'EU_CITIZEN',
  'PREFERS_NOT_TO_SAY',
];

interface Tally {
  digital: number;
  paper: number;
}

export interface Round {
  id: string;
  title: string;
  target: VoteTarget;
  status: RoundStatus;
  dotsPerParticipant: number;
  pending: boolean;
  // Per challenge or idea id.
  tallies: Map<string, Tally>;
  // Dots each participant gave.
  used: Map<string, number>;
  // As the server released them: by group once the round is closed, small groups hidden. Null while not saved.
  dotsByBackground: { total: number; withoutGroup: number; byBackground: readonly GroupFigure[] } | null;
}

function tallyOf(tallies: Map<string, Tally>, id: string): Tally {
  let tally = tallies.get(id);
  if (!tally) {
    tally = { digital: 0, paper: 0 };
    tallies.set(id, tally);
  }
  return tally;
}

// The rounds as the server has them, with waiting votes and rounds counted in.
export function useRounds(props: { session: FragmentType<typeof votingPanelFragment> }): Round[] {
  const session = getFragmentData(votingPanelFragment, props.session);
  const { entries } = useWorkshopQueue();
  return countRounds(
    session.id,
    session.votingRounds.map((ref) => getFragmentData(votingRoundFragment, ref)),
    entries,
  );
}

type SavedRound = VotingPanel_RoundFragment;

// The counting of useRounds: the server's votes, then what waits in this device's queue. A waiting vote counts only
// while the server does not list it yet: its event can arrive before its own answer takes it out of the queue, and
// counting it twice then spent a dot the participant still had (and disabled the buttons, so a press was lost).
export function countRounds(
  sessionId: string,
  saved: readonly SavedRound[],
  entries: readonly QueuedMutation[],
): Round[] {
  const savedVotes = new Set<string>();
  const rounds: Round[] = saved.map((round) => {
    const tallies = new Map<string, Tally>();
    const used = new Map<string, number>();
    for (const { node } of round.votes.edges) {
      const vote = getFragmentData(votingVoteFragment, node);
      savedVotes.add(vote.id);
      const targetId = vote.challenge?.id ?? vote.idea?.id;
      if (!targetId) continue;
      tallyOf(tallies, targetId)[vote.source === 'PAPER' ? 'paper' : 'digital'] += vote.dots;
      if (vote.participant) used.set(vote.participant.id, (used.get(vote.participant.id) ?? 0) + vote.dots);
    }
    const { dotsByBackground } = getFragmentData(dotsByGroupFragment, round);
    return { ...round, dotsByBackground, pending: false, tallies, used };
  });
  const waiting = (id: string | number | null | undefined) => !savedVotes.has(String(id ?? ''));
  for (const entry of entries) {
    const open = pendingInputs([entry], 'openVotingRound')[0];
    if (open && open.sessionId === sessionId && !rounds.some((r) => r.id === open.id)) {
      rounds.push({
        id: open.id ?? entry.id,
        title: open.title,
        target: open.target,
        status: 'OPEN',
        dotsPerParticipant: open.dotsPerParticipant,
        pending: true,
        tallies: new Map(),
        used: new Map(),
        dotsByBackground: null,
      });
    }
    const close = pendingInputs([entry], 'closeVotingRound')[0];
    const closing = close && rounds.find((r) => r.id === close.roundId);
    if (closing) closing.status = 'CLOSED';
    const vote = pendingInputs([entry], 'castVote')[0];
    const voteRound = vote && waiting(vote.id) && rounds.find((r) => r.id === vote.roundId);
    const voteTarget = vote?.challengeId ?? vote?.ideaId;
    if (vote && voteRound && voteTarget) {
      const dots = vote.dots ?? 1;
      tallyOf(voteRound.tallies, voteTarget).digital += dots;
      voteRound.used.set(vote.participantId, (voteRound.used.get(vote.participantId) ?? 0) + dots);
    }
    const paper = pendingInputs([entry], 'recordPaperVotes')[0];
    const paperRound = paper && waiting(paper.id) && rounds.find((r) => r.id === paper.roundId);
    const paperTarget = paper?.challengeId ?? paper?.ideaId;
    if (paper && paperRound && paperTarget) tallyOf(paperRound.tallies, paperTarget).paper += paper.dots;
  }
  return rounds;
}

export interface VoteOption {
  id: string;
  text: string;
  language: string;
  context: string | null;
}

// What a round votes on: the visible challenges, or the ideas of the visible challenges.
export function optionsOf(board: Board, target: VoteTarget): VoteOption[] {
  const visible = board.notes.filter((note) => note.status === 'VISIBLE');
  if (target === 'CHALLENGES') {
    return visible.map((note) => ({ id: note.id, text: note.text, language: note.language, context: null }));
  }
  return visible.flatMap((note) =>
    note.ideas.map((idea) => ({ id: idea.id, text: idea.text, language: idea.language, context: note.text })),
  );
}

// Dot voting: open a round with a number of dots per person, give a participant's dots for them, add
// the dots counted on paper, close the round.
export function VotingPanel(props: {
  session: FragmentType<typeof votingPanelFragment>;
  sessionId: string;
  board: Board;
  checkedIn: readonly Person[];
}) {
  const { t } = useTranslation('session');
  const rounds = useRounds(props);
  const open = rounds.find((round) => round.status === 'OPEN');
  const closed = rounds.filter((round) => round.status === 'CLOSED');
  return (
    <div className="voting">
      {open ? (
        <OpenRound round={open} board={props.board} checkedIn={props.checkedIn} />
      ) : (
        <OpenRoundForm sessionId={props.sessionId} />
      )}
      {closed.length > 0 && (
        <section className="voting__closed" aria-labelledby="voting-closed">
          <h3 id="voting-closed">{t('vote.closedRounds')}</h3>
          {closed.map((round) => (
            <div key={round.id} className="voting__result">
              <ResultTable round={round} options={optionsOf(props.board, round.target)} />
              {round.dotsByBackground && (
                <DotsByGroup
                  labelId={`dots-by-group-${round.id}`}
                  total={round.dotsByBackground.total}
                  byBackground={round.dotsByBackground.byBackground}
                  withoutGroup={round.dotsByBackground.withoutGroup}
                />
              )}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

function OpenRoundForm({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('session');
  const { enqueue } = useWorkshopQueue();
  const [title, setTitle] = useState(() => t('vote.defaultTitle'));
  const [target, setTarget] = useState<VoteTarget>('IDEAS');
  const [dots, setDots] = useState(3);
  return (
    <Form
      className="ws-form panel voting__open-form"
      aria-labelledby="voting-open-title"
      onSubmit={(event) => {
        event.preventDefault();
        enqueue('openVotingRound', {
          id: newId(),
          sessionId,
          title: title.trim(),
          target,
          dotsPerParticipant: dots,
        });
      }}
    >
      <h3 id="voting-open-title">{t('vote.openTitle')}</h3>
      <TextInput label={t('vote.title')} value={title} onChange={setTitle} isRequired maxLength={200} />
      <RadioField
        label={t('vote.target')}
        options={[
          { id: 'IDEAS', label: t('vote.IDEAS') },
          { id: 'CHALLENGES', label: t('vote.CHALLENGES') },
        ]}
        value={target}
        onChange={(v) => setTarget(v as VoteTarget)}
        orientation="horizontal"
      />
      <NumberInput
        label={t('vote.dotsPerParticipant')}
        value={dots}
        onChange={setDots}
        minValue={1}
        maxValue={20}
        isRequired
      />
      <div className="ws-form__actions">
        <Button type="submit" className="button">
          {t('vote.open')}
        </Button>
      </div>
    </Form>
  );
}

function OpenRound({ round, board, checkedIn }: { round: Round; board: Board; checkedIn: readonly Person[] }) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const { enqueue } = useWorkshopQueue();
  const [voterId, setVoterId] = useState<string | null>(checkedIn[0]?.id ?? null);
  const [announcement, setAnnouncement] = useState('');
  // Whose paper dots are being counted, when the facilitator knows it (a table of one group, say): they count in
  // that group's dots. Unknown is in the total only.
  const [paperGroup, setPaperGroup] = useState<string>(UNKNOWN_GROUP);
  const options = optionsOf(board, round.target);
  const voter = checkedIn.find((p) => p.id === voterId) ?? null;
  const left = voter ? round.dotsPerParticipant - (round.used.get(voter.id) ?? 0) : 0;

  return (
    <section className="voting__round panel" aria-labelledby="voting-round-title">
      <header className="voting__round-header">
        <h3 id="voting-round-title">
          <bdi>{round.title}</bdi>
        </h3>
        <Badge tone="success">{t('vote.isOpen')}</Badge>
        {round.pending && <Badge tone="warning">{t('save.pendingBadge')}</Badge>}
        <p className="voting__budget">
          {t('vote.budget', { count: round.dotsPerParticipant, formatted: format.number(round.dotsPerParticipant) })}
        </p>
        <Button className="button button--secondary" onPress={() => enqueue('closeVotingRound', { roundId: round.id })}>
          {t('vote.close')}
        </Button>
      </header>

      <div className="voting__voter">
        <SelectField
          label={t('vote.voter')}
          options={checkedIn.map((p) => ({ id: p.id, label: p.pseudonym }))}
          value={voterId}
          onChange={setVoterId}
        />
        <output className="voting__left">
          {voter
            ? t('vote.left', { count: left, formatted: format.number(left), pseudonym: voter.pseudonym })
            : t('vote.noVoter')}
        </output>
      </div>
      <output className="voting__announcement">{announcement}</output>
      {options.length > 0 && (
        <div className="voting__paper-group">
          <SelectField
            label={t('vote.byGroup.paperGroup')}
            options={[
              { id: UNKNOWN_GROUP, label: t('vote.byGroup.paperGroupUnknown') },
              ...BACKGROUNDS.map((b) => ({ id: b, label: t(`background.${b}`) })),
            ]}
            value={paperGroup}
            onChange={setPaperGroup}
          />
        </div>
      )}

      {options.length === 0 ? (
        <p className="empty-state">{round.target === 'IDEAS' ? t('vote.noIdeas') : t('vote.noChallenges')}</p>
      ) : (
        <div className="ws-table-wrap">
          <table className="ws-table voting__table">
            <caption className="visually-hidden">{t('vote.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{round.target === 'IDEAS' ? t('vote.idea') : t('vote.challenge')}</th>
                <th scope="col" className="ws-table__number">
                  {t('vote.dotsSoFar')}
                </th>
                <th scope="col">{t('vote.giveDot')}</th>
                <th scope="col">{t('vote.paper')}</th>
              </tr>
            </thead>
            <tbody>
              {options.map((option) => {
                const tally = round.tallies.get(option.id) ?? { digital: 0, paper: 0 };
                const target = round.target === 'IDEAS' ? { ideaId: option.id } : { challengeId: option.id };
                return (
                  <tr key={option.id}>
                    <th scope="row">
                      <span lang={option.language} dir="auto">
                        {option.text}
                      </span>
                      {option.context && (
                        <span className="voting__context" dir="auto">
                          {option.context}
                        </span>
                      )}
                    </th>
                    <td className="ws-table__number">
                      <span className="dot-count">
                        <span className="dot-count__dot" aria-hidden="true" />
                        {format.number(tally.digital + tally.paper)}
                      </span>
                      {tally.paper > 0 && (
                        <span className="voting__paper-count">
                          {t('vote.ofWhichPaper', { formatted: format.number(tally.paper) })}
                        </span>
                      )}
                    </td>
                    <td>
                      <Button
                        className="button button--small"
                        isDisabled={!voter || left <= 0}
                        aria-label={
                          voter
                            ? t('vote.giveDotLabel', { pseudonym: voter.pseudonym, text: option.text })
                            : t('vote.giveDot')
                        }
                        onPress={() => {
                          if (!voter) return;
                          enqueue('castVote', {
                            id: newId(),
                            roundId: round.id,
                            participantId: voter.id,
                            dots: 1,
                            ...target,
                          });
                          setAnnouncement(t('vote.given', { pseudonym: voter.pseudonym, text: option.text }));
                        }}
                      >
                        {t('vote.giveDot')}
                      </Button>
                    </td>
                    <td>
                      <PaperVotes
                        label={option.text}
                        onAdd={(dots) => {
                          enqueue('recordPaperVotes', {
                            id: newId(),
                            roundId: round.id,
                            dots,
                            ...target,
                            ...(paperGroup === UNKNOWN_GROUP ? {} : { background: paperGroup as Background }),
                          });
                          setAnnouncement(
                            t('vote.paperAdded', { count: dots, formatted: format.number(dots), text: option.text }),
                          );
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function PaperVotes({ label, onAdd }: { label: string; onAdd: (dots: number) => void }) {
  const { t } = useTranslation('session');
  const [dots, setDots] = useState<number>(Number.NaN);
  return (
    <Form
      className="voting__paper"
      onSubmit={(event) => {
        event.preventDefault();
        if (Number.isFinite(dots) && dots > 0) {
          onAdd(dots);
          setDots(Number.NaN);
        }
      }}
    >
      <NumberInput
        label={t('vote.paperLabel', { text: label })}
        labelHidden
        className="voting__paper-field"
        value={dots}
        onChange={setDots}
        minValue={1}
        maxValue={500}
      />
      <Button
        type="submit"
        className="button button--secondary button--small"
        aria-label={t('vote.paperAddLabel', { text: label })}
      >
        {t('vote.paperAdd')}
      </Button>
    </Form>
  );
}

export function ResultTable({ round, options }: { round: Round; options: VoteOption[] }) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const rows = options
    .map((option) => {
      const tally = round.tallies.get(option.id) ?? { digital: 0, paper: 0 };
      return { ...option, ...tally, total: tally.digital + tally.paper };
    })
    .toSorted((a, b) => b.total - a.total);
  return (
    <div className="ws-table-wrap">
      <table className="ws-table">
        <caption>
          <bdi>{round.title}</bdi>
        </caption>
        <thead>
          <tr>
            <th scope="col">{round.target === 'IDEAS' ? t('vote.idea') : t('vote.challenge')}</th>
            <th scope="col" className="ws-table__number">
              {t('vote.digital')}
            </th>
            <th scope="col" className="ws-table__number">
              {t('vote.paper')}
            </th>
            <th scope="col" className="ws-table__number">
              {t('vote.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" lang={row.language} dir="auto">
                {row.text}
              </th>
              <td className="ws-table__number">{format.number(row.digital)}</td>
              <td className="ws-table__number">{format.number(row.paper)}</td>
              <td className="ws-table__number">{format.number(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
