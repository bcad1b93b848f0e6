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

// A random id for this browser, kept for a year: wrong join codes count against the device that sent them,
// and a device that joined a session once is not held back by what others on the same Wi-Fi do.
export const DEVICE_COOKIE = 'samenspraak_device';
const DEVICE_ID = /^[A-Za-z0-9_-]{32,64}$/;
const DEVICE_COOKIE_SECONDS = 365 * 24 * 3600;

export function readDeviceCookie(header: string | undefined): string | undefined {
  const value = header ? parseCookie(header)[DEVICE_COOKIE] : undefined;
  return value && DEVICE_ID.test(value) ? value : undefined;
}

export const deviceCookie = (id: string, secure: boolean): string =>
  stringifySetCookie({
    name: DEVICE_COOKIE,
    value: id,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: DEVICE_COOKIE_SECONDS,
  });

// The language a reader picked in the web app, which the app keeps beside its own remembered choice
// (web/src/app/i18n.ts): a page the server renders comes in it, as the app will speak (core/http/server-rendered.ts).
// Not a secret and not httpOnly: the app writes it.
export const LANGUAGE_COOKIE = 'samenspraak_language';

export function readLanguageCookie(header: string | undefined): string | undefined {
  return header ? parseCookie(header)[LANGUAGE_COOKIE] : undefined;
}
