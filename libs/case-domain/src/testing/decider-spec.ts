import { DomainError, type FieldErrorCode } from '../errors';
import type { EventMeta } from '../event-meta';

/**
 * Given / when / then for deciders, after Emmett's `DeciderSpecification`
 * (event-driven-io/emmett):
 *
 *   const given = DeciderSpecification.for(caseDecider);
 *   given([opened]).when(identifyRisk).then([riskIdentified]);
 *   given([]).when(identifyRisk).thenThrows('CASE_NOT_FOUND');
 *
 * The state folded from the given events and the command are deep-frozen before decide runs,
 * so a decider that edits what it was given fails every test: decide only produces new events.
 */
export interface Decider<Command, Event, State, Context> {
  decide(command: Command, state: State, context: Context): Event[];
  evolve(state: State, event: Event, meta: EventMeta): State;
  initialState(): State;
  /** The context every `when` gets unless it overrides parts of it. */
  defaultContext(): Context;
}

/** An expected field error: the field, and optionally its code. */
export interface ExpectedFieldError {
  field: string;
  code?: FieldErrorCode;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Metadata of given events: one minute apart, by the same actor. */
export function givenMeta(index: number): EventMeta {
  return { occurredAt: new Date(Date.UTC(2026, 0, 5, 9, index)).toISOString(), actorId: 'given-actor' };
}

export const DeciderSpecification = {
  for<Command, Event, State, Context>(decider: Decider<Command, Event, State, Context>) {
    return (givenEvents: Event[]) => ({
      when(command: Command, context: Partial<Context> = {}) {
        const run = (): Event[] => {
          const state = givenEvents.reduce(
            (current, event, index) => decider.evolve(current, event, givenMeta(index)),
            decider.initialState(),
          );
          return decider.decide(deepFreeze(structuredClone(command)), deepFreeze(state), {
            ...decider.defaultContext(),
            ...context,
          });
        };

        return {
          then(expected: Event[]): void {
            expect(run()).toStrictEqual(expected);
          },

          /** Expects a DomainError with `code`; with `fields`, exactly those field errors. */
          thenThrows(code: DomainError['code'], fields?: ExpectedFieldError[]): DomainError {
            let thrown: unknown;
            try {
              const events = run();
              throw new Error(`Expected ${code}, but decide returned ${JSON.stringify(events)}`);
            } catch (error) {
              thrown = error;
            }
            if (!(thrown instanceof DomainError)) throw thrown;
            expect({ code: thrown.code, message: thrown.message }).toEqual({ code, message: expect.any(String) });
            if (fields) {
              const unexpected = [...(thrown.fields ?? [])];
              const missing: ExpectedFieldError[] = [];
              for (const wanted of fields) {
                const at = unexpected.findIndex((f) => f.field === wanted.field && (!wanted.code || f.code === wanted.code));
                if (at === -1) missing.push(wanted);
                else unexpected.splice(at, 1);
              }
              expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
            }
            return thrown;
          },
        };
      },
    });
  },
};
