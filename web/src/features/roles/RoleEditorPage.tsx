import {
  completePermissions,
  SCOPES,
  type AccessLevel,
  type ModuleKey,
  type Role,
  type Scope,
  type TabKey,
} from '@onestop/contracts';
import { Button, Fieldset, Radio } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useFormErrors } from '../../components/useFormErrors';
import { useSessionApi } from '../session/session-context';
import { useCan } from '../session/useCan';
import { DeleteRoleButton } from './DeleteRoleButton';
import { PermissionMatrix } from './PermissionMatrix';
import { WithheldTabsField } from './WithheldTabsField';
import { useRole, useSaveRole } from './roles-api';

interface RoleFormValues {
  name: string;
  description: string;
  scope: Scope;
  permissions: Record<ModuleKey, AccessLevel>;
  withheldTabs: TabKey[];
}

function valuesFrom(role: Role | undefined): RoleFormValues {
  return {
    name: role?.name ?? '',
    description: role?.description ?? '',
    scope: role?.scope ?? 'office',
    permissions: completePermissions(role?.permissions ?? {}),
    withheldTabs: role?.withheldTabs ?? [],
  };
}

const FIELD_IDS = {
  name: 'role-name',
  description: 'role-description',
  scope: 'role-scope',
  permissions: 'permission-seekers',
  withheldTabs: 'role-withheldTabs',
};

/** /admin/roles/new and /admin/roles/:roleId: one form for creating and for changing a role. */
export function RoleEditorPage() {
  const { t } = useTranslation();
  const { roleId } = useParams();
  const role = useRole(roleId);
  const title = roleId ? (role.data?.name ?? t('roles.editor.title')) : t('roles.editor.newTitle');
  return (
    <>
      <nav className="usa-breadcrumb" aria-label={t('breadcrumb.label')}>
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to="/admin/roles">
              <span>{t('roles.list.title')}</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>{title}</span>
          </li>
        </ol>
      </nav>
      <PageTitle>{title}</PageTitle>
      {roleId && role.isPending && <p role="status">{t('common.loading')}</p>}
      {roleId && role.isError && !role.data && <QueryError error={role.error} />}
      {(!roleId || role.data) && <RoleForm key={role.data?.id ?? 'new'} role={role.data} />}
    </>
  );
}

function RoleForm({ role }: { role: Role | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session, refresh } = useSessionApi();
  const mayEdit = useCan('admin.roles', role ? 'change' : 'add');
  const mayDelete = useCan('admin.roles', 'delete');
  const save = useSaveRole(role?.id);
  const errors = useFormErrors();
  const [values, setValues] = useState<RoleFormValues>(() => valuesFrom(role));
  const [notice, setNotice] = useState<string | null>(null);
  const change = (patch: Partial<RoleFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.name.trim()) {
      errors.showFieldErrors({ name: t('roles.errors.name') });
      return;
    }
    errors.clear();
    setNotice(null);
    save.mutate(
      {
        name: values.name.trim(),
        description: values.description.trim(),
        scope: values.scope,
        permissions: values.permissions,
        withheldTabs: values.withheldTabs,
      },
      {
        onSuccess: (saved) => {
          // Editing one's own role changes what one may do at once.
          if (saved.id === session?.role.id) void refresh();
          if (role) setNotice(t('roles.notices.saved'));
          else navigate(`/admin/roles/${saved.id}`, { replace: true });
        },
        onError: (error) => errors.showServerError(error),
      },
    );
  };

  return (
    <>
      <Notice>{notice}</Notice>
      {role?.isSystem && <p className="usa-hint">{t('roles.editor.builtInNote')}</p>}
      <form className="usa-form maxw-none" noValidate onSubmit={submit}>
        <ErrorSummary
          register={errors.registerSummary}
          message={errors.message}
          fieldErrors={errors.fields}
          fieldIds={FIELD_IDS}
        />
        <fieldset className="usa-fieldset" disabled={!mayEdit}>
          <div className="maxw-tablet">
            <TextField
              id={FIELD_IDS.name}
              label={t('roles.fields.name')}
              value={values.name}
              onChange={(name) => change({ name })}
              error={errors.fields.name}
              maxLength={80}
              required
            />
            <TextAreaField
              id={FIELD_IDS.description}
              label={t('roles.fields.description')}
              hint={t('forms.optional')}
              value={values.description}
              onChange={(description) => change({ description })}
              error={errors.fields.description}
              maxLength={500}
              rows={3}
            />
            <Fieldset
              id={FIELD_IDS.scope}
              legend={t('roles.fields.scope')}
              tabIndex={-1}
              className="margin-top-3"
            >
              <span className="usa-hint">{t('roles.fields.scopeHint')}</span>
              {SCOPES.map((scope) => (
                <Radio
                  key={scope}
                  id={`role-scope-${scope}`}
                  name="role-scope"
                  value={scope}
                  label={t(`scopes.${scope}`)}
                  checked={values.scope === scope}
                  onChange={() => change({ scope })}
                />
              ))}
            </Fieldset>
          </div>
          <PermissionMatrix
            value={values.permissions}
            onChange={(module, level) =>
              change({ permissions: { ...values.permissions, [module]: level } })
            }
          />
          <div className="maxw-tablet">
            <WithheldTabsField
              id={FIELD_IDS.withheldTabs}
              values={values.withheldTabs}
              onChange={(withheldTabs) => change({ withheldTabs })}
            />
          </div>
        </fieldset>
        <div className="margin-top-4 onestop-form-actions">
          {mayEdit && (
            <Button type="submit" disabled={save.isPending}>
              {role ? t('common.saveChanges') : t('roles.editor.create')}
            </Button>
          )}
          <Link className="usa-button usa-button--unstyled" to="/admin/roles">
            {mayEdit ? t('common.cancel') : t('roles.editor.back')}
          </Link>
          {role && !role.isSystem && mayDelete && <DeleteRoleButton role={role} />}
        </div>
      </form>
    </>
  );
}
