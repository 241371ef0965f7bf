import { useLocation } from 'react-router';
import { ROLES } from '../../../common/domain.js';
import { RequireRole } from '../../auth/require-role.js';
import { AccountPage } from './account-page.js';
import { LoginPage } from './login-page.js';
import { ResetPasswordPage } from './reset-password-page.js';

/** Sign-in, password reset and the account page share one small bundle. */
export function AuthApp() {
  const { pathname } = useLocation();
  if (pathname.startsWith('/reset-password')) return <ResetPasswordPage />;
  if (pathname.startsWith('/account')) {
    return <RequireRole roles={ROLES}>{(me) => <AccountPage me={me} />}</RequireRole>;
  }
  return <LoginPage />;
}
