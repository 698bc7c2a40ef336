import { describe, expect, it } from "vitest";
import { diffDocuments } from "../../generator/diff/diff-documents.js";
import { renderMarkdown } from "../../generator/diff/markdown.js";
import { code, text } from "../../generator/diff/markdown-quote.js";
import { documentOf } from "./support.js";

const str = { type: "string", maxLength: 5000 };
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({ type: "object", properties, required });
const open = (...values: string[]) => ({ type: "string", enum: values, "x-stripeBypassValidation": true });

const report = diffDocuments(
  documentOf({ customer: obj({ name: str, email: str, status: open("a") }, ["email"]), sku: obj({}) }, "2022-08-01"),
  documentOf({ customer: obj({ name: { ...str, nullable: true }, email: str, phone: str, status: open("b") }), plan: obj({}) }, "2023-08-16"),
);

const LEGEND = `<details><summary>How changes are classified</summary>

| change | class | why |
|---|---|---|
| schema added | additive | a new type and module; nothing that exists changes |
| schema removed | breaking | imports of its type and module stop compiling |
| property added (optional) | additive | old data still validates and producers need not set it |
| no longer required | breaking | the type gains \`?\`: readers must handle a missing value |
| now nullable | breaking | the type gains \`\\| null\`: readers must handle null |
| open enum values added | additive | an open enum already accepts any string; the values only join autocompletion |
| open enum values removed | neutral | an open enum still accepts them; they only leave autocompletion |

</details>
`;

const HEADER = `# Schema changes: T \`2022-08-01\` → \`2023-08-16\`

**Suggested release: major** (breaking changes for consumers of the generated types or validators).

| | changes | schemas |
|---|--:|--:|
| breaking | 3 | 2 |
| additive | 3 | 2 |
| neutral | 1 | 1 |

Schemas: 2 → 2 (1 added, 1 removed, 1 changed, 0 unchanged).
`;

describe("renderMarkdown", () => {
  it("puts the suggestion and counts first, then breaking, additive and neutral changes by schema, then the rules used", () => {
    expect(renderMarkdown(report)).toBe(`${HEADER}
## Breaking changes (3)

**Removed schemas (1):** \`sku\`

### \`customer\` (2)

- \`email\`: no longer required
- \`name\`: now nullable

## Additive changes (3)

**Added schemas (1):** \`plan\`

### \`customer\` (2)

- \`phone\`: property added (optional): \`string\`
- \`status\`: open enum values added: \`"b"\`

## Neutral changes (1)

### \`customer\` (1)

- \`status\`: open enum values removed: \`"a"\`

${LEGEND}`);
  });

  it("says so when nothing changed, and suggests a patch", () => {
    const same = documentOf({ a: obj({ x: str }) });
    expect(renderMarkdown(diffDocuments(same, same))).toBe(`# Schema changes: T \`1\` → \`1\`

**Suggested release: patch** (nothing that consumers can see).

| | changes | schemas |
|---|--:|--:|
| breaking | 0 | 0 |
| additive | 0 | 0 |
| neutral | 0 | 0 |

Schemas: 1 → 1 (0 added, 0 removed, 0 changed, 1 unchanged).

No changes to the schemas.
`);
  });

  it("names the sources when the report has them, and both titles when they differ", () => {
    const renamed = { ...report, old: { ...report.old, title: "Old API", source: "spec/a.json" }, new: { ...report.new, source: "https://example.com/b.yaml" } };
    expect(renderMarkdown(renamed).split("\n")[0]).toBe("# Schema changes: Old API `2022-08-01` (`spec/a.json`) → T `2023-08-16` (`https://example.com/b.yaml`)");
  });

  it("leaves out the last groups to fit a length, counting the changes left out, breaking ones kept first", () => {
    const fitted = renderMarkdown(report, { maxLength: 1400 });
    expect(fitted.length).toBeLessThanOrEqual(1400);
    expect(fitted).toBe(`${HEADER}
## Breaking changes (3)

**Removed schemas (1):** \`sku\`

### \`customer\` (2)

- \`email\`: no longer required
- \`name\`: now nullable

## Additive changes (3)

**Added schemas (1):** \`plan\`

_…and 3 more changes not shown, to stay within 1400 characters: the JSON report (\`--json\`) has them all._

${LEGEND}`);
  });

  it("drops the legend before the header when the length is very short", () => {
    expect(renderMarkdown(report, { maxLength: 10 })).toBe(`${HEADER}
_…and 7 more changes not shown, to stay within 10 characters: the JSON report (\`--json\`) has them all._
`);
  });

  it("returns the whole text when it fits", () => {
    expect(renderMarkdown(report, { maxLength: 100_000 })).toBe(renderMarkdown(report));
  });

  it("shows a number bound with its comparison, so a bound made exclusive reads as a change", () => {
    const bounded = (limits: Record<string, unknown>) => documentOf({ s: obj({ n: { type: "number", minimum: 0, ...limits } }) });
    const markdown = renderMarkdown(diffDocuments(bounded({}), bounded({ exclusiveMinimum: true })));
    expect(markdown).toContain("- `n`: minimum raised: `>= 0` → `> 0`\n");
    expect(markdown).toContain("| minimum raised | breaking | validators reject old data below the new limit, or at it when the limit became exclusive |\n");
  });
});

describe("spec strings in the Markdown", () => {
  const codeCases: [string, { given: string; want: string }][] = [
    ["plain", { given: "billing_portal.session", want: "`billing_portal.session`" }],
    ["a backtick: a longer fence", { given: "a`b", want: "``a`b``" }],
    ["backticks at the ends: padded", { given: "`x`", want: "`` `x` ``" }],
    ["a line break cannot end the list item", { given: "a\n# b", want: "`a\\u000a# b`" }],
    ["U+2028 and CR escaped too", { given: "a\u2028b\rc", want: "`a\\u2028b\\u000dc`" }],
    ["HTML stays literal in a code span", { given: "</details><img src=x>", want: "`</details><img src=x>`" }],
    ["empty", { given: "", want: "`  `" }],
  ];
  it.each(codeCases)("code: %s", (_name, { given, want }) => {
    expect(code(given)).toBe(want);
  });

  const textCases: [string, { given: string; want: string }][] = [
    ["words", { given: "Stripe API", want: "Stripe API" }],
    ["markup escaped", { given: "*x* [y](z) <b>", want: "\\*x\\* \\[y\\]\\(z\\) \\<b\\>" }],
    ["a line break escaped", { given: "a\n# b", want: "a\\\\u000a\\# b" }],
  ];
  it.each(textCases)("text: %s", (_name, { given, want }) => {
    expect(text(given)).toBe(want);
  });

  it("a hostile property name stays inside its code span", () => {
    const hostile = "x`\n</details>\n# y";
    const markdown = renderMarkdown(diffDocuments(documentOf({ s: obj({ id: str }) }), documentOf({ s: obj({ id: str, [hostile]: str }) })));
    expect(markdown).toContain('- ``["x`\\n</details>\\n# y"]``: property added (optional): `string`\n');
    expect(markdown.split("\n").filter((line) => line.startsWith("#"))).toEqual(["# Schema changes: T `1` → `1`", "## Additive changes (1)", "### `s` (1)"]);
  });
});
