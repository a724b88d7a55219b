import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ZodType } from 'zod';
import { isApiError } from '../../lib/api-error';

export type FieldValue = string | boolean | number | null | readonly (number | string)[] | File;
export type FormValues = Record<string, FieldValue>;
export type FieldErrors<V> = Partial<Record<keyof V & string, string>>;

/** What a field component needs: ids, value, handlers and its visible error. */
export type BoundField<T extends FieldValue> = {
  id: string;
  name: string;
  value: T;
  error: string | undefined;
  onChange: (value: T) => void;
  onBlur: () => void;
};

export type SummaryItem = { fieldId: string | null; label: string; message: string };

type UseFormOptions<V extends FormValues, O> = {
  initial: V;
  /** The contract's schema: the same rules (and messages) as the API, checked as the user types. */
  schema: ZodType<O>;
  /** Turns the form's values into the schema's input (empty dates → null…), when they differ. */
  prepare?: (values: V) => unknown;
  /** Field names as shown to the user, for the error summary (from the values when rows come and go). */
  labels: Record<keyof V & string, string> | ((values: V) => Record<keyof V & string, string>);
  /** Extra checks the schema cannot express (password confirmation…); their messages win. */
  validate?: (values: V) => FieldErrors<V>;
  /** Server field errors whose pointer names differ from the form's fields: `{ nouveauMotDePasse: 'motDePasse' }`. */
  serverFields?: Readonly<Record<string, keyof V & string>>;
  /** Sends the parsed values; an `ApiError` thrown here is shown on the form. */
  onSubmit: (data: O, values: V) => Promise<void> | void;
};

/**
 * The field a problem belongs to, from its path (`identification.numero`, `serviceIds.0`): the
 * deepest known field on that path, so nested forms name their fields by path (`lignes.0.quantite`)
 * and a problem on a whole list (`lignes`) or one of its items still finds its field.
 */
function fieldOf(path: string, known: (name: string) => boolean): string {
  let name = path;
  while (!known(name) && name.includes('.')) name = name.slice(0, name.lastIndexOf('.'));
  return name;
}

function firstErrors<V>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  known: (name: string) => boolean,
): FieldErrors<V> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    errors[fieldOf(issue.path.map(String).join('.'), known)] ??= issue.message;
  }
  return errors as FieldErrors<V>;
}

/**
 * State of an accessible form: client validation with the shared zod schema (shown once a field
 * has been left, or after a submit, then updated on each keystroke), server field errors mapped
 * from their JSON pointer, an error summary focused after a failed submit, and the form-level
 * message of a problem without field errors. The submit button is never disabled: a second submit
 * while one is running is ignored.
 */
export function useForm<V extends FormValues, O>({
  initial,
  schema,
  labels: labelsOption,
  validate,
  serverFields,
  prepare,
  onSubmit,
}: UseFormOptions<V, O>) {
  const idPrefix = useId();
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<Partial<Record<string, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [summaryRequest, setSummaryRequest] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);
  const pendingRef = useRef(false);
  const labels = useMemo(
    () => (typeof labelsOption === 'function' ? labelsOption(values) : labelsOption),
    [labelsOption, values],
  );

  // Dots are not valid in ids used as `#fragment` links everywhere: replace them.
  const fieldId = useCallback((name: string) => `${idPrefix}-${name.replaceAll('.', '-')}`, [idPrefix]);
  const known = useCallback((name: string) => name in values || name in labels, [values, labels]);

  const clientErrors = useMemo((): FieldErrors<V> => {
    const parsed = schema.safeParse(prepare ? prepare(values) : values);
    const fromSchema = parsed.success ? {} : firstErrors<V>(parsed.error.issues, known);
    return { ...fromSchema, ...validate?.(values) };
  }, [schema, validate, prepare, values, known]);

  const errorOf = useCallback(
    (name: keyof V & string): string | undefined =>
      touched[name] || submitted ? (clientErrors[name] ?? serverErrors[name]) : serverErrors[name],
    [clientErrors, serverErrors, submitted, touched],
  );

  const summary = useMemo((): SummaryItem[] => {
    if (!submitted) return [];
    const items: SummaryItem[] = [];
    for (const name of Object.keys(labels) as (keyof V & string)[]) {
      const message = errorOf(name);
      if (message) items.push({ fieldId: fieldId(name), label: labels[name], message });
    }
    // Problems outside the form's fields (a selection made elsewhere…): listed without a link.
    for (const [name, message] of Object.entries({ ...clientErrors, ...serverErrors })) {
      if (!(name in labels) && message) items.push({ fieldId: null, label: 'Formulaire', message });
    }
    return items;
  }, [clientErrors, errorOf, fieldId, labels, serverErrors, submitted]);

  // After a failed submit, move the focus to the summary (or the form-level message).
  useEffect(() => {
    if (summaryRequest > 0) summaryRef.current?.focus();
  }, [summaryRequest]);

  function bind<K extends keyof V & string>(name: K): BoundField<V[K]> {
    return {
      id: fieldId(name),
      name,
      value: values[name],
      error: errorOf(name),
      onChange: (value) => {
        setValues((previous) => ({ ...previous, [name]: value }));
        setServerErrors(({ [name]: _removed, ...rest }) => rest);
      },
      onBlur: () => setTouched((previous) => ({ ...previous, [name]: true })),
    };
  }

  /**
   * Checks the form, then runs `handler` (the form's `onSubmit` by default: another button of the
   * same form, « Valider et envoyer », passes its own). Resolves to whether it succeeded.
   */
  async function submit(handler: UseFormOptions<V, O>['onSubmit'] = onSubmit): Promise<boolean> {
    if (pendingRef.current) return false;
    setSubmitted(true);
    setFormError(null);
    const extra = validate?.(values) ?? {};
    const parsed = schema.safeParse(prepare ? prepare(values) : values);
    if (!parsed.success || Object.keys(extra).length > 0) {
      setSummaryRequest((n) => n + 1);
      return false;
    }
    pendingRef.current = true;
    setPending(true);
    try {
      await handler(parsed.data, values);
      setSubmitted(false);
      setTouched({});
      return true;
    } catch (error) {
      if (!isApiError(error)) throw error;
      const byField: Record<string, string> = {};
      for (const [pointer, messages] of Object.entries(error.fieldErrors)) {
        // `/identifiant` → `identifiant`, `/serviceIds/0` → `serviceIds`, `/montants/montantHt` → `montants.montantHt`.
        const path = pointer.split('/').slice(1).join('.');
        const name = fieldOf(serverFields?.[path] ?? path, known);
        if (messages[0]) byField[name] ??= messages[0];
      }
      setServerErrors(byField);
      setFormError(error.hasFieldErrors && error.code === 'REQUETE_INVALIDE' ? null : error.detail);
      setSummaryRequest((n) => n + 1);
      return false;
    } finally {
      pendingRef.current = false;
      setPending(false);
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    await submit();
  }

  /** Changes several values at once (rows added or removed): server errors no longer apply. */
  const update = useCallback((change: (previous: V) => V) => {
    setValues(change);
    setServerErrors({});
  }, []);

  const reset = useCallback((next: V) => {
    setValues(next);
    setTouched({});
    setSubmitted(false);
    setServerErrors({});
    setFormError(null);
  }, []);

  return {
    values,
    bind,
    handleSubmit,
    submit,
    update,
    pending,
    summary,
    summaryRef,
    formError,
    reset,
    fieldId,
  };
}
