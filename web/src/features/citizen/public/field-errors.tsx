import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';

/**
 * Moves the focus to the first field marked invalid in a form (an input with aria-invalid, or the first
 * control of a question group marked data-invalid), so a keyboard or screen-reader user lands on what to
 * fix and hears its message through aria-describedby.
 */
export function focusFirstInvalid(form: HTMLElement | null) {
  form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input, [data-invalid] textarea')?.focus();
}

/** The server's message per field: a list in details.fields, or one field named in details.field (e.g. a wrong secret). */
function messagesOf(e: Error): Array<[string, string]> {
  if (!(e instanceof ApiError)) return [];
  if (e.details?.fields) return e.details.fields.map((f) => [f.field, f.message]);
  return typeof e.details?.field === 'string' ? [[e.details.field, e.message]] : [];
}

/**
 * Field errors of a public form: each message shown under its field, tied to it with aria-describedby
 * and aria-invalid, and the focus moved to the first one when they appear. `prefix` keeps ids unique;
 * `names` are the fields the form shows (a message about any other one stays in the page's alert).
 */
export function useFieldErrors(prefix: string, names: readonly string[]) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length) focusFirstInvalid(formRef.current);
  }, [errors]);
  const errorId = (name: string) => `${prefix}-${name}-error`;
  return {
    formRef,
    /** True when some message is tied to a field: the page then needs no separate alert. */
    hasAny: Object.keys(errors).length > 0,
    clear: () => setErrors({}),
    show: (e: Error) => setErrors(Object.fromEntries(messagesOf(e).filter(([name]) => names.includes(name)))),
    /** Attributes for the input named `name`. */
    field: (name: string) => ({ 'aria-invalid': errors[name] ? true : undefined, 'aria-describedby': errors[name] ? errorId(name) : undefined }),
    message: (name: string) =>
      errors[name] ? (
        <span id={errorId(name)} className="public-error">
          {errors[name]}
        </span>
      ) : null,
  };
}
