import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTimeline } from '../../api/queries';
import { useUser } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { CaseStatusForms } from '../../forms/case/case-status-forms';
import { NoteForm } from '../../forms/case/note-form';
import { CommandToggle } from '../../forms/command-toggle';
import { problemMessage } from '../../labels/errors';
import { formatDateTime } from '../../labels/format';
import { useCaseId } from './use-case-id';
import { useCaseState } from './use-case-state';

/** Everything that happened in the case, oldest first, in Norwegian sentences. */
export function TimelineTab() {
  const caseId = useCaseId();
  const state = useCaseState();
  const user = useUser();
  const timeline = useTimeline(caseId);
  const hr = can(user.role, 'hrCommands');

  return (
    <>
      <Heading level={2} data-size="sm">
        Tidslinje
      </Heading>
      {hr && (
        <div className="command-bar">
          {state.status === 'open' && (
            <CommandToggle openLabel="Skriv notat" successText="Notatet er lagret.">
              {(done, cancel) => <NoteForm caseId={caseId} onDone={done} onCancel={cancel} />}
            </CommandToggle>
          )}
          <CaseStatusForms caseId={caseId} status={state.status} />
        </div>
      )}
      {timeline.isPending ? (
        <Spinner aria-label="Henter tidslinjen" />
      ) : timeline.isError ? (
        <Alert data-color="danger">{problemMessage(timeline.error)}</Alert>
      ) : timeline.data.length === 0 ? (
        <Paragraph>Ingen hendelser ennå.</Paragraph>
      ) : (
        <ol className="timeline">
          {timeline.data.map((entry) => (
            <li key={entry.version}>
              <div className="timeline__meta">
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                {entry.actor.name ? ` · ${entry.actor.name}` : ''}
              </div>
              <Paragraph className="timeline__text">{entry.text}</Paragraph>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
