import { describe, expect, it } from 'vitest';
import { useJourney } from '../support/journey.js';

describe('smoke: the stack as `npm start` runs it', () => {
  const journey = useJourney();

  it('should show the home page with a main landmark and the app title when a visitor opens it', async () => {
    const page = await journey.openPage('/');
    const main = page.getByRole('main');
    await main.waitFor({ state: 'visible' });
    expect(await main.count()).toBe(1);
    expect(await page.title()).toMatch(/Samenspraak/);
    expect(journey.pageErrors).toEqual([]);
  });

  it('should have no serious or critical WCAG 2.2 AA violations when the home page has loaded', async () => {
    const page = await journey.openPage('/');
    await page.getByRole('main').waitFor({ state: 'visible' });
    expect(await journey.axe(page)).toEqual([]);
  });

  it('should report the database up when GET /healthz is asked', async () => {
    const response = await fetch(`${journey.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('should answer { __typename } when POST /graphql is asked', async () => {
    const result = await journey.graphql('{ __typename }');
    expect(result).toEqual({ data: { __typename: 'Query' } });
  });
});
