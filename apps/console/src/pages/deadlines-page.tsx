import { Alert, Heading, Link, Paragraph, Spinner, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { minPosition } from '../api/positions';
import { keys } from '../api/queries';
import type { CrossCaseDeadline } from '../api/types';
import { problemMessage } from '../labels/errors';
import { addDaysIso, formatDate, todayOslo } from '../labels/format';
import { DEADLINE_STATUS_LABELS_NB } from '../api/codes';
import { DEADLINE_STATUS_COLORS } from '../labels/labels';
import { usePageTitle } from '../layout/page-title';

/** Open deadlines across one's cases before a date (default: the next 30 days). */
export default function DeadlinesPage() {
  usePageTitle('Frister');
  const [params, setParams] = useSearchParams();
  const before = params.get('for') ?? addDaysIso(todayOslo(), 30);
  const deadlines = useQuery({
    queryKey: [...keys.deadlines, before],
    queryFn: () => api<CrossCaseDeadline[]>('GET', '/api/deadlines', { query: { before, minPosition: minPosition() } }),
  });

  return (
    <>
      <Heading level={1} data-size="md">
        Frister
      </Heading>
      <Paragraph>Åpne frister i sakene dine, tidligste først. Forfalte frister står øverst.</Paragraph>
      <div className="filters">
        <Textfield
          id="frister-for"
          label="Frister før"
          type="date"
          value={before}
          onChange={(e) => e.target.value && setParams({ for: e.target.value })}
          className="field field--short"
        />
      </div>
      {deadlines.isPending ? (
        <Spinner aria-label="Henter frister" />
      ) : deadlines.isError ? (
        <Alert data-color="danger">{problemMessage(deadlines.error)}</Alert>
      ) : deadlines.data.length === 0 ? (
        <Paragraph>Ingen åpne frister før {formatDate(before)}.</Paragraph>
      ) : (
        <Table zebra data-size="sm">
          <caption className="visually-hidden">Frister før {formatDate(before)}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Dato</Table.HeaderCell>
              <Table.HeaderCell>Frist</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Sak</Table.HeaderCell>
              <Table.HeaderCell>Ansatt</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {deadlines.data.map((d, i) => (
              <Table.Row key={`${d.caseId}-${d.code}-${i}`}>
                <Table.Cell>{formatDate(d.dueDate)}</Table.Cell>
                <Table.Cell>{d.label}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={DEADLINE_STATUS_COLORS[d.status]} data-size="sm">
                    {DEADLINE_STATUS_LABELS_NB[d.status]}
                  </Tag>
                </Table.Cell>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/saker/${d.caseId}/fravaer`}>{d.caseTitle ?? 'Sak uten tittel'}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{d.employeeName ?? '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}
