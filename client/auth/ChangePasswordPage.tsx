import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { PasswordChange } from '../../shared/schemas/index.js';
import { PageTitle } from '../ui/PageTitle';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { QueryState, SignInRedirect } from '../ui/QueryState';
import { showServerErrors } from '../ui/serverErrors';
import { ownFieldOf } from '../ui/useRecordForm';
import { useToast } from '../ui/toast';
import { useChangePassword, useMe } from '../resources/auth';

/** The server never sees the confirmation: it only catches a typo the user could not see. */
const PasswordChangeForm = PasswordChange.safeExtend({ confirmNewPassword: z.string() }).refine(
  (values) => values.confirmNewPassword === values.newPassword,
  { path: ['confirmNewPassword'], message: 'The two new passwords differ' },
);
type Values = z.input<typeof PasswordChangeForm>;
const empty: Values = { currentPassword: '', newPassword: '', confirmNewPassword: '' };

/** Signed-in users replace the password an admin gave them (or the first admin's printed one). */
export default function ChangePasswordPage() {
  const me = useMe();
  return (
    <section className="change-password">
      <PageTitle page="Change password" />
      <h1>Change password</h1>
      <QueryState query={me} label="your account">
        {(user) => (user ? <ChangePasswordForm email={user.email} /> : <SignInRedirect />)}
      </QueryState>
    </section>
  );
}

function ChangePasswordForm({ email }: { email: string }) {
  const changePassword = useChangePassword();
  const toast = useToast();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: empty,
    resolver: zodResolver(PasswordChangeForm),
  });
  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    try {
      await changePassword.mutateAsync({ currentPassword, newPassword });
      reset();
      toast.show('Password changed; your other sessions were signed out');
    } catch (error) {
      showServerErrors(error, setError, ownFieldOf(empty));
    }
  });
  return (
    <form className="record-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Change password">
      {/* Tells a password manager whose saved password to replace; no one needs to see or type it. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field label="Current password" error={errors.currentPassword?.message}>
        <input {...register('currentPassword')} type="password" autoComplete="current-password" />
      </Field>
      <Field label="New password" hint="At least 12 characters" error={errors.newPassword?.message}>
        <input {...register('newPassword')} type="password" autoComplete="new-password" />
      </Field>
      <Field label="Confirm new password" error={errors.confirmNewPassword?.message}>
        <input {...register('confirmNewPassword')} type="password" autoComplete="new-password" />
      </Field>
      <FormActions submitting={isSubmitting} label="Change password" rootError={errors.root?.message} />
    </form>
  );
}
