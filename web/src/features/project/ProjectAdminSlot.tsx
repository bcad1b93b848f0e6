import { lazy, Suspense } from 'react';
import { useViewer } from '../../app/viewer';

const ProjectAdminPanel = lazy(async () => ({ default: (await import('./ProjectAdminPanel')).ProjectAdminPanel }));
const ProjectEditPanel = lazy(async () => ({ default: (await import('./ProjectEditPanel')).ProjectEditPanel }));

// Where the project page makes room for administrators: nothing for anyone else, and the panels' code only loads
// for administrators. A project and its partnership are its promoter's: only administrators of the promoting
// organisation get the panels (the API refuses everyone else as well).
export function ProjectAdminSlot({ projectId, promoterId }: { projectId: string; promoterId: string }) {
  const { account } = useViewer();
  if (account?.role !== 'ADMINISTRATOR') return null;
  if (!account.organisations.some((organisation) => organisation.id === promoterId)) return null;
  return (
    <>
      <Suspense fallback={null}>
        <ProjectEditPanel projectId={projectId} />
      </Suspense>
      <Suspense fallback={null}>
        <ProjectAdminPanel projectId={projectId} />
      </Suspense>
    </>
  );
}
