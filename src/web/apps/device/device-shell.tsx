import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { DeviceKind } from '../../../common/domain.js';
import type { SiteEventHandler } from '../../api/site-events.js';
import { brandStyle, type PublicSite, usePublicSite } from '../../api/site-queries.js';
import { Loading } from '../../ui/loading.js';
import { dropDeviceToken, readDeviceToken, saveDeviceToken } from './device-token.js';
import { EnrolmentScreen } from './enrolment-screen.js';
import { type DeviceInfo, isTokenRejected, useDevice } from './use-device.js';
import { useSiteStream } from './use-site-stream.js';

type Frame = { site: PublicSite; device: DeviceInfo; token: string };
type Props = { kind: DeviceKind; children: (frame: Frame) => ReactNode; onSiteEvent?: SiteEventHandler };

/** An appliance: enrol once with a code, then show the centre; never a staff sign-in. */
export function DeviceShell({ kind, children, onSiteEvent }: Props) {
  const client = useQueryClient();
  const [token, setToken] = useState(readDeviceToken);
  const device = useDevice(token);
  const forget = useCallback(() => {
    dropDeviceToken();
    setToken(null);
  }, []);
  useEffect(() => {
    if (device.isError && isTokenRejected(device.error)) forget();
  }, [device.isError, device.error, forget]);

  if (!token) {
    return (
      <EnrolmentScreen
        kind={kind}
        onEnrolled={(claimed) => {
          saveDeviceToken(claimed.token);
          client.setQueryData(['device-me', claimed.token], claimed.device);
          setToken(claimed.token);
        }}
      />
    );
  }
  if (!device.data) return device.isError && !isTokenRejected(device.error) ? <Offline /> : <Loading />;
  if (device.data.kind !== kind) return <Navigate to={`/${device.data.kind}`} replace />;
  return (
    <Connected token={token} device={device.data} onSiteEvent={onSiteEvent}>
      {children}
    </Connected>
  );
}

type ConnectedProps = {
  token: string;
  device: DeviceInfo;
  children: Props['children'];
  onSiteEvent?: SiteEventHandler | undefined;
};

function Connected({ token, device, children, onSiteEvent }: ConnectedProps) {
  const client = useQueryClient();
  const site = usePublicSite(device.siteSlug);
  const recheck = useCallback(() => void client.invalidateQueries({ queryKey: ['device-me', token] }), [client, token]);
  useSiteStream(device.siteSlug, token, recheck, onSiteEvent);
  if (!site.data) return site.isError ? <Offline /> : <Loading />;
  return (
    <div className={`device-shell device-${device.kind}`} style={brandStyle(site.data)}>
      {children({ site: site.data, device, token })}
    </div>
  );
}

function Offline() {
  const { t } = useTranslation('apps');
  return (
    <main id="main" className="centered-page">
      <p className="notice notice-info" role="status">
        {t('device.offline')}
      </p>
    </main>
  );
}
