import { Alert, Heading, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { ABSENCE_KIND_LABELS_NB, PARTICIPANT_LABELS_NB } from '../../api/codes';
import { useDeadlines } from '../../api/queries';
import { useUser } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { AbsenceForm } from '../../forms/case/absence-form';
import { DialogueMeetingForm } from '../../forms/case/dialogue-meeting-form';
import { EndAbsenceForm } from '../../forms/case/end-absence-form';
import { FollowUpPlanForm } from '../../forms/case/follow-up-plan-form';
import { CommandToggle } from '../../forms/command-toggle';
import { problemMessage } from '../../labels/errors';
import { formatDate } from '../../labels/format';
import { DEADLINE_STATUS_COLORS } from '../../labels/labels';
import { useCaseState } from './use-case-state';

/** Absence spells, the statutory deadlines they start, follow-up plans and dialogue meetings. */
export default function AbsenceTab() {
  const state = useCaseState();
  const user = useUser();
  const deadlines = useDeadlines(state.id);
  const hr = can(user.role, 'hrCommands') && state.status === 'open';

  return (
    <>
      <Heading level={2} data-size="sm">
        Fravær og frister
      </Heading>
      {hr && (
        <div className="command-bar">
          <CommandToggle openLabel="Registrer fravær" successText="Fraværet er registrert.">
            {(done, cancel) => <AbsenceForm caseId={state.id} onDone={done} onCancel={cancel} />}
          </CommandToggle>
          <CommandToggle openLabel="Registrer oppfølgingsplan" successText="Oppfølgingsplanen er registrert." variant="secondary">
            {(done, cancel) => <FollowUpPlanForm caseId={state.id} onDone={done} onCancel={cancel} />}
          </CommandToggle>
          <CommandToggle openLabel="Registrer dialogmøte" successText="Dialogmøtet er registrert." variant="secondary">
            {(done, cancel) => <DialogueMeetingForm caseId={state.id} onDone={done} onCancel={cancel} />}
          </CommandToggle>
        </div>
      )}

      <section className="section" aria-labelledby="fravaer-heading">
        <Heading level={3} data-size="xs" id="fravaer-heading">
          Fravær
        </Heading>
        {state.absences.length === 0 ? (
          <Paragraph>Ikke registrert fravær.</Paragraph>
        ) : (
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">Fravær</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>Fra og med</Table.HeaderCell>
                <Table.HeaderCell>Til og med</Table.HeaderCell>
                <Table.HeaderCell>Grad</Table.HeaderCell>
                {hr && <Table.HeaderCell>Handling</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {state.absences.map((absence) => (
                <Table.Row key={absence.id}>
                  <Table.Cell>{ABSENCE_KIND_LABELS_NB[absence.kind]}</Table.Cell>
                  <Table.Cell>{formatDate(absence.from)}</Table.Cell>
                  <Table.Cell>{absence.to ? formatDate(absence.to) : 'Pågår'}</Table.Cell>
                  <Table.Cell>{absence.grade} %</Table.Cell>
                  {hr && (
                    <Table.Cell>
                      {!absence.to && (
                        <CommandToggle openLabel="Avslutt fravær" successText="Fraværet er avsluttet." variant="secondary" size="sm">
                          {(done, cancel) => <EndAbsenceForm caseId={state.id} absenceId={absence.id} onDone={done} onCancel={cancel} />}
                        </CommandToggle>
                      )}
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>

      <section className="section" aria-labelledby="frister-heading">
        <Heading level={3} data-size="xs" id="frister-heading">
          Frister
        </Heading>
        {deadlines.isPending ? (
          <Spinner aria-label="Henter frister" />
        ) : deadlines.isError ? (
          <Alert data-color="danger">{problemMessage(deadlines.error)}</Alert>
        ) : deadlines.data.length === 0 ? (
          <Paragraph>Ingen frister. Lovpålagte frister beregnes når fravær registreres.</Paragraph>
        ) : (
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">Frister</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Frist</Table.HeaderCell>
                <Table.HeaderCell>Dato</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Forklaring</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {deadlines.data.map((d, i) => (
                <Table.Row key={`${d.code}-${d.actionId ?? ''}-${i}`}>
                  <Table.Cell>{d.code === 'action_due' && d.title ? `${d.label}: ${d.title}` : d.label}</Table.Cell>
                  <Table.Cell>{formatDate(d.dueDate)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={DEADLINE_STATUS_COLORS[d.status]} data-size="sm">
                      {d.statusLabel}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    {d.explanation}
                    {d.statusNote ? <div className="cell-sub">{d.statusNote}</div> : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>

      <section className="section" aria-labelledby="plan-heading">
        <Heading level={3} data-size="xs" id="plan-heading">
          Oppfølgingsplaner
        </Heading>
        {state.followUpPlans.length === 0 ? (
          <Paragraph>Ingen oppfølgingsplan er registrert.</Paragraph>
        ) : (
          <ul className="plain-list">
            {state.followUpPlans.map((plan) => (
              <li key={plan.id}>
                <strong>{formatDate(plan.madeOn)}</strong>: {plan.summary ?? '–'}{' '}
                <span className="cell-sub">{plan.sharedWithSickNoteWriter ? '(delt med sykmelder)' : '(ikke delt med sykmelder)'}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="mote-heading">
        <Heading level={3} data-size="xs" id="mote-heading">
          Dialogmøter
        </Heading>
        {state.dialogueMeetings.length === 0 ? (
          <Paragraph>Ingen dialogmøter er registrert.</Paragraph>
        ) : (
          <ul className="plain-list">
            {state.dialogueMeetings.map((meeting) => (
              <li key={meeting.id}>
                <strong>
                  Dialogmøte {meeting.number}, {formatDate(meeting.heldOn)}
                </strong>
                : {meeting.summary ?? '–'}{' '}
                <span className="cell-sub">Deltakere: {meeting.participants.map((p) => PARTICIPANT_LABELS_NB[p]).join(', ')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
