import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../common/domain.js';
import type { Me } from '../../common/schemas/auth.js';
import { NotAllowed } from '../ui/not-allowed.js';
import { QueryFailed } from '../ui/query-state.js';
import { Loading } from '../ui/loading.js';
import { hasAnyRole } from './roles.js';
import { useMe } from './session.js';

type Props = { roles: readonly Role[]; children: (me: Me) => ReactNode };

/** Sends a signed-out person to sign in, and shows "not allowed" to someone without the role. */
export function RequireRole({ roles, children }: Props) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryFailed error={me.error} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (!hasAnyRole(me.data, roles)) return <NotAllowed me={me.data} />;
  return <>{children(me.data)}</>;
}
