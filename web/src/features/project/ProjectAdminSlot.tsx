import { lazy, Suspense } from 'react';
import { useViewer } from '../../app/viewer';

const ProjectAdminPanel = lazy(async () => ({ default: (await import('./ProjectAdminPanel')).ProjectAdminPanel }));

// Where the project page makes room for administrators: nothing for anyone else, and the panel's
// code only loads for administrators.
export function ProjectAdminSlot({ projectId }: { projectId: string }) {
  const { account } = useViewer();
  if (account?.role !== 'ADMINISTRATOR') return null;
  return (
    <Suspense fallback={null}>
      <ProjectAdminPanel projectId={projectId} />
    </Suspense>
  );
}
