import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from '../../app/router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { matchLanguage } from '../../app/i18n';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { SelectInput } from '../../app/ui/SelectInput';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { isNotFound } from '../../app/ui/errors';
import { useFormat } from '../../app/useFormat';
import { TranslationEditor, type EditorOutcome } from './TranslationEditor';
import { TranslationQueueItem } from './TranslationQueueItem';
import { translationQueueQuery, translationsPageQuery } from './translationQueries';
import './TranslationsPage.css';

// The languages of a project's sessions, each once, in the order the sessions name them.
function sessionLanguages(sessions: readonly { languages: readonly string[] }[]): string[] {
  return [...new Set(sessions.flatMap((session) => session.languages))];
}

// The language to translate into: the one in the address, else the reader's own when a session speaks it, else
// the first the sessions speak.
function useTarget(languages: readonly string[]) {
  const { i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('language');
  const reader = matchLanguage(i18n.resolvedLanguage ?? i18n.language);
  const target =
    languages.find((language) => language === asked) ??
    languages.find((language) => matchLanguage(language) === reader) ??
    languages[0];
  const choose = (language: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('language', language);
        return next;
      },
      { replace: true },
    );
  return { target, choose };
}

// A translator's work in one project: the texts still missing a translation into a language of their session,
// newest first, each opened beside its translation field. Saving moves on to the next text.
export function TranslationsPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation(['translation', 'app']);
  const format = useFormat();
  const page = useQuery(translationsPageQuery, { variables: { projectId } });
  const languages = sessionLanguages(page.data?.project.sessions.edges.map(({ node }) => node) ?? []);
  const { target, choose } = useTarget(languages);
  const queue = useQuery(translationQueueQuery, {
    variables: { projectId, language: target ?? '' },
    skip: !target,
    notifyOnNetworkStatusChange: true,
  });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusOnOpen, setFocusOnOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  if (page.error && isNotFound(page.error)) return <NotFoundPage />;
  if (page.error && !page.data) return <ErrorState error={page.error} onRetry={() => void page.refetch()} level={1} />;
  if (!page.data) return <LoadingState />;

  const project = page.data.project;
  const targetName = target ? format.languageName(target) : '';
  const connection = queue.data?.translationQueue;
  const tasks = connection?.edges.map(({ node }) => node) ?? [];
  const index = Math.max(
    0,
    tasks.findIndex((task) => task.id === selectedId),
  );
  const selected = tasks[index];
  const after = tasks[index + 1] ?? tasks[index - 1];

  const open = (id: string) => {
    setSelectedId(id);
    setFocusOnOpen(true);
    setAnnouncement('');
  };
  const done = (outcome: EditorOutcome) => {
    setSelectedId(after?.id ?? null);
    setFocusOnOpen(true);
    setAnnouncement(outcome === 'approved' ? t('page.approved') : after ? t('page.saved') : t('page.savedLast'));
    // The text leaves the queue for this language; the next one stays open.
    void queue.refetch();
  };

  return (
    <article className="translations-page" aria-labelledby="translations-title">
      <title>{`${t('page.title')} · ${project.title} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs
        crumbs={[
          { href: '/', label: t('app:nav.projects') },
          { href: `/projects/${project.id}`, label: project.title },
          { label: t('page.title') },
        ]}
      />
      <header className="page-header">
        <h1 id="translations-title">{t('page.title')}</h1>
        <p className="page-header__meta">
          <bdi>{project.title}</bdi>
        </p>
        <p className="page-header__lead">{t('page.lead')}</p>
      </header>

      {!target ? (
        <p className="empty-state">{t('page.noLanguages')}</p>
      ) : (
        <>
          <search className="translations-page__filters" aria-label={t('page.target')}>
            <SelectInput
              label={t('page.target')}
              selectedKey={target}
              onSelectionChange={(key) => {
                choose(String(key));
                setSelectedId(null);
                setFocusOnOpen(false);
                setAnnouncement('');
              }}
              items={languages.map((id) => ({ id, label: format.languageName(id) }))}
            />
          </search>
          <output className="translations-page__status">{announcement}</output>
          {queue.error && !connection ? (
            <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
          ) : !connection ? (
            <LoadingState />
          ) : (
            <>
              <p className="translations-page__count">
                {t('page.count', {
                  count: connection.totalCount,
                  formatted: format.number(connection.totalCount),
                  language: targetName,
                })}
              </p>
              {tasks.length === 0 || !selected ? (
                <p className="empty-state">{t('page.empty', { language: targetName })}</p>
              ) : (
                <div className="translations-page__layout">
                  <TranslationEditor
                    key={`${selected.id}:${target}`}
                    task={selected}
                    target={target}
                    position={index + 1}
                    total={connection.totalCount}
                    machineAvailable={page.data.machineTranslationAvailable}
                    focusOnOpen={focusOnOpen}
                    onDone={done}
                    onSkip={after ? () => open(after.id) : undefined}
                    onDrafted={() => setAnnouncement(t('page.drafted'))}
                  />
                  <section className="translation-queue" aria-labelledby="translation-queue-title">
                    <h2 id="translation-queue-title">
                      {t('page.queue')} <span className="count">{format.number(connection.totalCount)}</span>
                    </h2>
                    <ol className="translation-queue__list">
                      {tasks.map((task) => (
                        <li key={task.id}>
                          <TranslationQueueItem
                            task={task}
                            target={target}
                            selected={task.id === selected.id}
                            onOpen={() => open(task.id)}
                          />
                        </li>
                      ))}
                    </ol>
                    {connection.pageInfo.hasNextPage && (
                      <SubmitButton
                        type="button"
                        className="button button--secondary"
                        pending={queue.loading}
                        onPress={() => void queue.fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
                      >
                        {t('page.more')}
                      </SubmitButton>
                    )}
                  </section>
                </div>
              )}
            </>
          )}
        </>
      )}
    </article>
  );
}
