import { scorePair } from '../../../src/domain/matching/compatibility';
import { prepareMatching } from '../../../src/domain/matching/context';
import { pairScorer } from '../../../src/domain/matching/fastScore';
import { DEFAULT_WEIGHTS, type MatchingWeights } from '../../../src/domain/matching/weights';
import { syntheticBank } from './syntheticBank';

describe('the whole-bank scorer gives scorePair\'s score for every pair', () => {
  const variants: [string, MatchingWeights][] = [
    ['default weights', DEFAULT_WEIGHTS],
    ['deficits only', { ...DEFAULT_WEIGHTS, subject: 0, categoryForm: 0, experience: 0, kind: 0, preference: 0 }],
    ['odd weights and a short experience gap', { ...DEFAULT_WEIGHTS, deficits: 7.5, subject: 0, kind: 33, fullExperienceGap: 3 }],
  ];
  for (const [label, weights] of variants) {
    for (const withPreferences of [true, false]) {
      test(`${label}, ${withPreferences ? 'with' : 'without'} «Предпочтения»: 6 banks of 30 × 60`, () => {
        let pairs = 0;
        for (let seed = 1; seed <= 6; seed++) {
          const ctx = prepareMatching(syntheticBank(30, 60, seed, withPreferences), weights);
          const fast = pairScorer(ctx);
          for (const mentee of ctx.mentees) {
            for (const mentor of ctx.mentors) {
              const expected = scorePair(ctx, mentor, mentee);
              if (fast(mentor, mentee) !== expected) throw new Error(`${mentor.mentor.code} × ${mentee.mentee.code}: ${fast(mentor, mentee)} ≠ ${expected}`);
              pairs++;
            }
          }
        }
        expect(pairs).toBe(6 * 30 * 60);
      });
    }
  }
});
