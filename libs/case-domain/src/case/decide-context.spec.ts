import { DEFAULT_RULES } from '../rules';
import { todayOf } from './decide-context';

describe('todayOf', () => {
  it('is the Oslo date by default, not the UTC date', () => {
    expect(DEFAULT_RULES.timeZone).toBe('Europe/Oslo');
    expect(todayOf({ now: new Date('2026-03-01T23:30:00Z'), actorId: 'a', rules: DEFAULT_RULES })).toBe('2026-03-02');
  });

  it('uses the time zone of the rules', () => {
    const rules = { ...DEFAULT_RULES, timeZone: 'America/New_York' };
    expect(todayOf({ now: new Date('2026-03-02T03:00:00Z'), actorId: 'a', rules })).toBe('2026-03-01');
  });
});
