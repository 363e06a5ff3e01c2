import { Alert, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { keys, useVerification } from '../../api/queries';
import { problemMessage } from '../../labels/errors';
import { useCaseState } from './use-case-state';

/** The case's documentation for NAV (PDF and JSON) and whether its hash chain is intact. */
export default function DocumentationTab() {
  const state = useCaseState();
  const verification = useVerification(state.id);
  const queryClient = useQueryClient();
  // Each export is recorded in the case (a new version): refresh it so later forms send the new one.
  const afterDownload = () => window.setTimeout(() => queryClient.invalidateQueries({ queryKey: keys.case(state.id) }), 1500);
  return (
    <>
      <Heading level={2} data-size="sm">
        Dokumentasjon
      </Heading>
      <Paragraph>
        Eksporten inneholder hele saken med tidslinje, tiltak, fravær og NAV-søknaden. Hver nedlasting blir registrert i saken.
      </Paragraph>
      <ul className="download-list">
        <li>
          <Link href={`/api/cases/${state.id}/export.pdf`} download onClick={afterDownload}>
            Last ned PDF
          </Link>
        </li>
        <li>
          <Link href={`/api/cases/${state.id}/export.json`} download onClick={afterDownload}>
            Last ned JSON
          </Link>
        </li>
      </ul>
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
    </>
  );
}
