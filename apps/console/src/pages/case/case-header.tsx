import { Tag } from '@digdir/designsystemet-react';
import { ABSENCE_KIND_LABELS_NB, CASE_KIND_LABELS_NB, STATUS_LABELS_NB } from '../../api/codes';
import { useDeadlines } from '../../api/queries';
import type { CaseState, Deadline } from '../../api/types';
import { formatDate, todayOslo } from '../../labels/format';
import { DEADLINE_STATUS_COLORS } from '../../labels/labels';

/** The open duty or milestone that comes first (overdue ones first of all). */
export function nextDeadline(deadlines: Deadline[] | undefined): Deadline | undefined {
  return (deadlines ?? [])
    .filter((d) => d.status === 'overdue' || d.status === 'due_soon' || d.status === 'upcoming')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
}

export function currentAbsence(state: CaseState) {
  const today = todayOslo();
  return state.absences.find((a) => a.from <= today && (!a.to || a.to >= today));
}

/**
 * Status, employee, leader, unit, current absence and the next deadline of a case. The names
 * come with the case itself (GET /api/cases/:id `names`), so every role that may open the case
 * sees them; an erased employee's name is null.
 */
export function CaseHeader({ state }: { state: CaseState }) {
  const deadlines = useDeadlines(state.id);
  const employeeName = state.names?.employee ?? '–';
  const leaderName = state.names?.leader ?? '–';
  const unitName = state.names?.unit ?? '–';
  const absence = currentAbsence(state);
  const next = nextDeadline(deadlines.data);

  return (
    <dl className="case-facts">
      <div>
        <dt>Status</dt>
        <dd>
          <Tag data-color={state.status === 'open' ? 'success' : 'neutral'} data-size="sm">
            {state.status === 'empty' ? '–' : STATUS_LABELS_NB[state.status]}
          </Tag>
        </dd>
      </div>
      <div>
        <dt>Ansatt</dt>
        <dd>{employeeName}</dd>
      </div>
      <div>
        <dt>Nærmeste leder</dt>
        <dd>{leaderName}</dd>
      </div>
      <div>
        <dt>Enhet</dt>
        <dd>{unitName}</dd>
      </div>
      <div>
        <dt>Sakstype</dt>
        <dd>{state.kind ? CASE_KIND_LABELS_NB[state.kind] : '–'}</dd>
      </div>
      <div>
        <dt>Fravær nå</dt>
        <dd>{absence ? `${absence.grade} % ${ABSENCE_KIND_LABELS_NB[absence.kind].toLowerCase()} fra ${formatDate(absence.from)}` : 'Ikke registrert fravær i dag'}</dd>
      </div>
      <div>
        <dt>Neste frist</dt>
        <dd>
          {next ? (
            <>
              {next.label} {formatDate(next.dueDate)}{' '}
              <Tag data-color={DEADLINE_STATUS_COLORS[next.status]} data-size="sm">
                {next.statusLabel}
              </Tag>
            </>
          ) : (
            'Ingen åpne frister'
          )}
        </dd>
      </div>
    </dl>
  );
}
