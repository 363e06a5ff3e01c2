import { useParams } from 'react-router';

export function useCaseId(): string {
  const { caseId } = useParams();
  if (!caseId) throw new Error('No case id in the route');
  return caseId;
}
