import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, CheckboxGroup, Input, Label, SearchField } from 'react-aria-components';
import { graphql } from '../../../gql';
import { useFormat } from '../../../app/useFormat';
import { newId } from '../offline/useWorkshopQueue';
import { MutationError } from '../shared/MutationError';
import './RegistrationPicker.css';

export const registerForSessionMutation = graphql(`
  mutation WorkshopRegisterForSession($input: RegisterForSessionInput!) {
    registerForSession(input: $input) {
      clientMutationId
      registrations {
        id
      }
      session {
        id
        ...ParticipantTable_session
      }
    }
  }
`);

const normalise = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

// Puts people of the project on the session's list: a person who came to an earlier session is the same person here,
// picked by pseudonym rather than registered again. The list never grows past the capacity.
export function RegistrationPicker(props: {
  sessionId: string;
  people: readonly { id: string; pseudonym: string; erasedAt?: string | null }[];
  listed: ReadonlySet<string>;
  capacity: number;
  taken: number;
}) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const [register, { loading, error }] = useMutation(registerForSessionMutation);
  const free = Math.max(0, props.capacity - props.taken);
  const query = normalise(search);
  const candidates = props.people
    .filter((person) => !props.listed.has(person.id) && !person.erasedAt)
    .toSorted((a, b) => a.pseudonym.localeCompare(b.pseudonym, format.language));
  const shown = candidates.filter((person) => !query || normalise(person.pseudonym).includes(query));
  // What is picked stays picked while the search changes; what is on the list now is no longer offered.
  const stillPicked = picked.filter((id) => candidates.some((person) => person.id === id));

  const submit = async () => {
    const result = await register({
      variables: { input: { clientMutationId: newId(), sessionId: props.sessionId, participantIds: stillPicked } },
    }).catch(() => null);
    if (!result?.data) return;
    const count = stillPicked.length;
    setPicked([]);
    setSearch('');
    setDone(t('registration.added', { count, formatted: format.number(count) }));
  };

  if (candidates.length === 0) {
    return (
      <div className="ws-form registration-picker">
        <p className="field__description">{t('registration.allListed')}</p>
        <output className="ws-status">{done}</output>
      </div>
    );
  }
  return (
    <div className="ws-form registration-picker">
      <p className="field__description">{t('registration.addHint')}</p>
      <SearchField className="field" value={search} onChange={setSearch}>
        <Label className="field__label">{t('registration.search')}</Label>
        <Input className="field__input" autoComplete="off" />
      </SearchField>
      <CheckboxGroup
        className="field"
        value={stillPicked}
        onChange={(value) => {
          setPicked(value);
          setDone('');
        }}
      >
        <Label className="field__label">{t('registration.people')}</Label>
        {shown.length === 0 ? (
          <p className="field__description">{t('registration.noMatch')}</p>
        ) : (
          <div className="registration-picker__people">
            {shown.map((person) => (
              <Checkbox key={person.id} value={person.id} className="choice">
                <span className="choice__indicator choice__indicator--checkbox" aria-hidden="true" />
                <bdi>{person.pseudonym}</bdi>
              </Checkbox>
            ))}
          </div>
        )}
      </CheckboxGroup>
      <p className="field__description">
        {free > 0
          ? t('registration.placesLeft', { count: free, formatted: format.number(free) })
          : t('registration.full')}
      </p>
      {error && <MutationError error={error} />}
      <div className="ws-form__actions">
        <Button
          className="button"
          isDisabled={stillPicked.length === 0 || stillPicked.length > free}
          isPending={loading}
          onPress={() => void submit()}
        >
          {stillPicked.length === 0
            ? t('registration.addNone')
            : t('registration.add', { count: stillPicked.length, formatted: format.number(stillPicked.length) })}
        </Button>
        <output className="ws-status">{done}</output>
      </div>
    </div>
  );
}
