"use client";
// The auth section of an action flow's event card: each connection parameter and the tenant variable it maps to.
import { createContext, useContext } from "react";

export interface AuthParameterRow {
  key: string;
  label: string;
  /** The tenant variable the parameter maps to (Authentication tab), when mapped. */
  tenantVariable?: string;
}

export const ActionAuthContext = createContext<AuthParameterRow[]>([]);

export const useActionAuth = () => useContext(ActionAuthContext);

export function AuthRows({ rows }: { rows: AuthParameterRow[] }) {
  return (
    <div className="cv-section" data-testid="event-auth">
      <div className="cv-section-title">auth</div>
      {rows.length === 0 && <div className="cv-row cv-type">no connection parameters</div>}
      {rows.map((row) => (
        <div key={row.key} className="cv-row" title={`${row.label} → ${row.tenantVariable ?? "not mapped"}`}>
          <span className="cv-field-name">{row.label}</span>
          <span className="cv-type">{row.tenantVariable ? `← ${row.tenantVariable}` : "not mapped"}</span>
        </div>
      ))}
    </div>
  );
}
