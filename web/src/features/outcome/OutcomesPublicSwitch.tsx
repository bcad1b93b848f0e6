import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Switch } from 'react-aria-components';
import { Link } from '../../app/router';
import { graphql } from '../../gql';
import { FormAlert } from '../../app/ui/FormAlert';
import './OutcomesPublicSwitch.css';

export const setOutcomesPublicMutation = graphql(`
  mutation SetOutcomesPublic($input: SetOutcomesPublicInput!) {
    setOutcomesPublic(input: $input) {
      project {
        id
        outcomesPublic
      }
    }
  }
`);

// The municipality's choice whether anyone may read a project's outcome pages (off until it turns them on).
export function OutcomesPublicSwitch({
  projectId,
  projectTitle,
  outcomesPublic,
}: {
  projectId: string;
  projectTitle: string;
  outcomesPublic: boolean;
}) {
  const { t } = useTranslation('outcome');
  const [setPublic, { loading, error }] = useMutation(setOutcomesPublicMutation);
  return (
    <div className="outcomes-switch">
      <Switch
        className="switch"
        isSelected={outcomesPublic}
        isDisabled={loading}
        aria-label={t('switch.label', { title: projectTitle })}
        onChange={(isSelected) =>
          void setPublic({ variables: { input: { projectId, outcomesPublic: isSelected } } }).catch(() => undefined)
        }
      >
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span>{outcomesPublic ? t('switch.on') : t('switch.off')}</span>
      </Switch>
      {outcomesPublic && (
        <Link to={`/outcomes/${projectId}`} className="outcomes-switch__link">
          {t('switch.open')}
        </Link>
      )}
      <FormAlert error={error} />
    </div>
  );
}
