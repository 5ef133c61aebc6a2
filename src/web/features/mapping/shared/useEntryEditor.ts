import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../lib/useFormErrors.js';
import { useUpdateEntity, type EntityKind, type EntityOf } from './api.js';
import { isConflict, showProblem } from './parts.js';

interface Options<K extends EntityKind, V> {
  kind: K;
  initial: EntityOf<K>;
  toValues: (entity: EntityOf<K>) => V;
  /** Loads the stored version again (the detail query's refetch). */
  reload: () => Promise<{ data?: EntityOf<K> | undefined }>;
  initialMessage?: string | null;
}

/**
 * State of an edit page: the last stored version the page knows (its version goes with every
 * change), the person's input, a conflict (409) with the stored version loaded next to the input,
 * and the confirmation after saving.
 */
export function useEntryEditor<K extends EntityKind, V>({ kind, initial, toValues, reload, initialMessage = null }: Options<K, V>) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(initial);
  const [values, setValues] = useState<V>(() => toValues(initial));
  const [conflict, setConflict] = useState<{ latest: EntityOf<K> | null } | null>(null);
  const [loadingLatest, setLoadingLatest] = useState(false);
  const [message, setMessage] = useState<string | null>(initialMessage);
  const errors = useFormErrors();
  const update = useUpdateEntity(kind, initial.id);

  return {
    current,
    values,
    errors,
    message,
    conflict,
    loadingLatest,
    isSaving: update.isPending,
    edit(patch: Partial<V>) {
      setValues((previous) => ({ ...previous, ...patch }));
      setMessage(null);
    },
    save(body: object) {
      setMessage(null);
      errors.clear();
      update.mutate(
        { ...body, version: current.version },
        {
          onSuccess: (saved) => {
            setCurrent(saved);
            setValues(toValues(saved));
            setConflict(null);
            setMessage(t('common.saved'));
          },
          onError: (error) => {
            if (isConflict(error)) setConflict({ latest: null });
            else showProblem(errors, error);
          },
        },
      );
    },
    conflictDetected() {
      setConflict({ latest: null });
    },
    async loadLatest() {
      setLoadingLatest(true);
      try {
        const { data } = await reload();
        if (data) {
          setCurrent(data);
          setConflict({ latest: data });
        }
      } finally {
        setLoadingLatest(false);
      }
    },
    takeTheirs() {
      setValues(toValues(current));
      setConflict(null);
      errors.clear();
      setMessage(t('mapping.conflict.taken'));
    },
    /** After archiving or restoring: the new stored version, a confirmation. */
    replaced(entity: EntityOf<K>, text: string) {
      setCurrent(entity);
      setValues(toValues(entity));
      setConflict(null);
      setMessage(text);
    },
  };
}
export type EntryEditor<K extends EntityKind, V> = ReturnType<typeof useEntryEditor<K, V>>;

/**
 * The confirmation a create page passes along to the new entry's page. It is read once and removed
 * from the history entry, so reloading the page does not announce it again.
 */
export function useFlashMessage(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [message] = useState(() => (location.state as { message?: string } | null)?.message ?? null);
  useEffect(() => {
    if (message) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    // Only once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return message;
}
