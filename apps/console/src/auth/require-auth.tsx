import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Spinner } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { keys } from '../api/queries';
import { useAuth } from './auth-context';
import { can, type Permission } from './permissions';
import { ForbiddenPage } from '../pages/forbidden-page';

/** Sends anyone without a session to /logg-inn?neste=<the page they wanted>. */
export function RequireAuth() {
  const { status } = useAuth();
  const location = useLocation();
  const queryClient = useQueryClient();

  // A route change re-checks the session if the last check is stale (cheap: one small GET at
  // most every SESSION_CHECK_MS), so an expired session is noticed even on pages that fetch nothing.
  useEffect(() => {
    if (status === 'signed-in') void queryClient.refetchQueries({ queryKey: keys.session, type: 'active', stale: true });
  }, [status, location.pathname, queryClient]);
  if (status === 'loading') {
    return (
      <div className="page-loading">
        <Spinner aria-label="Laster inn" data-size="lg" />
      </div>
    );
  }
  if (status === 'anonymous') {
    const wanted = `${location.pathname}${location.search}`;
    return <Navigate to={`/logg-inn?neste=${encodeURIComponent(wanted)}`} replace />;
  }
  return <Outlet />;
}

/** Shows the page only to roles with the permission (the API refuses the rest anyway). */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { user } = useAuth();
  return can(user?.role, permission) ? <Outlet /> : <ForbiddenPage />;
}
