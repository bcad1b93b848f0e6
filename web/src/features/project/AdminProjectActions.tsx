import { useTranslation } from 'react-i18next';
import { Link } from '../../app/router';
import './AdminProjectActions.css';

// Above the projects, for administrators: start a new project. A plain link, so that the first page
// stays light.
export function AdminProjectActions() {
  const { t } = useTranslation('app');
  return (
    <div className="admin-project-actions">
      <Link className="button" to="/projects/new">
        <span aria-hidden="true">+</span> {t('admin.newProject')}
      </Link>
    </div>
  );
}
