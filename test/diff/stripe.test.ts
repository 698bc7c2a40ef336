import { readFileSync } from "node:fs";
import * as yaml from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { diffSpecs, runDiff } from "../../generator/diff/diff-specs.js";
import { renderMarkdown } from "../../generator/diff/markdown.js";
import type { Change, DiffReport } from "../../generator/diff/types.js";
import { ROOT } from "../support/paths.js";

const OLD = "spec/2022-04-12/spec3.json";
const NEW = "spec/2023-09-12/spec3.yaml";

let report: DiffReport;
beforeAll(async () => {
  report = await diffSpecs(OLD, NEW, ROOT);
});

describe("Stripe 2022-04-12 → 2023-09-12", () => {
  it("billing_portal.session gained flow; return_url stopped being required and became nullable; locale's enum closed", () => {
    expect(report.changes.filter((change) => change.schema === "billing_portal.session")).toEqual([
      { schema: "billing_portal.session", path: "", rule: "docs.changed", class: "neutral" },
      { schema: "billing_portal.session", path: "flow", rule: "property.added-optional", class: "additive", to: "portal_flows_flow | null" },
      { schema: "billing_portal.session", path: "locale", rule: "enum.closed", class: "breaking" },
      { schema: "billing_portal.session", path: "return_url", rule: "nullable.added", class: "breaking" },
      { schema: "billing_portal.session", path: "return_url", rule: "required.removed", class: "breaking" },
    ]);
  });

  it("headline: major, with these counts", () => {
    expect(report.old).toEqual({ title: "Stripe API", version: "2020-08-27", openapi: "3.0.0", schemas: 561, source: OLD });
    expect(report.new).toEqual({ title: "Stripe API", version: "2023-08-16", openapi: "3.0.0", schemas: 819, source: NEW });
    expect(report.semver).toBe("major");
    expect(report.counts).toEqual({ breaking: 139, additive: 519, neutral: 104 });
    expect({ ...report.schemas, added: report.schemas.added.length, removed: report.schemas.removed.length, changed: report.schemas.changed.length }).toEqual({
      added: 279,
      removed: 21,
      changed: 171,
      unchanged: 369,
    });
  });

  it("a few changes a person checked in the specs", () => {
    const find = (schema: string, path: string) => report.changes.filter((change) => change.schema === schema && change.path === path).map(({ rule, values, from, to }) => ({ rule, values, from, to }));
    expect(find("customer", "default_source")).toEqual([{ rule: "expandable.targets-removed", values: ["alipay_account", "bitcoin_receiver"], from: undefined, to: undefined }]);
    expect(find("line_item", "proration_details")).toEqual([{ rule: "ref.changed", values: undefined, from: "invoices_line_items_proration_details", to: "invoices_resource_line_items_proration_details" }]);
    expect(find("file", "links.url")).toEqual([{ rule: "pattern.added", values: undefined, from: undefined, to: "^/v1/file_links" }]);
    expect(find("invoice", "status")).toEqual([
      { rule: "enum.opened", values: undefined, from: undefined, to: undefined },
      { rule: "enum.values-removed-open", values: ["deleted"], from: undefined, to: undefined },
    ]);
  });

  it("agrees with the raw specs on schemas, top-level properties and required flags", () => {
    const before = rawSchemas(JSON.parse(readFileSync(`${ROOT}${OLD}`, "utf8")));
    const after = rawSchemas(yaml.load(readFileSync(`${ROOT}${NEW}`, "utf8")));
    const expected: string[] = [];
    for (const name of Object.keys(before)) if (!Object.hasOwn(after, name)) expected.push(`${name}  schema.removed`);
    for (const [name, schema] of Object.entries(after)) {
      const was = before[name];
      if (was === undefined) {
        expected.push(`${name}  schema.added`);
        continue;
      }
      const [oldProps, newProps] = [was.properties ?? {}, schema.properties ?? {}];
      const [oldRequired, newRequired] = [new Set(was.required ?? []), new Set(schema.required ?? [])];
      for (const property of Object.keys(oldProps)) if (!Object.hasOwn(newProps, property)) expected.push(`${name} ${property} property.removed`);
      for (const property of Object.keys(newProps)) {
        if (!Object.hasOwn(oldProps, property)) expected.push(`${name} ${property} property.added-${newRequired.has(property) ? "required" : "optional"}`);
        else if (oldRequired.has(property) !== newRequired.has(property)) expected.push(`${name} ${property} required.${newRequired.has(property) ? "added" : "removed"}`);
      }
    }
    const structural = /^(schema\.(added|removed)|property\.|required\.)/;
    const topLevel = (change: Change) => /^[A-Za-z_$][\w$]*$|^$/.test(change.path);
    const found = report.changes.filter((change) => structural.test(change.rule) && topLevel(change)).map((change) => `${change.schema} ${change.path} ${change.rule}`);
    expect(found.sort()).toEqual(expected.sort());
  });

  it("the whole Markdown report, read and believed, fits a GitHub PR body", async () => {
    const markdown = renderMarkdown(report);
    expect(markdown.length).toBeLessThan(65_536);
    await expect(markdown).toMatchFileSnapshot("./__snapshots__/stripe-2022-04-12-to-2023-09-12.md");
  });

  it("runDiff prints the same Markdown on a fresh load, and the report itself with json", async () => {
    expect(await runDiff(OLD, NEW, { cwd: ROOT })).toBe(renderMarkdown(report));
    const json = await runDiff(OLD, NEW, { cwd: ROOT, json: true });
    expect(JSON.parse(json)).toEqual(report);
    expect(json).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it("a spec against itself: no changes, a patch", async () => {
    const same = await diffSpecs(`${ROOT}${OLD}`, OLD, ROOT);
    expect([same.changes, same.semver, same.schemas.unchanged]).toEqual([[], "patch", 561]);
  });
});

interface RawSchema {
  properties?: Record<string, unknown>;
  required?: string[];
}

function rawSchemas(spec: unknown): Record<string, RawSchema> {
  return (spec as { components: { schemas: Record<string, RawSchema> } }).components.schemas;
}
