import { addDaysIso, todayOslo } from '../../labels/format';
import { CaseCommandForm } from '../case-command-form';
import { TextField } from '../fields';
import type { CaseFormProps } from './case-form-props';

interface Values {
  expert: { name: string; company: string; competence: string };
  reason: string;
  need: string;
  accommodationTried: string;
  hours: string;
  estimatedCost: string;
  startDate: string;
  navContact: string;
}

const WHOLE = { pattern: { value: /^\d+$/, message: 'Må være et helt tall' } };
const AMOUNT = { pattern: { value: /^\d+([.,]\d{1,2})?$/, message: 'Må være et beløp i kroner' } };

/** The fields of NAV's application form for expert support (ekspertbistand). */
export function ExpertSupportForm({ caseId, onDone, onCancel }: CaseFormProps) {
  return (
    <CaseCommandForm<Values>
      caseId={caseId}
      path="expert-support"
      heading="Forespørsel om ekspertbistand"
      submitLabel="Lagre forespørsel"
      defaultValues={{
        expert: { name: '', company: '', competence: '' },
        reason: '',
        need: '',
        accommodationTried: '',
        hours: '',
        estimatedCost: '',
        startDate: addDaysIso(todayOslo(), 21),
        navContact: '',
      }}
      toBody={(v) => ({
        expert: { name: v.expert.name.trim(), company: v.expert.company.trim(), competence: v.expert.competence.trim() },
        reason: v.reason.trim(),
        need: v.need.trim(),
        accommodationTried: v.accommodationTried.trim(),
        hours: Number(v.hours),
        estimatedCost: Number(v.estimatedCost.replace(',', '.')),
        startDate: v.startDate,
        navContact: v.navContact.trim(),
      })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <fieldset className="subform">
        <legend>Ekspert</legend>
        <TextField name="expert.name" label="Ekspertens navn" required />
        <TextField name="expert.company" label="Ekspertens virksomhet" required />
        <TextField name="expert.competence" label="Kompetanse eller autorisasjon" required description="For eksempel «Psykolog, autorisasjon HPR 1234567»." />
      </fieldset>
      <fieldset className="subform">
        <legend>Behov for bistand</legend>
        <TextField name="reason" label="Begrunnelse" multiline required description="Arbeidssituasjonen og hva som er vanskelig." />
        <TextField name="need" label="Behov for bistand" multiline required description="Hva eksperten skal hjelpe med (ikke behandling)." />
        <TextField name="accommodationTried" label="Tilrettelegging som er prøvd" multiline required />
        <TextField name="hours" label="Antall timer" inputMode="numeric" required width="short" rules={WHOLE} />
        <TextField name="estimatedCost" label="Estimert kostnad (kr)" inputMode="decimal" required width="short" rules={AMOUNT} />
        <TextField name="startDate" label="Startdato" type="date" required width="short" description="NAV må ha godkjent søknaden før eksperten starter." />
      </fieldset>
      <TextField name="navContact" label="Kontaktperson i NAV" required description="Navn og kontor, for eksempel NAV Arbeidslivssenter." />
    </CaseCommandForm>
  );
}
