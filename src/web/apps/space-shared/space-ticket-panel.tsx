import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StationKind } from '../../../common/domain.js';
import type { SpaceTicketView } from '../../../common/space/schemas.js';
import { FormProblem } from '../../ui/form-problem.js';
import { Icon } from '../../ui/icons.js';
import { spaceApi } from './space-api.js';
import { SpaceTicketResult } from './space-ticket-result.js';
import './space.css';

type Props = { issue: (kind: StationKind) => Promise<SpaceTicketView>; large?: boolean };

/** "Digital space": choose a computer or a tablet, get a place on the waiting list. */
function SpaceTicketPanel({ issue, large = false }: Props) {
  const { t } = useTranslation('space');
  const mutation = useMutation({ mutationFn: issue });
  return (
    <section className="panel space-ticket-panel" aria-labelledby="space-ticket-title">
      <h2 id="space-ticket-title">{t('ticket.title')}</h2>
      <p>{t('ticket.lead')}</p>
      <FormProblem error={mutation.error} />
      <div className="button-row">
        {(['computer', 'tablet'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className={large ? 'button button-large' : 'button'}
            disabled={mutation.isPending}
            onClick={() => mutation.mutate(kind)}
          >
            <Icon name={kind} size={large ? 28 : 18} /> {t(`ticket.want.${kind}`)}
          </button>
        ))}
      </div>
      {mutation.data && <SpaceTicketResult ticket={mutation.data} />}
    </section>
  );
}

/** For the kiosk app: `<KioskSpaceTickets token={deviceToken} />`. */
export function KioskSpaceTickets({ token }: { token: string }) {
  return <SpaceTicketPanel large issue={(kind) => spaceApi.kioskIssue(token, kind)} />;
}

/** For the reception app: `<ReceptionSpaceTickets slug={siteSlug} />`. */
export function ReceptionSpaceTickets({ slug }: { slug: string }) {
  return <SpaceTicketPanel issue={(kind) => spaceApi.issue(slug, kind)} />;
}
