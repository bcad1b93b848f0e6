import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/useFormat';
import { COMMON_LANGUAGES } from '../shared/consent';
import { CheckboxGroupField, NumberInput, TextInput } from '../shared/Fields';

export interface SessionDetails {
  title: string;
  date: string; // YYYY-MM-DD, local
  time: string; // HH:MM, local
  location: string;
  languages: string[];
  capacity: number;
  durationMinutes: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function detailsFromSession(session: {
  title: string;
  startsAt: string;
  location: string;
  languages: readonly string[];
  capacity: number;
  durationMinutes: number;
}): SessionDetails {
  const start = new Date(session.startsAt);
  return {
    title: session.title,
    date: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`,
    time: `${pad(start.getHours())}:${pad(start.getMinutes())}`,
    location: session.location,
    languages: [...session.languages],
    capacity: session.capacity,
    durationMinutes: session.durationMinutes,
  };
}

// The date and time are the facilitator's local ones; the server keeps the instant.
export const startsAtOf = (details: SessionDetails): string =>
  new Date(`${details.date}T${details.time}`).toISOString();

// The fields of a session's details, shared by "New session" and the plan page.
export function SessionDetailsFields({
  value,
  onChange,
  isDisabled,
}: {
  value: SessionDetails;
  onChange: (value: SessionDetails) => void;
  isDisabled?: boolean;
}) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const set = <K extends keyof SessionDetails>(key: K, next: SessionDetails[K]) => onChange({ ...value, [key]: next });
  const languageOptions = [...new Set([...value.languages, ...COMMON_LANGUAGES])].map((tag) => ({
    id: tag,
    label: format.languageName(tag),
  }));
  return (
    <>
      <TextInput
        label={t('detailsForm.title')}
        name="title"
        value={value.title}
        onChange={(v) => set('title', v)}
        isRequired
        minLength={3}
        maxLength={200}
        isDisabled={isDisabled}
      />
      <div className="ws-form__row">
        <TextInput
          label={t('detailsForm.date')}
          type="date"
          name="date"
          value={value.date}
          onChange={(v) => set('date', v)}
          isRequired
          isDisabled={isDisabled}
        />
        <TextInput
          label={t('detailsForm.time')}
          type="time"
          name="time"
          value={value.time}
          onChange={(v) => set('time', v)}
          isRequired
          isDisabled={isDisabled}
        />
        <NumberInput
          label={t('detailsForm.duration')}
          name="durationMinutes"
          value={value.durationMinutes}
          onChange={(v) => set('durationMinutes', v)}
          minValue={15}
          maxValue={600}
          step={5}
          isRequired
          isDisabled={isDisabled}
        />
      </div>
      <div className="ws-form__row">
        <TextInput
          label={t('detailsForm.place')}
          name="location"
          value={value.location}
          onChange={(v) => set('location', v)}
          isRequired
          minLength={2}
          maxLength={300}
          isDisabled={isDisabled}
        />
        <NumberInput
          label={t('detailsForm.capacity')}
          name="capacity"
          value={value.capacity}
          onChange={(v) => set('capacity', v)}
          minValue={1}
          maxValue={500}
          isRequired
          isDisabled={isDisabled}
        />
      </div>
      <CheckboxGroupField
        label={t('detailsForm.languages')}
        description={t('detailsForm.languagesHint')}
        options={languageOptions}
        value={value.languages}
        onChange={(v) => set('languages', v)}
        isRequired
      />
    </>
  );
}
