import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Button, Link } from 'react-aria-components';
import { graphql } from '../../gql';
import { useFormat } from '../../app/useFormat';

export const researchExportQuery = graphql(`
  query ResearchExportSummary($projectId: ID!) {
    researchExport(projectId: $projectId) {
      projectId
      participants
      rows
      blankedAgeBands
      blankedBackgrounds
      csvPath
      jsonPath
      codebookPath
      readmePath
    }
  }
`);

type Progress =
  { state: 'idle' } | { state: 'running'; rows: number; total: number } | { state: 'done' } | { state: 'failed' };

// Downloads a streamed file while counting its rows against the number the server announced, so that a large
// project's export shows how far it is; then hands the file to the browser.
async function download(path: string, name: string, onRows: (rows: number, total: number) => void): Promise<void> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok || !response.body) throw new Error(String(response.status));
  const total = Number(response.headers.get('x-export-rows') ?? 0);
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    for (const byte of value) if (byte === 10) lines++;
    // The CSV's first line is its header.
    onRows(Math.max(0, lines - 1), total);
  }
  const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type: response.headers.get('content-type') ?? '' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ResearchDownload({ projectId }: { projectId: string }) {
  const { t } = useTranslation('indicator');
  const format = useFormat();
  const { data } = useQuery(researchExportQuery, { variables: { projectId } });
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const summary = data?.researchExport;
  if (!summary) return null;
  const start = () => {
    setProgress({ state: 'running', rows: 0, total: summary.rows });
    download(summary.csvPath, 'research-export.csv', (rows, total) => setProgress({ state: 'running', rows, total }))
      .then(() => setProgress({ state: 'done' }))
      .catch(() => setProgress({ state: 'failed' }));
  };
  return (
    <div className="indicators__section">
      <p>
        {t('research.summary', {
          participants: format.number(summary.participants),
          rows: format.number(summary.rows),
        })}
      </p>
      <p className="section-lead">
        {t('research.generalised', {
          ageBands: format.number(summary.blankedAgeBands),
          backgrounds: format.number(summary.blankedBackgrounds),
        })}
      </p>
      <div className="indicators__download">
        <Button className="button" onPress={start} isDisabled={progress.state === 'running'}>
          {t('research.csv')}
        </Button>
        <Link className="button button--secondary" href={summary.jsonPath} download>
          {t('research.json')}
        </Link>
        <Link className="button button--secondary" href={summary.codebookPath} download>
          {t('research.codebook')}
        </Link>
        <Link className="button button--secondary" href={summary.readmePath} download>
          {t('research.readme')}
        </Link>
      </div>
      <div aria-live="polite">
        {progress.state === 'running' && (
          <label>
            {t('research.progress', { rows: format.number(progress.rows), total: format.number(progress.total) })}{' '}
            <progress max={Math.max(progress.total, 1)} value={progress.rows} />
          </label>
        )}
        {progress.state === 'done' && <p>{t('research.done')}</p>}
        {progress.state === 'failed' && <p role="alert">{t('research.failed')}</p>}
      </div>
    </div>
  );
}
