// Marks the account menu: a head and shoulders.
export function PersonIcon() {
  return (
    <svg className="account-menu__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="7" r="3.4" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M3.5 17.5c.8-3.4 3.4-5.4 6.5-5.4s5.7 2 6.5 5.4" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
