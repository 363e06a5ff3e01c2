import { createHash } from 'node:crypto';
import {
  ABSENCE_KINDS,
  CASE_EVENT_TYPES,
  CASE_KINDS,
  CASE_STATUSES,
  CONSENT_PARTIES,
  CONSENT_SCOPES,
  DEADLINE_STATUSES,
  DEFAULT_RULES,
  ELIGIBILITY_CODES,
  EVALUATION_EFFECTS,
  FULL_LEAVE_GRADE,
  NAV_APPLICATION_FIELDS,
  PARTICIPANTS,
  RISK_FACTORS,
  RISK_SOURCES,
  SEVERITIES,
  STATUTORY_DEADLINE_CODES,
  type DeadlineCode,
  type DialogueMeetingHeld,
  type NavFieldProblem,
} from '@app/case-domain';
import { ROLES } from '../../../apps/api/src/auth/roles';
import type { CaseExport } from './case-export';
import { CASE_EXPORT_SCHEMA, validateCaseExport } from './case-export-schema';
import { sampleCaseExport } from './testing/sample-export';

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const schema = CASE_EXPORT_SCHEMA as Schema;
const defs = schema.$defs as Record<string, Schema>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID_KEYS = new Set(['id', 'actionId', 'eventId', 'riskIds']);

/** A uuid derived from `value`, the same every time. */
function uuidOf(value: string): string {
  const h = createHash('sha256').update(value).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The shared sample export with every id made a uuid, as the API makes them. The sample uses
 * readable ids ('r-workload-1', 'u2b1d7a5-...'), which the schema rejects; mapping them
 * consistently keeps references (riskIds, actionId) pointing at the same things.
 */
function withUuidIds<T>(node: T, key?: string): T {
  if (typeof node === 'string') return (key !== undefined && ID_KEYS.has(key) && !UUID.test(node) ? uuidOf(node) : node) as T;
  if (Array.isArray(node)) return node.map((item) => withUuidIds(item, key === 'riskIds' ? key : undefined)) as T;
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'data' ? v : withUuidIds(v, k)])) as T;
  }
  return node;
}

function validDoc(): CaseExport {
  return withUuidIds(sampleCaseExport());
}

/** A valid document changed by `change` (which may break its type, as a bad file would). */
function broken(change: (doc: Schema) => void): unknown {
  const doc = structuredClone(validDoc()) as unknown as Schema;
  change(doc);
  return doc;
}

function expectInvalid(doc: unknown, path: string, message?: RegExp): string[] {
  const result = validateCaseExport(doc);
  expect(result.valid).toBe(false);
  const naming = result.errors.filter((error) => error.startsWith(`${path} `));
  expect(naming).not.toEqual([]);
  if (message) expect(naming.join('\n')).toMatch(message);
  return result.errors;
}

describe('validateCaseExport', () => {
  it('accepts a complete, realistic export', () => {
    expect(validateCaseExport(validDoc())).toEqual({ valid: true, errors: [] });
  });

  it('accepts an export whose application is still empty, with the reasons in `missing`', () => {
    const doc = validDoc();
    doc.application = {
      virksomhet: { virksomhetsnummer: null, virksomhetsnavn: null, kontaktperson: { navn: null, epost: null, telefonnummer: null } },
      ansatt: { fnr: null, navn: null },
      ekspert: { navn: null, virksomhet: null, kompetanse: null },
      behovForBistand: { begrunnelse: null, behov: null, tilrettelegging: null, timer: null, estimertKostnad: null, startdato: null },
      nav: { kontaktperson: null },
    };
    doc.missing = NAV_APPLICATION_FIELDS.map((field) => ({
      field,
      problem: 'missing',
      reason: "The employee's personal data was erased (GDPR art. 17)",
      reasonNb: 'Arbeidstakerens personopplysninger er slettet.',
      fill: null,
    }));
    expect(validateCaseExport(doc)).toEqual({ valid: true, errors: [] });
  });

  it('accepts erased fields in event data, a NAV decision and a closed case', () => {
    const doc = validDoc();
    doc.timeline[0].data = { caseId: doc.case.id, title: { $erased: true }, summary: { $erased: true }, kind: 'combined' };
    doc.navDecision = { granted: true, amount: 23100, refundDeadline: '2027-06-30', decidedOn: '2026-12-10' };
    doc.case = { ...doc.case, status: 'closed', statusLabel: 'Avsluttet', closedAt: '2027-03-01T10:00:00.000Z', title: null, summary: null };
    expect(validateCaseExport(doc)).toEqual({ valid: true, errors: [] });
  });

  it('rejects what is not an object at all', () => {
    expect(validateCaseExport(null).valid).toBe(false);
    expect(validateCaseExport([]).valid).toBe(false);
    expect(validateCaseExport('{}').valid).toBe(false);
  });

  describe('names the path of each realistic mistake', () => {
    it('the hash chain left out', () => {
      expectInvalid(broken((doc) => delete doc.chain), '/chain', /is required/);
    });

    it('a 10-digit virksomhetsnummer', () => {
      expectInvalid(
        broken((doc) => (doc.application.virksomhet.virksomhetsnummer = '9747606731')),
        '/application/virksomhet/virksomhetsnummer',
        /must match pattern/,
      );
    });

    it('an fnr with 10 digits, or with spaces', () => {
      expectInvalid(broken((doc) => (doc.application.ansatt.fnr = '1503854121')), '/application/ansatt/fnr', /pattern/);
      expectInvalid(broken((doc) => (doc.application.ansatt.fnr = '150385 41215')), '/application/ansatt/fnr', /pattern/);
    });

    it('a phone number NAV does not take', () => {
      expectInvalid(
        broken((doc) => (doc.application.virksomhet.kontaktperson.telefonnummer = '+47 412 34 567')),
        '/application/virksomhet/kontaktperson/telefonnummer',
      );
    });

    it('an unknown risk factor code', () => {
      expectInvalid(broken((doc) => (doc.risks[1].factor = 'stress')), '/risks/1/factor', /must be one of "unclear_demands"/);
    });

    it('an unknown participant, deadline or event type code', () => {
      expectInvalid(broken((doc) => (doc.actions[0].participants[0].code = 'doctor')), '/actions/0/participants/0/code');
      expectInvalid(broken((doc) => (doc.deadlines[0].code = 'dialogue_meeting_4')), '/deadlines/0/code');
      expectInvalid(broken((doc) => (doc.timeline[2].type = 'RiskDeleted')), '/timeline/2/type');
    });

    it('a hash that is not lowercase hex', () => {
      expectInvalid(broken((doc) => (doc.timeline[0].hash = 'z'.repeat(64))), '/timeline/0/hash', /pattern/);
      expectInvalid(broken((doc) => (doc.chain.headHash = doc.chain.headHash.toUpperCase())), '/chain/headHash', /pattern/);
      expectInvalid(broken((doc) => (doc.timeline[1].prevHash = doc.timeline[1].prevHash.slice(1))), '/timeline/1/prevHash', /pattern/);
    });

    it('a property the format does not have', () => {
      expectInvalid(broken((doc) => (doc.case.diagnosis = 'F43.2')), '/case/diagnosis', /is not allowed/);
      expectInvalid(broken((doc) => (doc.application.ansatt.epost = 'kari@example.no')), '/application/ansatt/epost', /is not allowed/);
      expectInvalid(broken((doc) => (doc.exportedBy = 'hr')), '/exportedBy', /is not allowed/);
    });

    it('another format or format version', () => {
      expectInvalid(broken((doc) => (doc.formatVersion = 2)), '/formatVersion', /must be 1/);
      expectInvalid(broken((doc) => (doc.formatVersion = '1')), '/formatVersion', /must be 1/);
      expectInvalid(broken((doc) => (doc.format = 'nav-application')), '/format', /must be "case-export"/);
    });

    it('hours that are 0, negative or not whole', () => {
      const timer = '/application/behovForBistand/timer';
      expectInvalid(broken((doc) => (doc.application.behovForBistand.timer = 0)), timer, /must be >= 1/);
      expectInvalid(broken((doc) => (doc.application.behovForBistand.timer = -3)), timer);
      expectInvalid(broken((doc) => (doc.application.behovForBistand.timer = 1.5)), timer, /must be integer/);
      expectInvalid(broken((doc) => (doc.application.behovForBistand.timer = '20')), timer);
    });

    it('an estimated cost below 0 or above the form limit', () => {
      const cost = '/application/behovForBistand/estimertKostnad';
      expectInvalid(broken((doc) => (doc.application.behovForBistand.estimertKostnad = -1)), cost, /must be >= 0/);
      expectInvalid(broken((doc) => (doc.application.behovForBistand.estimertKostnad = 100_001)), cost, /must be <= 100000/);
    });

    it('a date that is not a date', () => {
      expectInvalid(broken((doc) => (doc.application.behovForBistand.startdato = '11.01.2027')), '/application/behovForBistand/startdato', /format "date"/);
      expectInvalid(broken((doc) => (doc.absences[0].from = '2026-02-30')), '/absences/0/from', /format "date"/);
      expectInvalid(broken((doc) => (doc.generatedAt = '2026-12-03 13:05')), '/generatedAt', /format "date-time"/);
    });

    it('a timeline entry without hash, or with data that is not an object', () => {
      expectInvalid(broken((doc) => delete doc.timeline[3].hash), '/timeline/3/hash', /is required/);
      expectInvalid(broken((doc) => (doc.timeline[3].data = '{"caseId":"x"}')), '/timeline/3/data', /must be object/);
      expectInvalid(broken((doc) => (doc.timeline[3].data = [])), '/timeline/3/data', /must be object/);
    });

    it('an id that is not a uuid', () => {
      expectInvalid(broken((doc) => (doc.case.id = 'case-1')), '/case/id', /format "uuid"/);
    });

    it('an action deadline without its action, or a statutory one without its period', () => {
      const action = validDoc().deadlines.findIndex((d) => d.code === 'action_due');
      const statutory = validDoc().deadlines.findIndex((d) => d.code !== 'action_due');
      expectInvalid(broken((doc) => (doc.deadlines[action].actionId = null)), `/deadlines/${action}/actionId`, /must be string/);
      expectInvalid(broken((doc) => (doc.deadlines[statutory].periodStart = null)), `/deadlines/${statutory}/periodStart`, /must be string/);
    });

    it('a null where the type has no null', () => {
      expectInvalid(broken((doc) => (doc.timeline = null)), '/timeline', /must be array/);
      expectInvalid(broken((doc) => (doc.absences[0].grade = null)), '/absences/0/grade', /must be integer/);
    });
  });
});

describe('the schema follows the domain', () => {
  const enumOf = (node: Schema): unknown[] => {
    expect(Array.isArray(node.enum)).toBe(true);
    return node.enum;
  };

  // Type-level lists where the domain has a union type but no constant: the `Record` makes
  // the compiler demand every member, so a new one cannot be left out here.
  const PROBLEMS: Record<NavFieldProblem['problem'], true> = { missing: true, invalid: true };
  const MEETING_NUMBERS: Record<DialogueMeetingHeld['data']['number'], true> = { 1: true, 2: true, 3: true };
  const DEADLINE_CODES: DeadlineCode[] = [...STATUTORY_DEADLINE_CODES, 'action_due'];

  it.each([
    ['generatedBy.role', () => schema.properties.generatedBy.properties.role, ROLES],
    ['case.kind', () => defs.case.properties.kind, CASE_KINDS],
    ['case.status', () => defs.case.properties.status, CASE_STATUSES],
    ['missing[].field', () => defs.navFieldProblem.properties.field, NAV_APPLICATION_FIELDS],
    ['missing[].problem', () => defs.navFieldProblem.properties.problem, Object.keys(PROBLEMS)],
    ['eligibility[].code', () => defs.eligibilityRule.properties.code, ELIGIBILITY_CODES],
    ['absences[].kind', () => defs.absence.properties.kind, ABSENCE_KINDS],
    ['deadlines[].code', () => defs.deadline.properties.code, DEADLINE_CODES],
    ['deadlines[].status', () => defs.deadline.properties.status, DEADLINE_STATUSES],
    ['risks[].factor', () => defs.risk.properties.factor, RISK_FACTORS],
    ['risks[].severity', () => defs.risk.properties.severity, SEVERITIES],
    ['risks[].source', () => defs.risk.properties.source, RISK_SOURCES],
    ['participants[].code', () => defs.participant.properties.code, PARTICIPANTS],
    ['actions[].evaluations[].effect', () => defs.action.properties.evaluations.items.properties.effect, EVALUATION_EFFECTS],
    ['consents[].party', () => defs.consent.properties.party, CONSENT_PARTIES],
    ['consents[].scope', () => defs.consent.properties.scope, CONSENT_SCOPES],
    ['dialogueMeetings[].number', () => defs.dialogueMeeting.properties.number, Object.keys(MEETING_NUMBERS).map(Number)],
    ['timeline[].type', () => defs.event.properties.type, CASE_EVENT_TYPES],
  ] as const)('%s lists exactly the domain codes', (_name, node, codes) => {
    expect(enumOf(node())).toEqual([...codes]);
  });

  it("uses the domain's limits for estimated cost and grade", () => {
    const cost = defs.navApplication.properties.behovForBistand.properties.estimertKostnad;
    expect(cost.maximum).toBe(DEFAULT_RULES.maxEstimatedCost);
    expect(defs.absence.properties.grade.maximum).toBe(FULL_LEAVE_GRADE);
  });

  it('is strict everywhere: no unknown properties, every property required and described', () => {
    const problems: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const s = node as Schema;
      if (s.properties && !path.endsWith('/if') && !path.endsWith('/then') && !path.endsWith('/else')) {
        if (s.additionalProperties !== false) problems.push(`${path}: additionalProperties is not false`);
        const keys = Object.keys(s.properties).sort();
        if (JSON.stringify([...(s.required ?? [])].sort()) !== JSON.stringify(keys)) problems.push(`${path}: not every property is required`);
        for (const key of keys) {
          if (typeof s.properties[key].description !== 'string') problems.push(`${path}/properties/${key}: no description`);
        }
      }
      for (const [key, value] of Object.entries(s)) {
        if (key === 'properties') {
          for (const [name, child] of Object.entries(value as Schema)) walk(child, `${path}/properties/${name}`);
        } else if (key !== 'enum' && key !== 'const' && key !== 'required') {
          walk(value, `${path}/${key}`);
        }
      }
    };
    walk(schema, '#');
    expect(problems).toEqual([]);
  });
});
