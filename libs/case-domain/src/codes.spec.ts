import * as codes from './codes';

const lists: Array<[string, readonly string[], Record<string, string>]> = [
  ['case kind', codes.CASE_KINDS, codes.CASE_KIND_LABELS_NB],
  ['risk factor', codes.RISK_FACTORS, codes.FACTOR_LABELS_NB],
  ['severity', codes.SEVERITIES, codes.SEVERITY_LABELS_NB],
  ['risk source', codes.RISK_SOURCES, codes.SOURCE_LABELS_NB],
  ['participant', codes.PARTICIPANTS, codes.PARTICIPANT_LABELS_NB],
  ['absence kind', codes.ABSENCE_KINDS, codes.ABSENCE_KIND_LABELS_NB],
  ['consent party', codes.CONSENT_PARTIES, codes.CONSENT_PARTY_LABELS_NB],
  ['consent scope', codes.CONSENT_SCOPES, codes.CONSENT_SCOPE_LABELS_NB],
  ['evaluation effect', codes.EVALUATION_EFFECTS, codes.EFFECT_LABELS_NB],
  ['case status', codes.CASE_STATUSES, codes.STATUS_LABELS_NB],
];

describe('code lists', () => {
  it.each(lists)('every %s has exactly one Norwegian label, and no two share one', (_name, list, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...list].sort());
    expect(Object.values(labels).every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(Object.values(labels)).size).toBe(list.length);
  });

  it('holds the § 4-3 factors of the design', () => {
    expect(codes.RISK_FACTORS).toEqual([
      'unclear_demands',
      'emotional_demands',
      'workload',
      'support',
      'integrity_dignity',
      'communication',
      'harassment',
      'violence_threats',
      'other',
    ]);
    expect(codes.FACTOR_LABELS_NB.unclear_demands).toBe('Uklare eller motstridende krav og forventninger');
    expect(codes.FACTOR_LABELS_NB.workload).toBe('Arbeidsmengde og tidspress');
  });

  it('isCode accepts only codes of the list', () => {
    expect(codes.isCode(codes.SEVERITIES, 'high')).toBe(true);
    expect(codes.isCode(codes.SEVERITIES, 'HIGH')).toBe(false);
    expect(codes.isCode(codes.SEVERITIES, 3)).toBe(false);
  });
});
