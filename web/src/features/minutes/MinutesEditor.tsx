import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Toolbar } from 'react-aria-components';
import { useMutation } from '@apollo/client/react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { graphql } from '../../gql';
import { useFormat } from '../../app/useFormat';
import { MutationError } from '../session/shared/MutationError';
import { useDraft } from '../session/offline/useDraft';

export const setMinutesMutation = graphql(`
  mutation SetSessionMinutes($input: SetSessionMinutesInput!) {
    setSessionMinutes(input: $input) {
      session {
        id
        minutes {
          id
          html
          writtenAt
        }
      }
    }
  }
`);

// What the server keeps of formatted text (minutes.sanitise.ts): paragraphs, two levels of heading, lists, bold,
// italics, quotes and links. The editor makes nothing else.
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] },
  }),
];

function FormatBar({ editor, label }: { editor: Editor; label: string }) {
  const { t } = useTranslation('minutes');
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools = [
    { key: 'heading', run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'bold', run: () => chain().toggleBold().run() },
    { key: 'italic', run: () => chain().toggleItalic().run() },
    { key: 'bulletList', run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', run: () => chain().toggleOrderedList().run() },
    { key: 'blockquote', run: () => chain().toggleBlockquote().run() },
  ] as const;
  return (
    <Toolbar className="minutes-editor__tools" aria-label={label}>
      {tools.map((tool) => (
        // A plain button with aria-pressed: react-aria's ToggleButton would split a state hook that the phones' pages
        // share out of their chunk.
        <Button
          key={tool.key}
          className={`minutes-editor__tool minutes-editor__tool--${tool.key}`}
          aria-pressed={active[tool.key]}
          onPress={tool.run}
        >
          {t(`editor.${tool.key}`)}
        </Button>
      ))}
    </Toolbar>
  );
}

// The minutes of a session as formatted text. What is typed stays on this device until the server has it, so a
// dropped network or a closed tab loses nothing; Save sends the whole text, which the server cleans.
export function MinutesEditor({
  sessionId,
  savedHtml,
  writtenAt,
}: {
  sessionId: string;
  savedHtml: string;
  writtenAt: string | null;
}) {
  const { t } = useTranslation('minutes');
  const format = useFormat();
  const labelId = useId();
  const hintId = useId();
  const [draft, setDraft, clearDraft] = useDraft<string | null>(`minutes.${sessionId}`, null);
  const [save, { loading, error, reset }] = useMutation(setMinutesMutation);
  const [justSaved, setJustSaved] = useState(false);
  const editor = useEditor({
    extensions,
    content: draft ?? savedHtml,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': hintId,
        class: 'minutes-editor__content',
        dir: 'auto',
      },
    },
    onUpdate: ({ editor: e }) => {
      setJustSaved(false);
      setDraft(e.isEmpty ? '' : e.getHTML());
    },
  });

  const unsaved = draft !== null && draft !== savedHtml;
  const submit = async () => {
    if (!editor) return;
    reset();
    const html = editor.isEmpty ? '' : editor.getHTML();
    const result = await save({ variables: { input: { sessionId, html } } }).catch(() => null);
    if (!result?.data) return;
    clearDraft();
    setJustSaved(true);
    // The server's cleaned text is what is kept: show it.
    const kept = result.data.setSessionMinutes.session.minutes?.html ?? '';
    if (kept !== html) editor.commands.setContent(kept, { emitUpdate: false });
  };

  return (
    <div className="minutes-editor">
      <p id={labelId} className="minutes__label">
        {t('editor.label')}
      </p>
      <p id={hintId} className="minutes__hint">
        {t('editor.hint')}
      </p>
      {editor && <FormatBar editor={editor} label={t('editor.tools')} />}
      <EditorContent editor={editor} className="minutes-editor__frame" />
      <div className="minutes-editor__actions">
        <Button className={`button${loading ? ' is-pending' : ''}`} onPress={() => void (loading || submit())}>
          {t('editor.save')}
        </Button>
        <output className="minutes__status">
          {loading
            ? t('editor.saving')
            : unsaved
              ? t('editor.unsaved')
              : justSaved || writtenAt
                ? writtenAt
                  ? t('editor.savedAt', { when: format.dateTime(writtenAt) })
                  : t('editor.saved')
                : ''}
        </output>
      </div>
      {error && <MutationError error={error} />}
    </div>
  );
}
