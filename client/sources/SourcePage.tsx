export default function SourcePage() {
  return <h1>SourcePage</h1>;
}
