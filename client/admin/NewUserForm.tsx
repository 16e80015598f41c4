import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { roleMeanings, roles, UserInput, type Role } from '../../shared/schemas/index.js';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { showServerErrors } from '../ui/serverErrors';
import { useUserWrites } from './api';

type Values = { email: string; displayName: string; role: Role; password: string };
const fields = ['email', 'displayName', 'role', 'password'] as const;

export function NewUserForm() {
  const { create } = useUserWrites();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { email: '', displayName: '', role: 'viewer', password: '' },
    resolver: zodResolver(UserInput) as never,
  });
  const onSubmit = handleSubmit(async (values) => {
    try {
      await create.mutateAsync(values);
      reset();
    } catch (error) {
      showServerErrors(error, setError, (path) =>
        (fields as readonly string[]).includes(path) ? (path as keyof Values) : 'root',
      );
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
