import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import { stepInWords } from '../../shared/charts/estimateBand.js';
import type { EstimateHistory } from '../../shared/schemas/index.js';
import { ScrollRegion } from '../ui/ScrollRegion';

/** The estimate as it stood at each date, in words: the band's text alternative. */
export function EstimateHistoryTable({ history, unit }: { history: EstimateHistory; unit: string }) {
  return (
    <ScrollRegion label="The estimate at each date">
      <table className="data-table">
        <caption>
          The estimate as it stood at each date a claim changed what it counts, oldest first
          {history.dateCount > history.steps.length &&
            ` (${history.steps.length} of ${history.dateCount} dates, spread evenly)`}
        </caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Best estimate</th>
            <th scope="col">Middle half</th>
            <th scope="col">Middle nine-tenths</th>
            <th scope="col">Claims counted</th>
          </tr>
        </thead>
        <tbody>
          {history.steps.map((step) => {
            const words = stepInWords(step, unit);
            return (
              <tr key={step.date}>
                <th scope="row">
                  <time dateTime={step.date}>{formatStatedOn(step.date)}</time>
                </th>
                <td>{words.best}</td>
                <td>{words.interval50}</td>
                <td>{words.interval90}</td>
                <td>{step.counted}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
