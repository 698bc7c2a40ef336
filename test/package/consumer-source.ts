/**
 * The TypeScript a consumer of the packed package writes: one import of each kind, type
 * assertions that fail to compile if the declarations go loose (`any`) or wrong, and a
 * run over a real Stripe fixture that prints what it saw as JSON for the test to check.
 * Kept as text because it imports the package by its published name, which only
 * resolves inside the temporary consumer project.
 */
export function consumerSource(pkg: string): string {
  return `import { readFileSync } from "node:fs";
import type { Charge, Expanded } from "${pkg}/types";
import { BillingPortalSession, isBillingPortalSession, validateBillingPortalSession } from "${pkg}/billing_portal.session";
import { forObject, schemas, type SchemaTypes } from "${pkg}/registry";
import { applyAction, applyChanges, pointer, traverseErrors, type Changeset, type Issue } from "${pkg}";

const fixtures = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as { resources: Record<string, unknown> };
const session: unknown = fixtures.resources["billing_portal.session"];

// Types: a guard narrows unknown input to the schema's type.
if (BillingPortalSession.is(session)) {
  const locale: string | null | undefined = session.locale;
  const created: number = session.created;
  // @ts-expect-error created is a number, not a string
  const wrong: string = session.created;
  void [locale, created, wrong];
}

// Types only, never called.
export function typeChecks(paid: Expanded<Charge, "customer">, bySpecName: SchemaTypes["billing_portal.session"]): void {
  // Expanded drops the ID form of an expanded field.
  const customerId: string | undefined = paid.customer?.id;
  // @ts-expect-error an expanded customer is an object, never its ID string
  const asString: string = paid.customer ?? "";
  void [customerId, asString];
  // The registry's types by spec name are the schema types.
  const sameType: BillingPortalSession = bySpecName;
  // @ts-expect-error a session's created is a number
  const createdText: string = bySpecName.created;
  void [sameType, createdText];
  // The registry's modules are typed per schema.
  const fromRegistry: typeof BillingPortalSession = schemas["billing_portal.session"];
  // @ts-expect-error a charge's module is not a session's
  const wrongModule: typeof BillingPortalSession = schemas.charge;
  void [fromRegistry, wrongModule];
  // The standalone validate returns the schema's type, and has no "strip" (it needs the schema value).
  const standalone = validateBillingPortalSession(bySpecName, { mode: "lenient", unknownKeys: "reject" });
  const standaloneUrl: string | undefined = standalone.ok ? standalone.value.url : undefined;
  // @ts-expect-error stripping needs BillingPortalSession.validate
  validateBillingPortalSession(bySpecName, { unknownKeys: "strip" });
  void standaloneUrl;
  // A changeset starts from the schema's data, so a field of the wrong type is refused.
  // @ts-expect-error created is a number
  BillingPortalSession.changeset({ created: "soon" }, {});
}

const result = BillingPortalSession.validate(session);
const url: string | undefined = result.ok ? result.value.url : undefined;
const data = result.ok ? result.value : undefined;
const { customer: _customer, ...withoutCustomer } = session as Record<string, unknown>;
const missing = BillingPortalSession.validate(withoutCustomer);
const standard = BillingPortalSession["~standard"].validate(session);
const standalone = { same: JSON.stringify(validateBillingPortalSession(withoutCustomer)) === JSON.stringify(missing), is: isBillingPortalSession(session) };
if (isBillingPortalSession(session)) {
  const narrowed: number = session.created;
  void narrowed;
}
if (standard instanceof Promise) throw new Error("a synchronous schema returned a Promise");

const update: Changeset<BillingPortalSession> = BillingPortalSession.changeset(data, {
  return_url: "https://example.com",
  created: "1696000000",
  url: data?.url,
});
const applied = applyAction(update, "update");

const invalid = BillingPortalSession.changeset(data, { livemode: "maybe", flow: { type: "nope" } });
const refused = applyAction(invalid, "update");

const picked = forObject(session);
const issues: Issue[] = missing.ok ? [] : missing.issues;

console.log(
  JSON.stringify({
    validate: { ok: result.ok, url, sameValue: result.ok && result.value === session },
    missing: issues.map((issue) => [issue.code, issue.pointer, issue.message]),
    standard: standard.issues === undefined && standard.value === session,
    standalone,
    update: {
      changes: update.changes,
      errors: update.errors,
      valid: update.valid,
      applied: applied.ok ? { return_url: applied.value.return_url, created: applied.value.created } : null,
      unchangedData: applyChanges(update).id === data?.id && data?.return_url === "https://example.com/account",
    },
    invalid: {
      changed: Object.keys(invalid.changes),
      valid: invalid.valid,
      messages: traverseErrors(invalid, (error) => error.message),
      validations: traverseErrors(invalid, (error) => error.validation),
      action: refused.ok ? null : refused.changeset.action,
    },
    forObject: {
      name: picked?.name,
      same: picked === BillingPortalSession,
      registry: schemas["billing_portal.session"] === BillingPortalSession,
      unknown: forObject({ object: "no_such_object" }) === undefined,
    },
    pointer: pointer(["flow", "after_completion", "type"]),
  }),
);
`;
}
