/**
 * One region-size pairing in a process of its own (bench/region.ts runs it), so its peak memory is its own: a
 * synthetic bank of MENTEES × MENTORS, «Подобрать всех» end to end (scores, the exact assignment, the reasons of the
 * pairs placed). Prints one JSON line.
 */
import { proposePairs } from '../src/domain/matching/proposal';
import { DEFAULT_WEIGHTS } from '../src/domain/matching/weights';
import { syntheticBank } from '../test/domain/matching/syntheticBank';

const [mentees, mentors] = process.argv.slice(2).map(Number);
const bank = syntheticBank(mentors, mentees, 42);
const start = performance.now();
const proposal = proposePairs(bank, DEFAULT_WEIGHTS);
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({
  ms,
  // the process's peak resident set, bank included (resourceUsage reports kilobytes)
  mb: process.resourceUsage().maxRSS / 1024,
  placed: proposal.pairs.reduce((n, p) => n + p.mentees.length, 0),
  unpaired: proposal.unpaired.length,
  total: proposal.totalScore,
}) + '\n');
