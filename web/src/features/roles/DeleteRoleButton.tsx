import type { Role } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorText } from '../../components/form-errors';
import { useDeleteRole } from './roles-api';

/** Deletes a role that is not built in, after asking. The server refuses while staff hold it. */
export function DeleteRoleButton({ role }: { role: Role }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteRole(role.id);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    setError(null);
    remove.mutate(undefined, {
      onSuccess: () => navigate('/admin/roles', { replace: true }),
      onError: (failure) => setError(errorText(failure, t)),
    });
  };

  return (
    <>
      <Button type="button" secondary onClick={() => setOpen(true)}>
        {t('roles.delete.button')}
      </Button>
      {open && (
        <ConfirmModal
          id="delete-role"
          title={t('roles.delete.title', { name: role.name })}
          description={
            <p>
              {role.staffCount > 0
                ? t('roles.delete.inUse', { count: role.staffCount })
                : t('roles.delete.body')}
            </p>
          }
          confirmLabel={t('roles.delete.confirm')}
          danger
          busy={remove.isPending}
          error={error}
          onConfirm={confirm}
          onCancel={() => {
            setOpen(false);
            setError(null);
          }}
        />
      )}
    </>
  );
}
