import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field, Language } from '../../../common/domain.js';
import type { Me } from '../../../common/schemas/auth.js';
import type { PublicSite } from '../../api/site-queries.js';
import { deskKey, queuesKey, useQueues } from '../../api/visits-api.js';
import { FormProblem } from '../../ui/form-problem.js';
import { Loading } from '../../ui/loading.js';
import { useStaffStream } from '../../visits/use-staff-stream.js';
import { CurrentClient } from './current-client.js';
import { DeskPicker } from './desk-picker.js';
import { EndSessionDialog } from './end-session-dialog.js';
import { MyQueues } from './my-queues.js';
import { TransferDialog } from './transfer-dialog.js';
import { type DeskAction, useDesk } from './use-desk.js';
import { WaitingList } from './waiting-list.js';

/** The counsellor's desk: open it, call, serve, transfer, end; every action by keyboard, announced. */
export function DeskScreen({ me, site }: { me: Me; site: PublicSite }) {
  const { t } = useTranslation('visits');
  const { state, act, announcement } = useDesk(site.slug);
  const snapshot = useQueues(site.slug);
  useStaffStream(site.slug, [deskKey(site.slug), queuesKey(site.slug)]);
  const [dialog, setDialog] = useState<'end' | 'transfer' | null>(null);
  const callNext = useRef<HTMLButtonElement>(null);
  const acted = useRef(false);
  const currentId = state.data?.current?.id ?? null;
  useEffect(() => {
    if (!acted.current) return;
    if (currentId) document.getElementById('c-code')?.focus();
    else callNext.current?.focus();
  }, [currentId]);

  const run = (action: DeskAction, onDone?: () => void) => {
    acted.current = true;
    act.mutate(action, { onSuccess: () => onDone?.() });
  };
  const open = (which: 'end' | 'transfer') => {
    act.reset();
    setDialog(which);
  };
  if (!state.data) return <Loading />;
  const { session, current, parked, waiting } = state.data;
  const mine = me.user.fields.flatMap((field) => me.user.languages.map((language) => ({ field, language })));
  const away = session?.status === 'away';
  const siteFields: readonly Field[] = site.fields;
  const siteLanguages: readonly Language[] = site.languages;
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {!dialog && <FormProblem error={act.error} />}
      {!session ? (
        <section className="panel" aria-labelledby="d-desk">
          <h2 id="d-desk">{t('desk.whichDesk')}</h2>
          <DeskPicker
            slug={site.slug}
            busy={act.isPending}
            onOpen={(deskId) => run({ path: '/open', body: { deskId }, done: () => t('desk.done.opened') })}
          />
        </section>
      ) : (
        <section className="panel desk-bar" aria-labelledby="d-bar">
          <h2 id="d-bar" className="desk-bar-title">
            {t('desk.atDesk', { label: t('display.desk', { number: session.desk.number }) })}
          </h2>
          <p className={away ? 'status-badge status-away' : 'status-badge status-available'}>
            {t(away ? 'desk.away' : 'desk.available')}
          </p>
          <button
            type="button"
            className="button button-secondary"
            disabled={act.isPending}
            onClick={() =>
              run({
                path: '/status',
                method: 'PUT',
                body: { status: away ? 'available' : 'away' },
                done: () => t(away ? 'desk.done.back' : 'desk.done.away'),
              })
            }
          >
            {t(away ? 'desk.backNow' : 'desk.goAway')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            disabled={act.isPending || current !== null}
            onClick={() => run({ path: '/leave', done: () => t('desk.done.left') })}
          >
            {t('desk.leave')}
          </button>
        </section>
      )}
      <section className="panel" aria-labelledby="d-queues">
        <h2 id="d-queues">{t('desk.myQueues')}</h2>
        <MyQueues queues={session?.queues ?? mine} snapshot={snapshot.data} />
        {session && (
          <div className="call-next-row">
            <button
              ref={callNext}
              type="button"
              className="button button-huge"
              disabled={act.isPending || away || current !== null}
              aria-describedby="call-next-hint"
              onClick={() => run({ path: '/call-next', done: (code) => t('desk.done.called', { code }) })}
            >
              {t('desk.callNext')}
            </button>
            <p id="call-next-hint" className="hint">
              {current ? t('desk.finishFirst') : away ? t('desk.awayHint') : t('desk.callNextHint')}
            </p>
          </div>
        )}
      </section>
      {current && (
        <CurrentClient
          ticket={current}
          state={state.data}
          busy={act.isPending}
          run={run}
          onEnd={() => open('end')}
          onTransfer={() => open('transfer')}
        />
      )}
      {session && (
        <WaitingList
          waiting={waiting}
          parked={parked}
          canCall={!away && current === null}
          busy={act.isPending}
          run={run}
        />
      )}
      {current && dialog === 'end' && (
        <EndSessionDialog
          ticket={current}
          fields={siteFields}
          isOpen
          onClose={() => setDialog(null)}
          run={run}
          error={act.error}
          busy={act.isPending}
        />
      )}
      {current && dialog === 'transfer' && (
        <TransferDialog
          ticket={current}
          fields={siteFields}
          languages={siteLanguages}
          isOpen
          onClose={() => setDialog(null)}
          run={run}
          error={act.error}
          busy={act.isPending}
        />
      )}
    </>
  );
}
