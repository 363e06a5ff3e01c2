/** What every case form gets: the case, and what to do when it saved or was cancelled. */
export interface CaseFormProps {
  caseId: string;
  onDone(): void;
  onCancel(): void;
}
