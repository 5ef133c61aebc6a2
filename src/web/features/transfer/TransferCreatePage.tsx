import './transfer.css';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate, useSearchParams } from 'react-router';
import { transferAnfrageBody } from '../../../domain/transfer/contracts.js';
import { Alert } from '../../components/Alert.js';
import { AppButton } from '../../components/AppButton.js';
import { AppLink } from '../../components/AppLink.js';
import { BackLink } from '../../components/BackLink.js';
import { DetailList } from '../../components/DetailList.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { validate } from '../../lib/forms.js';
import { useFormErrors } from '../../lib/useFormErrors.js';
import { useCurrentSession } from '../identity/session.js';
import { useTraegerKommunen } from '../networks/api.js';
import { useCreateTransfer, useKontextfragen, usePraxis, useVorschlaege, type KontextFrageDto, type Luecke, type PraxisDetail } from './api.js';
import { FragenAuswahl } from './fragen/FragenAuswahl.js';
import { problemFieldsBy } from './forms.js';
import { useTransferLabels } from './labels.js';
import { excerpt, isNoAccess, NoAccess } from './parts.js';
import { lueckeHref, praxisHref, transferHome, transferHref } from './paths.js';
import { mayManage } from './permissions.js';

const MAX_FRAGEN = 60;
const fieldIds = { kommuneId: 'transfer-kommune', anliegen: 'transfer-anliegen', fragen: 'transfer-fragen' };

/** /lernnetzwerk/transfers/neu?praxis=…&luecke=… — ask the providing Kommune, with the context questions that matter. */
export function TransferCreatePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params] = useSearchParams();
  const praxisId = params.get('praxis');
  const lueckeId = params.get('luecke');
  const praxis = usePraxis(praxisId);
  const luecke = useVorschlaege(lueckeId ?? '', Boolean(lueckeId));
  const fragen = useKontextfragen();
  const manager = mayManage(session);
  const kommunen = useTraegerKommunen(manager);

  if (!praxisId) return <NoAccess error={null} />;
  if (praxis.isError && isNoAccess(praxis.error)) return <NoAccess error={praxis.error} />;
  if (luecke.isError && isNoAccess(luecke.error)) return <NoAccess error={luecke.error} />;
  const error = praxis.error ?? luecke.error ?? fragen.error ?? (kommunen.isError ? kommunen.error : null);
  const loading = !praxis.data || (lueckeId && !luecke.data) || !fragen.data || (manager && !kommunen.data);

  return (
    <>
      <BackLink href={lueckeId ? lueckeHref(lueckeId) : praxisId ? praxisHref(praxisId) : transferHome}>{lueckeId ? t('transfer.request.backToGap') : t('transfer.request.backToPraxis')}</BackLink>
      <PageHeader preline={praxis.data?.titel} title={t('transfer.request.title')} lead={t('transfer.request.lead')} />
      {!manager ? (
        <Alert variant="info" title={t('transfer.request.mayNot')} />
      ) : error ? (
        <QueryError error={error} onRetry={() => void Promise.all([praxis.refetch(), fragen.refetch(), kommunen.refetch(), lueckeId ? luecke.refetch() : null])} />
      ) : loading ? (
        <Loading />
      ) : (
        <RequestForm praxis={praxis.data!} luecke={luecke.data?.luecke ?? null} fragen={fragen.data!.items} kommunen={kommunen.data?.items ?? []} />
      )}
    </>
  );
}

interface RequestFormProps {
  praxis: PraxisDetail;
  luecke: Luecke | null;
  fragen: readonly KontextFrageDto[];
  kommunen: readonly { id: string; name: string }[];
}

function RequestForm({ praxis, luecke, fragen, kommunen }: RequestFormProps) {
  const { t } = useTranslation();
  const labels = useTransferLabels();
  const navigate = useNavigate();
  const create = useCreateTransfer();
  const errors = useFormErrors();
  // Only another Kommune can be asked; a request for a gap comes from the gap's Kommune.
  const options = luecke ? [luecke.kommune] : kommunen.filter((k) => k.id !== praxis.kommune.id);
  const [kommuneId, setKommuneId] = useState<string | null>(options.length === 1 ? options[0]!.id : null);
  const [anliegen, setAnliegen] = useState('');
  const [gewaehlt, setGewaehlt] = useState<string[]>([]);
  const aktive = useMemo(() => fragen.filter((f) => f.aktiv), [fragen]);
  const answered = useMemo(() => new Set(praxis.kontext.map((k) => k.frageId)), [praxis.kontext]);

  if (options.length === 0) return <Alert variant="info" title={t('transfer.request.ownKommune')} />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { kommuneId: kommuneId ?? undefined, praxisId: praxis.id, lueckeId: luecke?.id ?? null, anliegen, fragen: gewaehlt };
    const checked = validate(transferAnfrageBody, input, { required: { kommuneId: t('transfer.request.kommuneRequired') }, order: ['kommuneId', 'anliegen', 'fragen'] });
    if (!checked.ok) return errors.showFieldErrors(checked.errors);
    errors.clear();
    create.mutate(checked.data, {
      onSuccess: (transfer) => void navigate(transferHref(transfer.id), { state: { message: t('transfer.request.created', { name: transfer.abgebend.name }) } }),
      onError: (error) => {
        const fields = problemFieldsBy(error);
        if (Object.keys(fields).length) errors.showFieldErrors(fields);
        else errors.showServerError(error);
      },
    });
  }

  return (
    <div className="app-lern-form">
      <DetailList
        className="app-facts app-lern-facts"
        rows={[
          [t('transfer.request.praxis'), <AppLink key="p" href={praxisHref(praxis.id)}>{praxis.titel}</AppLink>],
          [t('transfer.request.abgebend'), praxis.kommune.name],
          ...(luecke
            ? ([[t('transfer.request.luecke'), `${t('transfer.raster.cell', { feld: labels.handlungsfeld(luecke.handlungsfeld), phase: labels.altersphase(luecke.altersphase) })}: ${excerpt(luecke.beschreibung, 160)}`]] as [string, string][])
            : []),
        ]}
      />
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <Form onSubmit={onSubmit} validationBehavior="aria" className="app-form" aria-label={t('transfer.request.title')}>
        {luecke || options.length === 1 ? (
          <p className="kern-body">{t('transfer.request.asKommune', { name: options.find((o) => o.id === kommuneId)?.name ?? options[0]!.name })}</p>
        ) : (
          <SelectField
            id={fieldIds.kommuneId}
            label={t('transfer.request.kommune')}
            hint={t('transfer.request.kommuneHint')}
            options={options.map((k) => ({ id: k.id, label: k.name }))}
            value={kommuneId}
            onChange={setKommuneId}
            error={errors.fields.kommuneId}
            isRequired
          />
        )}
        <TextAreaField id={fieldIds.anliegen} label={t('transfer.request.anliegen')} hint={t('transfer.request.anliegenHint')} value={anliegen} onChange={setAnliegen} error={errors.fields.anliegen} rows={5} />
        <FragenAuswahl
          id={fieldIds.fragen}
          legend={t('transfer.request.fragen')}
          hint={t('transfer.request.fragenHint', { max: MAX_FRAGEN })}
          fragen={aktive}
          selected={gewaehlt}
          onChange={setGewaehlt}
          max={MAX_FRAGEN}
          error={errors.fields.fragen}
          answered={answered}
        />
        <div className="app-actions">
          <AppButton type="submit" icon="mail" isPending={create.isPending}>
            {t('transfer.request.submit')}
          </AppButton>
        </div>
      </Form>
    </div>
  );
}
