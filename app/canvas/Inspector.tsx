"use client";
// The selected card: rename, disable, options, its inputs' mappings, declared fields, blocks and its last run.
import { getCard, blockInputFields, blockLabel, cardTitle, inputFields } from "./cards";
import { renameCard, setDisabled, updateCard } from "@/lib/flow-edit";
import {
  addReturnFields,
  type CalledFlow,
  callFlowTo,
  missingReturnFields,
  returnsFlowOutputs,
} from "@/lib/flow-edit/call-flow";
import { useEditor } from "./store";
import { useDiagnostics } from "./diagnostics-store";
import { FieldEditor } from "./FieldEditor";
import { DynamicFields } from "./DynamicFields";
import type { ProjectValues } from "./mapping";
import { formatDuration } from "./describe";

export function Inspector({
  cardId,
  project,
  helperFlows,
}: {
  cardId: string;
  project: ProjectValues;
  helperFlows: CalledFlow[];
}) {
  const card = useEditor((state) => state.cards.get(cardId));
  const run = useEditor((state) => state.trace?.get(cardId));
  const apply = useEditor((state) => state.apply);
  const problems = useDiagnostics(cardId);
  const flowEvent = useEditor((state) => state.flow.event);
  if (!card) return null;
  const missing = missingReturnFields(card, { event: flowEvent });
  const definition = getCard(card.type);
  const edit = (change: Parameters<typeof updateCard>[2]) => apply((flow) => updateCard(flow, cardId, change));
  // Problems of fields drawn above are shown at their field; the rest at the bottom.
  const shownFields = new Set([
    ...inputFields(card).map((field) => field.key),
    ...(card.blocks ?? []).flatMap((block) => [
      ...blockInputFields(card, block).map((field) => `${block.id}.${field.key}`),
      ...(card.dynamicOutputs ?? []).map((field) => `${block.id}.results.${field.key}`),
    ]),
  ]);
  const problemFor = (name: string) => problems.find((problem) => problem.field === name)?.message;
  return (
    <section className="ed-inspector" aria-label="Card inspector" data-testid="inspector">
      <h3>{cardTitle(card)}</h3>
      <div className="ed-note">
        {definition ? `${definition.category} · ${definition.title}` : `Unknown card type ${card.type}`}
      </div>
      <label>
        Name
        <input
          key={card.title ?? ""}
          aria-label="Card name"
          data-testid="card-name"
          defaultValue={card.title ?? ""}
          placeholder={definition?.title}
          onBlur={(event) => {
            apply((flow) => renameCard(flow, cardId, event.target.value));
          }}
          onKeyDown={(event) => event.key === "Enter" && (event.target as HTMLInputElement).blur()}
        />
      </label>
      <label className="ed-check">
        <input
          type="checkbox"
          checked={!!card.disabled}
          onChange={(event) => apply((flow) => setDisabled(flow, [cardId], event.target.checked))}
        />{" "}
        Disabled
      </label>
      {definition?.options?.map((option) => (
        // biome-ignore lint/a11y/noLabelWithoutControl: the control is one of the two branches below
        <label key={option.key}>
          {option.label ?? option.key}
          {option.key === "flow" ? (
            <select
              aria-label={option.label ?? option.key}
              value={String(card.options?.flow ?? "")}
              onChange={(event) => {
                const name = event.target.value;
                edit((current) =>
                  callFlowTo(
                    current,
                    name,
                    helperFlows.find((helper) => helper.name === name),
                  ),
                );
              }}
            >
              <option value="">— choose a helper flow —</option>
              {helperFlows.map(({ name }) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          ) : (
            <input
              aria-label={option.label ?? option.key}
              defaultValue={String(card.options?.[option.key] ?? "")}
              onBlur={(event) =>
                edit((current) => ({ ...current, options: { ...current.options, [option.key]: event.target.value } }))
              }
            />
          )}
        </label>
      ))}
      {inputFields(card).length > 0 && <div className="ed-subtitle">Inputs</div>}
      {inputFields(card).map((field) => (
        <FieldEditor
          key={field.key}
          cardId={card.id}
          field={field}
          binding={card.inputs[field.key]}
          project={project}
          problem={problemFor(field.key)}
        />
      ))}
      {card.blocks?.map((block) =>
        blockInputFields(card, block).length ? (
          <div key={block.id}>
            <div className="ed-subtitle">{blockLabel(card, block)}</div>
            {blockInputFields(card, block).map((field) => (
              <FieldEditor
                key={field.key}
                cardId={card.id}
                blockId={block.id}
                field={field}
                binding={block.inputs?.[field.key]}
                project={project}
                problem={problemFor(`${block.id}.${field.key}`)}
              />
            ))}
          </div>
        ) : null,
      )}
      {definition?.conditionalBlocks && (
        <button
          type="button"
          onClick={() =>
            edit((current) => {
              const blocks = current.blocks ?? [];
              const branches = blocks.filter((block) => block.id !== definition.conditionalBlocks!.otherwise.id);
              const id = `${definition.conditionalBlocks!.branch.id}${branches.length + 1}`;
              return {
                ...current,
                blocks: [...branches, { id, cards: [] }, ...blocks.filter((block) => !branches.includes(block))],
              };
            })
          }
        >
          Add branch
        </button>
      )}
      {definition?.dynamicInputs && (
        <DynamicFields
          label={definition.dynamicInputs.label}
          fields={card.dynamicInputs ?? []}
          fixedType={definition.dynamicInputs.type}
          onChange={(fields) => edit((current) => ({ ...current, dynamicInputs: fields }))}
        />
      )}
      {returnsFlowOutputs(card) && missing.length > 0 && (
        <button type="button" onClick={() => edit((current) => addReturnFields(current, { event: flowEvent }))}>
          Add the flow's outputs: {missing.map((field) => field.key).join(", ")}
        </button>
      )}
      {definition?.dynamicOutputs && (
        <DynamicFields
          label={definition.dynamicOutputs.label}
          fields={card.dynamicOutputs ?? []}
          onChange={(fields) => edit((current) => ({ ...current, dynamicOutputs: fields }))}
        />
      )}
      {definition?.dynamicOutputs &&
        card.blocks &&
        (card.dynamicOutputs ?? []).length > 0 &&
        card.blocks.map((block) => (
          <div key={`results-${block.id}`} data-testid={`results-${block.id}`}>
            <div className="ed-subtitle">{blockLabel(card, block)} hands back</div>
            {(card.dynamicOutputs ?? []).map((field) => (
              <FieldEditor
                key={field.key}
                cardId={card.id}
                blockId={block.id}
                results
                field={field}
                binding={block.results?.[field.key]}
                project={project}
                problem={problemFor(`${block.id}.results.${field.key}`)}
              />
            ))}
          </div>
        ))}
      {problems
        .filter((problem) => !problem.field || !shownFields.has(problem.field))
        .map((problem) => (
          <div key={problem.message} className="error ed-note">
            {problem.message}
          </div>
        ))}
      {run && (
        <div className="ed-run" data-testid="card-run">
          <div className="ed-subtitle">
            Last run: {run.status} {formatDuration(run.durationMs)}
          </div>
          {run.error !== undefined && <pre className="error">{JSON.stringify(run.error, null, 2)}</pre>}
          <div className="ed-note">Inputs</div>
          <pre data-testid="run-inputs">{JSON.stringify(run.inputs ?? null, null, 2)}</pre>
          <div className="ed-note">Outputs</div>
          <pre data-testid="run-outputs">{JSON.stringify(run.outputs ?? null, null, 2)}</pre>
        </div>
      )}
    </section>
  );
}
