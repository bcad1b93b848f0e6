import { useTranslation } from 'react-i18next';
import { Breadcrumb, Breadcrumbs, Link } from 'react-aria-components';
import './PageBreadcrumbs.css';

export interface Crumb {
  href?: string;
  label: string;
}

// Where this page sits: the last crumb is the current page.
export function PageBreadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
      <Breadcrumbs className="breadcrumbs__list">
        {crumbs.map((crumb) => (
          <Breadcrumb key={crumb.href ?? crumb.label} className="breadcrumbs__item">
            <Link className="breadcrumbs__link" {...(crumb.href ? { href: crumb.href } : {})}>
              <bdi>{crumb.label}</bdi>
            </Link>
          </Breadcrumb>
        ))}
      </Breadcrumbs>
    </nav>
  );
}
