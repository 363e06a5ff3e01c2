import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { FACTOR_LABELS_NB, SEVERITY_LABELS_NB, SOURCE_LABELS_NB } from '../../api/codes';
import { useUser } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { RiskForm } from '../../forms/case/risk-form';
import { CommandToggle } from '../../forms/command-toggle';
import { formatDateTime } from '../../labels/format';
import { SEVERITY_COLORS } from '../../labels/labels';
import { useCaseState } from './use-case-state';

/** The psychosocial risks of the case (§ 4-3 factors) and the measures that answer each. */
export default function RisksTab() {
  const state = useCaseState();
  const user = useUser();
  const mayRecord = can(user.role, 'hrCommands') && state.status === 'open';
  return (
    <>
      <Heading level={2} data-size="sm">
        Risikoer
      </Heading>
      {mayRecord && (
        <div className="command-bar">
          <CommandToggle openLabel="Registrer risiko" successText="Risikoen er registrert.">
            {(done, cancel) => <RiskForm caseId={state.id} onDone={done} onCancel={cancel} />}
          </CommandToggle>
        </div>
      )}
      {state.risks.length === 0 ? (
        <Paragraph>Ingen risikoer er registrert.</Paragraph>
      ) : (
        <div className="cards">
          {state.risks.map((risk) => {
            const answeredBy = state.actions.filter((a) => a.riskIds.includes(risk.id));
            return (
              <article key={risk.id} className="item-card">
                <Heading level={3} data-size="2xs">
                  {risk.factor === 'other' && risk.factorText ? `Annet: ${risk.factorText}` : FACTOR_LABELS_NB[risk.factor]}
                </Heading>
                <div className="item-card__meta">
                  <Tag data-color={SEVERITY_COLORS[risk.severity]} data-size="sm">
                    Alvorlighet: {SEVERITY_LABELS_NB[risk.severity]}
                  </Tag>
                  <span>Kilde: {SOURCE_LABELS_NB[risk.source]}</span>
                  <span>Registrert {formatDateTime(risk.recordedAt)}</span>
                </div>
                <Paragraph>{risk.description ?? 'Beskrivelsen er slettet.'}</Paragraph>
                <Paragraph data-size="sm">
                  {answeredBy.length === 0
                    ? 'Ingen tiltak svarer på denne risikoen ennå.'
                    : `Tiltak: ${answeredBy.map((a) => a.title ?? 'uten tittel').join(', ')}`}
                </Paragraph>
              </article>
            );
          })}
        </div>
      )}
    </>
  );
}
