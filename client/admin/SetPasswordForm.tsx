import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { UserPatch, type User } from '../../shared/schemas/index.js';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { showServerErrors } from '../ui/serverErrors';
import { ownFieldOf } from '../ui/useRecordForm';
import { useToast } from '../ui/toast';
import { useUserWrites } from '../resources/users';

/** The server never sees the confirmation: it only catches a typo the admin could not see. */
const SetPasswordValues = UserPatch.pick({ password: true })
  .safeExtend({ confirmPassword: z.string() })
  .refine((values) => values.confirmPassword === values.password, {
    path: ['confirmPassword'],
    message: 'The two passwords differ',
  });
type Values = z.input<typeof SetPasswordValues>;
const empty: Values = { password: '', confirmPassword: '' };

/**
 * An admin gives a user who forgot their password a new one. The server ends that user's sessions,
 * so whoever may have learnt the old password is signed out with it.
 */
export function SetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { update } = useUserWrites();
  const toast = useToast();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: empty,
    resolver: zodResolver(SetPasswordValues),
  });
  const onSubmit = handleSubmit(async ({ password }) => {
    try {
      await update.mutateAsync({ id: user.id, patch: { password } });
      toast.show(`Password set for ${user.displayName}; their sessions were ended`);
      onDone();
    } catch (error) {
      showServerErrors(error, setError, ownFieldOf(empty));
    }
  });
  return (
    <form
      className="record-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={`Set password for ${user.displayName}`}
    >
      {/* Names the account for a password manager, which would otherwise offer to replace the admin's own. */}
      <input type="email" autoComplete="username" value={user.email} readOnly hidden />
      <Field label="New password" hint="At least 12 characters; share it privately" error={errors.password?.message}>
        <input {...register('password')} type="password" autoComplete="new-password" />
      </Field>
      <Field label="Confirm new password" error={errors.confirmPassword?.message}>
        <input {...register('confirmPassword')} type="password" autoComplete="new-password" />
      </Field>
      <FormActions submitting={isSubmitting} label="Set password" rootError={errors.root?.message} onCancel={onDone} />
    </form>
  );
}
