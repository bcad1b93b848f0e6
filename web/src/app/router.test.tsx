import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from '../test/memoryRouter';
import { renderApp } from '../test/renderApp';
import { staffViewer } from '../test/viewer';
import { Link, matchPath, Route, Switch, useNavigate, useParams, useSearchParams, useUrl } from './router';

function Where() {
  const { pathname, search } = useUrl();
  const { projectId } = useParams<{ projectId?: string }>();
  const navigate = useNavigate();
  return (
    <>
      <p>{`at ${pathname}${search} project ${projectId ?? 'none'}`}</p>
      <button type="button" onClick={() => navigate('/projects/new?from=button', { replace: true })}>
        Go
      </button>
    </>
  );
}

function Query() {
  const [params, setParams] = useSearchParams();
  const { search } = useUrl();
  return (
    <>
      <p>{`q is ${params.get('q') ?? 'none'}, search ${search}`}</p>
      <button
        type="button"
        onClick={() => setParams((current) => new URLSearchParams({ ...Object.fromEntries(current), q: '100%' }))}
      >
        Set
      </button>
    </>
  );
}

describe('router', () => {
  it('should match an optional parameter with and without it, in any case, and nothing longer', () => {
    expect(matchPath('/join/:code?', '/join')?.params['code']).toBeUndefined();
    expect(matchPath('/join/:code?', '/join/MECH47')?.params['code']).toBe('MECH47');
    expect(matchPath('/s/:sessionId', '/S/abc/')?.params['sessionId']).toBe('abc');
    expect(matchPath('/s/:sessionId', '/s/abc/my-data')).toBeNull();
    expect(matchPath('/join/:code?', '/joined')).toBeNull();
  });

  it('should render the first route that fits, so that a fixed segment wins over a parameter', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter path="/projects/p-1?tab=sessions">
        <Link to="/projects/p-2">Other project</Link>
        <Switch>
          <Route path="/projects/new">
            <p>new project</p>
            <Where />
          </Route>
          <Route path="/projects/:projectId">
            <Where />
          </Route>
        </Switch>
      </MemoryRouter>,
    );
    expect(screen.getByText('at /projects/p-1?tab=sessions project p-1')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Other project' }));
    expect(screen.getByText('at /projects/p-2 project p-2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByText('new project')).toBeInTheDocument();
    expect(screen.getByText('at /projects/new?from=button project none')).toBeInTheDocument();
  });

  it('should show the shell\'s "not found" for a path under the outcome pages that none of them has', async () => {
    await renderApp('/outcomes/p-mechelen/sessions/s-1/more', { viewer: staffViewer('FACILITATOR') });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('should show the method library\'s own "not found" for a path under /methods that it has no page for', async () => {
    await renderApp('/methods/m-1/edit/more', { viewer: staffViewer('FACILITATOR') });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('should read a query as typed, decoding it once, and keep it encoded in the address', async () => {
    const user = userEvent.setup();
    // A search for the text "%41": URLSearchParams writes it as %2541.
    render(
      <MemoryRouter path="/methods?q=%2541&kind=VOTING">
        <Query />
      </MemoryRouter>,
    );
    expect(screen.getByText('q is %41, search ?q=%2541&kind=VOTING')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Set' }));
    expect(screen.getByText('q is 100%, search ?q=100%25&kind=VOTING')).toBeInTheDocument();
  });
});
