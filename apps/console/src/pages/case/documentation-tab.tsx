import { Alert, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type MouseEvent } from 'react';
import { download } from '../../api/client';
import { keys, useAccessLog, useUsers, useVerification } from '../../api/queries';
import { ROLE_LABELS_NB, accessActionLabel, ACCESS_OUTCOME_LABELS_NB } from '../../labels/labels';
import type { Role } from '../../api/types';
import { useUser } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { problemMessage } from '../../labels/errors';
import { formatDateTimeSeconds } from '../../labels/format';
import { useCaseState } from './use-case-state';

/** How many access-log entries the tab shows (the newest). */
const ACCESS_LOG_LIMIT = 100;

/** The case's documentation for NAV (PDF and JSON) and whether its hash chain is intact. */
export default function DocumentationTab() {
  const state = useCaseState();
  const user = useUser();
  const verification = useVerification(state.id);
  const queryClient = useQueryClient();
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const startDownload = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    setDownloading(true);
    setDownloadError(null);
    download(event.currentTarget.getAttribute('href') ?? '')
      // Each export is recorded in the case (a new version): refresh it so later forms send the new one.
      .then(() => queryClient.invalidateQueries({ queryKey: keys.case(state.id) }))
      .catch((error: unknown) => setDownloadError(problemMessage(error)))
      .finally(() => setDownloading(false));
  };
  return (
    <>
      <Heading level={2} data-size="sm">
        Dokumentasjon
      </Heading>
      {can(user?.role, 'export') ? (
        <>
          <Paragraph>
            Eksporten inneholder hele saken med tidslinje, tiltak, fravær og NAV-søknaden. Hver nedlasting blir registrert i saken.
          </Paragraph>
          <ul className="download-list">
            <li>
              <Link href={`/api/cases/${state.id}/export.pdf`} download onClick={startDownload}>
                Last ned PDF
              </Link>
            </li>
            <li>
              <Link href={`/api/cases/${state.id}/export.json`} download onClick={startDownload}>
                Last ned JSON
              </Link>
            </li>
          </ul>
          <div aria-live="polite">
            {downloading && <Paragraph data-size="sm">Lager dokumentasjonen …</Paragraph>}
            {downloadError && <Alert data-color="danger">{downloadError}</Alert>}
          </div>
        </>
      ) : (
        <Paragraph>Dokumentasjonen til NAV (PDF og JSON) lastes ned av HR. Her ser du om sakens hendelseskjede er intakt.</Paragraph>
      )}
      <section className="section" aria-labelledby="integritet-heading">
        <Heading level={3} data-size="xs" id="integritet-heading">
          Integritet
        </Heading>
        {verification.isPending ? (
          <Spinner aria-label="Kontrollerer hendelseskjeden" />
        ) : verification.isError ? (
          <Alert data-color="danger">{problemMessage(verification.error)}</Alert>
        ) : verification.data.valid ? (
          <Alert data-color="success">
            <Paragraph>
              <strong>Hendelseskjeden er intakt.</strong> Alle {verification.data.eventCount} hendelser er kontrollert mot sine sjekksummer.
            </Paragraph>
            <Paragraph data-size="sm" className="hash">
              Siste sjekksum (SHA-256): <code>{verification.data.headHash}</code>
            </Paragraph>
          </Alert>
        ) : (
          <Alert data-color="danger">
            <Paragraph>
              <strong>Hendelseskjeden er brutt</strong>
              {verification.data.firstInvalidVersion ? ` fra hendelse nummer ${verification.data.firstInvalidVersion}` : ''}. Saken kan ha blitt endret utenom systemet.
            </Paragraph>
          </Alert>
        )}
      </section>
      {can(user.role, 'accessLog') && <AccessLogSection caseId={state.id} />}
    </>
  );
}

/** Who read (or tried to read) the case and when, newest first (hr, admin). */
function AccessLogSection({ caseId }: { caseId: string }) {
  const log = useAccessLog(caseId);
  const users = useUsers();
  const nameOf = (id: string | null) => {
    if (!id) return '–';
    return users.data?.find((u) => u.id === id)?.name ?? (users.isPending ? '…' : 'Ukjent bruker');
  };
  const entries = log.data ?? [];
  const newest = entries.slice(-ACCESS_LOG_LIMIT).reverse();
  return (
    <section className="section" aria-labelledby="innsyn-heading">
      <Heading level={3} data-size="xs" id="innsyn-heading">
        Innsyn i saken
      </Heading>
      <Paragraph data-size="sm">Hver gang noen åpner saken, leser deler av den eller laster den ned, blir det registrert her. Avviste forsøk blir også registrert.</Paragraph>
      {log.isPending ? (
        <Spinner aria-label="Henter innsynsloggen" />
      ) : log.isError ? (
        <Alert data-color="danger">{problemMessage(log.error)}</Alert>
      ) : entries.length === 0 ? (
        <Paragraph>Ingen har lest saken ennå.</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm" className="list-count">
            {entries.length > ACCESS_LOG_LIMIT
              ? `Viser de siste ${ACCESS_LOG_LIMIT} av ${entries.length} registreringer. Eldre registreringer vises ikke her.`
              : `${entries.length} ${entries.length === 1 ? 'registrering' : 'registreringer'}, nyeste først.`}
          </Paragraph>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Innsyn i saken, tabell">
            <Table zebra data-size="sm" className="case-table">
              <caption className="visually-hidden">Innsyn i saken</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">Tidspunkt</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Hvem</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Rolle</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Hva</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Utfall</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {newest.map((entry, index) => (
                  <Table.Row key={`${entry.at}-${index}`}>
                    <Table.Cell>
                      <time dateTime={entry.at}>{formatDateTimeSeconds(entry.at)}</time>
                    </Table.Cell>
                    <Table.Cell>{nameOf(entry.actorId)}</Table.Cell>
                    <Table.Cell>{entry.actorRole ? (ROLE_LABELS_NB[entry.actorRole as Role] ?? entry.actorRole) : '–'}</Table.Cell>
                    <Table.Cell>{accessActionLabel(entry.action)}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={entry.outcome === 'denied' ? 'danger' : 'success'} data-size="sm">
                        {ACCESS_OUTCOME_LABELS_NB[entry.outcome] ?? entry.outcome}
                      </Tag>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
