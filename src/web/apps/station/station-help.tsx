import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StationScreen } from '../../../common/space/schemas.js';
import { FormProblem } from '../../ui/form-problem.js';
import { spaceApi } from '../space-shared/space-api.js';

/** "I need help": puts the station in the stewards' help queue; the person can take it back. */
export function StationHelp({ state, token, onDone }: { state: StationScreen; token: string; onDone: () => void }) {
  const { t } = useTranslation('space');
  const raise = useMutation({ mutationFn: () => spaceApi.help(token), onSuccess: onDone });
  const cancel = useMutation({
    mutationFn: () => spaceApi.cancelHelp(token, state.help?.id ?? ''),
    onSuccess: onDone,
  });
  return (
    <div className="station-help">
      <FormProblem error={raise.error ?? cancel.error} />
      {state.help ? (
        <>
          <p className="notice notice-info" role="status">
            {state.help.status === 'acknowledged' ? t('station.helpComing') : t('station.helpRaised')}
          </p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => cancel.mutate()}
            disabled={cancel.isPending}
          >
            {t('station.helpCancel')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button-large station-help-button"
          onClick={() => raise.mutate()}
          disabled={raise.isPending}
        >
          {t('station.helpButton')}
        </button>
      )}
    </div>
  );
}
