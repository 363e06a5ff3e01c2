import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from './client';
import { minPosition } from './positions';
import type {
  AccessLogEntry,
  CaseState,
  Deadline,
  NavApplicationAnswer,
  Organisation,
  TimelineEntry,
  Unit,
  User,
  Verification,
} from './types';

/** Query keys: everything about one case starts with ['case', id] so one call refreshes it. */
export const keys = {
  case: (id: string) => ['case', id] as const,
  casepart: (id: string, part: string) => ['case', id, part] as const,
  cases: ['cases'] as const,
  users: ['users'] as const,
  units: ['units'] as const,
  organisation: ['organisation'] as const,
  employees: ['employees'] as const,
  deadlines: ['deadlines'] as const,
  riskRegister: ['risk-register'] as const,
  session: ['session'] as const,
};

export function useCase(id: string) {
  return useQuery({ queryKey: keys.case(id), queryFn: () => api<CaseState>('GET', `/api/cases/${id}`) });
}

function useCasePart<T>(id: string, part: string, enabled = true) {
  return useQuery({
    queryKey: keys.casepart(id, part),
    queryFn: () => api<T>('GET', `/api/cases/${id}/${part}`, { query: { minPosition: minPosition() } }),
    enabled,
  });
}

export const useTimeline = (id: string) => useCasePart<TimelineEntry[]>(id, 'timeline');
export const useDeadlines = (id: string) => useCasePart<Deadline[]>(id, 'deadlines');
export const useNavApplication = (id: string) => useCasePart<NavApplicationAnswer>(id, 'nav-application');
export const useAccessLog = (id: string) =>
  useQuery({ queryKey: keys.casepart(id, 'access-log'), queryFn: () => api<AccessLogEntry[]>('GET', `/api/cases/${id}/access-log`) });
export const useVerification = (id: string) =>
  useQuery({ queryKey: keys.casepart(id, 'verification'), queryFn: () => api<Verification>('GET', `/api/cases/${id}/verification`) });

export function useUsers(enabled = true) {
  return useQuery({ queryKey: keys.users, queryFn: () => api<User[]>('GET', '/api/users'), staleTime: 60_000, enabled });
}

export function useUnits() {
  return useQuery({ queryKey: keys.units, queryFn: () => api<Unit[]>('GET', '/api/units'), staleTime: 60_000 });
}

export function useOrganisation() {
  return useQuery({ queryKey: keys.organisation, queryFn: () => api<Organisation>('GET', '/api/organisation') });
}

/** After a write: refetch everything that may show it. */
export async function invalidateAfterWrite(client: QueryClient, caseId?: string): Promise<void> {
  await Promise.all([
    caseId ? client.invalidateQueries({ queryKey: keys.case(caseId) }) : Promise.resolve(),
    client.invalidateQueries({ queryKey: keys.cases }),
    client.invalidateQueries({ queryKey: keys.deadlines }),
    client.invalidateQueries({ queryKey: keys.riskRegister }),
  ]);
}
