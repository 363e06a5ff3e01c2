import { CommandToggle } from '../command-toggle';
import { ReasonForm } from './reason-form';

/** "Avslutt saken" while open, "Gjenåpne saken" while closed (HR). */
export function CaseStatusForms({ caseId, status }: { caseId: string; status: string }) {
  if (status === 'open') {
    return (
      <CommandToggle openLabel="Avslutt saken" successText="Saken er avsluttet." variant="secondary">
        {(done, cancel) => <ReasonForm caseId={caseId} path="closure" heading="Avslutt saken" submitLabel="Lagre avslutning" onDone={done} onCancel={cancel} />}
      </CommandToggle>
    );
  }
  return (
    <CommandToggle openLabel="Gjenåpne saken" successText="Saken er gjenåpnet." variant="secondary">
      {(done, cancel) => <ReasonForm caseId={caseId} path="reopening" heading="Gjenåpne saken" submitLabel="Lagre gjenåpning" onDone={done} onCancel={cancel} />}
    </CommandToggle>
  );
}
