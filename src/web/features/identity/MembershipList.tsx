import { useTranslation } from 'react-i18next';
import type { Membership } from '../../../domain/identity/contracts.js';
import { scopeLabel } from '../scopes/api.js';

/** "Kommunalkoordination – Kommune: Köln" for each membership. */
export function MembershipList({ memberships, emptyText }: { memberships: readonly Membership[]; emptyText: string }) {
  const { t } = useTranslation();
  if (memberships.length === 0) return <p className="kern-body">{emptyText}</p>;
  return (
    <ul className="kern-list kern-list--bullet app-membership-list">
      {memberships.map((membership) => (
        <li key={membership.id} className="kern-body">
          <strong>{t(`roles.${membership.role}`)}</strong> – {scopeLabel(membership.scope, t)}
        </li>
      ))}
    </ul>
  );
}
