import { CONSENT_PARTIES, CONSENT_SCOPES, type ConsentParty } from '../../codes';
import type { RecordConsent, RecordNavDecision, RequestExpertSupport } from '../../commands';
import { DomainError } from '../../errors';
import type { CaseEvent } from '../../events/case-events';
import { FieldChecks } from '../../validation/field-checks';
import type { CaseState } from '../case-state';
import { assertNewId, todayOf, type DecideContext } from '../decide-context';

/** RecordConsent: a party's consent, given on a day that is not in the future. */
export function recordConsent({ data }: RecordConsent, state: CaseState, ctx: DecideContext): CaseEvent[] {
  const check = new FieldChecks();
  check.id('consentId', data.consentId);
  check.code('party', data.party, CONSENT_PARTIES);
  check.code('scope', data.scope, CONSENT_SCOPES);
  check.date('givenOn', data.givenOn, { notAfter: todayOf(ctx) });
  check.throwIfAny();
  assertNewId(state.consents, data.consentId, 'consent');
  return [
    {
      type: 'ConsentRecorded',
      data: { consentId: data.consentId, party: data.party, scope: data.scope, givenOn: data.givenOn },
    },
  ];
}

const PARTY_NAMES: Record<ConsentParty, string> = { employee: 'the employee', employer: 'the employer' };

/**
 * RequestExpertSupport: NAV requires that employee and employer both want the help, and the
 * form's limits: whole hours > 0, a cost within the form's range, a start date not in the
 * past (the measure is approved before the expert starts).
 */
export function requestExpertSupport(
  { data }: RequestExpertSupport,
  state: CaseState,
  ctx: DecideContext,
): CaseEvent[] {
  const missing = CONSENT_PARTIES.filter(
    (party) => !state.consents.some((consent) => consent.party === party && consent.scope === 'expert_support'),
  );
  if (missing.length > 0) {
    throw new DomainError(
      'CONSENT_MISSING',
      `Expert support needs the consent of both parties; missing: ${missing.map((p) => PARTY_NAMES[p]).join(' and ')}`,
    );
  }

  const check = new FieldChecks();
  check.id('requestId', data.requestId);
  const expert: Partial<RequestExpertSupport['data']['expert']> =
    typeof data.expert === 'object' && data.expert !== null ? data.expert : {};
  check.text('expert.name', expert.name);
  check.text('expert.company', expert.company);
  check.text('expert.competence', expert.competence);
  check.text('reason', data.reason);
  check.text('need', data.need);
  check.text('accommodationTried', data.accommodationTried);
  check.number('hours', data.hours, { min: 0, minExclusive: true, whole: true });
  check.number('estimatedCost', data.estimatedCost, { min: 0, max: ctx.rules.maxEstimatedCost });
  check.date('startDate', data.startDate, { notBefore: todayOf(ctx) });
  check.text('navContact', data.navContact);
  check.throwIfAny();
  if (state.expertSupport?.requestId === data.requestId) {
    throw new DomainError('ID_ALREADY_USED', `The request id ${data.requestId} is already used in this case`);
  }

  return [
    {
      type: 'ExpertSupportRequested',
      data: {
        requestId: data.requestId,
        expert: { name: data.expert.name, company: data.expert.company, competence: data.expert.competence },
        reason: data.reason,
        need: data.need,
        accommodationTried: data.accommodationTried,
        hours: data.hours,
        estimatedCost: data.estimatedCost,
        startDate: data.startDate,
        navContact: data.navContact,
      },
    },
  ];
}

/**
 * RecordNavDecision: NAV's answer to the latest request. An amount and a refund deadline
 * belong to a grant only.
 */
export function recordNavDecision({ data }: RecordNavDecision, state: CaseState, ctx: DecideContext): CaseEvent[] {
  if (!state.expertSupport) {
    throw new DomainError('EXPERT_SUPPORT_NOT_REQUESTED', 'NAV decides on an expert-support request: none is recorded');
  }
  const check = new FieldChecks();
  check.id('decisionId', data.decisionId);
  check.boolean('granted', data.granted);
  const decidedOnValid = check.date('decidedOn', data.decidedOn, { notAfter: todayOf(ctx) });
  const refused = data.granted === false;
  if (refused && data.amount !== undefined && data.amount !== null) {
    check.add('amount', 'NOT_ALLOWED', 'is given only when the application is granted');
  } else {
    check.number('amount', data.amount, { min: 0, optional: true });
  }
  if (refused && data.refundDeadline !== undefined && data.refundDeadline !== null) {
    check.add('refundDeadline', 'NOT_ALLOWED', 'is given only when the application is granted');
  } else if (check.date('refundDeadline', data.refundDeadline, { optional: true }) && decidedOnValid) {
    if (data.refundDeadline! < data.decidedOn) check.add('refundDeadline', 'TOO_EARLY', 'must not be before decidedOn');
  }
  check.throwIfAny();
  if (state.navDecision?.decisionId === data.decisionId) {
    throw new DomainError('ID_ALREADY_USED', `The decision id ${data.decisionId} is already used in this case`);
  }

  return [
    {
      type: 'NavDecisionRecorded',
      data: {
        decisionId: data.decisionId,
        granted: data.granted,
        ...(data.amount !== undefined && data.amount !== null ? { amount: data.amount } : {}),
        ...(data.refundDeadline !== undefined && data.refundDeadline !== null ? { refundDeadline: data.refundDeadline } : {}),
        decidedOn: data.decidedOn,
      },
    },
  ];
}
