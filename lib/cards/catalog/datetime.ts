// Date & Time: values are ISO 8601 texts (UTC); Intl supplies time zones.
import { field, OUTPUT, required, T } from "../fields";
import type { CardContext, CardDefinition } from "../types";
import { asDate, asNumber, asText } from "../values";

const TOKENS = /YYYY|MM|DD|HH|mm|ss|SSS/g;
const UNITS = {
  milliseconds: 1,
  seconds: 1_000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 604_800_000,
};
type Unit = keyof typeof UNITS | "months" | "years";

function partsIn(date: Date, timeZone: string, ctx: CardContext): Record<string, string> {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  } catch {
    return ctx.fail(`Input "timezone" is not a known time zone: ${timeZone}`, { code: "INVALID_INPUT" });
  }
  const parts: Record<string, string> = { SSS: String(date.getUTCMilliseconds()).padStart(3, "0") };
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return {
    YYYY: parts.year,
    MM: parts.month,
    DD: parts.day,
    HH: parts.hour,
    mm: parts.minute,
    ss: parts.second,
    SSS: parts.SSS,
  };
}

function format(date: Date, pattern: string, timeZone: string, ctx: CardContext): string | number {
  if (pattern === "ISO") return date.toISOString();
  if (pattern === "X") return Math.floor(date.getTime() / 1000);
  if (pattern === "x") return date.getTime();
  const parts = partsIn(date, timeZone, ctx);
  return pattern.replace(TOKENS, (token) => parts[token]);
}

function add(date: Date, amount: number, unit: Unit): Date {
  const result = new Date(date.getTime());
  if (unit === "months") result.setUTCMonth(result.getUTCMonth() + amount);
  else if (unit === "years") result.setUTCFullYear(result.getUTCFullYear() + amount);
  else result.setTime(result.getTime() + amount * UNITS[unit]);
  return result;
}

const now: CardDefinition = {
  type: "datetime.now",
  title: "Now",
  category: "Date & Time",
  help: "The current date and time (UTC, ISO 8601).",
  inputs: [],
  outputs: OUTPUT(T.datetime),
  execute: (_inputs, ctx) => ({ output: ctx.now().toISOString() }),
};

const formatCard: CardDefinition = {
  type: "datetime.format",
  title: "Format",
  category: "Date & Time",
  help: "Formats a date: tokens YYYY MM DD HH mm ss SSS, or ISO, X (Unix seconds), x (Unix milliseconds).",
  inputs: [
    required("date", T.datetime),
    required("format", T.text),
    field("timezone", T.text, { help: "IANA name; UTC by default" }),
  ],
  outputs: OUTPUT(T.text),
  execute(inputs, ctx) {
    const timeZone =
      inputs.timezone === undefined || inputs.timezone === "" ? "UTC" : asText(inputs.timezone, "timezone", ctx);
    return { output: format(asDate(inputs.date, "date", ctx), asText(inputs.format, "format", ctx), timeZone, ctx) };
  },
};

const addCard: CardDefinition = {
  type: "datetime.add",
  title: "Add",
  category: "Date & Time",
  help: "Adds an amount of a unit (negative subtracts).",
  inputs: [
    required("date", T.datetime),
    required("amount", T.number),
    required("unit", T.text, { enum: [...Object.keys(UNITS), "months", "years"] }),
  ],
  outputs: OUTPUT(T.datetime),
  execute(inputs, ctx) {
    const unit = asText(inputs.unit, "unit", ctx);
    if (!(unit in UNITS) && unit !== "months" && unit !== "years") {
      ctx.fail(`Input "unit" must be one of: ${[...Object.keys(UNITS), "months", "years"].join(", ")}`, {
        code: "INVALID_INPUT",
      });
    }
    const date = add(asDate(inputs.date, "date", ctx), asNumber(inputs.amount, "amount", ctx), unit as Unit);
    return { output: date.toISOString() };
  },
};

export const DATETIME_CARDS = [now, formatCard, addCard];
