import type { Role } from '../api/types';

/**
 * What each role may see and do in the console, mirroring the API's access policy
 * (apps/api/src/access/access-policy.ts): the console only hides what the API would refuse.
 */
export type Permission =
  | 'cases' // the case overview and case pages (leaders: their own)
  | 'openCase'
  | 'hrCommands' // risks, absences, plans, meetings, consents, expert support, NAV, notes, closing
  | 'leaderCommands' // actions, completion, evaluation
  | 'deadlines'
  | 'riskRegister'
  | 'employees'
  | 'accessLog' // who read a case (the case's access log)
  | 'export' // download the case's documentation (PDF, JSON): HR's, as the API decides
  | 'admin';

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ['cases', 'openCase', 'hrCommands', 'leaderCommands', 'deadlines', 'riskRegister', 'employees', 'accessLog', 'export', 'admin'],
  hr: ['cases', 'openCase', 'hrCommands', 'leaderCommands', 'deadlines', 'riskRegister', 'employees', 'accessLog', 'export'],
  leader: ['cases', 'leaderCommands', 'deadlines'],
  safety_rep: ['riskRegister'],
};

export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && GRANTS[role].includes(permission);
}

/** Where a user lands after signing in without a wanted page. */
export function homePath(role: Role): string {
  return can(role, 'cases') ? '/saker' : '/risikoregister';
}

const PATH_PERMISSIONS: [RegExp, Permission][] = [
  [/^\/saker\/ny/, 'openCase'],
  [/^\/saker/, 'cases'],
  [/^\/frister/, 'deadlines'],
  [/^\/risikoregister/, 'riskRegister'],
  [/^\/admin/, 'admin'],
];

/** Whether the role may open a path (to not send someone after login to a page they cannot see). */
export function mayVisit(role: Role, path: string): boolean {
  const rule = PATH_PERMISSIONS.find(([pattern]) => pattern.test(path));
  return !rule || can(role, rule[1]);
}
