/** The end of every dialog form: the server's error message as is, then Cancel and the submit button. */
export function FormFooter(props: { error: string | null; busy: boolean; cancelLabel: string; submitLabel: string; onCancel: () => void }) {
  return (
    <>
      {props.error && (
        <p className="form__error" role="alert" dir="auto">
          {props.error}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
        <button type="submit" className="button button--primary" disabled={props.busy}>
          {props.submitLabel}
        </button>
      </div>
    </>
  );
}
