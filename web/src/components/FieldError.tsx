/** A field's error text, tied to the control by `${id}-error` in its aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="usa-error-message" id={`${id}-error`}>
      {message}
    </span>
  );
}
