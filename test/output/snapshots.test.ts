import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedDir, type SpecVersion } from "../support/paths.js";

/**
 * Generated files a person has read and believes right. A change in the generator
 * shows up here as a diff to read again (`vitest -u` to accept it).
 */
const CASES: [version: SpecVersion, file: string, why: string][] = [
  ["2022-04-12", "types/billing_portal.session.d.ts", "ExOAPI's ten fields, the locale enum, configuration as ID or object"],
  ["2023-09-12", "types/billing_portal.session.d.ts", "the same schema a year later: adds flow"],
  ["2023-09-12", "types/charge.d.ts", "expandable fields, with DeletedCustomer where the spec says so"],
  ["2023-09-12", "types/account.d.ts", "a schema in the big $ref cycle, inline list object"],
  ["2023-09-12", "types/payment_source.d.ts", "a property-less polymorphic union"],
  ["2023-09-12", "types/issuing.card.d.ts", "a self-reference (replaced_by, replacement_for)"],
  ["2023-09-12", "billing_portal.session.js", "the compiled validator and changeset shape"],
  ["2023-09-12", "billing_portal.session.d.ts", "the thin declaration naming its type"],
];

describe("generated files match what a person has read", () => {
  it.each(CASES)("%s %s (%s)", async (version, file) => {
    const content = readFileSync(`${generatedDir(version)}/${file}`, "utf8");
    await expect(content).toMatchFileSnapshot(`./__snapshots__/${version}/${file}.snap`);
  });
});

describe("the 2022-04-12 billing_portal.session type", () => {
  it("has exactly ExOAPI's ten fields", () => {
    const content = readFileSync(`${generatedDir("2022-04-12")}/types/billing_portal.session.d.ts`, "utf8");
    const fields = [...content.matchAll(/^ {2}(\w+)\??:/gm)].map((match) => match[1]);
    expect(fields).toEqual(["configuration", "created", "customer", "id", "livemode", "locale", "object", "on_behalf_of", "return_url", "url"]);
    expect(content).toContain("configuration: string | BillingPortalConfiguration;");
    expect(content).toMatch(/locale\?:\n {4}\| "auto"\n {4}\| "bg"/);
  });
});
