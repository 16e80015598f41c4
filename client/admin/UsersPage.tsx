import { roles, type Role } from '../../shared/schemas/index.js';
import { useMe } from '../auth/api';
import { QueryState } from '../ui/QueryState';
import { useToast } from '../ui/toast';
import { useUsers, useUserWrites } from './api';
import { NewUserForm } from './NewUserForm';

/** Admins manage who may read, edit and administer. */
export default function UsersPage() {
  const users = useUsers();
  const me = useMe().data;
  const { update, revokeSessions } = useUserWrites();
  const toast = useToast();
  return (
    <section>
      <h1>Users</h1>
      <QueryState query={users} label="users">
        {(items) => (
          <table>
            <caption className="visually-hidden">Users and their roles</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => (
                <tr key={u.id}>
                  <td>{u.displayName}</td>
                  <td>{u.email}</td>
                  <td>
                    <select
                      aria-label={`Role of ${u.displayName}`}
                      value={u.role}
                      disabled={u.id === me?.id}
                      onChange={(e) => update.mutate({ id: u.id, patch: { role: e.target.value as Role } })}
                    >
                      {roles.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{u.disabledAt ? 'disabled' : 'active'}</td>
                  <td className="row-actions">
                    {u.id !== me?.id && (
                      <button
                        type="button"
                        onClick={() => update.mutate({ id: u.id, patch: { disabled: !u.disabledAt } })}
                      >
                        {u.disabledAt ? 'Enable' : 'Disable'}
                      </button>
                    )}
                    <button
                      type="button"
                      onClick={() =>
                        revokeSessions.mutate(u.id, {
                          onSuccess: () => toast.show(`Signed ${u.displayName} out everywhere.`),
                        })
                      }
                    >
                      Sign out everywhere
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      <h2>Add a user</h2>
      <NewUserForm />
    </section>
  );
}
