import type { ReactNode } from 'react';
import type { BoundField } from './use-form';

type FieldFrameProps = {
  field: { id: string; error: string | undefined };
  label: ReactNode;
  required?: boolean | undefined;
  hint?: ReactNode;
  children: (aria: {
    id: string;
    'aria-invalid': boolean | undefined;
    'aria-describedby': string | undefined;
    'aria-required': boolean | undefined;
  }) => ReactNode;
};

/** A field's error, announced as such to screen readers; nothing when there is none. */
export function MessageErreur({ id, message }: { id?: string; message: string | null | undefined }) {
  if (!message) return null;

  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">Erreur : </span>
      {message}
    </p>
  );
}

export function RequiredMark() {
  return (
    <span className="field__required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

/** Label, hint and error around one control, tied together by `aria-describedby`. */
function FieldFrame({ field, label, required, hint, children }: FieldFrameProps) {
  const hintId = hint ? `${field.id}-aide` : undefined;
  const errorId = field.error ? `${field.id}-erreur` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-invalid={field.error ? true : undefined}>
      <label className="field__label" htmlFor={field.id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {hint ? (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      ) : null}
      <MessageErreur id={errorId} message={field.error} />
      {children({
        id: field.id,
        'aria-invalid': field.error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
    </div>
  );
}

type TextFieldProps = {
  field: BoundField<string>;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'search';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  width?: 'short' | 'medium';
  /** Shown, focusable and read by screen readers, but not editable (a value set elsewhere). */
  readOnly?: boolean;
};

export function TextField({
  field,
  label,
  required,
  hint,
  type = 'text',
  autoComplete,
  inputMode,
  width,
  readOnly,
}: TextFieldProps) {
  return (
    <FieldFrame field={field} label={label} required={required} hint={hint}>
      {(aria) => (
        <input
          {...aria}
          className="field__input"
          data-width={width}
          name={field.name}
          type={type}
          value={field.value}
          autoComplete={autoComplete}
          inputMode={inputMode}
          readOnly={readOnly}
          spellCheck={type === 'text' ? undefined : false}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        />
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = {
  field: BoundField<string>;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
};

export function TextAreaField({ field, label, required, hint }: TextAreaFieldProps) {
  return (
    <FieldFrame field={field} label={label} required={required} hint={hint}>
      {(aria) => (
        <textarea
          {...aria}
          className="field__input field__textarea"
          name={field.name}
          rows={4}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        />
      )}
    </FieldFrame>
  );
}

type SelectFieldProps = {
  field: BoundField<string>;
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  required?: boolean;
  hint?: ReactNode;
};

export function SelectField({ field, label, options, required, hint }: SelectFieldProps) {
  return (
    <FieldFrame field={field} label={label} required={required} hint={hint}>
      {(aria) => (
        <select
          {...aria}
          className="field__input field__select"
          name={field.name}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

type FileFieldProps = {
  field: BoundField<File | null>;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  /** Extensions offered by the browser's file picker: `.pdf,.xml`. */
  accept?: string;
};

/** A file to upload; the chosen file's name and size are read by the browser's own control. */
export function FileField({ field, label, required, hint, accept }: FileFieldProps) {
  return (
    <FieldFrame field={field} label={label} required={required} hint={hint}>
      {(aria) => (
        <input
          {...aria}
          className="field__input field__file"
          name={field.name}
          type="file"
          accept={accept}
          onChange={(event) => field.onChange(event.target.files?.[0] ?? null)}
          onBlur={field.onBlur}
        />
      )}
    </FieldFrame>
  );
}

type CheckboxFieldProps = { field: BoundField<boolean>; label: ReactNode; hint?: ReactNode };

export function CheckboxField({ field, label, hint }: CheckboxFieldProps) {
  const hintId = hint ? `${field.id}-aide` : undefined;
  return (
    <div className="checkbox">
      <input
        id={field.id}
        className="checkbox__input"
        type="checkbox"
        name={field.name}
        checked={field.value}
        aria-describedby={hintId}
        onChange={(event) => field.onChange(event.target.checked)}
        onBlur={field.onBlur}
      />
      <label className="checkbox__label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint checkbox__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type CheckboxGroupProps<T extends number | string> = {
  field: BoundField<readonly T[]>;
  legend: ReactNode;
  options: readonly { value: T; label: ReactNode }[];
  hint?: ReactNode;
};

/** Several choices (services, espaces…) in a fieldset; the field's id goes to the first box. */
export function CheckboxGroup<T extends number | string>({
  field,
  legend,
  options,
  hint,
}: CheckboxGroupProps<T>) {
  const hintId = hint ? `${field.id}-aide` : undefined;
  const errorId = field.error ? `${field.id}-erreur` : undefined;
  const toggle = (value: T, checked: boolean) =>
    field.onChange(checked ? [...field.value, value] : field.value.filter((v) => v !== value));
  return (
    <fieldset
      className="fieldset"
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      data-invalid={field.error ? true : undefined}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <MessageErreur id={errorId} message={field.error} />
      {options.map((option, index) => {
        const id = index === 0 ? field.id : `${field.id}-${option.value}`;
        return (
          <div key={option.value} className="checkbox">
            <input
              id={id}
              className="checkbox__input"
              type="checkbox"
              checked={field.value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={field.onBlur}
            />
            <label className="checkbox__label" htmlFor={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Reminder above a form that has required fields. */
export function RequiredFieldsNote() {
  return <p className="form__note">Les champs marqués d’un astérisque (*) sont obligatoires.</p>;
}
