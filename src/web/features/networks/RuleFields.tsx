import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.js';
import { RadioGroupField } from '../../components/RadioGroupField.js';
import { SelectField } from '../../components/SelectField.js';
import type { FieldErrors } from '../../lib/forms.js';
import { frequencies, ordinals, ordinalOf, weekdayOf, weekdays, type Frequency, type Ordinal, type RuleForm, type Weekday } from './rrule.js';
import { weekdayName } from './useRuleWords.js';

export const ruleIds = {
  regel: 'reihe-frequenz',
  freq: 'reihe-frequenz',
  intervall: 'reihe-intervall',
  monthly: 'reihe-monatlich',
  ordinal: 'reihe-nter',
  wochentag: 'reihe-wochentag',
  end: 'reihe-ende',
  anzahl: 'reihe-anzahl',
  bis: 'reihe-bis',
};

interface RuleFieldsProps {
  rule: RuleForm;
  onChange: (patch: Partial<RuleForm>) => void;
  errors: FieldErrors;
  /** The first date ("YYYY-MM-DD"), to suggest the weekday of "the second Tuesday". */
  firstDay: string;
}

/** Frequency, interval, weekday or n-th weekday, and the end of a series, as simple choices. */
export function RuleFields({ rule, onChange, errors, firstDay }: RuleFieldsProps) {
  const { t } = useTranslation();
  const unit = t(`networks.rule.intervalUnit.${rule.freq}`);
  const weekdayOptions = weekdays.map((d) => ({ id: d, label: weekdayName(d) }));
  return (
    <>
      <RadioGroupField<Frequency>
        id={ruleIds.freq}
        name="reihe-frequenz"
        legend={t('networks.rule.freq')}
        options={frequencies.map((value) => ({ value, label: t(`networks.rule.freqs.${value}`) }))}
        value={rule.freq}
        onChange={(freq) => onChange({ freq })}
        error={errors.regel}
        horizontal
      />
      <FormField
        id={ruleIds.intervall}
        inputMode="numeric"
        label={t('networks.rule.interval', { unit })}
        hint={t(`networks.rule.intervalHint.${rule.freq}`)}
        isRequired
        value={rule.interval}
        onChange={(interval) => onChange({ interval })}
        error={errors.intervall}
      />
      {rule.freq === 'WEEKLY' && (
        <SelectField
          id={ruleIds.wochentag}
          label={t('networks.rule.weekday')}
          hint={t('networks.rule.weekdayWeeklyHint')}
          optional
          options={[{ id: 'start', label: t('networks.rule.weekdayOfStart') }, ...weekdayOptions]}
          value={rule.weekday ?? 'start'}
          onChange={(value) => onChange({ weekday: value && value !== 'start' ? (value as Weekday) : null })}
          error={errors.wochentag}
        />
      )}
      {rule.freq === 'MONTHLY' && (
        <>
          <RadioGroupField<'tag' | 'wochentag'>
            id={ruleIds.monthly}
            name="reihe-monatlich"
            legend={t('networks.rule.monthly')}
            options={[
              { value: 'tag', label: t('networks.rule.monthlyDay') },
              { value: 'wochentag', label: t('networks.rule.monthlyWeekday') },
            ]}
            value={rule.monthly}
            onChange={(monthly) => {
              // "The second Tuesday": the first date suggests which one.
              if (monthly === 'wochentag' && !rule.weekday) onChange({ monthly, weekday: weekdayOf(firstDay), ordinal: ordinalOf(firstDay) ?? rule.ordinal });
              else onChange({ monthly });
            }}
          />
          {rule.monthly === 'wochentag' && (
            <div className="app-networks-row">
              <SelectField
                id={ruleIds.ordinal}
                label={t('networks.rule.ordinal')}
                isRequired
                options={ordinals.map((o) => ({ id: o, label: t(`networks.rule.ordinals.${o}`) }))}
                value={rule.ordinal}
                onChange={(value) => value && onChange({ ordinal: value as Ordinal })}
              />
              <SelectField
                id={ruleIds.wochentag}
                label={t('networks.rule.weekday')}
                isRequired
                options={weekdayOptions}
                value={rule.weekday}
                onChange={(value) => onChange({ weekday: (value as Weekday | null) ?? null })}
                error={errors.wochentag}
              />
            </div>
          )}
        </>
      )}
      <RadioGroupField<'anzahl' | 'bis'>
        id={ruleIds.end}
        name="reihe-ende"
        legend={t('networks.rule.end')}
        hint={t('networks.rule.endHint')}
        options={[
          { value: 'bis', label: t('networks.rule.endUntil') },
          { value: 'anzahl', label: t('networks.rule.endCount') },
        ]}
        value={rule.end}
        onChange={(end) => onChange({ end })}
      />
      {rule.end === 'anzahl' ? (
        <FormField id={ruleIds.anzahl} inputMode="numeric" label={t('networks.rule.count')} hint={t('networks.rule.countHint')} isRequired value={rule.count} onChange={(count) => onChange({ count })} error={errors.anzahl} />
      ) : (
        <FormField id={ruleIds.bis} type="date" label={t('networks.rule.until')} hint={t('networks.rule.untilHint')} isRequired value={rule.until} onChange={(until) => onChange({ until })} error={errors.bis} />
      )}
    </>
  );
}
