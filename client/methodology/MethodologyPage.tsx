import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { outlierMinOthers, outlierRatio, outlierWindowDays } from '../../shared/analysis/outliers.js';
import { conflationWindowDays } from '../../shared/analysis/related.js';
import { relayWindowDays } from '../../shared/analysis/relays.js';
import { defaultTolerance, toleranceInWords } from '../../shared/analysis/tolerance.js';
import { maxTolerance } from '../../shared/schemas/index.js';
import { methodologyAnchor, methodologyHref } from '../ui/methodologyLink';
import { EstimateMethod } from './EstimateMethod';
import { PageTitle } from '../ui/PageTitle';

const percent = toleranceInWords(defaultTolerance).slice(1);

/**
 * How Triangulate decides which figures can be compared, in plain words: every rule and threshold
 * an analyst needs to judge a finding, read from the constants the analysis itself uses, so the
 * page cannot say one thing while the code does another.
 */
export default function MethodologyPage() {
  const { hash } = useLocation();
  // A finding links to its rule's section: the browser scrolls to an anchor only on a full page load.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
  return (
    <article className="methodology">
      <PageTitle page="Methodology" />
      <h1>How findings are made</h1>
      <p>
        For each metric, Triangulate takes every source’s latest claim as of the date asked, and checks whether the
        figures can be compared at all before saying how far apart they are. A <strong>warning</strong> means the
        figures it names should not be compared as they stand; a <strong>note</strong> means they can be, and the
        comparison already allows for what the note says.
      </p>
      <p>
        The same findings, with every claim, source and comparison, can be read by programs:{' '}
        <a href="/api/docs">the API and its documentation</a>.
      </p>

      <h2 id="figures">Figures as worded</h2>
      <p>
        A figure keeps the qualifier its source gave it. “About X” allows {percent} either side of X, so “about 14,000”
        and “about 15,000” agree. A metric can set a tolerance of its own, from 0 to{' '}
        {toleranceInWords(maxTolerance).slice(1)}, where its figures are rounded more or less than most: each comparison
        says which it used. “At least X” allows anything from X up, “at most X” anything from zero to X, and a range its
        two ends. Two figures disagree when no single value fits both. A figure of 0, a denial, is a figure too: a log
        scale has no place for it, so the charts draw it in a lane of its own below the smallest gridline, and the
        spread, a ratio, is measured between the figures above 0, with any 0 named beside it. Claims with no date are
        listed apart and are never counted in an as-of comparison: nothing says whether they were made before that date.
      </p>

      <h2 id="independent-origins">Independent origins</h2>
      <p>
        A claim marked as repeating another is traced back to the claim it repeats, and from there to the first claim of
        the chain. Each comparison says how many claims it holds and from how many independent origins they come, so
        that five outlets carrying one intelligence estimate read as one estimate.
      </p>

      <h2 id="ranking">How the overview ranks metrics</h2>
      <p>
        The overview ranks metrics by the spread of their compared figures — each source’s latest figure, dated, in its
        own right and for the whole scope — the largest over the smallest. Before measuring it, every figure that a{' '}
        <Link to={methodologyHref('superseded')}>superseded</Link> or{' '}
        <Link to={methodologyHref('outlier')}>outlier</Link> warning is about is left out: a figure its source had
        revised, or one far from every other of its months, makes a spread that measures no disagreement between current
        estimates. The overview names each figure it left out beside the spread, and gives the spread with them too, as
        the metric page measures it. Other findings leave nothing out: the spread already leaves out figures for part of
        the scope and repeats, and a statement relayed with different qualifiers does not say which wording is wrong.
        Metrics with the same spread are ranked disjoint first, then by name.
      </p>

      <h2 id={methodologyAnchor('echo')}>Repeated claims (note)</h2>
      <p>
        Raised when a source’s latest claim repeats another claim. The repeat is shown with its origin rather than as a
        figure of its own, and counts once.
      </p>

      <h2 id={methodologyAnchor('superseded')}>Superseded figures (warning)</h2>
      <p>
        Raised when a source’s latest figure matches an earlier figure, of another source or of its own, that the source
        of that figure had revised by the time it was repeated. Two figures are the same figure when they are equal at
        the precision of the coarser one, and never coarser than two significant figures, whatever their qualifiers: “at
        least 600” repeats “about 600” and “about 1,200” repeats 1,150, but 1,250 does not repeat 1,000. A figure that
        agrees with the revision, within {percent}, or is closer to it than to the old figure, is not superseded. A
        figure for part of the scope neither revises nor is revised by a whole-scope figure. Nor is a figure superseded
        when, at the time it was given, another source’s current figure agreed with it within {percent} (other than by
        repeating the revised figure too): it may be that estimate it gives, and on a metric of many claims some earlier
        figure nearly always matches by chance.
      </p>

      <h2 id={methodologyAnchor('relayed_qualifiers')}>One statement, different qualifiers (warning)</h2>
      <p>
        Raised when one source’s figure appears in several claims no more than {relayWindowDays} days apart with
        different qualifiers (“at least 6,000” in one outlet, “about 6,000” in another). Reports of a briefing trail it
        by a day or two and weekly round-ups by a week; a month later it is a new statement. Which wording is the
        source’s own decides how the figure compares, so each relay is named.
      </p>

      <h2 id={methodologyAnchor('outlier')}>Outliers (warning)</h2>
      <p>
        Raised when a figure is more than {outlierRatio} times every figure given by at least {outlierMinOthers} other
        sources within {outlierWindowDays} days of it, or less than a{' '}
        {outlierRatio === 3 ? 'third' : `1/${outlierRatio}`} of every one. Counts of losses or troops grow over a war,
        so only figures of the same months are a yardstick; estimates by different governments commonly differ two or
        three times, so beyond that an error or a different count is the likelier reading. A bound is far only on the
        side it bounds: “at least 100” agrees with 4,000. Figures already found superseded are not used as yardsticks.
      </p>

      <h2 id={methodologyAnchor('partial_coverage')}>Part of the scope (note)</h2>
      <p>
        A claim can say that it covers the metric’s whole scope or only part of it — one unit, one region, one period. A
        figure for part of the scope is drawn in a lane of its own and is not counted in the spread: one regiment’s nine
        dead say nothing about whether the whole contingent lost hundreds or thousands.
      </p>

      <h2 id={methodologyAnchor('partial_exceeds_whole')}>Part larger than the whole (warning)</h2>
      <p>
        Raised when a figure for part of the scope is more than every whole-scope figure within {outlierWindowDays} days
        allows: a unit cannot lose more soldiers than the contingent it belongs to. One of the figures is wrong, or the
        scopes are not what they say. The same holds for a metric declared part of another (see below).
      </p>

      <h2 id={methodologyAnchor('conflation')}>Possible conflation with the whole (warning)</h2>
      <p>
        A metric can be declared part of another: soldiers killed are part of casualties, killed and wounded. Raised
        when a figure of the part is the same figure, at the precision the coarser of the two is worded in, as a figure
        the whole was given within {conflationWindowDays} days of it: “more than 6,000 killed” five months after “more
        than 6,000 casualties”. A relabelled figure lives on in background lines of news copy for months; beyond half a
        year counts have moved on and an equal figure is likelier chance. A figure merely close to the whole’s is no
        sign, since the killed are often a large share of casualties. Only the part’s page shows it: the part’s figure
        is the one in doubt.
      </p>
      <p>
        A figure of the part above what every figure of the whole within {outlierWindowDays} days allows is raised as a
        part larger than the whole, above: no more soldiers can be killed than were killed or wounded. Each side is read
        with its own metric’s tolerance.
      </p>

      <EstimateMethod />

      <p>
        <Link to="/">Back to the overview</Link>
      </p>
    </article>
  );
}
