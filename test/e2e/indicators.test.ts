import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';

// The evaluator of the demo opens the indicators of the project it evaluates: the paired before/after change of the
// civic competences with n and a 95% interval (from the demo's pre and post answers), every chart with its data table,
// and the research export, its JSON and its codebook, downloaded and read.

const found = DEMO_ACCOUNTS.find((account) => account.role === 'EVALUATOR');
if (!found) throw new Error('The demo data has no evaluator account.');
const evaluator = found;

async function signIn(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mail address' }).fill(evaluator.email);
  await page.getByLabel('Password', { exact: true }).fill(evaluator.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

// A simple CSV reader for the export (fields may be quoted, with "" inside).
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('indicators: the evaluator reads what changed, with nobody singled out', () => {
  const journey = useJourney();

  it(
    'should show the paired change with n and a 95% interval, a table beside every chart, and downloads that parse when the evaluator opens the demo project',
    { timeout: 240_000 },
    async () => {
      const page = await journey.openPage('/sign-in');
      await page.setViewportSize({ width: 1366, height: 900 });
      await signIn(page);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indicators' }).click();
      await page.getByRole('heading', { level: 1, name: 'Indicators' }).waitFor();
      await page
        .getByRole('link', { name: /Samen aan tafel in Mechelen/ })
        .first()
        .click();
      const competence = page.getByRole('region', { name: 'Civic competences before and after' });
      await competence.waitFor();

      // Everyone's change per competence dimension: n paired people, the mean change and an interval "a to b" around it.
      const dimensions = [
        'Self-efficacy in local politics',
        'Trust in the municipality',
        'Knowledge of how decisions are made',
        'Pluralism and living together',
        'Willingness to take part again',
      ];
      let withInterval = 0;
      for (const dimension of dimensions) {
        const table = competence.getByRole('table', { name: dimension });
        const everyone = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Everyone' }) });
        await everyone.getByRole('cell').first().waitFor();
        const [n, mean, interval] = (await everyone.getByRole('cell').allTextContents()).map((text) =>
          text.replace(/\u2212/g, '-').trim(),
        );
        const range = /^(-?[\d.]+) to (-?[\d.]+)$/.exec(interval ?? '');
        if (!range) continue;
        withInterval++;
        expect(Number(n)).toBeGreaterThanOrEqual(5);
        expect(Number(range[1])).toBeLessThanOrEqual(Number(mean));
        expect(Number(range[2])).toBeGreaterThanOrEqual(Number(mean));
      }
      expect(withInterval).toBeGreaterThan(0);

      // Every chart has its data table.
      const charts = page.locator('figure.indicator-chart');
      expect(await charts.count()).toBeGreaterThan(5);
      for (const chart of await charts.all()) expect(await chart.locator('table').count()).toBe(1);
      expect(await journey.axe(page)).toEqual([]);

      // The research export: the CSV through the page's button (with its progress), then JSON and codebook as files.
      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the data (CSV)' }).click();
      const csvFile = await downloaded;
      await page.getByText('The download is ready.').waitFor();
      const csvPath = await csvFile.path();
      const { readFileSync } = await import('node:fs');
      const csv = parseCsv(readFileSync(csvPath, 'utf8').replace(/^\ufeff/, ''));
      const header = csv[0] ?? [];
      expect(header).toContain('research_id');
      expect(header).toContain('wave');
      const body = csv.slice(1).filter((r) => r.length > 1);
      expect(body.length).toBeGreaterThan(0);
      expect(body.every((r) => r.length === header.length)).toBe(true);
      // No database id nor pseudonym in the rows: research ids are random, not the participants' uuids.
      const researchIds = new Set(body.map((r) => r[header.indexOf('research_id')]));
      expect([...researchIds].some((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(id ?? ''))).toBe(false);

      const jsonHref = await page.getByRole('link', { name: 'Data (JSON)' }).getAttribute('href');
      const codebookHref = await page.getByRole('link', { name: 'Codebook' }).getAttribute('href');
      const json = (await (await page.request.get(jsonHref ?? '')).json()) as unknown;
      const jsonRows = Array.isArray(json) ? json : ((json as { rows?: unknown[] }).rows ?? []);
      expect(jsonRows.length).toBe(body.length);
      const codebook = (await (await page.request.get(codebookHref ?? '')).json()) as {
        variables: { name: string }[];
      };
      const documented = new Set(codebook.variables.map((v) => v.name));
      expect(header.filter((name) => !documented.has(name))).toEqual([]);

      // Axe at a phone's width too.
      await page.setViewportSize({ width: 375, height: 800 });
      await competence.waitFor();
      expect(await journey.axe(page)).toEqual([]);
      expect(journey.pageErrors).toEqual([]);
    },
  );
});
