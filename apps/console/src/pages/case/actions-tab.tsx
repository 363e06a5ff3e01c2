import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { EFFECT_LABELS_NB, PARTICIPANT_LABELS_NB } from '../../api/codes';
import { useUsers } from '../../api/queries';
import type { Action } from '../../api/types';
import { useUser } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { ActionForm } from '../../forms/case/action-form';
import { CompleteActionForm } from '../../forms/case/complete-action-form';
import { EvaluateActionForm } from '../../forms/case/evaluate-action-form';
import { CommandToggle } from '../../forms/command-toggle';
import { formatDate, todayOslo } from '../../labels/format';
import { useCaseState } from './use-case-state';

/** The agreed measures: who, by when, done or not, and whether they worked. */
export default function ActionsTab() {
  const state = useCaseState();
  const user = useUser();
  const users = useUsers();
  const mayRecord = can(user.role, 'leaderCommands') && state.status === 'open';
  const nameOf = (id: string) => users.data?.find((u) => u.id === id)?.name ?? 'ukjent';

  return (
    <>
      <Heading level={2} data-size="sm">
        Tiltak
      </Heading>
      {mayRecord && (
        <div className="command-bar">
          <CommandToggle openLabel="Avtal tiltak" successText="Tiltaket er lagret.">
            {(done, cancel) => <ActionForm caseId={state.id} onDone={done} onCancel={cancel} />}
          </CommandToggle>
        </div>
      )}
      {state.actions.length === 0 ? (
        <Paragraph>Ingen tiltak er avtalt.</Paragraph>
      ) : (
        <div className="cards">
          {state.actions.map((action) => (
            <ActionCard key={action.id} action={action} caseId={state.id} responsible={nameOf(action.responsibleId)} mayRecord={mayRecord} />
          ))}
        </div>
      )}
    </>
  );
}

function ActionCard({ action, caseId, responsible, mayRecord }: { action: Action; caseId: string; responsible: string; mayRecord: boolean }) {
  const overdue = !action.completion && action.dueDate < todayOslo();
  const latest = action.evaluations[action.evaluations.length - 1];
  const title = action.title ?? 'Tiltak uten tittel';
  return (
    <article className="item-card">
      <Heading level={3} data-size="2xs">
        {title}
      </Heading>
      <div className="item-card__meta">
        {action.completion ? (
          <Tag data-color="success" data-size="sm">
            Fullført {formatDate(action.completion.completedOn)}
          </Tag>
        ) : overdue ? (
          <Tag data-color="danger" data-size="sm">
            Forfalt: frist {formatDate(action.dueDate)}
          </Tag>
        ) : (
          <Tag data-color="info" data-size="sm">
            Åpent: frist {formatDate(action.dueDate)}
          </Tag>
        )}
        <span>Ansvarlig: {responsible}</span>
        <span>Deltakere: {action.participants.map((p) => PARTICIPANT_LABELS_NB[p]).join(', ')}</span>
      </div>
      {action.description && <Paragraph>{action.description}</Paragraph>}
      {action.completion && (
        <Paragraph data-size="sm">
          <strong>Resultat:</strong> {action.completion.outcome ?? '–'}
        </Paragraph>
      )}
      {latest && (
        <Paragraph data-size="sm">
          <strong>Effekt:</strong> {EFFECT_LABELS_NB[latest.effect]} – {latest.note ?? ''} ({formatDate(latest.recordedAt.slice(0, 10))})
        </Paragraph>
      )}
      {mayRecord && (
        <div className="item-card__actions">
          {!action.completion ? (
            <CommandToggle openLabel="Marker som fullført" successText={`«${title}» er markert som fullført.`} variant="secondary" size="sm">
              {(done, cancel) => <CompleteActionForm caseId={caseId} actionId={action.id} onDone={done} onCancel={cancel} />}
            </CommandToggle>
          ) : (
            <CommandToggle openLabel="Evaluer effekt" successText="Evalueringen er lagret." variant="secondary" size="sm">
              {(done, cancel) => <EvaluateActionForm caseId={caseId} actionId={action.id} onDone={done} onCancel={cancel} />}
            </CommandToggle>
          )}
        </div>
      )}
    </article>
  );
}
