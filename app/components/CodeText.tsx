// A message with every validation or submission code in it (IB2001, CBDE000004H) linked to its explanation.
import { CODE_PATTERN, RULES_PAGE } from "@/lib/validator/areas";

export function CodeText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE_PATTERN)) {
    const at = match.index ?? 0;
    parts.push(text.slice(last, at));
    parts.push(
      <a key={at} href={`${RULES_PAGE}#${match[0]}`} className="code-link" title={`What ${match[0]} means`}>
        {match[0]}
      </a>,
    );
    last = at + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
