import { getPath, isErased, setPath } from './personal-data';

describe('personal data paths', () => {
  const data = { name: 'Kari', expert: { name: 'Ola', hours: 2 }, list: ['a'] };

  it('reads top-level and nested paths', () => {
    expect(getPath(data, 'name')).toBe('Kari');
    expect(getPath(data, 'expert.name')).toBe('Ola');
    expect(getPath(data, 'expert.missing')).toBeUndefined();
    expect(getPath(data, 'name.deeper')).toBeUndefined();
  });

  it('replaces a value in a copy, leaving the original untouched', () => {
    const changed = setPath(data, 'expert.name', { $erased: true });
    expect(changed).toEqual({ name: 'Kari', expert: { name: { $erased: true }, hours: 2 }, list: ['a'] });
    expect(data.expert.name).toBe('Ola');
    expect(isErased(getPath(changed, 'expert.name'))).toBe(true);
    expect(isErased('Ola')).toBe(false);
  });
});
