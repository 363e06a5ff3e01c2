import { command, eventOf } from '../testing/factories';
import type { CaseCommand } from '../commands';
import type { DomainEvent } from './domain-events';
import { EVENT_TYPES } from './domain-events';
import { PERSONAL_FIELDS, personalDataOf, personalText } from './personal-fields';

/** One full example of every event type, every optional field filled. */
const caseCommands: CaseCommand[] = [
  command.openCase({ summary: 'Sammendrag' }),
  command.identifyRisk({ factor: 'other', factorText: 'Omorganisering' }),
  command.agreeAction({ description: 'Beskrivelse', riskIds: ['r1'] }),
  command.completeAction('a1'),
  command.evaluateAction('a1'),
  command.recordAbsence({ to: '2026-02-10' }),
  command.endAbsence('ab1'),
  command.recordFollowUpPlan(),
  command.recordDialogueMeeting(),
  command.recordConsent(),
  command.requestExpertSupport(),
  command.recordNavDecision(),
  command.addNote(),
  { type: 'ExportCase', data: { format: 'pdf', digest: 'ab'.repeat(32) } },
  command.closeCase(),
  command.reopenCase(),
];
const examples: DomainEvent[] = [
  ...caseCommands.map(eventOf),
  {
    type: 'EmployeeRegistered',
    data: { employeeId: 'e1', name: 'Ola Nordmann', nationalId: '15038512363', unitId: 'u1', position: 'Rådgiver' },
  },
  { type: 'EmployeeErased', data: { employeeId: 'e1', reason: 'Sluttet, slettet etter rutine' } },
];

function leafPaths(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

/**
 * Fields that are codes, dates, ids, numbers or booleans: never personal by themselves.
 * (The national id is the exception to "ids": it identifies a person.)
 */
const NOT_PERSONAL = /(^|\.)(\w*Id|\w*Ids|kind|factor|severity|source|participants|party|scope|effect|grade|hours|estimatedCost|amount|granted|sharedWithSickNoteWriter|number|from|to|\w*On|\w*Date|refundDeadline|format|digest)$/;
const isNotPersonal = (path: string) => path !== 'nationalId' && NOT_PERSONAL.test(path);

/** Text kept readable on purpose: the erasure's reason is the audit record that outlives the key. */
const AUDIT_TEXT: Partial<Record<string, string[]>> = { EmployeeErased: ['reason'] };

describe('PERSONAL_FIELDS', () => {
  it('has an example for every event type (guards this test)', () => {
    expect(examples.map((e) => e.type).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(examples.map((e) => [e.type, e] as const))('%s: every text field is personal, nothing else', (type, event) => {
    const leaves = leafPaths(event.data);
    const textFields = leaves
      .filter(([path, value]) => typeof value === 'string' && !isNotPersonal(path) && !AUDIT_TEXT[type]?.includes(path))
      .map(([p]) => p);
    expect([...PERSONAL_FIELDS[type]].sort()).toEqual(textFields.sort());
  });

  it('names the expected fields of the employee and the expert', () => {
    expect(PERSONAL_FIELDS.EmployeeRegistered).toEqual(expect.arrayContaining(['name', 'nationalId', 'position']));
    expect(PERSONAL_FIELDS.ExpertSupportRequested).toEqual(expect.arrayContaining(['expert.name', 'navContact']));
    expect(PERSONAL_FIELDS.AbsenceRecorded).toEqual([]);
  });
});

describe('personalDataOf', () => {
  it('names the subject and the fields', () => {
    expect(personalDataOf('NoteAdded', 'employee-1')).toEqual({ subjectId: 'employee-1', fields: ['text'] });
  });

  it('is undefined for an event without personal data', () => {
    expect(personalDataOf('AbsenceEnded', 'employee-1')).toBeUndefined();
  });

  it('returns a copy that cannot change the table', () => {
    personalDataOf('CaseClosed', 'e')!.fields.push('caseId');
    expect(PERSONAL_FIELDS.CaseClosed).toEqual(['reason']);
  });
});

describe('personalText', () => {
  it.each([
    ['tekst', 'tekst'],
    [{ $erased: true }, null],
    [{ $encrypted: 'abc' }, null],
    [undefined, null],
  ])('%p reads as %p', (value, expected) => {
    expect(personalText(value)).toBe(expected);
  });
});
