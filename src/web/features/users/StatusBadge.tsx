import { useTranslation } from 'react-i18next';

/** KERN badge: active (success), invited and not yet accepted (info) or deactivated (warning). */
export function StatusBadge({ active, invited }: { active: boolean; invited: boolean }) {
  const { t } = useTranslation();
  const [variant, label] = !active ? ['warning', t('common.inactive')] : invited ? ['info', t('common.invited')] : ['success', t('common.active')];
  return (
    <span className={`kern-badge kern-badge--${variant}`}>
      <span className="kern-label">{label}</span>
    </span>
  );
}
