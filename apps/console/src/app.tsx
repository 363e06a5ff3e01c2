import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { Spinner } from '@digdir/designsystemet-react';
import { AuthProvider, useAuth } from './auth/auth-context';
import { homePath } from './auth/permissions';
import { RequireAuth, RequirePermission } from './auth/require-auth';
import { AppLayout } from './layout/app-layout';
import { LoginPage } from './pages/login-page';
import { CaseListPage } from './pages/case-list-page';
import { CasePage } from './pages/case/case-page';
import { TimelineTab } from './pages/case/timeline-tab';
import { NotFoundPage } from './pages/not-found-page';

// Rarely used pages load on demand, to keep the first download small.
const NewCasePage = lazy(() => import('./pages/new-case-page'));
const RisksTab = lazy(() => import('./pages/case/risks-tab'));
const ActionsTab = lazy(() => import('./pages/case/actions-tab'));
const AbsenceTab = lazy(() => import('./pages/case/absence-tab'));
const NavTab = lazy(() => import('./pages/case/nav-tab'));
const DocumentationTab = lazy(() => import('./pages/case/documentation-tab'));
const RiskRegisterPage = lazy(() => import('./pages/risk-register-page'));
const DeadlinesPage = lazy(() => import('./pages/deadlines-page'));
const UsersPage = lazy(() => import('./pages/admin/users-page'));
const UnitsPage = lazy(() => import('./pages/admin/units-page'));
const OrganisationPage = lazy(() => import('./pages/admin/organisation-page'));
const EmployeesPage = lazy(() => import('./pages/admin/employees-page'));

function Lazy({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="page-loading">
          <Spinner aria-label="Laster inn" />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}

function Home() {
  const { user } = useAuth();
  return <Navigate to={user ? homePath(user.role) : '/logg-inn'} replace />;
}

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/logg-inn', element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/', element: <Home /> },
          {
            element: <RequirePermission permission="cases" />,
            children: [
              { path: '/saker', element: <CaseListPage /> },
              {
                path: '/saker/:caseId',
                element: <CasePage />,
                children: [
                  { index: true, element: <Navigate to="tidslinje" replace /> },
                  { path: 'tidslinje', element: <TimelineTab /> },
                  { path: 'risikoer', element: <Lazy><RisksTab /></Lazy> },
                  { path: 'tiltak', element: <Lazy><ActionsTab /></Lazy> },
                  { path: 'fravaer', element: <Lazy><AbsenceTab /></Lazy> },
                  { path: 'nav', element: <Lazy><NavTab /></Lazy> },
                  { path: 'dokumentasjon', element: <Lazy><DocumentationTab /></Lazy> },
                ],
              },
            ],
          },
          {
            element: <RequirePermission permission="openCase" />,
            children: [{ path: '/saker/ny', element: <Lazy><NewCasePage /></Lazy> }],
          },
          {
            element: <RequirePermission permission="deadlines" />,
            children: [{ path: '/frister', element: <Lazy><DeadlinesPage /></Lazy> }],
          },
          {
            element: <RequirePermission permission="riskRegister" />,
            children: [{ path: '/risikoregister', element: <Lazy><RiskRegisterPage /></Lazy> }],
          },
          {
            element: <RequirePermission permission="admin" />,
            children: [
              { path: '/admin', element: <Navigate to="/admin/brukere" replace /> },
              { path: '/admin/brukere', element: <Lazy><UsersPage /></Lazy> },
              { path: '/admin/enheter', element: <Lazy><UnitsPage /></Lazy> },
              { path: '/admin/virksomhet', element: <Lazy><OrganisationPage /></Lazy> },
              { path: '/admin/ansatte', element: <Lazy><EmployeesPage /></Lazy> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <AuthProvider>
      <RouterProvider router={router} />
    </AuthProvider>
  );
}
