import { RISK_FACTORS, RISK_SOURCES, SEVERITIES } from '../../codes';
import { bad, command, eventOf, given, opened } from '../../testing/factories';

describe('identifying a risk', () => {
  it('records a § 4-3 risk with severity and source', () => {
    const cmd = command.identifyRisk({ factor: 'unclear_demands', severity: 'high', source: 'conversation' });
    given([opened()])
      .when(cmd)
      .then([
        {
          type: 'RiskIdentified',
          data: {
            riskId: cmd.data.riskId,
            factor: 'unclear_demands',
            description: cmd.data.description,
            severity: 'high',
            source: 'conversation',
          },
        },
      ]);
  });

  it.each(RISK_FACTORS.filter((f) => f !== 'other'))('accepts factor %s without factorText', (factor) => {
    const cmd = command.identifyRisk({ factor });
    given([opened()]).when(cmd).then([eventOf(cmd)]);
  });

  it.each(['stress', 'Workload', '', 'unclear-demands'])('refuses factor %p', (factor) => {
    given([opened()])
      .when(command.identifyRisk({ factor: bad(factor) }))
      .thenThrows('INVALID_INPUT', [{ field: 'factor' }]);
  });

  it('requires factorText with factor other', () => {
    given([opened()])
      .when(command.identifyRisk({ factor: 'other' }))
      .thenThrows('INVALID_INPUT', [{ field: 'factorText', code: 'REQUIRED' }]);
  });

  it('refuses a blank factorText with factor other', () => {
    given([opened()])
      .when(command.identifyRisk({ factor: 'other', factorText: '  ' }))
      .thenThrows('INVALID_INPUT', [{ field: 'factorText', code: 'REQUIRED' }]);
  });

  it('keeps factorText with factor other', () => {
    const cmd = command.identifyRisk({ factor: 'other', factorText: 'Omorganisering' });
    given([opened()])
      .when(cmd)
      .then([{ type: 'RiskIdentified', data: { ...cmd.data, factor: 'other', factorText: 'Omorganisering' } }]);
  });

  it.each(SEVERITIES)('accepts severity %s', (severity) => {
    const cmd = command.identifyRisk({ severity });
    given([opened()]).when(cmd).then([eventOf(cmd)]);
  });

  it.each(RISK_SOURCES)('accepts source %s', (source) => {
    const cmd = command.identifyRisk({ source });
    given([opened()]).when(cmd).then([eventOf(cmd)]);
  });

  it.each([
    ['severity', { severity: bad('critical') }],
    ['severity', { severity: bad(undefined) }],
    ['source', { source: bad('rumour') }],
    ['source', { source: bad(null) }],
  ] as const)('refuses a bad %s', (field, data) => {
    given([opened()]).when(command.identifyRisk(data)).thenThrows('INVALID_INPUT', [{ field }]);
  });

  it.each([undefined, '', ' \t '])('requires a description that is not blank (%p)', (description) => {
    given([opened()])
      .when(command.identifyRisk({ description: bad(description) }))
      .thenThrows('INVALID_INPUT', [{ field: 'description', code: 'REQUIRED' }]);
  });

  it('refuses a risk id the case already uses', () => {
    const first = command.identifyRisk();
    given([opened(), eventOf(first)])
      .when(command.identifyRisk({ riskId: first.data.riskId }))
      .thenThrows('ID_ALREADY_USED');
  });
});
