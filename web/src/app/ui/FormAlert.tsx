import { useTranslation } from 'react-i18next';
import { errorCode, fieldProblems, graphQLMessages, retryAfterMinutes } from './errors';
import './Field.css';

// Codes whose meaning the reader's language says completely; for others the server's message follows.
const completeCodes = new Set(['RATE_LIMITED', 'INVITATION_EXPIRED', 'INTERNAL_SERVER_ERROR']);
const knownCodes = new Set([
  ...completeCodes,
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
]);

// What went wrong with a form as a whole, at its top: in the reader's language by the error's code,
// with the server's own words where they add something. Field problems show at their fields.
// `messages` words a code for this form, such as UNAUTHENTICATED on the sign-in form.
export function FormAlert({ error, messages = {} }: { error: unknown; messages?: Partial<Record<string, string>> }) {
  const { t } = useTranslation(['form', 'app']);
  if (!error) return null;
  const code = errorCode(error);
  const serverMessages = graphQLMessages(error);
  const ownMessage = code ? messages[code] : undefined;
  let title: string;
  let details: string[] = [];
  if (!code) {
    title = t('app:error.network');
  } else if (ownMessage) {
    title = ownMessage;
  } else if (knownCodes.has(code)) {
    // The keys exist in app.json; the code only picks one.
    title = t(`errorCode.${code}` as 'errorCode.BAD_USER_INPUT', { count: retryAfterMinutes(error) ?? 1 });
    const fieldsSpeak = code === 'BAD_USER_INPUT' && Object.keys(fieldProblems(error)).length > 0;
    if (!completeCodes.has(code) && !fieldsSpeak) details = serverMessages;
  } else {
    title = t('app:error.title');
    details = serverMessages;
  }
  return (
    <div className="form-alert" role="alert">
      <p className="form-alert__title">{title}</p>
      {details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
    </div>
  );
}
