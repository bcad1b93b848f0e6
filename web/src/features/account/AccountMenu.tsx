import { useTranslation } from 'react-i18next';
import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover } from 'react-aria-components';
import { PersonIcon } from '../../app/PersonIcon';
import type { StaffAccount } from '../../app/viewer';
import { useSignOut } from './useSignOut';
import '../../app/AccountMenu.css';

// The signed-in staff member's name in the header, with what they can do with their account.
export function AccountMenu({ account }: { account: StaffAccount }) {
  const { t } = useTranslation();
  const { signOut, error } = useSignOut();
  return (
    <div className="account-menu">
      <MenuTrigger>
        {/* Named by what it shows (the person's name) and then what it is, so that the name one sees is the start of
            the name one says to a voice control; on a phone the name is hidden from sight but still read. One label
            rather than the name's and the suffix's boxes, which a browser may join with a space. */}
        <Button className="account-menu__button" aria-label={`${account.displayName}${t('account.menuSuffix')}`}>
          <PersonIcon />
          <span className="account-menu__name">{account.displayName}</span>
          <span className="account-menu__chevron" aria-hidden="true">
            ▾
          </span>
        </Button>
        <Popover className="account-menu__popover" placement="bottom end">
          <Menu className="account-menu__menu">
            <MenuSection>
              <Header className="account-menu__header">
                <span className="account-menu__header-name">{account.displayName}</span>
                <span className="account-menu__header-detail">{account.email}</span>
                <span className="account-menu__header-detail">{t(`role.${account.role}`)}</span>
              </Header>
              <MenuItem className="account-menu__item" href="/account/password">
                {t('account.changePassword')}
              </MenuItem>
              <MenuItem className="account-menu__item" onAction={() => void signOut()}>
                {t('account.signOut')}
              </MenuItem>
            </MenuSection>
          </Menu>
        </Popover>
      </MenuTrigger>
      {error && (
        <p className="account-menu__error" role="alert">
          {t('account.signOutFailed')}
        </p>
      )}
    </div>
  );
}
