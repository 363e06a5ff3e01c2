import { buildNavApplication, calendarDate, type CaseState } from '@app/case-domain';
import { UsersRepository } from '../auth/users.repository';
import { loadEmployee } from '../employees/employee-stream';
import { loadOrganisation } from '../organisation/organisation-stream';
import type { Runtime } from '../runtime/runtime';

/**
 * NAV's application form for a case, its missing fields and the eligibility checklist,
 * folded from the case's own stream with the organisation, the employee and the leader
 * (NAV's contact person) as they are now.
 */
export async function navApplication(runtime: Runtime, state: CaseState) {
  const [organisation, employee, leader] = await Promise.all([
    loadOrganisation(runtime.store),
    loadEmployee(runtime.store, state.employeeId),
    new UsersRepository(runtime.dataSource).findById(state.leaderId),
  ]);
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
