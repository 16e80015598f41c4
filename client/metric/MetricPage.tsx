export default function MetricPage() {
  return <h1>MetricPage</h1>;
}
