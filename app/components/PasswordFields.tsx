// A new password typed twice; the second must match before anything is sent.
export function PasswordFields({ name, label }: { name: string; label: string }) {
  return (
    <>
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} type="password" autoComplete="new-password" minLength={12} required />
      <label htmlFor={`${name}-again`}>{label} again</label>
      <input id={`${name}-again`} name={`${name}-again`} type="password" autoComplete="new-password" required />
    </>
  );
}

/** The new password of a form holding PasswordFields, or the message saying why not. */
export function typedPassword(form: FormData, name: string): { password: string } | { message: string } {
  const password = String(form.get(name) ?? "");
  if (password !== form.get(`${name}-again`)) return { message: "The two passwords differ." };
  return { password };
}
