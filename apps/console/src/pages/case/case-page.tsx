import { Alert, Heading, Spinner } from '@digdir/designsystemet-react';
import { NavLink, Outlet } from 'react-router';
import { ApiError } from '../../api/client';
import { useCase } from '../../api/queries';
import { problemMessage } from '../../labels/errors';
import { usePageTitle } from '../../layout/page-title';
import { CaseHeader } from './case-header';
import { useCaseId } from './use-case-id';

const TABS = [
  { to: 'tidslinje', label: 'Tidslinje' },
  { to: 'risikoer', label: 'Risikoer' },
  { to: 'tiltak', label: 'Tiltak' },
  { to: 'fravaer', label: 'Fravær og frister' },
  { to: 'nav', label: 'NAV-søknad' },
  { to: 'dokumentasjon', label: 'Dokumentasjon' },
];

/** One case: its header and the tabs, each a sub-route. */
export function CasePage() {
  const caseId = useCaseId();
  const query = useCase(caseId);
  // The title is free text about a person: it stays out of the window title and browser history.
  usePageTitle(query.isError ? 'Fant ikke saken' : `Sak ${caseId.slice(0, 8)}`);

  if (query.isPending) {
    return (
      <div className="page-loading">
        <Spinner aria-label="Henter saken" />
      </div>
    );
  }
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <Heading level={1} data-size="md">
          {notFound ? 'Fant ikke saken' : 'Kunne ikke hente saken'}
        </Heading>
        <Alert data-color="danger">{problemMessage(query.error)}</Alert>
      </>
    );
  }
  const state = query.data;
  return (
    <>
      <Heading level={1} data-size="md">
        {state.title ?? 'Sak uten tittel'}
      </Heading>
      <CaseHeader state={state} />
      <nav aria-label="Saksfaner" className="case-tabs">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to}>{tab.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <section className="case-tab-panel">
        <Outlet context={state} />
      </section>
    </>
  );
}
