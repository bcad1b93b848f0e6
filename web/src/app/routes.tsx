import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

// Data comes through Apollo, so the router only matches URLs; each page is its own chunk,
// fetched when a person first opens it.
const ProjectsPage = lazy(async () => ({ default: (await import('../features/project/ProjectsPage')).ProjectsPage }));
const ProjectPage = lazy(async () => ({ default: (await import('../features/project/ProjectPage')).ProjectPage }));
const SessionPage = lazy(async () => ({ default: (await import('../features/session/SessionPage')).SessionPage }));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<ProjectsPage />} />
        <Route path="projects/:projectId" element={<ProjectPage />} />
        <Route path="sessions/:sessionId" element={<SessionPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
