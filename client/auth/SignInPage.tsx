import { useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from './SignInForm';
import { PageTitle } from '../ui/PageTitle';

/** Only same-site paths: a `next` pointing elsewhere would make this page an open redirect. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export default function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <section className="sign-in">
      <PageTitle page="Sign in" />
      <h1>Sign in to Triangulate</h1>
      <SignInForm onSignedIn={() => void navigate(safeNext(params.get('next')), { replace: true })} />
    </section>
  );
}
