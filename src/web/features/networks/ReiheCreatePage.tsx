import './networks.css';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { reiheBody, reihePruefungBody, type Netzwerk, type ReihePruefung } from '../../../domain/networks/contracts.js';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { Section } from '../../components/Section.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { validate, type FieldErrors } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useCreateReihe, usePruefeReihe, useVorlagen, type Vorlage } from './api.js';
import { emptyTimePlace, PlaceFields, timePlaceIds, timePlaceInput, useTimePlaceProblems, WhenFields, withoutCombinedBeginn, type TimePlaceValues } from './MeetingFields.js';
import { networkHref } from './NetworksStartPage.js';
import { showProblem } from './parts.js';
import { PreviewTable, type Choice } from './PreviewTable.js';
import { buildRule, emptyRule, parseRule, ruleProblems, type RuleForm } from './rrule.js';
import { RuleFields, ruleIds } from './RuleFields.js';
import { PlanningFrame, usePlanningNetwork } from './TreffenCreatePage.js';
import { parseWhole } from './format.js';
import { useRuleWords } from './useRuleWords.js';

const ids = { titel: 'reihe-titel', vorlage: 'reihe-vorlage', ...timePlaceIds, ...ruleIds, abweichungen: 'reihe-termine' };
const order = ['titel', 'vorlage', 'datum', 'beginn', 'uhrzeit', 'dauerMinuten', 'regel', 'intervall', 'wochentag', 'anzahl', 'bis', 'ort', 'onlineLink', 'kapazitaet', 'abweichungen'];
const OWN = 'eigene';

/** /netzwerke/:id/reihen/neu — a meeting series from a template or a free rule, checked against holidays first. */
export function ReiheCreatePage() {
  const { t } = useTranslation();
  const query = usePlanningNetwork();
  return (
    <PlanningFrame title={t('networks.reihe.title')} lead={t('networks.reihe.lead')} query={query}>
      {(netzwerk) => <CreateReihe netzwerk={netzwerk} />}
    </PlanningFrame>
  );
}

interface Checked {
  /** The request that was checked; the preview counts only while the form still says the same. */
  key: string;
  result: ReihePruefung;
}

function CreateReihe({ netzwerk }: { netzwerk: Netzwerk }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const vorlagen = useVorlagen();
  const pruefen = usePruefeReihe(netzwerk.id);
  const create = useCreateReihe(netzwerk.id);
  const errors = useFormErrors();
  const timeProblems = useTimePlaceProblems();
  const { describeForm } = useRuleWords();
  const [titel, setTitel] = useState('');
  const [vorlage, setVorlage] = useState<string>(OWN);
  const [rule, setRule] = useState<RuleForm>(emptyRule);
  const [values, setValues] = useState<TimePlaceValues>(emptyTimePlace);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const regel = buildRule(rule);
  const input = timePlaceInput(values);
  const checkKey = JSON.stringify([regel, input.beginn, input.dauerMinuten]);
  const current = checked && checked.key === checkKey ? checked.result : null;
  const words = describeForm(rule, { day: values.datum, time: values.uhrzeit, durationMinutes: parseWhole(values.dauer) });

  const ruleErrors = (): FieldErrors => {
    const out: FieldErrors = {};
    for (const problem of ruleProblems(rule)) {
      if (problem === 'interval') out.intervall = t('networks.rule.problems.interval');
      if (problem === 'weekday') out.wochentag = t('networks.rule.problems.weekday');
      if (problem === 'count') out.anzahl = t('networks.rule.problems.count');
      if (problem === 'until') out.bis = t('networks.rule.problems.until');
    }
    if (rule.end === 'bis' && values.datum && rule.until && rule.until < values.datum) out.bis = t('networks.rule.problems.untilBeforeStart');
    return out;
  };

  function applyTemplate(code: string | null) {
    setVorlage(code ?? OWN);
    const chosen: Vorlage | undefined = vorlagen.data?.items.find((v) => v.code === code);
    if (!chosen) return;
    const parsed = parseRule(chosen.regel, rule);
    if (parsed) setRule(parsed);
    setValues((previous) => ({ ...previous, uhrzeit: chosen.uhrzeit, dauer: String(chosen.dauerMinuten) }));
    setNotice(t(chosen.online ? 'networks.reihe.templateAppliedOnline' : 'networks.reihe.templateApplied', { label: chosen.label }));
  }

  function onCheck() {
    setNotice(null);
    const result = validate(reihePruefungBody, { regel, beginn: input.beginn, dauerMinuten: input.dauerMinuten }, {
      required: { dauerMinuten: t('networks.when.dauerRequired') },
      extra: { ...timeProblems(values), ...ruleErrors() },
      order,
    });
    if (!result.ok) return errors.showFieldErrors(withoutCombinedBeginn(pickPreviewFields(result.errors)));
    errors.clear();
    const key = checkKey;
    pruefen.mutate(result.data, {
      onSuccess: (answer) => {
        setChecked({ key, result: answer });
        setChoices(Object.fromEntries(answer.termine.filter((d) => d.schliessungen.length > 0).map((d) => [d.termin, d.vorschlag ? 'verschieben' : 'stattfinden'])));
      },
      onError: (error) => showProblem(errors, error),
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!current) return onCheck();
    const abweichungen: Record<string, string | null> = {};
    for (const termin of current.termine) {
      const choice = choices[termin.termin];
      if (choice === 'verschieben' && termin.vorschlag) abweichungen[termin.termin] = termin.vorschlag;
      if (choice === 'ausfallen') abweichungen[termin.termin] = null;
    }
    const result = validate(
      reiheBody,
      { titel, vorlage: vorlage === OWN ? null : vorlage, regel, ...input, abweichungen },
      { required: { titel: t('networks.reihe.titelRequired'), dauerMinuten: t('networks.when.dauerRequired') }, extra: { ...timeProblems(values), ...ruleErrors() }, order },
    );
    if (!result.ok) return errors.showFieldErrors(withoutCombinedBeginn(result.errors));
    errors.clear();
    create.mutate(result.data, {
      onSuccess: (reihe) =>
        navigate(`${networkHref(netzwerk.id)}?bereich=treffen`, { state: { message: t('networks.reihe.created', { titel: reihe.titel, count: reihe.treffenAnzahl }) } }),
      onError: (error) => showProblem(errors, error),
    });
  }

  const templateOptions = useMemo(
    () => [{ id: OWN, label: t('networks.reihe.ownRule') }, ...(vorlagen.data?.items ?? []).map((v) => ({ id: v.code, label: v.label }))],
    [vorlagen.data, t],
  );
  const update = (patch: Partial<TimePlaceValues>) => setValues((previous) => ({ ...previous, ...patch }));

  return (
    <>
      <StatusMessage message={notice} variant="info" />
      <ErrorSummary errors={errors} fieldIds={ids} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form app-networks-form" aria-label={t('networks.reihe.title')}>
        <FormField id={ids.titel} label={t('networks.reihe.titel')} hint={t('networks.reihe.titelHint')} isRequired value={titel} onChange={setTitel} error={errors.fields.titel} width="full" />
        <SelectField
          id={ids.vorlage}
          label={t('networks.reihe.vorlage')}
          hint={vorlagen.isError ? t('networks.reihe.vorlagenError') : t('networks.reihe.vorlageHint')}
          options={templateOptions}
          value={vorlage}
          onChange={applyTemplate}
          error={errors.fields.vorlage}
          width="full"
        />
        <fieldset className="kern-fieldset app-networks-group">
          <legend className="kern-title app-networks-group__legend">{t('networks.reihe.whenLegend')}</legend>
          <div className="kern-fieldset__body app-networks-group__body">
            <WhenFields values={values} onChange={update} errors={errors.fields} first />
          </div>
        </fieldset>
        <fieldset className="kern-fieldset app-networks-group">
          <legend className="kern-title app-networks-group__legend">{t('networks.reihe.ruleLegend')}</legend>
          <div className="kern-fieldset__body app-networks-group__body">
            <RuleFields rule={rule} onChange={(patch) => setRule((previous) => ({ ...previous, ...patch }))} errors={errors.fields} firstDay={values.datum} />
            <div className="app-networks-rule-words">
              <p className="kern-body kern-body--bold">{t('networks.reihe.inWords')}</p>
              <p className="kern-body">{words}</p>
            </div>
          </div>
        </fieldset>
        <fieldset className="kern-fieldset app-networks-group">
          <legend className="kern-title app-networks-group__legend">{t('networks.reihe.placeLegend')}</legend>
          <div className="kern-fieldset__body app-networks-group__body">
            <PlaceFields values={values} onChange={update} errors={errors.fields} />
          </div>
        </fieldset>
        <div className="app-actions">
          <AppButton variant={current ? 'secondary' : 'primary'} icon="search" onPress={onCheck} isPending={pruefen.isPending}>
            {t('networks.reihe.check')}
          </AppButton>
        </div>

        <Section title={t('networks.reihe.previewTitle')} className="app-networks-preview">
          <p className="kern-body app-networks-preview__summary" role="status">
            {current
              ? current.markiert > 0
                ? t('networks.reihe.summaryFlagged', { markiert: current.markiert, count: current.termine.length })
                : t('networks.reihe.summaryClear', { count: current.termine.length })
              : checked
                ? t('networks.reihe.stale')
                : ''}
          </p>
          {!current ? (
            <p className="kern-body app-muted">{checked ? t('networks.reihe.staleHint') : t('networks.reihe.previewEmpty')}</p>
          ) : (
            <div className="app-networks-preview__body">
              {errors.fields.abweichungen && <Alert variant="danger" title={errors.fields.abweichungen} />}
              <PreviewTable id={ids.abweichungen} result={current} choices={choices} onChoose={(termin, choice) => setChoices((previous) => ({ ...previous, [termin]: choice }))} />
              <p className="kern-body kern-body--small app-networks-attribution">{current.quelle}</p>
              <ChoiceSummary result={current} choices={choices} />
              <div className="app-actions">
                <AppButton type="submit" icon="check" isPending={create.isPending}>
                  {t('networks.reihe.save')}
                </AppButton>
              </div>
            </div>
          )}
        </Section>
      </Form>
    </>
  );
}

/** Only the fields the check looks at (title and place come with saving). */
function pickPreviewFields(errors: FieldErrors): FieldErrors {
  const keep = new Set(['datum', 'beginn', 'uhrzeit', 'dauerMinuten', 'regel', 'intervall', 'wochentag', 'anzahl', 'bis', 'kapazitaet']);
  return Object.fromEntries(Object.entries(errors).filter(([field]) => keep.has(field)));
}

/** "Es werden 11 Treffen angelegt: 1 verschoben, 1 fällt aus." */
function ChoiceSummary({ result, choices }: { result: ReihePruefung; choices: Record<string, Choice> }) {
  const { t } = useTranslation();
  const moved = result.termine.filter((d) => choices[d.termin] === 'verschieben' && d.vorschlag).length;
  const dropped = result.termine.filter((d) => choices[d.termin] === 'ausfallen').length;
  const kept = result.termine.length - dropped;
  return <p className="kern-body app-networks-choice-summary">{t('networks.reihe.choiceSummary', { count: kept, moved, dropped })}</p>;
}
