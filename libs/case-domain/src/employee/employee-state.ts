import type { PersonalText } from '../case/case-state';

/** One employee as folded from `employee-<employeeId>`. */
export interface EmployeeState {
  id: string;
  /** `empty` before registration; `erased` after erasure, for good. */
  status: 'empty' | 'active' | 'erased';
  /** Null once erased. */
  name: PersonalText;
  nationalId: PersonalText;
  unitId: string;
  position: PersonalText;
  registeredAt?: string;
  erasedAt?: string;
  version: number;
}

export const initialEmployeeState: Readonly<EmployeeState> = Object.freeze({
  id: '',
  status: 'empty',
  name: null,
  nationalId: null,
  unitId: '',
  position: null,
  version: 0,
});
