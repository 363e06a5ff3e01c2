import { DEFAULT_RULES } from '../../rules';
import { bad, bothConsents, command, eventOf, given, opened, TODAY } from '../../testing/factories';

describe('recording a consent', () => {
  it('records the consent', () => {
    const cmd = command.recordConsent({ party: 'employer', givenOn: '2026-03-09' });
    given([opened()])
      .when(cmd)
      .then([
        {
          type: 'ConsentRecorded',
          data: { consentId: cmd.data.consentId, party: 'employer', scope: 'expert_support', givenOn: '2026-03-09' },
        },
      ]);
  });

  it.each([
    ['party', { party: bad('nav') }, 'NOT_IN_LIST'],
    ['party', { party: bad(undefined) }, 'REQUIRED'],
    ['scope', { scope: bad('treatment') }, 'NOT_IN_LIST'],
    ['givenOn', { givenOn: '2026-03-11' }, 'IN_FUTURE'],
    ['givenOn', { givenOn: bad(undefined) }, 'REQUIRED'],
  ] as const)('refuses a bad %s', (field, data, code) => {
    given([opened()]).when(command.recordConsent(data)).thenThrows('INVALID_INPUT', [{ field, code }]);
  });
});

describe('requesting expert support', () => {
  const consented = [opened(), ...bothConsents()];

  it('records the request when both parties consented', () => {
    const cmd = command.requestExpertSupport();
    given(consented)
      .when(cmd)
      .then([
        {
          type: 'ExpertSupportRequested',
          data: {
            requestId: cmd.data.requestId,
            expert: { name: 'Kari Nordmann', company: 'Arbeidshelse AS', competence: 'Psykolog, autorisasjon HPR' },
            reason: cmd.data.reason,
            need: cmd.data.need,
            accommodationTried: cmd.data.accommodationTried,
            hours: 10,
            estimatedCost: 15_000,
            startDate: '2026-03-20',
            navContact: cmd.data.navContact,
          },
        },
      ]);
  });

  it('needs consent from both parties', () => {
    const error = given([opened()]).when(command.requestExpertSupport()).thenThrows('CONSENT_MISSING');
    expect(error.message).toMatch(/the employee and the employer/);
  });

  it.each([
    ['employee', 'employer'],
    ['employer', 'employee'],
  ] as const)("with only the %s's consent, names the %s as missing", (given_, missing) => {
    const error = given([opened(), eventOf(command.recordConsent({ party: given_ }))])
      .when(command.requestExpertSupport())
      .thenThrows('CONSENT_MISSING');
    expect(error.message).toMatch(new RegExp(`missing: the ${missing}$`));
  });

  it.each([
    [0, 'OUT_OF_RANGE'],
    [-2, 'OUT_OF_RANGE'],
    [7.5, 'NOT_WHOLE_NUMBER'],
    [undefined, 'REQUIRED'],
  ] as const)('refuses hours %p', (hours, code) => {
    given(consented)
      .when(command.requestExpertSupport({ hours: bad(hours) }))
      .thenThrows('INVALID_INPUT', [{ field: 'hours', code }]);
  });

  it.each([0, 100_000])('accepts estimatedCost %p', (estimatedCost) => {
    const cmd = command.requestExpertSupport({ estimatedCost });
    given(consented).when(cmd).then([eventOf(cmd)]);
  });

  it.each([-1, 100_001, Number.NaN])('refuses estimatedCost %p', (estimatedCost) => {
    given(consented)
      .when(command.requestExpertSupport({ estimatedCost }))
      .thenThrows('INVALID_INPUT', [{ field: 'estimatedCost' }]);
  });

  it('takes the cost limit from the rules', () => {
    const rules = { ...DEFAULT_RULES, maxEstimatedCost: 20_000 };
    given(consented)
      .when(command.requestExpertSupport({ estimatedCost: 20_001 }), { rules })
      .thenThrows('INVALID_INPUT', [{ field: 'estimatedCost', code: 'OUT_OF_RANGE' }]);
  });

  it('accepts a start today', () => {
    const cmd = command.requestExpertSupport({ startDate: TODAY });
    given(consented).when(cmd).then([eventOf(cmd)]);
  });

  it('refuses a start in the past', () => {
    given(consented)
      .when(command.requestExpertSupport({ startDate: '2026-03-09' }))
      .thenThrows('INVALID_INPUT', [{ field: 'startDate', code: 'IN_PAST' }]);
  });

  describe('"today" is the calendar date in Oslo, not in UTC', () => {
    // 2026-03-01T23:30:00Z is 00:30 on 2 March in Oslo (UTC+1 in winter).
    const justAfterMidnightInOslo = { now: new Date('2026-03-01T23:30:00Z') };

    it('a start on 1 March is already in the past', () => {
      given(consented)
        .when(command.requestExpertSupport({ startDate: '2026-03-01' }), justAfterMidnightInOslo)
        .thenThrows('INVALID_INPUT', [{ field: 'startDate', code: 'IN_PAST' }]);
    });

    it('a start on 2 March is today', () => {
      const cmd = command.requestExpertSupport({ startDate: '2026-03-02' });
      given(consented).when(cmd, justAfterMidnightInOslo).then([eventOf(cmd)]);
    });

    it('in summer (UTC+2) 22:30 UTC is already the next day', () => {
      given(consented)
        .when(command.requestExpertSupport({ startDate: '2026-06-30' }), { now: new Date('2026-06-30T22:30:00Z') })
        .thenThrows('INVALID_INPUT', [{ field: 'startDate', code: 'IN_PAST' }]);
    });
  });

  it('names each expert field that is missing', () => {
    given(consented)
      .when(command.requestExpertSupport({ expert: bad(undefined) }))
      .thenThrows('INVALID_INPUT', [{ field: 'expert.name' }, { field: 'expert.company' }, { field: 'expert.competence' }]);
  });

  it.each(['name', 'company', 'competence'] as const)('refuses a blank expert.%s', (key) => {
    const expert = { name: 'Kari Nordmann', company: 'Arbeidshelse AS', competence: 'Ergoterapeut', [key]: '  ' };
    given(consented)
      .when(command.requestExpertSupport({ expert }))
      .thenThrows('INVALID_INPUT', [{ field: `expert.${key}`, code: 'REQUIRED' }]);
  });

  it.each(['reason', 'need', 'accommodationTried', 'navContact'] as const)('refuses a blank %s', (field) => {
    given(consented)
      .when(command.requestExpertSupport({ [field]: ' ' }))
      .thenThrows('INVALID_INPUT', [{ field, code: 'REQUIRED' }]);
  });
});

describe("recording NAV's decision", () => {
  const request = command.requestExpertSupport();
  const requested = [opened(), ...bothConsents(), eventOf(request)];

  it('records a grant with amount and refund deadline', () => {
    const cmd = command.recordNavDecision({ granted: true, amount: 12_500, refundDeadline: '2026-10-01', decidedOn: '2026-03-09' });
    given(requested)
      .when(cmd)
      .then([
        {
          type: 'NavDecisionRecorded',
          data: { decisionId: cmd.data.decisionId, granted: true, amount: 12_500, refundDeadline: '2026-10-01', decidedOn: '2026-03-09' },
        },
      ]);
  });

  it('records a refusal', () => {
    const cmd: ReturnType<typeof command.recordNavDecision> = {
      type: 'RecordNavDecision',
      data: { decisionId: 'd1', granted: false, decidedOn: TODAY },
    };
    given(requested).when(cmd).then([{ type: 'NavDecisionRecorded', data: { decisionId: 'd1', granted: false, decidedOn: TODAY } }]);
  });

  it('needs a request first', () => {
    given([opened(), ...bothConsents()]).when(command.recordNavDecision()).thenThrows('EXPERT_SUPPORT_NOT_REQUESTED');
  });

  it.each([
    ['amount', { amount: -1 }, 'OUT_OF_RANGE'],
    ['decidedOn', { decidedOn: '2026-03-11' }, 'IN_FUTURE'],
    ['granted', { granted: bad(undefined) }, 'REQUIRED'],
    ['refundDeadline', { refundDeadline: '2026-03-01', decidedOn: '2026-03-05' }, 'TOO_EARLY'],
    ['refundDeadline', { refundDeadline: 'soon' }, 'INVALID_DATE'],
  ] as const)('refuses a bad %s', (field, data, code) => {
    given(requested).when(command.recordNavDecision(data)).thenThrows('INVALID_INPUT', [{ field, code }]);
  });

  it('accepts a granted amount of 0', () => {
    const cmd = command.recordNavDecision({ amount: 0 });
    given(requested).when(cmd).then([eventOf(cmd)]);
  });

  it('refuses an amount or a refund deadline on a refusal', () => {
    given(requested)
      .when(command.recordNavDecision({ granted: false }))
      .thenThrows('INVALID_INPUT', [
        { field: 'amount', code: 'NOT_ALLOWED' },
        { field: 'refundDeadline', code: 'NOT_ALLOWED' },
      ]);
  });
});
