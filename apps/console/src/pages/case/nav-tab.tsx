import { Alert, Heading, Paragraph, Spinner, Tag } from '@digdir/designsystemet-react';
import { CONSENT_PARTY_LABELS_NB } from '../../api/codes';
import { useNavApplication } from '../../api/queries';
import { useUser } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { ConsentForm } from '../../forms/case/consent-form';
import { ExpertSupportForm } from '../../forms/case/expert-support-form';
import { NavDecisionForm } from '../../forms/case/nav-decision-form';
import { CommandToggle } from '../../forms/command-toggle';
import { problemMessage } from '../../labels/errors';
import { formatDate, formatNok } from '../../labels/format';
import { ELIGIBILITY_LABELS_NB, NAV_GROUPS, valueAt } from './nav-fields';
import { useCaseState } from './use-case-state';

/** NAV's expert-support application as the case fills it, what is missing, and the eligibility checklist. */
export default function NavTab() {
  const state = useCaseState();
  const user = useUser();
  const nav = useNavApplication(state.id);
  const hr = can(user.role, 'hrCommands') && state.status === 'open';

  return (
    <>
      <Heading level={2} data-size="sm">
        NAV-søknad om tilskudd til ekspertbistand
      </Heading>
      {hr && (
        <div className="command-bar">
          <CommandToggle openLabel="Registrer samtykke" successText="Samtykket er registrert." variant="secondary">
            {(done, cancel) => <ConsentForm caseId={state.id} onDone={done} onCancel={cancel} />}
          </CommandToggle>
          <CommandToggle openLabel="Send forespørsel om ekspertbistand" successText="Forespørselen er lagret.">
            {(done, cancel) => <ExpertSupportForm caseId={state.id} onDone={done} onCancel={cancel} />}
          </CommandToggle>
          {state.expertSupport && (
            <CommandToggle openLabel="Registrer NAV-vedtak" successText="Vedtaket er registrert." variant="secondary">
              {(done, cancel) => <NavDecisionForm caseId={state.id} onDone={done} onCancel={cancel} />}
            </CommandToggle>
          )}
        </div>
      )}

      <section className="section" aria-labelledby="samtykke-heading">
        <Heading level={3} data-size="xs" id="samtykke-heading">
          Samtykker
        </Heading>
        {state.consents.length === 0 ? (
          <Paragraph>Ingen samtykker er registrert.</Paragraph>
        ) : (
          <ul className="plain-list">
            {state.consents.map((consent) => (
              <li key={consent.id}>
                {CONSENT_PARTY_LABELS_NB[consent.party]} samtykket {formatDate(consent.givenOn)}
              </li>
            ))}
          </ul>
        )}
        {state.navDecision && (
          <Paragraph>
            <strong>NAV-vedtak {formatDate(state.navDecision.decidedOn)}:</strong> {state.navDecision.granted ? 'Innvilget' : 'Avslått'}
            {state.navDecision.amount !== undefined ? `, ${formatNok(state.navDecision.amount)}` : ''}
            {state.navDecision.refundDeadline ? `. Frist for refusjonskrav ${formatDate(state.navDecision.refundDeadline)}` : ''}
          </Paragraph>
        )}
      </section>

      {nav.isPending ? (
        <Spinner aria-label="Henter søknaden" />
      ) : nav.isError ? (
        <Alert data-color="danger">{problemMessage(nav.error)}</Alert>
      ) : (
        <>
          <section className="section" aria-labelledby="vilkar-heading">
            <Heading level={3} data-size="xs" id="vilkar-heading">
              Vilkår
            </Heading>
            <ul className="checklist">
              {nav.data.eligibility.map((rule) => (
                <li key={rule.code}>
                  <Tag data-color={rule.met ? 'success' : rule.blocking ? 'danger' : 'warning'} data-size="sm">
                    {rule.met ? 'Oppfylt' : rule.blocking ? 'Ikke oppfylt' : 'Advarsel'}
                  </Tag>
                  <div>
                    <strong>{ELIGIBILITY_LABELS_NB[rule.code] ?? rule.code}</strong>
                    <div>{rule.explanationNb}</div>
                  </div>
                </li>
              ))}
            </ul>
          </section>

          <section className="section" aria-labelledby="mangler-heading">
            <Heading level={3} data-size="xs" id="mangler-heading">
              Dette mangler
            </Heading>
            {nav.data.missing.length === 0 ? (
              <Paragraph>Alle feltene i søknaden er fylt ut.</Paragraph>
            ) : (
              <ul className="plain-list">
                {nav.data.missing.map((problem) => (
                  <li key={problem.field}>
                    <strong>{labelOf(problem.field)}</strong> ({problem.problem === 'missing' ? 'mangler' : 'ugyldig'}): {problem.reasonNb}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="section" aria-labelledby="soknad-heading">
            <Heading level={3} data-size="xs" id="soknad-heading">
              Søknaden slik den fylles ut
            </Heading>
            {NAV_GROUPS.map((group) => (
              <div key={group.heading} className="nav-group">
                <Heading level={4} data-size="2xs">
                  {group.heading}
                </Heading>
                <dl className="kv">
                  {group.fields.map((field) => {
                    const value = valueAt(nav.data.application, field.path);
                    return (
                      <div key={field.path} className="kv__row">
                        <dt>{field.label}</dt>
                        <dd className={value === null || value === undefined ? 'missing' : undefined}>{show(field.path, value)}</dd>
                      </div>
                    );
                  })}
                </dl>
              </div>
            ))}
          </section>
        </>
      )}
    </>
  );
}

function labelOf(path: string): string {
  for (const group of NAV_GROUPS) {
    const field = group.fields.find((f) => f.path === path);
    if (field) return `${group.heading}: ${field.label}`;
  }
  return path;
}

function show(path: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'Mangler';
  if (path.endsWith('estimertKostnad')) return formatNok(value as number);
  if (path.endsWith('startdato')) return formatDate(value as string);
  if (path.endsWith('timer')) return `${value} timer`;
  return String(value);
}
