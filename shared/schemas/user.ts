import { z } from 'zod';
import { requiredText } from './fields.js';

export const roles = ['viewer', 'editor', 'admin'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** What each role may do, for people choosing one. */
export const roleMeanings: Record<Role, string> = {
  viewer: 'reads everything',
  editor: 'also adds, edits, deletes, restores and imports',
  admin: 'also manages users',
};

const email = z.string().trim().toLowerCase().max(254).pipe(z.email('Must be an email address'));
/** Long enough to resist guessing; no composition rules, which only make passwords predictable. */
const password = z.string().min(12, 'At least 12 characters').max(200);

export const LoginInput = z.strictObject({ email, password: z.string().min(1, 'Required').max(200) });
export type LoginInput = z.input<typeof LoginInput>;

export const UserInput = z.strictObject({
  email,
  displayName: requiredText(100),
  role: Role.default('viewer'),
  password,
});
export type UserInput = z.input<typeof UserInput>;

export const UserPatch = z.strictObject({
  displayName: requiredText(100).optional(),
  role: Role.optional(),
  password: password.optional(),
  disabled: z.boolean().optional(),
});
export type UserPatch = z.input<typeof UserPatch>;

/** A signed-in user changing their own password, which they must know: a session alone is not enough. */
export const PasswordChange = z
  .strictObject({ currentPassword: z.string().min(1, 'Required').max(200), newPassword: password })
  .refine((change) => change.newPassword !== change.currentPassword, {
    path: ['newPassword'],
    message: 'Must differ from the current password',
  });
export type PasswordChange = z.input<typeof PasswordChange>;

/** A user as the API shows one: never the password hash. */
export const User = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  role: Role,
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});
export type User = z.infer<typeof User>;

/**
 * A user as admins see one on the Users page: also until when their sign-ins are refused after too
 * many wrong passwords, or null when they are not.
 */
export const UserWithLock = User.extend({ signInLockedUntil: z.string().nullable() });
export type UserWithLock = z.infer<typeof UserWithLock>;
