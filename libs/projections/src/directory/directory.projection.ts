import type { StoredEvent } from '@app/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../projection';
import { withErasedAsNull } from '../sanitize';

/**
 * directory: the organisation, its units and its employees, for pickers and for the names
 * other read models show. An employee's personal fields are blanked when they are erased.
 */
export class DirectoryProjection implements Projection {
  readonly name = 'directory';
  /** The types whose data it keeps; case events pass through still encrypted and unread. */
  readonly decryptTypes = ['OrganisationDetailsSet', 'UnitAdded', 'EmployeeRegistered'];

  async apply(events: StoredEvent[], tx: EntityManager): Promise<void> {
    for (const event of events) {
      const data = withErasedAsNull(event.data) as Record<string, any>;
      const at = event.metadata.occurredAt;
      switch (event.type) {
        case 'OrganisationDetailsSet':
          await tx.query(
            `INSERT INTO rm_organisation (id, name, org_number, updated_at) VALUES (1, $1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET name = $1, org_number = $2, updated_at = $3`,
            [data.name, data.orgNumber, at],
          );
          break;
        case 'UnitAdded':
          await tx.query('INSERT INTO rm_units (unit_id, name, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [data.unitId, data.name, at]);
          break;
        case 'EmployeeRegistered':
          await tx.query(
            `INSERT INTO rm_employees (employee_id, name, national_id, unit_id, position, status, registered_at)
             VALUES ($1, $2, $3, $4, $5, 'active', $6) ON CONFLICT DO NOTHING`,
            [data.employeeId, data.name, data.nationalId ?? null, data.unitId, data.position ?? null, at],
          );
          break;
        case 'EmployeeErased':
          await tx.query(
            `UPDATE rm_employees SET name = NULL, national_id = NULL, position = NULL, status = 'erased', erased_at = $2
             WHERE employee_id = $1`,
            [data.employeeId, at],
          );
          break;
      }
    }
  }

  async reset(tx: EntityManager): Promise<void> {
    await tx.query('TRUNCATE rm_organisation, rm_units, rm_employees');
  }
}
