import { estimate, type EstimatedClaim } from '../../shared/estimate/estimate.js';
import { maxEstimateSteps } from '../../shared/estimate/history.js';
import { roundedBest } from '../../shared/estimate/rules.js';
import { credibilityWeights, reliabilityWeights } from '../../shared/estimate/weights.js';
import { defaultTolerance } from '../../shared/analysis/tolerance.js';
import { credibilityGrades, Reliability, reliabilityGrades } from '../../shared/schemas/index.js';
import { weightOf } from '../../shared/estimate/weights.js';

/**
 * The demo data's engineers and deminers sent to Russia, as three sources put them: worked through
 * by the estimate's own code as the page renders, so the example cannot drift from the rule.
 */
const engineers: (EstimatedClaim & { said: string })[] = [
  {
    id: 1,
    sourceId: 1,
    value: { kind: 'exact', value: 1000 },
    reliability: 'F',
    credibility: 6,
    said: 'Russia’s Security Council: 1,000 (June 2025)',
  },
  {
    id: 2,
    sourceId: 2,
    value: { kind: 'approximate', value: 1000 },
    reliability: 'F',
    credibility: 6,
    said: 'South Korea’s NIS: about 1,000 (September 2025)',
  },
  {
    id: 3,
    sourceId: 3,
    value: { kind: 'at_least', value: 1000 },
    reliability: 'F',
    credibility: 6,
    said: 'Chosun Biz: at least 1,000 (December 2025)',
  },
];

const computed = estimate(engineers, { tolerance: defaultTolerance }).best;
const best = computed && roundedBest(computed);

/** How the estimate is made, in plain words, with the weights it uses read from its own table. */
export function EstimateMethod() {
  return (
    <>
      <h2 id="estimate">The estimate</h2>
      <p>
        Beside the spread, each metric has an estimate of what its claims support together as of the date asked. It
        takes each source’s latest claim that is a figure in its own right: dated, not a repeat of another claim, not a
        figure its source had revised, and for the metric’s whole scope unless part-scope figures are asked for.
      </p>
      <p>
        <strong>Bounds.</strong> The highest “at least” and the lowest “at most” (a range’s ends count as both) given by
        a credible claim — not from an unreliable source (E), not graded doubtful or improbable — are the estimate’s
        bounds, each naming its claim.
      </p>
      <p>
        <strong>No consensus.</strong> If the credible claims cannot all be right at once, each figure read as worded
        and the tolerance allowed between them, no best figure is given: the estimate lists the groups of claims that
        agree among themselves instead of averaging 9 and 6,000 into a figure nobody claims. When each group’s claims
        are later than the group below, the count may simply have grown between them, and the estimate says so.
      </p>
      <p>
        <strong>Best figure.</strong> Otherwise each claim says how likely it makes each possible value: “about X” a
        bell curve on a log scale one tolerance wide, “exactly X” half as wide, “at least X” and “at most X” a soft
        step, a range a band with soft edges. Each is raised to the claim’s weight and multiplied together between the
        bounds; the median of the result is the best figure, with the values holding its middle half (50%) and middle
        nine-tenths (90%). A claim’s weight is its source’s reliability times its credibility:
      </p>
      <table className="weights">
        <caption>Weights</caption>
        <thead>
          <tr>
            <th scope="col">Source reliability</th>
            <th scope="col">Weight</th>
            <th scope="col">Claim credibility</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {Reliability.options.map((grade, i) => (
            <tr key={grade}>
              <td>
                {grade}: {reliabilityGrades[grade]}
              </td>
              <td>{reliabilityWeights[grade]}</td>
              <td>
                {i + 1}: {Object.values(credibilityGrades)[i]}
              </td>
              <td>{credibilityWeights.get(i + 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        A source whose reliability cannot be judged (F), or a claim whose truth cannot be (6), counts as a fairly
        reliable one (C, 3) would: not knowing is no evidence against it. On the metric page, sources that are a party
        to the conflict, weakly graded sources and any one source (its button beside the estimate, or its entry in the
        timeline’s legend) can be left out, and figures for part of the scope taken in, to see how far the answer rests
        on them.
      </p>
      <p>
        <strong>Over time.</strong> The timeline draws the estimate as it stood at each date a claim changed what it
        counts: the claims stated by then, chosen and weighed as above, so that the reader sees a consensus form, move
        and break. Where there was none, it draws no best figure but a grey gap marked “no consensus”. A metric with
        more than {maxEstimateSteps} such dates has its estimate drawn at {maxEstimateSteps} of them, spread evenly, the
        first and the last among them.
      </p>
      {best && (
        <p>
          <strong>Example.</strong> Three sources on the engineers and deminers sent to Russia:{' '}
          {engineers.map((c) => c.said).join('; ')}. None is graded (F, 6), so each weighs{' '}
          {Math.round(weightOf('F', 6) * 100) / 100}. The “at least” sets the lower bound, and the figures together give
          a best estimate of about {best.median}, half the likelihood in {best.interval50} and nine-tenths in{' '}
          {best.interval90}.
        </p>
      )}
    </>
  );
}
