import { buildNavApplication, calendarDate, type CaseState, type EmployeeState, type NavApplicationResult, type OrganisationState } from '@app/case-domain';
import { maskNationalId } from '@app/nav-export';
import type { Role } from '../auth/roles';
import type { UserEntity } from '../auth/user.entity';
import { UsersRepository } from '../auth/users.repository';
import { loadEmployee } from '../employees/employee-stream';
import { loadOrganisation } from '../organisation/organisation-stream';
import type { Runtime } from '../runtime/runtime';

/** What NAV's form is filled from besides the case: the organisation, the employee, the leader. */
export interface NavParties {
  organisation: OrganisationState;
  employee: EmployeeState;
  leader: UserEntity | null;
}

export async function loadNavParties(runtime: Runtime, state: CaseState): Promise<NavParties> {
  const [organisation, employee, leader] = await Promise.all([
    loadOrganisation(runtime.store),
    loadEmployee(runtime.store, state.employeeId),
    new UsersRepository(runtime.dataSource).findById(state.leaderId),
  ]);
  return { organisation, employee, leader };
}

/**
 * NAV's application form for a case, its missing fields and the eligibility checklist, with
 * the organisation, the employee and the leader (NAV's contact person) as they are now.
 */
export function navApplicationOf(parties: NavParties, state: CaseState, runtime: Pick<Runtime, 'rules'>): NavApplicationResult {
  const { organisation, employee, leader } = parties;
  const today = calendarDate(new Date(), runtime.rules.timeZone);
  return buildNavApplication(
    {
      organisation: { name: organisation.name, orgNumber: organisation.orgNumber },
      employee: employee.status === 'empty' ? null : employee,
      contact: leader ? { name: leader.name, email: leader.email, phone: leader.phone } : null,
      state,
    },
    today,
    runtime.rules,
  );
}

export async function navApplication(runtime: Runtime, state: CaseState): Promise<NavApplicationResult> {
  return navApplicationOf(await loadNavParties(runtime, state), state, runtime);
}

/**
 * What a role may see of it: the national id in full only for HR and admin, who file the
 * application; the case's leader sees the checklist and the birth-date part ("150385 *****").
 */
export function navApplicationFor(role: Role, result: NavApplicationResult): NavApplicationResult {
  if (role === 'hr' || role === 'admin' || result.application.ansatt.fnr === null) return result;
  return {
    ...result,
    application: { ...result.application, ansatt: { ...result.application.ansatt, fnr: maskNationalId(result.application.ansatt.fnr) } },
  };
}
