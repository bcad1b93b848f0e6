import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Dialog,
  Form,
  GridList,
  GridListItem,
  Heading,
  Link,
  Menu,
  MenuItem,
  MenuTrigger,
  Modal,
  ModalOverlay,
  Popover,
  useDragAndDrop,
} from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { PhaseKind, QuestionnaireWave } from '../../../gql/graphql';
import { useFormat } from '../../../app/useFormat';
import { useDraft } from '../offline/useDraft';
import { newId } from '../offline/useWorkshopQueue';
import { NumberInput, SelectField, TextInput } from '../shared/Fields';
import { METHOD_KINDS } from '../../method/kinds';
import { SaveTemplateDialog } from '../../method/SaveTemplateDialog';
import { followMethod, useMethodChoices, type MethodChoice } from '../../method/useMethodChoices';
import { MutationError } from '../shared/MutationError';
import './AgendaEditor.css';
import '../../../app/ui/Dialog.css';

export const agendaEditorFragment = graphql(`
  fragment AgendaEditor_session on Session {
    id
    status
    durationMinutes
    languages
    agenda {
      id
      position
      kind
      title
      durationMinutes
      questionnaireWave
      instructions
      method {
        id
      }
    }
    currentPhase {
      id
    }
  }
`);

export const setAgendaMutation = graphql(`
  mutation WorkshopSetAgenda($input: SetSessionAgendaInput!) {
    setSessionAgenda(input: $input) {
      clientMutationId
      session {
        id
        agenda {
          id
          position
          kind
          title
          durationMinutes
          questionnaireWave
          instructions
          method {
            id
          }
        }
      }
    }
  }
`);

// Every kind of phase, the seven of a first session and input, small groups, break, questionnaire and free format.
export const PHASE_KINDS = METHOD_KINDS;

// Which questionnaire a QUESTIONNAIRE phase opens on the phones.
export const QUESTIONNAIRE_WAVES: readonly QuestionnaireWave[] = ['PRE', 'SESSION_END', 'POST'];

interface Phase {
  id: string;
  kind: PhaseKind;
  title: string;
  durationMinutes: number;
  questionnaireWave: QuestionnaireWave | null;
  // What the phones show in the phase (set elsewhere): kept as it is when the agenda is saved.
  instructions: string;
  methodId: string | null;
}

const NO_METHOD = 'none';

function move(list: readonly Phase[], keys: ReadonlySet<string>, targetId: string, after: boolean): Phase[] {
  const moving = list.filter((phase) => keys.has(phase.id));
  const rest = list.filter((phase) => !keys.has(phase.id));
  const index = rest.findIndex((phase) => phase.id === targetId);
  if (index < 0) return [...list];
  rest.splice(after ? index + 1 : index, 0, ...moving);
  return rest;
}

// The agenda while it is being planned: phases with time boxes, in an order changed by dragging or by
// keyboard (react-aria's drag and drop works with both), edited in a dialog, saved as a whole.
export function AgendaEditor(props: { session: FragmentType<typeof agendaEditorFragment> }) {
  const session = getFragmentData(agendaEditorFragment, props.session);
  const { t } = useTranslation(['session', 'method']);
  const format = useFormat();
  const saved: Phase[] = session.agenda
    .toSorted((a, b) => a.position - b.position)
    .map(({ id, kind, title, durationMinutes, questionnaireWave, instructions, method }) => ({
      id,
      kind,
      title,
      durationMinutes,
      questionnaireWave: questionnaireWave ?? null,
      instructions,
      methodId: method?.id ?? null,
    }));
  const [draft, setDraft, clearDraft] = useDraft<Phase[] | null>(`agenda.${session.id}`, null);
  const phases = draft ?? saved;
  const [editing, setEditing] = useState<Phase | null>(null);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const [templateSaved, setTemplateSaved] = useState<string | null>(null);
  const methods = useMethodChoices(session.languages[0]);
  const methodOf = (id: string | null) => methods.choices.find((method) => method.id === id);
  const [saveAgenda, { loading, error }] = useMutation(setAgendaMutation);
  const locked = session.status === 'CLOSED' || session.status === 'REVIEWED';
  const total = phases.reduce((sum, phase) => sum + phase.durationMinutes, 0);

  const { dragAndDropHooks } = useDragAndDrop({
    isDisabled: locked,
    getItems: (keys) =>
      [...keys].map((key) => ({ 'text/plain': phases.find((phase) => phase.id === key)?.title ?? String(key) })),
    onReorder: (event) =>
      setDraft(
        move(
          phases,
          new Set([...event.keys].map(String)),
          String(event.target.key),
          event.target.dropPosition === 'after',
        ),
      ),
  });

  const update = (phase: Phase) => {
    const exists = phases.some((p) => p.id === phase.id);
    setDraft(exists ? phases.map((p) => (p.id === phase.id ? phase : p)) : [...phases, phase]);
  };
  const remove = (id: string) => setDraft(phases.filter((p) => p.id !== id));
  const shift = (id: string, by: -1 | 1) => {
    const index = phases.findIndex((p) => p.id === id);
    const target = phases[index + by];
    if (target) setDraft(move(phases, new Set([id]), target.id, by === 1));
  };

  const save = async () => {
    const result = await saveAgenda({
      variables: {
        input: {
          clientMutationId: newId(),
          sessionId: session.id,
          phases: phases.map(({ id, kind, title, durationMinutes, questionnaireWave, instructions, methodId }) => ({
            id,
            kind,
            title,
            durationMinutes,
            // Only a questionnaire phase says which questionnaire it opens.
            ...(kind === 'QUESTIONNAIRE' ? { questionnaireWave: questionnaireWave ?? 'PRE' } : {}),
            ...(instructions ? { instructions } : {}),
            ...(methodId ? { methodId } : {}),
          })),
        },
      },
    }).catch(() => null);
    if (result?.data) clearDraft();
  };

  return (
    <div className="agenda-editor">
      <GridList
        aria-label={t('agendaEditor.listLabel')}
        className="agenda-editor__list"
        items={phases}
        dragAndDropHooks={dragAndDropHooks}
        renderEmptyState={() => <p className="agenda-editor__empty">{t('agendaEditor.empty')}</p>}
      >
        {(phase) => {
          const index = phases.indexOf(phase);
          const isCurrent = phase.id === session.currentPhase?.id;
          const followed = methodOf(phase.methodId);
          return (
            <GridListItem id={phase.id} textValue={phase.title} className="agenda-editor__phase">
              {!locked && (
                <Button
                  slot="drag"
                  className="agenda-editor__handle"
                  aria-label={t('agendaEditor.drag', { title: phase.title })}
                >
                  <span aria-hidden="true">⠿</span>
                </Button>
              )}
              <span className="agenda-editor__number" aria-hidden="true">
                {format.number(index + 1)}
              </span>
              <span className="agenda-editor__text">
                <span className="agenda-editor__title">
                  <bdi>{phase.title}</bdi>
                </span>
                <span className="agenda-editor__kind">
                  {phase.kind === 'QUESTIONNAIRE' && phase.questionnaireWave
                    ? t(`questionnaireWave.${phase.questionnaireWave}`)
                    : t(`phaseKind.${phase.kind}`)}
                  {followed && (
                    <>
                      {' · '}
                      <Link className="agenda-editor__method" href={`/methods/${followed.id}`}>
                        {t('method:agenda.follows', { name: followed.name })}
                      </Link>
                    </>
                  )}
                </span>
              </span>
              <span className="agenda-editor__minutes">
                {t('agendaEditor.minutes', {
                  count: phase.durationMinutes,
                  formatted: format.number(phase.durationMinutes),
                })}
              </span>
              {!locked && (
                <span className="agenda-editor__actions">
                  <Button
                    className="button button--secondary button--small"
                    onPress={() => setEditing(phase)}
                    aria-label={t('agendaEditor.editPhase', { title: phase.title })}
                  >
                    {t('agendaEditor.edit')}
                  </Button>
                  <MenuTrigger>
                    <Button
                      className="button button--quiet button--small"
                      aria-label={t('agendaEditor.more', { title: phase.title })}
                    >
                      <span aria-hidden="true">⋯</span>
                    </Button>
                    <Popover className="field__popover">
                      <Menu
                        className="ws-menu"
                        onAction={(action) => {
                          if (action === 'up') shift(phase.id, -1);
                          if (action === 'down') shift(phase.id, 1);
                          if (action === 'remove') remove(phase.id);
                        }}
                        disabledKeys={[
                          ...(index === 0 ? ['up'] : []),
                          ...(index === phases.length - 1 ? ['down'] : []),
                          ...(isCurrent ? ['remove'] : []),
                        ]}
                      >
                        <MenuItem id="up" className="ws-menu__item">
                          {t('agendaEditor.moveUp')}
                        </MenuItem>
                        <MenuItem id="down" className="ws-menu__item">
                          {t('agendaEditor.moveDown')}
                        </MenuItem>
                        <MenuItem id="remove" className="ws-menu__item">
                          {t('agendaEditor.remove')}
                        </MenuItem>
                      </Menu>
                    </Popover>
                  </MenuTrigger>
                </span>
              )}
            </GridListItem>
          );
        }}
      </GridList>
      <p className="agenda-editor__total">
        {t('agendaEditor.total', {
          total: format.number(total),
          planned: format.number(session.durationMinutes),
        })}
      </p>
      {!locked && (
        <div className="ws-form__actions">
          <Button
            className="button button--secondary"
            onPress={() =>
              setEditing({
                id: newId(),
                kind: 'IDEAS',
                title: '',
                durationMinutes: 10,
                questionnaireWave: null,
                instructions: '',
                methodId: null,
              })
            }
          >
            {t('agendaEditor.add')}
          </Button>
          {!draft && phases.length > 0 && (
            <Button
              className="button button--secondary"
              onPress={() => {
                setTemplateSaved(null);
                setSavingTemplate(true);
              }}
            >
              {t('method:agenda.saveTemplate')}
            </Button>
          )}
          {draft && (
            <>
              <Button className="button" onPress={() => void save()} isPending={loading}>
                {t('agendaEditor.save')}
              </Button>
              <Button className="button button--quiet" onPress={clearDraft}>
                {t('agendaEditor.discard')}
              </Button>
              <output className="ws-pending">{t('agendaEditor.unsaved')}</output>
            </>
          )}
        </div>
      )}
      {error && <MutationError error={error} />}
      <output className="ws-status">
        {templateSaved && t('method:agenda.templateSaved', { name: templateSaved })}
      </output>
      <SaveTemplateDialog
        isOpen={savingTemplate}
        sessionId={session.id}
        languages={session.languages}
        onClose={() => setSavingTemplate(false)}
        onSaved={(name) => {
          setSavingTemplate(false);
          setTemplateSaved(name);
        }}
      />
      <PhaseDialog
        phase={editing}
        methods={methods.choices}
        isNew={!!editing && !phases.some((p) => p.id === editing.id)}
        onClose={() => setEditing(null)}
        onSave={(phase) => {
          update(phase);
          setEditing(null);
        }}
      />
    </div>
  );
}

function PhaseDialog({
  phase,
  methods,
  isNew,
  onClose,
  onSave,
}: {
  phase: Phase | null;
  methods: readonly MethodChoice[];
  isNew: boolean;
  onClose: () => void;
  onSave: (phase: Phase) => void;
}) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={phase !== null}
      onOpenChange={(open) => !open && onClose()}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog">
          {phase && <PhaseForm phase={phase} methods={methods} isNew={isNew} onCancel={onClose} onSave={onSave} />}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

export function PhaseForm({
  phase,
  methods,
  isNew,
  onCancel,
  onSave,
}: {
  phase: Phase;
  methods: readonly MethodChoice[];
  isNew: boolean;
  onCancel: () => void;
  onSave: (phase: Phase) => void;
}) {
  const { t } = useTranslation(['session', 'method']);
  const format = useFormat();
  const [value, setValue] = useState(phase);
  return (
    <Form
      className="ws-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ ...value, title: value.title.trim() });
      }}
    >
      <Heading slot="title">{isNew ? t('agendaEditor.addTitle') : t('agendaEditor.editTitle')}</Heading>
      <SelectField
        label={t('method:agenda.method')}
        description={t('method:agenda.methodHint')}
        options={[
          { id: NO_METHOD, label: t('method:agenda.noMethod') },
          ...methods.map((method) => ({
            id: method.id,
            label: `${method.name} (${t(`phaseKind.${method.kind}`)}, ${t('agendaEditor.minutes', {
              count: method.durationMinutes,
              formatted: format.number(method.durationMinutes),
            })})`,
            lang: method.language,
          })),
        ]}
        value={value.methodId ?? NO_METHOD}
        onChange={(id) => {
          const next = followMethod(
            value,
            methods.find((method) => method.id === id),
          );
          setValue({
            ...next,
            questionnaireWave: next.kind === 'QUESTIONNAIRE' ? (next.questionnaireWave ?? 'PRE') : null,
          });
        }}
      />
      <TextInput
        label={t('agendaEditor.phaseTitle')}
        value={value.title}
        onChange={(title) => setValue({ ...value, title })}
        isRequired
        maxLength={200}
      />
      <SelectField
        label={t('agendaEditor.phaseKind')}
        options={PHASE_KINDS.map((kind) => ({ id: kind, label: t(`phaseKind.${kind}`) }))}
        value={value.kind}
        onChange={(kind) =>
          setValue({
            ...value,
            kind: kind as PhaseKind,
            questionnaireWave: kind === 'QUESTIONNAIRE' ? (value.questionnaireWave ?? 'PRE') : null,
          })
        }
      />
      {value.kind === 'QUESTIONNAIRE' && (
        <SelectField
          label={t('agendaEditor.questionnaire')}
          options={QUESTIONNAIRE_WAVES.map((wave) => ({ id: wave, label: t(`questionnaireWave.${wave}`) }))}
          value={value.questionnaireWave ?? 'PRE'}
          onChange={(wave) => setValue({ ...value, questionnaireWave: wave as QuestionnaireWave })}
        />
      )}
      <NumberInput
        label={t('agendaEditor.phaseMinutes')}
        value={value.durationMinutes}
        onChange={(durationMinutes) => setValue({ ...value, durationMinutes })}
        minValue={1}
        maxValue={240}
        isRequired
      />
      <div className="ws-form__actions">
        <Button type="submit" className="button">
          {isNew ? t('agendaEditor.addConfirm') : t('agendaEditor.apply')}
        </Button>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </Form>
  );
}
