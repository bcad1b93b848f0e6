import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { CompetenceDimension, QuestionnaireKind } from '../../gql/graphql';
import { languages } from '../../app/i18n';
import { Badge } from '../../app/ui/Badge';
import { isAccessDenied } from '../../app/ui/errors';
import { useFormat } from '../../app/useFormat';
import { SelectField, TextInput } from '../session/shared/Fields';
import { MutationError } from '../session/shared/MutationError';
import '../session/shared/workshop.css';
import './QuestionnaireItemsPanel.css';
import '../../app/ui/Dialog.css';

// The statement is required in the first language of the list; the others may follow.
const firstLanguage = languages[0]?.code;

const itemFields = graphql(`
  fragment QuestionnaireItemRow_item on QuestionnaireItem {
    id
    code
    dimension
    shipped
    position
    retiredAt
    text(language: $language) {
      language
      text
    }
    translations {
      language
    }
  }
`);

export const questionnaireItemsQuery = graphql(`
  query ProjectQuestionnaireItems($projectId: ID!, $language: String!) {
    competence: questionnaireItems(projectId: $projectId, questionnaire: COMPETENCE) {
      id
      ...QuestionnaireItemRow_item
    }
    evaluation: questionnaireItems(projectId: $projectId, questionnaire: SESSION_EVALUATION) {
      id
      ...QuestionnaireItemRow_item
    }
  }
`);

export const addItemMutation = graphql(`
  mutation ProjectAddQuestionnaireItem($input: AddQuestionnaireItemInput!) {
    addQuestionnaireItem(input: $input) {
      clientMutationId
      item {
        id
        code
      }
    }
  }
`);

export const retireItemMutation = graphql(`
  mutation ProjectRetireQuestionnaireItem($input: RetireQuestionnaireItemInput!) {
    retireQuestionnaireItem(input: $input) {
      clientMutationId
      item {
        id
        retiredAt
      }
    }
  }
`);

const DIMENSIONS: readonly CompetenceDimension[] = [
  'SELF_EFFICACY',
  'TRUST',
  'KNOWLEDGE',
  'PLURALISM',
  'PARTICIPATION',
];
const KINDS: readonly QuestionnaireKind[] = ['COMPETENCE', 'SESSION_EVALUATION'];

// A project's questionnaires on its page: the standard items (fixed, so that projects compare) and the project's
// own, which those who plan sessions and the evaluators may add and stop asking.
export function QuestionnaireItemsPanel({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation('questionnaire');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, error, refetch } = useQuery(questionnaireItemsQuery, { variables: { projectId, language } });
  if (error && isAccessDenied(error)) return null;
  if (!data) return null;
  const lists = { COMPETENCE: data.competence, SESSION_EVALUATION: data.evaluation } as const;
  return (
    <section className="project-page__section questionnaire-items" aria-labelledby="project-questionnaires">
      <h2 id="project-questionnaires">{t('items.heading')}</h2>
      <p className="questionnaire-items__intro">{t('items.intro')}</p>
      {canEdit && <AddItemDialog projectId={projectId} onAdded={() => void refetch()} />}
      {KINDS.map((kind) => (
        <ItemTable
          key={kind}
          kind={kind}
          items={lists[kind]}
          projectId={projectId}
          canEdit={canEdit}
          onChanged={() => void refetch()}
        />
      ))}
    </section>
  );
}

function ItemTable(props: {
  kind: QuestionnaireKind;
  items: readonly FragmentType<typeof itemFields>[];
  projectId: string;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('questionnaire');
  const format = useFormat();
  const items = getFragmentData(itemFields, props.items);
  const [retire, { error }] = useMutation(retireItemMutation);
  const competence = props.kind === 'COMPETENCE';
  return (
    <div className="questionnaire-items__list">
      <h3 className="questionnaire-items__caption">{t(`items.${props.kind}`)}</h3>
      {/* A wide table scrolls on its own on a phone; focusable, so that a keyboard can scroll it. */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <section className="ws-table-wrap" tabIndex={0} aria-label={t(`items.${props.kind}`)}>
        <table className="ws-table questionnaire-items__table">
          <thead>
            <tr>
              <th scope="col">{t('items.code')}</th>
              <th scope="col">{t('items.question')}</th>
              {competence && <th scope="col">{t('items.dimension')}</th>}
              <th scope="col">{t('items.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={item.retiredAt ? 'questionnaire-items__retired' : undefined}>
                <th scope="row" className="questionnaire-items__code">
                  {item.code}
                </th>
                <td>
                  <span lang={item.text.language} dir="auto">
                    {item.text.text}
                  </span>
                  <span className="questionnaire-items__languages">
                    {item.translations.map((tr) => format.languageName(tr.language)).join(', ')}
                  </span>
                </td>
                {competence && <td>{item.dimension ? t(`dimension.${item.dimension}`) : '–'}</td>}
                <td>
                  {item.shipped ? (
                    <Badge tone="neutral">{t('items.shipped')}</Badge>
                  ) : item.retiredAt ? (
                    <Badge tone="warning">{t('items.retired')}</Badge>
                  ) : (
                    <span className="questionnaire-items__own">
                      <Badge tone="info">{t('items.own')}</Badge>
                      {props.canEdit && (
                        <Button
                          className="button button--quiet button--small"
                          onPress={() =>
                            void retire({ variables: { input: { projectId: props.projectId, code: item.code } } })
                              .then(props.onChanged)
                              .catch(() => undefined)
                          }
                        >
                          {t('items.retire', { code: item.code })}
                        </Button>
                      )}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {error && <MutationError error={error} />}
    </div>
  );
}

function AddItemDialog({ projectId, onAdded }: { projectId: string; onAdded: () => void }) {
  const { t } = useTranslation('questionnaire');
  const format = useFormat();
  const [kind, setKind] = useState<QuestionnaireKind>('COMPETENCE');
  const [dimension, setDimension] = useState<CompetenceDimension | 'NONE'>('NONE');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [add, { loading, error, reset }] = useMutation(addItemMutation);
  return (
    <DialogTrigger>
      <Button className="button button--secondary questionnaire-items__add">{t('items.add')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <Form
                className="ws-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  const given = Object.entries(texts)
                    .map(([language, text]) => ({ language, text: text.trim() }))
                    .filter((entry) => entry.text);
                  void add({
                    variables: {
                      input: {
                        projectId,
                        questionnaire: kind,
                        texts: given,
                        ...(kind === 'COMPETENCE' && dimension !== 'NONE' ? { dimension } : {}),
                      },
                    },
                  })
                    .then((result) => {
                      if (!result.data) return;
                      setTexts({});
                      onAdded();
                      close();
                    })
                    .catch(() => undefined);
                }}
              >
                <Heading slot="title" className="dialog__title">
                  {t('items.addTitle')}
                </Heading>
                <SelectField
                  label={t('items.addTo')}
                  options={KINDS.map((k) => ({ id: k, label: t(`items.${k}`) }))}
                  value={kind}
                  onChange={(value) => {
                    setKind(value as QuestionnaireKind);
                    reset();
                  }}
                />
                {kind === 'COMPETENCE' && (
                  <SelectField
                    label={t('items.dimension')}
                    options={[
                      ...DIMENSIONS.map((d) => ({ id: d, label: t(`dimension.${d}`) })),
                      { id: 'NONE', label: t('items.noDimension') },
                    ]}
                    value={dimension}
                    onChange={(value) => setDimension(value as CompetenceDimension | 'NONE')}
                  />
                )}
                {languages.map(({ code }) => (
                  <TextInput
                    key={code}
                    label={t('items.text', { language: format.languageName(code) })}
                    description={code === firstLanguage ? t('items.textHint') : undefined}
                    value={texts[code] ?? ''}
                    onChange={(text) => setTexts({ ...texts, [code]: text })}
                    maxLength={300}
                    isRequired={code === firstLanguage}
                  />
                ))}
                {error && <MutationError error={error} />}
                <div className="ws-form__actions">
                  <Button type="submit" className="button" isPending={loading}>
                    {t('items.addConfirm')}
                  </Button>
                  <Button className="button button--secondary" onPress={close}>
                    {t('items.cancel')}
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
