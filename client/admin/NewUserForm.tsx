import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { roleMeanings, roles, UserInput } from '../../shared/schemas/index.js';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { showServerErrors } from '../ui/serverErrors';
import { ownFieldOf } from '../ui/useRecordForm';
import { useUserWrites } from '../resources/users';

const empty: UserInput = { email: '', displayName: '', role: 'viewer', password: '' };

export function NewUserForm() {
  const { create } = useUserWrites();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ defaultValues: empty, resolver: zodResolver(UserInput) });
  const onSubmit = handleSubmit(async (values) => {
    try {
      await create.mutateAsync(values);
      reset();
    } catch (error) {
      showServerErrors(error, setError, ownFieldOf(empty));
    }
  });
  return (
    <form className="record-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="New user">
      <Field label="Email" error={errors.email?.message}>
        <input {...register('email')} type="email" autoComplete="off" />
      </Field>
      <Field label="Display name" error={errors.displayName?.message}>
        <input {...register('displayName')} autoComplete="off" />
      </Field>
      <Field label="Role" error={errors.role?.message}>
        <select {...register('role')}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r} — {roleMeanings[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Initial password"
        hint="At least 12 characters; share it privately"
        error={errors.password?.message}
      >
        <input {...register('password')} type="password" autoComplete="new-password" />
      </Field>
      <FormActions submitting={isSubmitting} label="Create user" rootError={errors.root?.message} />
    </form>
  );
}
