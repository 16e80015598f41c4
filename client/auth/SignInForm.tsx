import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { LoginInput } from '../../shared/schemas/index.js';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { showServerErrors } from '../ui/serverErrors';
import { useSignIn } from '../resources/auth';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const signIn = useSignIn();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ email: string; password: string }>({
    defaultValues: { email: '', password: '' },
    resolver: zodResolver(LoginInput),
  });
  const onSubmit = handleSubmit(async (values) => {
    try {
      await signIn.mutateAsync(values);
      onSignedIn();
    } catch (error) {
      showServerErrors(error, setError, (path) => (path === 'email' || path === 'password' ? path : 'root'));
    }
  });
  return (
    <form className="record-form sign-in-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Sign in">
      <Field label="Email" error={errors.email?.message}>
        <input {...register('email')} type="email" autoComplete="username" required />
      </Field>
      <Field label="Password" error={errors.password?.message}>
        <input {...register('password')} type="password" autoComplete="current-password" required />
      </Field>
      <FormActions submitting={isSubmitting} label="Sign in" rootError={errors.root?.message} />
    </form>
  );
}
