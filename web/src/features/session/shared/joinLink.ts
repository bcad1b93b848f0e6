// The address a participant's phone opens: the join page (/join/:code), with the session's join code
// once the session is live, and the participant's own code from their card as `?personal=` when there
// is one, so that the join page can recognise them without typing it.
export function joinLink(origin: string, options: { joinCode?: string | null; personalCode?: string | null }): string {
  const url = new URL(options.joinCode ? `/join/${encodeURIComponent(options.joinCode)}` : '/join', origin);
  if (options.personalCode) url.searchParams.set('personal', options.personalCode);
  return url.toString();
}
