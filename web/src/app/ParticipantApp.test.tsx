import { render, screen } from '@testing-library/react';
import { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from '../test/memoryRouter';
import { describe, expect, it, vi } from 'vitest';
import { createApolloClient } from './apollo';
import { catalogs } from './catalogs';
import { createI18n } from './i18n';
import { ParticipantApp } from './ParticipantApp';
import { startParticipantPage } from './participantRoutes';

async function renderParticipantApp(path: string, leave: (url: string) => void) {
  const i18n = await createI18n({ language: 'en', catalogs });
  const client = createApolloClient({ link: new MockLink([]), language: () => 'en' });
  return render(
    <ParticipantApp
      client={client}
      i18n={i18n}
      router={(routes) => <MemoryRouter path={path}>{routes}</MemoryRouter>}
      leave={leave}
    />,
  );
}

describe('ParticipantApp', () => {
  it("should say a page is not found when a participant's path has no page", async () => {
    const leave = vi.fn();
    await renderParticipantApp('/s/0b7f1c64-3b1e-4b8e-9d8e-1f0c2a6d5e11/nothing-here', leave);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(leave).not.toHaveBeenCalled();
  });

  it('should load the whole app with a full page load when the path is not a participant page', async () => {
    const leave = vi.fn();
    await renderParticipantApp('/sign-in?next=%2Fs%2F1', leave);
    await vi.waitFor(() => expect(leave).toHaveBeenCalledWith('/sign-in?next=%2Fs%2F1'));
  });
});

describe('startParticipantPage', () => {
  it("should name the namespaces of the page a participant's path opens when it is one of theirs", async () => {
    expect(startParticipantPage('/join')).toEqual(['join', 'participant']);
    expect(startParticipantPage('/join/AB12CD')).toEqual(['join', 'participant']);
    expect(startParticipantPage('/s/0b7f1c64-3b1e-4b8e-9d8e-1f0c2a6d5e11')).toEqual(['participant', 'challenge']);
    expect(startParticipantPage('/s/0b7f1c64-3b1e-4b8e-9d8e-1f0c2a6d5e11/my-data')).toEqual(['participant']);
    expect(startParticipantPage('/projects')).toEqual([]);
    // The pages' code it started to fetch, before the test ends.
    await Promise.all([
      import('../features/join/JoinPage'),
      import('../features/participant/ParticipantSessionPage'),
      import('../features/participant/MyDataPage'),
    ]);
  });
});
