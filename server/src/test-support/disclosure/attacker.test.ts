import { describe, expect, it } from 'vitest';
import { attack, type Observation } from './attacker.js';

// The attacker must catch the leaks it is there to catch, or a green property test means nothing.
const GROUPS = ['T', 'H', 'E', 'P'];
const heads = (...people: string[]) => new Map(people.map((p) => [p, 1]));
const seen = (source: string, people: Map<string, number>, shown: Record<string, number>): Observation => ({
  source,
  people,
  shown: new Map(Object.entries(shown)),
});
const six = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

describe('attack', () => {
  it('should single out the newcomer when host community reads 6 of 6 and then 6 of 7', () => {
    // The scenario as today's live report showed it.
    const findings = attack([seen('t1', heads(...six), { H: 6 }), seen('t2', heads(...six, 'x'), { H: 6 })], GROUPS, 5);
    // At t1 everyone is host community (0 in the other groups); at t2 the newcomer x is not (0 of 1).
    expect(findings.some((f) => f.people.join() === 'x' && f.groups.join() === 'H' && f.count === 0)).toBe(true);
  });

  it('should work out the hidden groups together when the shown ones leave fewer than 5', () => {
    // 12 people, T 6 and H 5 shown: E and P hold 1 together.
    const all = heads(...Array.from({ length: 12 }, (_, i) => `p${i}`));
    const findings = attack([seen('table', all, { T: 6, H: 5 })], GROUPS, 5);
    expect(findings).toContainEqual(expect.objectContaining({ groups: ['E', 'P'], count: 1 }));
  });

  it('should find one of two newcomers when a second session shows one more host-community person', () => {
    const base = [...six, 't1', 't2', 't3', 't4', 't5'];
    const findings = attack(
      [seen('s1', heads(...base), { H: 6 }), seen('s2', heads(...base, 'y', 'z'), { H: 7 })],
      GROUPS,
      5,
    );
    expect(findings).toContainEqual(expect.objectContaining({ people: ['y', 'z'], groups: ['H'], count: 1 }));
  });

  it('should single out the one who wrote three challenges when the weights allow one reading only', () => {
    const base = [...six, 't1', 't2', 't3', 't4', 't5'];
    const wrote = new Map([
      ['h1', 3],
      ['h2', 1],
      ['h3', 1],
      ['h4', 1],
      ['h5', 1],
      ['t1', 1],
      ['t2', 1],
      ['t3', 1],
      ['t4', 1],
      ['t5', 1],
    ]);
    const findings = attack([seen('att', heads(...base), { H: 6 }), seen('ch', wrote, { H: 7 })], GROUPS, 5);
    expect(findings.some((f) => f.people.join() === 'h1')).toBe(true);
  });

  it('should find nothing when one table shows 6 of 12 and hides the other 6', () => {
    const all = heads(...Array.from({ length: 12 }, (_, i) => `p${i}`));
    expect(attack([seen('table', all, { T: 6 })], GROUPS, 5)).toEqual([]);
  });
});
