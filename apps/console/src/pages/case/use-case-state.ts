import { useOutletContext } from 'react-router';
import type { CaseState } from '../../api/types';

/** The case the case page fetched, for its tabs. */
export function useCaseState(): CaseState {
  return useOutletContext<CaseState>();
}
