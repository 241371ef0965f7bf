import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../../common/format.js';
import type { CheckIn } from '../../../../common/roster/plan-schemas.js';
import { api } from '../../../api/client.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { planKeys, rosterBase, useMyCheckIn } from '../planning-api.js';

/** "I'm on site" / "I'm leaving": today's check-in, which drives the live coverage. */
export function CheckInCard({ slug, timeZone }: { slug: string; timeZone: string }) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const client = useQueryClient();
  const state = useMyCheckIn(slug);
  const toggle = useMutation({
    mutationFn: (onSite: boolean) => api<CheckIn>('POST', `${rosterBase(slug)}/${onSite ? 'check-out' : 'check-in'}`),
    onSuccess: (data) => {
      client.setQueryData(planKeys.myCheckIn(slug), data);
      void client.invalidateQueries({ queryKey: planKeys.live(slug) });
    },
  });
  const data = state.data;
  const onSite = data?.onSite ?? false;
  return (
    <section className="panel check-in-card" aria-labelledby="t-checkin">
      <h2 id="t-checkin">{t('today.title')}</h2>
      <FormProblem error={toggle.error ?? state.error} />
      <p role="status" className={onSite ? 'status-badge status-available' : 'status-badge status-away'}>
        {data?.checkedInAt && onSite
          ? t('today.onSiteSince', { time: formatClock(new Date(data.checkedInAt), current, timeZone) })
          : data?.checkedOutAt
            ? t('today.leftAt', { time: formatClock(new Date(data.checkedOutAt), current, timeZone) })
            : t('today.notOnSite')}
      </p>
      <button
        type="button"
        className={onSite ? 'button button-secondary' : 'button'}
        disabled={!data || toggle.isPending}
        onClick={() => toggle.mutate(onSite)}
      >
        {t(onSite ? 'today.checkOut' : 'today.checkIn')}
      </button>
    </section>
  );
}
