import { Alert, Button, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { CASE_KIND_LABELS_NB, STATUS_LABELS_NB, ABSENCE_KIND_LABELS_NB } from '../api/codes';
import { minPosition } from '../api/positions';
import { keys, useUnits, useUsers } from '../api/queries';
import type { CaseListItem, CasePage } from '../api/types';
import { useUser } from '../auth/auth-context';
import { can } from '../auth/permissions';
import { problemMessage } from '../labels/errors';
import { formatDate, formatDateTime } from '../labels/format';
import { DEADLINE_STATUS_LABELS_NB } from '../api/codes';
import { usePageTitle } from '../layout/page-title';
import { CaseListFilters, type CaseFilters } from './case-list-filters';

const PAGE_SIZE = 25;

function readFilters(params: URLSearchParams): CaseFilters {
  return {
    status: params.get('status') ?? '',
    enhet: params.get('enhet') ?? '',
    leder: params.get('leder') ?? '',
    forfalte: params.get('forfalte') === 'ja',
    q: params.get('q') ?? '',
  };
}

function writeFilters(filters: CaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.enhet) params.set('enhet', filters.enhet);
  if (filters.leder) params.set('leder', filters.leder);
  if (filters.forfalte) params.set('forfalte', 'ja');
  if (filters.q) params.set('q', filters.q);
  return params;
}

/** "Saker" for HR and admin, "Mine saker" for a leader (the API returns only theirs). */
export function CaseListPage() {
  const user = useUser();
  const isLeader = user.role === 'leader';
  const title = isLeader ? 'Mine saker' : 'Saker';
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const units = useUnits();
  const users = useUsers(!isLeader);
  const leaders = isLeader ? null : (users.data ?? []).filter((u) => u.role === 'leader');

  const list = useInfiniteQuery({
    queryKey: [...keys.cases, filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<CasePage>('GET', '/api/cases', {
        query: {
          status: filters.status,
          unitId: filters.enhet,
          leaderId: isLeader ? undefined : filters.leder,
          overdue: filters.forfalte ? 'true' : undefined,
          q: filters.q,
          limit: PAGE_SIZE,
          cursor: pageParam,
          minPosition: minPosition(),
        },
      }),
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="md">
          {title}
        </Heading>
        {can(user.role, 'openCase') && (
          <Button asChild>
            <RouterLink to="/saker/ny">Ny sak</RouterLink>
          </Button>
        )}
      </div>
      <CaseListFilters filters={filters} onChange={(next) => setParams(writeFilters(next))} units={units.data ?? []} leaders={leaders} />
      {list.isPending ? (
        <div className="page-loading">
          <Spinner aria-label="Henter saker" />
        </div>
      ) : list.isError ? (
        <Alert data-color="danger">{problemMessage(list.error)}</Alert>
      ) : rows.length === 0 ? (
        <Paragraph>Ingen saker passer med filtrene.</Paragraph>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Saksliste">
            <Table zebra data-size="sm" className="case-table">
              <caption className="visually-hidden">{title}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Sak og ansatt</Table.HeaderCell>
                  <Table.HeaderCell>Enhet</Table.HeaderCell>
                  <Table.HeaderCell>Leder</Table.HeaderCell>
                  <Table.HeaderCell>Type</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                  <Table.HeaderCell>Åpne risikoer</Table.HeaderCell>
                  <Table.HeaderCell>Åpne tiltak</Table.HeaderCell>
                  <Table.HeaderCell>Fravær nå</Table.HeaderCell>
                  <Table.HeaderCell>Neste frist</Table.HeaderCell>
                  <Table.HeaderCell>Sist aktivitet</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((row) => (
                  <CaseRow key={row.id} row={row} />
                ))}
              </Table.Body>
            </Table>
          </div>
          <p className="list-count" role="status">
            Viser {rows.length} {rows.length === 1 ? 'sak' : 'saker'}
            {list.hasNextPage ? '' : ' (alle)'}
          </p>
          {list.hasNextPage && (
            <Button variant="secondary" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? 'Henter …' : 'Vis flere'}
            </Button>
          )}
        </>
      )}
    </>
  );
}

function CaseRow({ row }: { row: CaseListItem }) {
  const overdue = row.nextDeadline?.status === 'overdue';
  return (
    <Table.Row className={overdue ? 'row--overdue' : undefined}>
      <Table.Cell>
        <Link asChild>
          <RouterLink to={`/saker/${row.id}`}>{row.title ?? 'Uten tittel'}</RouterLink>
        </Link>
        <div className="cell-sub">{row.employee.name ?? 'Slettet ansatt'}</div>
      </Table.Cell>
      <Table.Cell>{row.unit.name ?? '–'}</Table.Cell>
      <Table.Cell>{row.leader.name ?? '–'}</Table.Cell>
      <Table.Cell>{CASE_KIND_LABELS_NB[row.kind] ?? row.kind}</Table.Cell>
      <Table.Cell>{STATUS_LABELS_NB[row.status] ?? row.status}</Table.Cell>
      <Table.Cell className="num">{row.openRisks}</Table.Cell>
      <Table.Cell className="num">{row.openActions}</Table.Cell>
      <Table.Cell>
        {row.currentAbsence ? `${row.currentAbsence.grade} % ${ABSENCE_KIND_LABELS_NB[row.currentAbsence.kind].toLowerCase()}` : 'Nei'}
      </Table.Cell>
      <Table.Cell>
        {row.nextDeadline ? (
          <>
            {overdue && (
              <Tag data-color="danger" data-size="sm" className="overdue-tag">
                Forfalt
              </Tag>
            )}
            <div>{row.nextDeadline.label}</div>
            <div className="cell-sub">
              {formatDate(row.nextDeadline.dueDate)} · {DEADLINE_STATUS_LABELS_NB[row.nextDeadline.status]}
            </div>
          </>
        ) : (
          'Ingen'
        )}
      </Table.Cell>
      <Table.Cell>{formatDateTime(row.lastActivityAt)}</Table.Cell>
    </Table.Row>
  );
}
