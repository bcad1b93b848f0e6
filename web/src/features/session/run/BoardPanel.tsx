import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Dialog,
  Form,
  GridList,
  GridListItem,
  Header,
  Heading,
  Menu,
  MenuItem,
  MenuSection,
  MenuTrigger,
  Modal,
  ModalOverlay,
  Popover,
  isTextDropItem,
  useDragAndDrop,
  type DropItem,
  type Selection,
} from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useFormat } from '../../../app/useFormat';
import { Badge } from '../../../app/ui/Badge';
import { useDraft } from '../offline/useDraft';
import { newId, useWorkshopQueue } from '../offline/useWorkshopQueue';
import { RadioField, SelectField, TextInput } from '../shared/Fields';
import { CarriedBadge } from '../../carry/CarriedBadge';
import { projectBoard, type BoardNote, type BoardTheme, type Person } from './board';
import { HiddenItems } from './HiddenItems';
import './BoardPanel.css';
import '../../../app/ui/Dialog.css';

// An idea under a note, hidden ones too; a live event brings a new idea with the same fields (run/cockpitEvents.ts),
// and the idea joins its note's list without the whole note being sent again.
export const boardIdeaFragment = graphql(`
  fragment BoardPanel_idea on Idea {
    id
    origin {
      sessionId
      betweenSessions
    }
    text
    language
    status
    dotCount
    author {
      id
      pseudonym
    }
  }
`);

// A note on the facilitator's board as every cockpit screen shows it; live events and the answer to a new note bring
// the same fields (run/cockpitEvents.ts), so that a note joins the board without asking again.
export const boardNoteFragment = graphql(`
  fragment BoardPanel_challenge on Challenge {
    id
    createdAt
    origin {
      sessionId
      sessionTitle
      betweenSessions
    }
    text
    language
    status
    dotCount
    theme {
      id
    }
    author {
      id
      pseudonym
    }
    ideas(first: 100, includeHidden: true) {
      edges {
        node {
          id
          ...BoardPanel_idea
        }
      }
    }
  }
`);

export const boardPanelFragment = graphql(`
  fragment BoardPanel_session on Session {
    id
    languages
    themes(includeCarried: true) {
      id
      title
      position
      origin {
        sessionId
        sessionTitle
        betweenSessions
      }
    }
    challenges(first: 200, includeHidden: true, includeCarried: true) {
      edges {
        node {
          id
          ...BoardPanel_challenge
        }
      }
    }
  }
`);

// The board of a session, with what waits in the queue laid over it: used by the board, the ideas and the votes.
export function useBoard(
  props: { session: FragmentType<typeof boardPanelFragment> },
  people: ReadonlyMap<string, Person>,
) {
  const session = getFragmentData(boardPanelFragment, props.session);
  const { entries } = useWorkshopQueue();
  const board = projectBoard(
    {
      themes: session.themes,
      challenges: session.challenges.edges.map(({ node }) => {
        const note = getFragmentData(boardNoteFragment, node);
        return { ...note, ideas: note.ideas.edges.map((edge) => getFragmentData(boardIdeaFragment, edge.node)) };
      }),
    },
    entries,
    session.id,
    people,
  );
  return { session, board };
}

const NOTE_TYPE = 'application/x-samenspraak-challenge';
const UNTHEMED = 'unthemed';

// Challenges as sticky notes: typed in quickly (Enter adds), dragged into themes or moved there by the
// note's menu, merged when they say the same, hidden when they do not belong on the board.
export function BoardPanel(props: {
  session: FragmentType<typeof boardPanelFragment>;
  checkedIn: readonly Person[];
  people: ReadonlyMap<string, Person>;
}) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const { enqueue } = useWorkshopQueue();
  const { session, board } = useBoard(props, props.people);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [merging, setMerging] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const visible = board.notes.filter((note) => note.status === 'VISIBLE');
  const hidden = board.notes.filter((note) => note.status === 'HIDDEN');
  const themeIds = new Set(board.themes.map((theme) => theme.id));
  const inGroup = (themeId: string | null) =>
    visible.filter((note) => (themeId ? note.themeId === themeId : !note.themeId || !themeIds.has(note.themeId)));

  const moveNotes = (noteIds: readonly string[], themeId: string | null) => {
    let moved = 0;
    for (const id of noteIds) {
      const note = board.notes.find((n) => n.id === id);
      if (!note || note.themeId === themeId) continue;
      enqueue('assignChallengeTheme', { challengeId: id, themeId });
      moved += 1;
    }
    if (moved > 0) {
      const theme = board.themes.find((th) => th.id === themeId);
      setAnnouncement(
        theme ? t('board.moved', { count: moved, theme: theme.title }) : t('board.movedOut', { count: moved }),
      );
    }
  };

  const hide = (note: BoardNote) => {
    enqueue('setChallengeStatus', { challengeId: note.id, status: 'HIDDEN' });
    setSelected(new Set([...selected].filter((id) => id !== note.id)));
    setAnnouncement(t('board.hidden', { text: note.text }));
  };

  const groups: { id: string | null; title: string; theme: BoardTheme | null }[] = [
    ...board.themes.map((theme) => ({ id: theme.id, title: theme.title, theme })),
    { id: null, title: t('board.unthemed'), theme: null },
  ];

  const selectedNotes = visible.filter((note) => selected.has(note.id));

  return (
    <div className="board">
      <ChallengeEntry sessionId={session.id} languages={session.languages} checkedIn={props.checkedIn} />

      <div className="board__tools">
        <ThemeEntry sessionId={session.id} />
        <div className="board__selection">
          <p>{t('board.selected', { count: selectedNotes.length, formatted: format.number(selectedNotes.length) })}</p>
          <Button
            className="button button--secondary button--small"
            isDisabled={selectedNotes.length < 2}
            onPress={() => setMerging(true)}
          >
            {t('board.merge')}
          </Button>
          <Button
            className="button button--quiet button--small"
            isDisabled={selectedNotes.length === 0}
            onPress={() => setSelected(new Set())}
          >
            {t('board.clearSelection')}
          </Button>
        </div>
      </div>
      <output className="board__announcement">{announcement}</output>

      <div className="board__groups">
        {groups.map((group) => (
          <ThemeColumn
            key={group.id ?? UNTHEMED}
            themeId={group.id}
            title={group.title}
            theme={group.theme}
            notes={inGroup(group.id)}
            themes={board.themes}
            selected={selected}
            onSelect={(groupSelection) => {
              const inThis = new Set(inGroup(group.id).map((n) => n.id));
              setSelected(new Set([...[...selected].filter((id) => !inThis.has(id)), ...groupSelection]));
            }}
            onMove={moveNotes}
            onDragEnd={(ids) => {
              // Pressing a note to drag it selects it on the way; once it is moved it leaves the selection.
              setTimeout(() => setSelected((current) => new Set([...current].filter((id) => !ids.includes(id)))), 0);
            }}
            onHide={hide}
          />
        ))}
      </div>

      <HiddenItems
        className="board__hidden"
        level={3}
        title={t('board.hiddenTitle', { count: hidden.length, formatted: format.number(hidden.length) })}
        triggerClassName="button button--quiet"
        items={hidden}
        onShow={(note) => enqueue('setChallengeStatus', { challengeId: note.id, status: 'VISIBLE' })}
      />

      <MergeDialog
        notes={merging ? selectedNotes : []}
        onClose={() => setMerging(false)}
        onMerge={(targetId) => {
          enqueue('mergeChallenges', {
            targetId,
            sourceIds: selectedNotes.filter((n) => n.id !== targetId).map((n) => n.id),
          });
          setAnnouncement(t('board.merged', { count: selectedNotes.length }));
          setSelected(new Set());
          setMerging(false);
        }}
      />
    </div>
  );
}

function ChallengeEntry({
  sessionId,
  languages,
  checkedIn,
}: {
  sessionId: string;
  languages: readonly string[];
  checkedIn: readonly Person[];
}) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const { enqueue } = useWorkshopQueue();
  const [text, setText, clearText] = useDraft(`challenge.${sessionId}`, '');
  const [authorId, setAuthorId] = useState('anonymous');
  const [language, setLanguage] = useState(languages[0] ?? 'nl');
  const [added, setAdded] = useState('');
  return (
    <Form
      className="board__entry"
      aria-label={t('board.entryLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        const value = text.trim();
        if (!value) return;
        enqueue('createChallenge', {
          id: newId(),
          sessionId,
          text: value,
          language,
          ...(authorId !== 'anonymous' ? { authorId } : {}),
        });
        clearText();
        setAdded(t('board.added', { text: value }));
      }}
    >
      <TextInput
        className="board__entry-text"
        label={t('board.newChallenge')}
        description={t('board.newChallengeHint')}
        value={text}
        onChange={(value) => {
          setText(value);
          setAdded('');
        }}
        maxLength={1000}
        autoComplete="off"
      />
      <SelectField
        label={t('board.author')}
        options={[
          { id: 'anonymous', label: t('board.anonymous') },
          ...checkedIn.map((p) => ({ id: p.id, label: p.pseudonym })),
        ]}
        value={authorId}
        onChange={setAuthorId}
      />
      <SelectField
        label={t('board.language')}
        options={languages.map((tag) => ({ id: tag, label: format.languageName(tag) }))}
        value={language}
        onChange={setLanguage}
      />
      <Button type="submit" className="button board__entry-add">
        {t('board.add')}
      </Button>
      <output className="board__entry-status">{added}</output>
    </Form>
  );
}

function ThemeEntry({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('session');
  const { enqueue } = useWorkshopQueue();
  const [title, setTitle] = useState('');
  return (
    <Form
      className="board__theme-entry"
      aria-label={t('board.newThemeLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        const value = title.trim();
        if (!value) return;
        enqueue('createTheme', { id: newId(), sessionId, title: value });
        setTitle('');
      }}
    >
      <TextInput label={t('board.newTheme')} value={title} onChange={setTitle} maxLength={200} autoComplete="off" />
      <Button type="submit" className="button button--secondary">
        {t('board.addTheme')}
      </Button>
    </Form>
  );
}

function ThemeColumn({
  themeId,
  title,
  theme,
  notes,
  themes,
  selected,
  onSelect,
  onMove,
  onDragEnd,
  onHide,
}: {
  themeId: string | null;
  title: string;
  theme: BoardTheme | null;
  notes: BoardNote[];
  themes: BoardTheme[];
  selected: ReadonlySet<string>;
  onSelect: (keys: Set<string>) => void;
  onMove: (noteIds: readonly string[], themeId: string | null) => void;
  onDragEnd: (noteIds: string[]) => void;
  onHide: (note: BoardNote) => void;
}) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const headingId = `theme-column-${themeId ?? UNTHEMED}`;
  const dots = notes.reduce((sum, note) => sum + note.dotCount, 0);

  const drop = async (items: readonly DropItem[]) => {
    const ids = await Promise.all(items.filter(isTextDropItem).map((item) => item.getText(NOTE_TYPE)));
    onMove(ids, themeId);
  };
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) =>
      [...keys].map((key) => ({
        [NOTE_TYPE]: String(key),
        'text/plain': notes.find((n) => n.id === key)?.text ?? String(key),
      })),
    acceptedDragTypes: [NOTE_TYPE],
    getDropOperation: () => 'move',
    onRootDrop: (event) => void drop(event.items),
    onInsert: (event) => void drop(event.items),
    onItemDrop: (event) => void drop(event.items),
    onDragEnd: (event) => onDragEnd([...event.keys].map(String)),
  });

  return (
    <section className={`board__column${theme ? '' : ' board__column--unthemed'}`} aria-labelledby={headingId}>
      <header className="board__column-header">
        <h3 id={headingId} className="board__column-title">
          <bdi>{title}</bdi>
        </h3>
        <p className="board__column-meta">
          {t('board.noteCount', { count: notes.length, formatted: format.number(notes.length) })}
          {dots > 0 && <> · {t('board.dots', { count: dots, formatted: format.number(dots) })}</>}
        </p>
        {theme && <CarriedBadge origin={theme.carriedFrom} />}
        {theme?.pending && <Badge tone="warning">{t('save.pendingBadge')}</Badge>}
        {theme && !theme.carriedFrom && <ThemeMenu theme={theme} />}
      </header>
      <GridList
        aria-labelledby={headingId}
        className="board__notes"
        items={notes}
        selectionMode="multiple"
        selectedKeys={new Set(notes.filter((n) => selected.has(n.id)).map((n) => n.id))}
        onSelectionChange={(keys: Selection) =>
          onSelect(keys === 'all' ? new Set(notes.map((n) => n.id)) : new Set([...keys].map(String)))
        }
        dragAndDropHooks={dragAndDropHooks}
        renderEmptyState={() => <p className="board__empty">{t('board.dropHere')}</p>}
      >
        {(note) => (
          <GridListItem id={note.id} textValue={note.text} className="board__note">
            <Button slot="drag" className="board__handle" aria-label={t('board.drag', { text: note.text })}>
              <span aria-hidden="true">⠿</span>
            </Button>
            <Checkbox slot="selection" className="board__select">
              <span className="choice__indicator choice__indicator--checkbox" aria-hidden="true" />
            </Checkbox>
            <div className="board__note-body">
              <p className="board__note-text" lang={note.language} dir="auto">
                {note.text}
              </p>
              <p className="board__note-meta">
                <span>{note.author ? note.author.pseudonym : t('board.anonymous')}</span>
                <span aria-hidden="true"> · </span>
                <span>{format.languageName(note.language)}</span>
                {note.dotCount > 0 && (
                  <>
                    <span aria-hidden="true"> · </span>
                    <span>{t('board.dots', { count: note.dotCount, formatted: format.number(note.dotCount) })}</span>
                  </>
                )}
                {note.pending && <Badge tone="warning">{t('save.pendingBadge')}</Badge>}
                {!theme?.carriedFrom && <CarriedBadge origin={note.carriedFrom} />}
              </p>
            </div>
            <NoteMenu note={note} themes={themes} onMove={onMove} onHide={onHide} />
          </GridListItem>
        )}
      </GridList>
    </section>
  );
}

function NoteMenu({
  note,
  themes,
  onMove,
  onHide,
}: {
  note: BoardNote;
  themes: BoardTheme[];
  onMove: (noteIds: readonly string[], themeId: string | null) => void;
  onHide: (note: BoardNote) => void;
}) {
  const { t } = useTranslation('session');
  return (
    <MenuTrigger>
      <Button className="button button--quiet button--small" aria-label={t('board.noteActions', { text: note.text })}>
        <span aria-hidden="true">⋯</span>
      </Button>
      <Popover className="field__popover">
        <Menu
          className="ws-menu"
          onAction={(key) => {
            const action = String(key);
            if (action === 'hide') onHide(note);
            else if (action === UNTHEMED) onMove([note.id], null);
            else onMove([note.id], action);
          }}
          disabledKeys={[note.themeId ?? UNTHEMED]}
        >
          <MenuSection>
            <Header className="ws-menu__section-title">{t('board.moveTo')}</Header>
            {themes.map((theme) => (
              <MenuItem key={theme.id} id={theme.id} className="ws-menu__item" textValue={theme.title}>
                {t('board.moveToTheme', { theme: theme.title })}
              </MenuItem>
            ))}
            <MenuItem id={UNTHEMED} className="ws-menu__item">
              {t('board.moveOut')}
            </MenuItem>
          </MenuSection>
          {/* A note carried from an earlier session is that session's: it leaves this board in the carry panel. */}
          {!note.carriedFrom && (
            <MenuSection>
              <MenuItem id="hide" className="ws-menu__item">
                {t('board.hide')}
              </MenuItem>
            </MenuSection>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

function ThemeMenu({ theme }: { theme: BoardTheme }) {
  const { t } = useTranslation('session');
  const { enqueue } = useWorkshopQueue();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(theme.title);
  return (
    <>
      <MenuTrigger>
        <Button
          className="button button--quiet button--small"
          aria-label={t('board.themeActions', { theme: theme.title })}
        >
          <span aria-hidden="true">⋯</span>
        </Button>
        <Popover className="field__popover">
          <Menu
            className="ws-menu"
            onAction={(key) => {
              if (key === 'rename') {
                setTitle(theme.title);
                setRenaming(true);
              }
              if (key === 'delete') enqueue('deleteTheme', { themeId: theme.id });
            }}
          >
            <MenuItem id="rename" className="ws-menu__item">
              {t('board.renameTheme')}
            </MenuItem>
            <MenuItem id="delete" className="ws-menu__item">
              {t('board.deleteTheme')}
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
      <ModalOverlay className="modal-overlay" isOpen={renaming} onOpenChange={setRenaming} isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            <Form
              className="ws-form"
              onSubmit={(event) => {
                event.preventDefault();
                const value = title.trim();
                if (value && value !== theme.title) enqueue('renameTheme', { themeId: theme.id, title: value });
                setRenaming(false);
              }}
            >
              <Heading slot="title">{t('board.renameTitle', { theme: theme.title })}</Heading>
              <TextInput label={t('board.themeTitle')} value={title} onChange={setTitle} isRequired maxLength={200} />
              <div className="ws-form__actions">
                <Button type="submit" className="button">
                  {t('board.rename')}
                </Button>
                <Button className="button button--secondary" onPress={() => setRenaming(false)}>
                  {t('form.cancel')}
                </Button>
              </div>
            </Form>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}

function MergeDialog({
  notes,
  onClose,
  onMerge,
}: {
  notes: BoardNote[];
  onClose: () => void;
  onMerge: (targetId: string) => void;
}) {
  const { t } = useTranslation('session');
  const [target, setTarget] = useState<string | null>(null);
  const targetId = target && notes.some((n) => n.id === target) ? target : (notes[0]?.id ?? '');
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={notes.length >= 2}
      onOpenChange={(open) => !open && onClose()}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Form
            className="ws-form"
            onSubmit={(event) => {
              event.preventDefault();
              onMerge(targetId);
              setTarget(null);
            }}
          >
            <Heading slot="title">{t('board.mergeTitle', { count: notes.length })}</Heading>
            <p>{t('board.mergeLead')}</p>
            <RadioField
              label={t('board.mergeKeep')}
              options={notes.map((note) => ({ id: note.id, label: note.text, lang: note.language }))}
              value={targetId}
              onChange={setTarget}
            />
            <div className="ws-form__actions">
              <Button type="submit" className="button">
                {t('board.mergeConfirm')}
              </Button>
              <Button className="button button--secondary" onPress={onClose}>
                {t('form.cancel')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
