import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { RequiredDate, RequiredInteger, RequiredNumber, RequiredText, RequiredTitle } from '../../../http/dto-fields';

/** The expert NAV's form asks for (ekspert): neutral, with a publicly approved competence. */
export class ExpertDto {
  @RequiredTitle('Ingrid Berg')
  name: string;

  @RequiredTitle('Arbeidshelse Vest AS')
  company: string;

  @RequiredText('Psykolog, autorisasjon HPR 1234567', 500, 'Competence or authorisation, e.g. "Ergoterapeut, autorisasjon HPR ..."')
  competence: string;
}

/** The body of …/expert-support: the fields of NAV's application form (behovForBistand, ekspert, nav). */
export class RequestExpertSupportDto {
  @ApiProperty({ type: ExpertDto })
  @IsDefined({ message: 'is required' })
  @IsObject({ message: 'must be an object with name, company and competence' })
  @ValidateNested()
  @Type(() => ExpertDto)
  expert: ExpertDto;

  @RequiredText('Helsefagarbeider i turnus, 80 %; har vanskelig for å håndtere kveldsvakter alene etter en konflikt', 10_000, 'begrunnelse: the work situation and what is difficult')
  reason: string;

  @RequiredText('Kartlegging av arbeidssituasjonen og råd om tilrettelegging på arbeidsplassen', 10_000, 'behov: what the expert shall help with (not treatment)')
  need: string;

  @RequiredText('Redusert saksmengde, faste samtaler med leder, bedriftshelsetjenesten konsultert', 10_000, 'tilrettelegging: follow-up and accommodation already offered or tried')
  accommodationTried: string;

  @RequiredInteger(10, 'timer: whole hours, more than 0')
  hours: number;

  @RequiredNumber(15000, 'estimertKostnad: NOK, 0–100 000')
  estimatedCost: number;

  @RequiredDate('2027-01-10', 'startdato: not in the past; NAV must approve before the expert starts')
  startDate: string;

  @RequiredTitle('Nina Veileder, NAV Arbeidslivssenter Vestland')
  navContact: string;
}
