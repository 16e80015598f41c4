import { Link } from 'react-router';
import { PageTitle } from '../ui/PageTitle';

export function NotFoundPage() {
  return (
    <section>
      <PageTitle page="Not found" />
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Go to the overview</Link>.
      </p>
    </section>
  );
}
