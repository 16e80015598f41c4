export function OverviewPage() {
  return <h1>Where sources diverge</h1>;
}
