/**
 * Events of the one `organisation` stream: the employer's details and its units.
 * Neither is personal data; both are read by the NAV application (virksomhet) and the
 * risk register (units).
 */

/**
 * The employer's name and organisation number (the sub-unit, underenhet, NAV asks for) were
 * set or corrected. Produced by SetOrganisationDetails (PUT /api/organisation). Consumed by
 * nav_application (virksomhetsnavn, virksomhetsnummer) and the PDF cover.
 */
export interface OrganisationDetailsSet {
  type: 'OrganisationDetailsSet';
  data: { name: string; orgNumber: string };
}

/**
 * A unit (department, team) was added; employees belong to one. Produced by AddUnit
 * (POST /api/units). Consumed by case_list (unit filter) and risk_register (rows per unit).
 */
export interface UnitAdded {
  type: 'UnitAdded';
  data: { unitId: string; name: string };
}

export type OrganisationEvent = OrganisationDetailsSet | UnitAdded;

export const ORGANISATION_EVENT_TYPES: readonly OrganisationEvent['type'][] = Object.freeze(['OrganisationDetailsSet', 'UnitAdded']);

export const ORGANISATION_STREAM_ID = 'organisation';

export interface SetOrganisationDetails {
  type: 'SetOrganisationDetails';
  data: { name: string; orgNumber: string };
}

export interface AddUnit {
  type: 'AddUnit';
  data: { unitId: string; name: string };
}

export type OrganisationCommand = SetOrganisationDetails | AddUnit;
