import { parseCookie, stringifySetCookie } from 'cookie';

export const LOGIN_COOKIE = 'samenspraak_login';

export function readLoginCookie(header: string | undefined): string | undefined {
  return header ? parseCookie(header)[LOGIN_COOKIE] : undefined;
}

// httpOnly so scripts cannot read it; SameSite=Lax so other sites cannot send it with their forms.
export function loginCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return stringifySetCookie({
    name: LOGIN_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export const clearedLoginCookie = (secure: boolean): string => loginCookie('', 0, secure);
