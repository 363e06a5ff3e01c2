import { blankPaths, erasedPathsAsNull, withErasedAsNull } from './sanitize';

describe('sanitize', () => {
  const data = { title: 'T', expert: { name: 'N', hours: 2 }, n: 1 };

  it('blanks present paths only, leaving the original untouched', () => {
    const blanked = blankPaths(data, ['title', 'expert.name', 'summary', 'missing.deep']);
    expect(blanked).toEqual({ title: null, expert: { name: null, hours: 2 }, n: 1 });
    expect(data).toEqual({ title: 'T', expert: { name: 'N', hours: 2 }, n: 1 });
  });

  it('nulls erased markers at the paths and nowhere else', () => {
    const erased = { title: { $erased: true }, expert: { name: { $erased: true }, hours: 2 }, note: 'kept' };
    expect(erasedPathsAsNull(erased, ['title', 'expert.name', 'note'])).toEqual({ title: null, expert: { name: null, hours: 2 }, note: 'kept' });
    expect(withErasedAsNull(erased)).toEqual({ title: null, expert: { name: null, hours: 2 }, note: 'kept' });
  });
});
