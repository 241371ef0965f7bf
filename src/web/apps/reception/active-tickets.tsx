import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../common/format.js';
import type { StaffTicket, TicketView } from '../../../common/visits/schemas.js';
import { api } from '../../api/client.js';
import type { PublicSite } from '../../api/site-queries.js';
import { queuesKey, sitePath, ticketsKey } from '../../api/visits-api.js';
import { useLanguage } from '../../i18n/use-language.js';
import { FormProblem } from '../../ui/form-problem.js';
import { Loading } from '../../ui/loading.js';
import { TableScroll } from '../../ui/table-scroll.js';

type Props = { site: PublicSite; onShow: (ticket: TicketView) => void };

/** Today's active tickets, with reprint and cancel (after a confirmation). */
export function ActiveTickets({ site, onShow }: Props) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const list = useQuery({
    queryKey: ticketsKey(site.slug),
    queryFn: () => api<StaffTicket[]>('GET', `${sitePath(site.slug)}/tickets`),
  });
  const reprint = useMutation({
    mutationFn: (id: string) => api<TicketView>('GET', `${sitePath(site.slug)}/tickets/${id}`),
    onSuccess: onShow,
  });
  const cancel = useMutation({
    mutationFn: (ticket: StaffTicket) => api('POST', `${sitePath(site.slug)}/tickets/${ticket.id}/cancel`),
    onSuccess: (_, ticket) => {
      setConfirming(null);
      setDone(t('reception.cancelled', { code: ticket.code }));
      void client.invalidateQueries({ queryKey: ticketsKey(site.slug) });
      void client.invalidateQueries({ queryKey: queuesKey(site.slug) });
    },
  });
  if (!list.data) return <Loading />;
  return (
    <>
      <p className="visually-hidden" role="status">
        {done}
      </p>
      <FormProblem error={cancel.error ?? reprint.error} />
      {list.data.length === 0 ? (
        <p>{t('reception.noTickets')}</p>
      ) : (
        <TableScroll label={t('reception.activeTickets')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('reception.activeTickets')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reception.code')}</th>
                <th scope="col">{t('reception.field')}</th>
                <th scope="col">{t('reception.status')}</th>
                <th scope="col">{t('reception.since')}</th>
                <th scope="col">{t('reception.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((ticket) => (
                <tr key={ticket.id}>
                  <th scope="row" className="ticket-code-cell">
                    {ticket.code}
                  </th>
                  <td>
                    {t(`common:field.${ticket.field}.label`)} · {ticket.language.toUpperCase()}
                  </td>
                  <td>{t(`status.${ticket.status}`)}</td>
                  <td>{formatClock(new Date(ticket.issuedAt), current, site.timeZone)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      onClick={() => reprint.mutate(ticket.id)}
                    >
                      {t('reception.reprint', { code: ticket.code })}
                    </button>
                    {confirming === ticket.id ? (
                      <>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => cancel.mutate(ticket)}
                        >
                          {t('reception.confirmCancel', { code: ticket.code })}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-quiet"
                          onClick={() => setConfirming(null)}
                        >
                          {t('reception.keep')}
                        </button>
                      </>
                    ) : (
                      ticket.status === 'waiting' && (
                        <button
                          type="button"
                          className="button button-small button-quiet"
                          onClick={() => setConfirming(ticket.id)}
                        >
                          {t('reception.cancel', { code: ticket.code })}
                        </button>
                      )
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
