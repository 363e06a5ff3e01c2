import { Button, Checkbox, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { Unit, User } from '../api/types';

export interface CaseFilters {
  status: string;
  enhet: string;
  leder: string;
  forfalte: boolean;
  q: string;
}

interface Props {
  filters: CaseFilters;
  onChange(next: CaseFilters): void;
  units: Unit[];
  leaders: User[] | null;
}

/** The overview's filters; every change lands in the address (status, enhet, leder, forfalte, q). */
export function CaseListFilters({ filters, onChange, units, leaders }: Props) {
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);

  function onSearch(event: FormEvent) {
    event.preventDefault();
    onChange({ ...filters, q: q.trim() });
  }

  return (
    <div className="filters" role="group" aria-label="Filtre">
      <Field className="filters__item">
        <Label htmlFor="filter-status">Status</Label>
        <Select id="filter-status" value={filters.status} onChange={(e) => onChange({ ...filters, status: e.target.value })}>
          <option value="">Alle</option>
          <option value="open">Åpne</option>
          <option value="closed">Avsluttede</option>
        </Select>
      </Field>
      <Field className="filters__item">
        <Label htmlFor="filter-unit">Enhet</Label>
        <Select id="filter-unit" value={filters.enhet} onChange={(e) => onChange({ ...filters, enhet: e.target.value })}>
          <option value="">Alle enheter</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </Select>
      </Field>
      {leaders && (
        <Field className="filters__item">
          <Label htmlFor="filter-leader">Leder</Label>
          <Select id="filter-leader" value={filters.leder} onChange={(e) => onChange({ ...filters, leder: e.target.value })}>
            <option value="">Alle ledere</option>
            {leaders.map((leader) => (
              <option key={leader.id} value={leader.id}>
                {leader.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <form role="search" className="filters__search" onSubmit={onSearch}>
        <Textfield id="filter-q" label="Søk" type="search" value={q} onChange={(e) => setQ(e.target.value)} description="Tittel eller navn på ansatt" />
        <Button type="submit" variant="secondary">
          Søk
        </Button>
      </form>
      <Checkbox
        className="filters__overdue"
        id="filter-overdue"
        label="Bare forfalte"
        checked={filters.forfalte}
        onChange={(e) => onChange({ ...filters, forfalte: e.target.checked })}
      />
    </div>
  );
}
