import { AdminProjectActions } from '../features/project/AdminProjectActions';
import { LandingPage } from './LandingPage';
import type { LazyPage } from './lazyPage';
import { LoadingState } from './ui/LoadingState';
import { LazyErrorState as ErrorState } from './ui/LazyErrorState';
import { useViewer } from './viewer';

// '/': the projects for staff; for everyone else what Samenspraak is and the two ways in.
export function HomePage({ projects: ProjectsPage }: { projects: LazyPage }) {
  const { viewer, account, error, refetch } = useViewer();
  if (!viewer) return error ? <ErrorState error={error} onRetry={() => void refetch()} level={1} /> : <LoadingState />;
  if (!account) return <LandingPage />;
  return (
    <>
      {account.role === 'ADMINISTRATOR' && <AdminProjectActions />}
      <ProjectsPage />
    </>
  );
}
