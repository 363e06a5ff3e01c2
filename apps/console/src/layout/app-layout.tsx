import { Button, SkipLink } from '@digdir/designsystemet-react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { can } from '../auth/permissions';
import { ROLE_LABELS_NB } from '../labels/labels';

/** The frame of every page: skip link, header with the role's menu and logout, one <main>. */
export function AppLayout() {
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const role = user?.role;
  const links = [
    can(role, 'cases') && { to: '/saker', label: role === 'leader' ? 'Mine saker' : 'Saker', end: true },
    can(role, 'openCase') && { to: '/saker/ny', label: 'Ny sak', end: true },
    can(role, 'deadlines') && { to: '/frister', label: 'Frister', end: true },
    can(role, 'riskRegister') && { to: '/risikoregister', label: 'Risikoregister', end: true },
    can(role, 'admin') && { to: '/admin', label: 'Admin', end: false },
  ].filter((link): link is { to: string; label: string; end: boolean } => Boolean(link));

  async function onLogout() {
    await logout().catch(() => undefined);
    navigate('/logg-inn', { replace: true });
  }

  return (
    <>
      <SkipLink href="#hovedinnhold">Hopp til hovedinnhold</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <a className="app-header__brand" href={user ? '/' : '/logg-inn'}>
            Arbeidsmiljøsaker
          </a>
          {user && (
            <nav aria-label="Hovedmeny" className="app-nav">
              <ul>
                {links.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} end={link.end}>
                      {link.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {user && (
            <div className="app-header__user">
              <span>
                {user.name} <span className="app-header__role">({ROLE_LABELS_NB[user.role]})</span>
              </span>
              <Button variant="secondary" data-size="sm" onClick={onLogout}>
                Logg ut
              </Button>
            </div>
          )}
        </div>
      </header>
      <main id="hovedinnhold" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
