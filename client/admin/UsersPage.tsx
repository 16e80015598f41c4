import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { roles, type Role, type User, type UserWithLock } from '../../shared/schemas/index.js';
import { useMe } from '../resources/auth';
import { QueryState } from '../ui/QueryState';
import { Dialog } from '../ui/Dialog';
import { ScrollRegion } from '../ui/ScrollRegion';
import { useToast } from '../ui/toast';
import { useUsers, useUserWrites } from '../resources/users';
import { LiftSignInLockButton } from './LiftSignInLockButton';
import { NewUserForm } from './NewUserForm';
import { SetPasswordForm } from './SetPasswordForm';
import { PageTitle } from '../ui/PageTitle';
import './users.css';

/** UTC, as the rest of the dashboard's times, and said so: an admin may be anywhere. */
const lockEnd = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** Admins manage who may read, edit and administer. */
export default function UsersPage() {
  const users = useUsers();
  const me = useMe().data;
  const [settingPasswordOf, setSettingPasswordOf] = useState<User | null>(null);
  const closePasswordDialog = () => setSettingPasswordOf(null);
  return (
    <section>
      <PageTitle page="Users" />
      <h1>Users</h1>
      <QueryState query={users} label="users">
        {(items) => (
          <ScrollRegion label="Users">
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
                  <UserRow key={u.id} user={u} isMe={u.id === me?.id} onSetPassword={() => setSettingPasswordOf(u)} />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </QueryState>
      <h2>Add a user</h2>
      <NewUserForm />
      <Dialog
        open={settingPasswordOf !== null}
        title={`Set password for ${settingPasswordOf?.displayName ?? ''}`}
        onClose={closePasswordDialog}
      >
        {settingPasswordOf && <SetPasswordForm user={settingPasswordOf} onDone={closePasswordDialog} />}
      </Dialog>
    </section>
  );
}

/**
 * A role is chosen first and applied with its own button: saving on every change would grant each
 * role a keyboard user arrows past on the way to the one they want.
 */
function UserRow({ user, isMe, onSetPassword }: { user: UserWithLock; isMe: boolean; onSetPassword: () => void }) {
  const { update, revokeSessions } = useUserWrites();
  const toast = useToast();
  const [chosenRole, setChosenRole] = useState<Role>(user.role);
  const roleSelect = useRef<HTMLSelectElement>(null);
  const signOutButton = useRef<HTMLButtonElement>(null);
  const failed = (what: string) => (error: Error) => toast.show(`Could not ${what}: ${error.message}`);
  const changeRole = () =>
    update.mutate(
      { id: user.id, patch: { role: chosenRole } },
      {
        onSuccess: () => {
          toast.show(`${user.displayName}'s role is now ${chosenRole}.`);
          // The button is disabled once the role is applied; focus goes back to the role it changed.
          roleSelect.current?.focus();
        },
        onError: failed(`change the role of ${user.displayName}`),
      },
    );
  return (
    <tr>
      <td>{user.displayName}</td>
      <td>{user.email}</td>
      <td>
        <span className="row-actions">
          <select
            ref={roleSelect}
            aria-label={`Role of ${user.displayName}`}
            value={chosenRole}
            disabled={isMe}
            onChange={(e) => setChosenRole(e.target.value as Role)}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          {!isMe && (
            <button
              type="button"
              disabled={chosenRole === user.role || update.isPending}
              aria-label={`Change role of ${user.displayName}`}
              onClick={changeRole}
            >
              Change role
            </button>
          )}
        </span>
      </td>
      <td>
        {user.disabledAt ? 'disabled' : 'active'}
        {user.signInLockedUntil && (
          <span className="sign-in-lock">
            {/* Two pieces that each keep together: the cell may wrap between them, never inside the time. */}
            <span className="nowrap">sign-in locked</span>{' '}
            <span className="nowrap">until {lockEnd.format(new Date(user.signInLockedUntil))}</span>
          </span>
        )}
      </td>
      <td className="row-actions">
        {!isMe && (
          <button
            type="button"
            aria-label={`${user.disabledAt ? 'Enable' : 'Disable'} ${user.displayName}`}
            onClick={() =>
              update.mutate(
                { id: user.id, patch: { disabled: !user.disabledAt } },
                { onError: failed(`${user.disabledAt ? 'enable' : 'disable'} ${user.displayName}`) },
              )
            }
          >
            {user.disabledAt ? 'Enable' : 'Disable'}
          </button>
        )}
        {isMe ? (
          // Setting one's own password here would end one's own session; changing it keeps it.
          <Link to="/account/password">Change your password</Link>
        ) : (
          <button type="button" aria-label={`Set password for ${user.displayName}`} onClick={onSetPassword}>
            Set password
          </button>
        )}
        {user.signInLockedUntil && (
          // The button goes once the lock has; focus moves on to the row's next action.
          <LiftSignInLockButton user={user} onLifted={() => signOutButton.current?.focus()} />
        )}
        <button
          ref={signOutButton}
          type="button"
          aria-label={`Sign out everywhere: ${user.displayName}`}
          onClick={() =>
            revokeSessions.mutate(user.id, {
              onSuccess: () => toast.show(`Signed ${user.displayName} out everywhere.`),
              onError: failed(`sign ${user.displayName} out`),
            })
          }
        >
          Sign out everywhere
        </button>
      </td>
    </tr>
  );
}
