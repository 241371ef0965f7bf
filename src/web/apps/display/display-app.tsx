import { useCallback, useRef } from 'react';
import type { SiteEvent } from '../../../common/events.js';
import type { SiteEventHandler } from '../../api/site-events.js';
import { DeviceShell } from '../device/device-shell.js';
import { DisplayBoard } from './display-board.js';

/** The waiting-area screen (a TV): an enrolled device that follows the site's calls by push. */
export function DisplayApp() {
  const listener = useRef<SiteEventHandler | null>(null);
  const onSiteEvent = useCallback((event: SiteEvent) => listener.current?.(event), []);
  return (
    <DeviceShell kind="display" onSiteEvent={onSiteEvent}>
      {({ site, token }) => <DisplayBoard site={site} token={token} listener={listener} />}
    </DeviceShell>
  );
}
