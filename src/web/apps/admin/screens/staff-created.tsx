import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Staff } from '../../../../common/schemas/sites/staff.js';
import { CopyBox } from '../../../ui/copy-box.js';

type Created = { staff: Staff; resetLink: { url: string; expiresAt: string } };

/** After creating an account: the one-time link the new person uses to choose a password. */
export function StaffCreated({ result }: { result: Created }) {
  const { t } = useTranslation('admin');
  return (
    <section className="panel" aria-labelledby="created-title">
      <h2 id="created-title">{t('staff.created', { name: result.staff.displayName })}</h2>
      <p role="status">{t('staff.createdHint')}</p>
      <CopyBox label={t('staff.resetLink')} value={result.resetLink.url} hint={t('staff.resetLinkHint')} />
      <Link to=".." relative="path" className="button">
        {t('staff.backToList')}
      </Link>
    </section>
  );
}
