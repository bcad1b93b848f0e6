import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form } from 'react-aria-components';
import type { FragmentType } from '../../../gql';
import { useFormat } from '../../../app/useFormat';
import { Badge } from '../../../app/ui/Badge';
import { useDraft } from '../offline/useDraft';
import { newId, useWorkshopQueue } from '../offline/useWorkshopQueue';
import { SelectField, TextInput } from '../shared/Fields';
import type { BoardIdea, BoardNote, Person } from './board';
import { useBoard, type boardPanelFragment } from './BoardPanel';
import { HiddenItems } from './HiddenItems';
import './IdeasPanel.css';

// Ideas per challenge: pick who speaks (or anonymous) and the language once, then type an idea under
// the challenge it answers and press Enter.
export function IdeasPanel(props: {
  session: FragmentType<typeof boardPanelFragment>;
  checkedIn: readonly Person[];
  people: ReadonlyMap<string, Person>;
}) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const { session, board } = useBoard(props, props.people);
  const [authorId, setAuthorId] = useState('anonymous');
  const [language, setLanguage] = useState(session.languages[0] ?? 'nl');
  const visible = board.notes.filter((note) => note.status === 'VISIBLE');
  const order = new Map(board.themes.map((theme, index) => [theme.id, index]));
  const sorted = visible.toSorted(
    (a, b) => (order.get(a.themeId ?? '') ?? Infinity) - (order.get(b.themeId ?? '') ?? Infinity),
  );
  const themeTitle = (id: string | null) => board.themes.find((theme) => theme.id === id)?.title;

  if (sorted.length === 0) return <p className="empty-state">{t('ideas.noChallenges')}</p>;
  return (
    <div className="ideas">
      <fieldset className="ideas__who">
        <legend className="visually-hidden">{t('ideas.whoLabel')}</legend>
        <SelectField
          label={t('ideas.author')}
          options={[
            { id: 'anonymous', label: t('board.anonymous') },
            ...props.checkedIn.map((p) => ({ id: p.id, label: p.pseudonym })),
          ]}
          value={authorId}
          onChange={setAuthorId}
        />
        <SelectField
          label={t('board.language')}
          options={session.languages.map((tag) => ({ id: tag, label: format.languageName(tag) }))}
          value={language}
          onChange={setLanguage}
        />
      </fieldset>
      <ul className="ideas__challenges">
        {sorted.map((note) => (
          <li key={note.id}>
            <ChallengeIdeas
              note={note}
              theme={themeTitle(note.themeId)}
              sessionId={session.id}
              authorId={authorId === 'anonymous' ? null : authorId}
              language={language}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ChallengeIdeas({
  note,
  theme,
  sessionId,
  authorId,
  language,
}: {
  note: BoardNote;
  theme: string | undefined;
  sessionId: string;
  authorId: string | null;
  language: string;
}) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const { enqueue } = useWorkshopQueue();
  const [text, setText, clear] = useDraft(`idea.${sessionId}.${note.id}`, '');
  const [announcement, setAnnouncement] = useState('');
  const headingId = `ideas-${note.id}`;
  const setStatus = (idea: BoardIdea, status: 'VISIBLE' | 'HIDDEN') => {
    enqueue('setIdeaStatus', { ideaId: idea.id, status });
    setAnnouncement(t(status === 'HIDDEN' ? 'board.hidden' : 'ideas.shown', { text: idea.text }));
  };
  return (
    <article className="ideas__challenge card" aria-labelledby={headingId}>
      <header className="ideas__challenge-header">
        {theme && <p className="ideas__theme">{theme}</p>}
        <h3 id={headingId} className="ideas__challenge-text" lang={note.language} dir="auto">
          {note.text}
        </h3>
      </header>
      {note.ideas.length > 0 ? (
        <ul className="ideas__list" aria-label={t('ideas.listLabel', { text: note.text })}>
          {note.ideas.map((idea) => (
            <li key={idea.id} className="ideas__idea">
              <span lang={idea.language} dir="auto">
                {idea.text}
              </span>
              <span className="ideas__idea-meta">
                {idea.author ? idea.author.pseudonym : t('board.anonymous')}
                {idea.dotCount > 0 &&
                  ` · ${t('board.dots', { count: idea.dotCount, formatted: format.number(idea.dotCount) })}`}
              </span>
              {idea.pending && <Badge tone="warning">{t('save.pendingBadge')}</Badge>}
              {!idea.carried && (
                <Button
                  className="button button--quiet button--small ideas__hide"
                  onPress={() => setStatus(idea, 'HIDDEN')}
                  aria-label={t('ideas.hideLabel', { text: idea.text })}
                >
                  {t('ideas.hide')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="ideas__none">{t('ideas.none')}</p>
      )}
      <HiddenItems
        className="ideas__hidden"
        level={4}
        title={t('ideas.hiddenTitle', {
          count: note.hiddenIdeas.length,
          formatted: format.number(note.hiddenIdeas.length),
        })}
        triggerClassName="button button--quiet button--small"
        items={note.hiddenIdeas}
        onShow={(idea) => setStatus(idea, 'VISIBLE')}
      />
      <output className="visually-hidden">{announcement}</output>
      <Form
        className="ideas__entry"
        onSubmit={(event) => {
          event.preventDefault();
          const value = text.trim();
          if (!value) return;
          enqueue('createIdea', {
            id: newId(),
            challengeId: note.id,
            text: value,
            language,
            ...(authorId ? { authorId } : {}),
          });
          clear();
        }}
      >
        <TextInput
          label={t('ideas.newIdea', { text: note.text })}
          labelHidden
          placeholder={t('ideas.placeholder')}
          value={text}
          onChange={setText}
          maxLength={1000}
          autoComplete="off"
        />
        <Button
          type="submit"
          className="button button--secondary"
          aria-label={t('ideas.addLabel', { text: note.text })}
        >
          {t('ideas.add')}
        </Button>
      </Form>
    </article>
  );
}
