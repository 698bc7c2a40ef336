/**
 * Type and file names derived from spec names: deterministic, unique, valid,
 * and safe on case-insensitive file systems.
 */

/** `billing_portal.session` → `BillingPortalSession`; a leading digit gets `_`. */
export function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
  const joined = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
  if (joined.length === 0) return "Schema";
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/**
 * Names a generated package declares itself. A schema type must not take one, or a module
 * would shadow what it imports (`Result`, `SchemaModule`).
 */
const TAKEN_TYPE_NAMES = new Set([
  "Changeset",
  "Expanded",
  "Issue",
  "Result",
  "SchemaModule",
  "ValidateOptions",
  "ChangesetOptions",
  // Declared beside every schema type in the bundled types index.
  "SchemaTypes",
  // Intrinsic and global types a types file might mention.
  "Array",
  "Object",
  "String",
  "Number",
  "Boolean",
  "Symbol",
  "Record",
  "Partial",
  "Omit",
  "Exclude",
  "Readonly",
]);

const FILE_STEMS_TAKEN = new Set(["index", "registry", "runtime", "types", "package", "readme", "license", "manifest"]);
/** Device names Windows refuses as file names, with any extension. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** `Foo.Bar` → `foo.bar`; anything but `[a-z0-9._-]` becomes `_`; never hidden, never a device name. */
export function fileStem(name: string): string {
  let stem = name.toLowerCase().replace(/[^a-z0-9._-]/g, "_").slice(0, 200);
  if (stem.length === 0 || stem.startsWith(".")) stem = `_${stem}`;
  if (WINDOWS_DEVICES.test(stem) || FILE_STEMS_TAKEN.has(stem)) stem = `_${stem}`;
  return stem;
}

export interface Named {
  name: string;
  typeName: string;
  fileName: string;
}

export interface Rename {
  name: string;
  typeName: string;
  reason: string;
}

/**
 * Names every schema. Spec names are taken in sorted order, so the first keeps the plain
 * name and a later duplicate gets `_2`, `_3`, … whatever order the spec lists them in.
 */
export function assignNames(specNames: readonly string[]): { named: Named[]; renames: Rename[] } {
  const sorted = [...specNames].sort(compareNames);
  const typeNames = new Set<string>();
  const fileNames = new Set<string>();
  const renames: Rename[] = [];
  const named: Named[] = [];
  for (const name of sorted) {
    const base = pascalCase(name);
    const wanted = TAKEN_TYPE_NAMES.has(base) ? `${base}Schema` : base;
    let typeName = wanted;
    for (let n = 2; typeNames.has(typeName); n++) typeName = `${wanted}_${n}`;
    const reasons: string[] = [];
    if (wanted !== base) reasons.push(`"${base}" is a name the package uses itself`);
    if (typeName !== wanted) reasons.push(`"${wanted}" is taken by "${named.find((other) => other.typeName === wanted)?.name ?? wanted}"`);
    if (reasons.length > 0) renames.push({ name, typeName, reason: reasons.join(", and ") });
    typeNames.add(typeName);
    const stem = fileStem(name);
    let fileName = stem;
    for (let n = 2; fileNames.has(fileName); n++) fileName = `${stem}_${n}`;
    fileNames.add(fileName);
    named.push({ name, typeName, fileName });
  }
  return { named, renames };
}

/** Code-unit order, independent of locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
