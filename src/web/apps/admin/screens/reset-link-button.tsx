import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../common/schemas/sites/staff.js';
import { api } from '../../../api/client.js';
import { CopyBox } from '../../../ui/copy-box.js';
import { QueryFailed } from '../../../ui/query-state.js';

type ResetLink = { url: string; expiresAt: string };

/** Makes a new one-time password link for a staff member and shows it once. */
export function ResetLinkButton({ staff }: { staff: Staff }) {
  const { t } = useTranslation('admin');
  const make = useMutation({ mutationFn: () => api<ResetLink>('POST', `/api/staff/${staff.id}/reset-link`) });
  return (
    <div className="panel panel-inline">
      {make.data ? (
        <CopyBox label={t('staff.resetLink')} value={make.data.url} hint={t('staff.resetLinkHint')} />
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => make.mutate()}
          disabled={make.isPending}
        >
          {t('staff.makeResetLink')}
        </button>
      )}
      {make.isError && <QueryFailed error={make.error} />}
    </div>
  );
}
