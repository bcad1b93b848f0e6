import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { StrategyStatus } from '../../../gql/graphql';
import { useFormat } from '../../../app/useFormat';
import { Badge } from '../../../app/ui/Badge';
import { TableScroll } from '../../../app/ui/TableScroll';
import { useDraft } from '../offline/useDraft';
import { newId, pendingInputs, useWorkshopQueue } from '../offline/useWorkshopQueue';
import { CheckboxGroupField, TextInput } from '../shared/Fields';
import type { Board } from './board';
import { useProjectIdeas, type SessionIdeas } from '../../strategy/useProjectIdeas';
import './StrategyPanel.css';

export const strategyPanelFragment = graphql(`
  fragment StrategyPanel_session on Session {
    id
    project {
      id
    }
    strategies {
      id
      title
      description
      status
      ideas {
        id
        text
      }
      sessions {
        id
        title
      }
      actions {
        id
        position
        what
        who
        due
        resources
      }
    }
  }
`);

interface Action {
  id: string;
  what: string;
  who: string;
  due: string;
  resources: string;
  pending: boolean;
}

interface DraftStrategy {
  id: string;
  // The sessions whose ideas it draws on; empty while it waits to be saved.
  sessions: { id: string; title: string }[];
  title: string;
  description: string;
  status: StrategyStatus;
  ideaIds: string[];
  actions: Action[];
  pending: boolean;
}

function useStrategies(props: { session: FragmentType<typeof strategyPanelFragment> }): DraftStrategy[] {
  const session = getFragmentData(strategyPanelFragment, props.session);
  const { entries } = useWorkshopQueue();
  const strategies: DraftStrategy[] = session.strategies.map((s) => ({
    id: s.id,
    sessions: s.sessions,
    title: s.title,
    description: s.description,
    status: s.status,
    ideaIds: s.ideas.map((idea) => idea.id),
    actions: s.actions
      .toSorted((a, b) => a.position - b.position)
      .map((a) => ({ id: a.id, what: a.what, who: a.who, due: a.due, resources: a.resources, pending: false })),
    pending: false,
  }));
  for (const input of pendingInputs(entries, 'createStrategy')) {
    if (input.sessionId !== session.id || strategies.some((s) => s.id === input.id)) continue;
    strategies.push({
      id: input.id ?? input.clientMutationId,
      sessions: [],
      title: input.title,
      description: input.description ?? '',
      status: 'DRAFT',
      ideaIds: [input.ideaIds ?? []].flat(),
      actions: [],
      pending: true,
    });
  }
  for (const input of pendingInputs(entries, 'addStrategyAction')) {
    const strategy = strategies.find((s) => s.id === input.strategyId);
    if (!strategy || strategy.actions.some((a) => a.id === input.id)) continue;
    strategy.actions.push({
      id: input.id ?? input.clientMutationId,
      what: input.what,
      who: input.who,
      due: input.due,
      resources: input.resources ?? '',
      pending: true,
    });
  }
  for (const input of pendingInputs(entries, 'submitStrategy')) {
    const strategy = strategies.find((s) => s.id === input.strategyId);
    if (strategy) strategy.status = 'SUBMITTED';
  }
  return strategies;
}

// Strategies drafted from the chosen ideas, each with its actions: what, who, when, with what.
export function StrategyPanel(props: {
  session: FragmentType<typeof strategyPanelFragment>;
  sessionId: string;
  board: Board;
}) {
  const { t } = useTranslation('session');
  const strategies = useStrategies(props);
  const session = getFragmentData(strategyPanelFragment, props.session);
  const ideas = props.board.notes
    .filter((note) => note.status === 'VISIBLE')
    .flatMap((note) => note.ideas)
    .toSorted((a, b) => b.dotCount - a.dotCount);
  // A strategy may build on ideas of any session of the project: those of the other sessions, grouped by session.
  const others = useProjectIdeas(session.project.id, props.sessionId, new Set(ideas.map((idea) => idea.id)));
  const ideaText = new Map([...ideas, ...others.flatMap((group) => group.ideas)].map((idea) => [idea.id, idea.text]));
  return (
    <div className="strategies">
      <NewStrategyForm sessionId={props.sessionId} ideas={ideas} others={others} />
      {strategies.length === 0 ? (
        <p className="empty-state">{t('strategy.none')}</p>
      ) : (
        <ul className="strategies__list">
          {strategies.map((strategy) => (
            <li key={strategy.id}>
              <StrategyCard strategy={strategy} ideaText={ideaText} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NewStrategyForm({
  sessionId,
  ideas,
  others,
}: {
  sessionId: string;
  ideas: { id: string; text: string; dotCount: number }[];
  others: SessionIdeas[];
}) {
  const { t } = useTranslation(['session', 'carry']);
  const format = useFormat();
  const { enqueue } = useWorkshopQueue();
  const [draft, setDraft, clear] = useDraft(`strategy.${sessionId}`, {
    title: '',
    description: '',
    ideaIds: [] as string[],
  });
  const option = (idea: { id: string; text: string; dotCount: number }) => ({
    id: idea.id,
    label: `${idea.text} (${t('board.dots', { count: idea.dotCount, formatted: format.number(idea.dotCount) })})`,
  });
  // One list of choices per session; what is picked in each adds up to the strategy's ideas.
  const groups = [
    ...(ideas.length > 0 ? [{ key: sessionId, label: t('carry:strategy.thisSession'), ideas }] : []),
    ...others.map((group) => ({
      key: group.id,
      label: t('carry:strategy.ofSession', { title: group.title, date: format.weekdayDate(group.startsAt) }),
      ideas: group.ideas,
    })),
  ];
  return (
    <Form
      className="ws-form panel"
      aria-labelledby="strategy-new-title"
      onSubmit={(event) => {
        event.preventDefault();
        enqueue('createStrategy', {
          id: newId(),
          sessionId,
          title: draft.title.trim(),
          description: draft.description.trim(),
          ideaIds: draft.ideaIds,
        });
        clear();
      }}
    >
      <h3 id="strategy-new-title">{t('strategy.newTitle')}</h3>
      <TextInput
        label={t('strategy.title')}
        value={draft.title}
        onChange={(title) => setDraft({ ...draft, title })}
        isRequired
        minLength={3}
        maxLength={200}
      />
      <TextInput
        label={t('strategy.description')}
        multiline
        value={draft.description}
        onChange={(description) => setDraft({ ...draft, description })}
        maxLength={5000}
      />
      {groups.length > 0 ? (
        <fieldset className="strategies__idea-groups">
          <legend className="field__label">{t('strategy.ideas')}</legend>
          {groups.map((group) => {
            const ids = new Set(group.ideas.map((idea) => idea.id));
            return (
              <CheckboxGroupField
                key={group.key}
                className="strategies__ideas"
                label={group.label}
                options={group.ideas.map(option)}
                value={draft.ideaIds.filter((id) => ids.has(id))}
                onChange={(picked) =>
                  setDraft({ ...draft, ideaIds: [...draft.ideaIds.filter((id) => !ids.has(id)), ...picked] })
                }
              />
            );
          })}
        </fieldset>
      ) : (
        <p className="field__description">{t('strategy.noIdeas')}</p>
      )}
      <div className="ws-form__actions">
        <Button type="submit" className="button">
          {t('strategy.create')}
        </Button>
      </div>
    </Form>
  );
}

function StrategyCard({ strategy, ideaText }: { strategy: DraftStrategy; ideaText: ReadonlyMap<string, string> }) {
  const { t } = useTranslation(['session', 'carry']);
  const headingId = `strategy-${strategy.id}`;
  return (
    <article className="strategies__card card" aria-labelledby={headingId}>
      <header className="strategies__card-header">
        <h3 id={headingId}>
          <bdi>{strategy.title}</bdi>
        </h3>
        <Badge tone={strategy.status === 'DRAFT' ? 'neutral' : 'info'}>{t(`strategy.status.${strategy.status}`)}</Badge>
        {strategy.pending && <Badge tone="warning">{t('save.pendingBadge')}</Badge>}
      </header>
      {strategy.description && <p dir="auto">{strategy.description}</p>}
      {strategy.sessions.length > 0 && (
        <p className="strategies__sessions">
          <span className="strategies__subtitle">{t('carry:strategy.drawsOn')}</span>{' '}
          {strategy.sessions.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <bdi>{s.title}</bdi>
            </span>
          ))}
        </p>
      )}
      {strategy.ideaIds.length > 0 && (
        <div>
          <h4 className="strategies__subtitle">{t('strategy.builtOn')}</h4>
          <ul className="strategies__idea-list">
            {strategy.ideaIds.map((id) => (
              <li key={id} dir="auto">
                {ideaText.get(id) ?? '…'}
              </li>
            ))}
          </ul>
        </div>
      )}
      <TableScroll label={`${strategy.title}: ${t('strategy.actions')}`}>
        <table className="ws-table">
          <caption>{t('strategy.actions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('strategy.what')}</th>
              <th scope="col">{t('strategy.who')}</th>
              <th scope="col">{t('strategy.due')}</th>
              <th scope="col">{t('strategy.resources')}</th>
            </tr>
          </thead>
          <tbody>
            {strategy.actions.length === 0 && (
              <tr>
                <td colSpan={4}>{t('strategy.noActions')}</td>
              </tr>
            )}
            {strategy.actions.map((action) => (
              <tr key={action.id}>
                <td dir="auto">
                  {action.what} {action.pending && <Badge tone="warning">{t('save.pendingBadge')}</Badge>}
                </td>
                <td dir="auto">{action.who}</td>
                <td dir="auto">{action.due}</td>
                <td dir="auto">{action.resources}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {strategy.status === 'DRAFT' && <ActionForm strategyId={strategy.id} title={strategy.title} />}
    </article>
  );
}

function ActionForm({ strategyId, title }: { strategyId: string; title: string }) {
  const { t } = useTranslation('session');
  const { enqueue } = useWorkshopQueue();
  const empty = { what: '', who: '', due: '', resources: '' };
  const [action, setAction, clear] = useDraft(`action.${strategyId}`, empty);
  const [added, setAdded] = useState('');
  return (
    <Form
      className="ws-form strategies__action-form"
      aria-label={t('strategy.addActionTo', { title })}
      onSubmit={(event) => {
        event.preventDefault();
        enqueue('addStrategyAction', {
          id: newId(),
          strategyId,
          what: action.what.trim(),
          who: action.who.trim(),
          due: action.due.trim(),
          resources: action.resources.trim(),
        });
        setAdded(t('strategy.actionAdded', { what: action.what.trim() }));
        clear();
      }}
    >
      <div className="ws-form__row">
        <TextInput
          label={t('strategy.what')}
          value={action.what}
          onChange={(what) => setAction({ ...action, what })}
          isRequired
          minLength={3}
          maxLength={2000}
        />
        <TextInput
          label={t('strategy.who')}
          value={action.who}
          onChange={(who) => setAction({ ...action, who })}
          isRequired
        />
        <TextInput
          label={t('strategy.due')}
          value={action.due}
          onChange={(due) => setAction({ ...action, due })}
          isRequired
        />
        <TextInput
          label={t('strategy.resources')}
          value={action.resources}
          onChange={(resources) => setAction({ ...action, resources })}
        />
      </div>
      <div className="ws-form__actions">
        <Button type="submit" className="button button--secondary">
          {t('strategy.addAction')}
        </Button>
        <output className="ws-status">{added}</output>
      </div>
    </Form>
  );
}
