import { PersonIcon } from './PersonIcon';
import './AccountMenu.css';

// Holds the account menu's place, looking the same, while its code is on its way.
export function AccountMenuPlaceholder({ name }: { name: string }) {
  return (
    <span className="account-menu__button" aria-hidden="true">
      <PersonIcon />
      <span className="account-menu__name">{name}</span>
      <span className="account-menu__chevron">▾</span>
    </span>
  );
}
