-- ON/OFF is its own operation, recorded apart from content versions; flow names are unique per project.
ALTER TABLE "Flow" ADD COLUMN "enabledChangedAt" TIMESTAMP(3);

-- A name taken twice before the index existed keeps the oldest flow's name; the others get their id appended.
UPDATE "Flow"
SET "name" = "name" || ' (' || "id" || ')',
    "definition" = jsonb_set("definition"::jsonb, '{name}', to_jsonb("name" || ' (' || "id" || ')'))::text
WHERE EXISTS (
    SELECT 1 FROM "Flow" AS "older"
    WHERE "older"."projectId" = "Flow"."projectId"
      AND "older"."name" = "Flow"."name"
      AND ("older"."createdAt" < "Flow"."createdAt" OR ("older"."createdAt" = "Flow"."createdAt" AND "older"."id" < "Flow"."id"))
);

CREATE UNIQUE INDEX "Flow_projectId_name_key" ON "Flow"("projectId", "name");
