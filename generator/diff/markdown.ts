import { cell, code, text } from "./markdown-quote.js";
import { RULES, type RuleId } from "./rules.js";
import type { Change, ChangeClass, DiffReport, SpecSummary } from "./types.js";

const CLASSES: ChangeClass[] = ["breaking", "additive", "neutral"];
const HEADINGS: Record<ChangeClass, string> = { breaking: "Breaking changes", additive: "Additive changes", neutral: "Neutral changes" };
/** Changes to whole schemas (added, removed, only their documentation): one line listing them, rather than a heading each. */
const WHOLE_SCHEMA_RULES: [RuleId, string][] = [
  ["schema.removed", "Removed schemas"],
  ["schema.added", "Added schemas"],
  ["docs.changed", "Documentation changed"],
];

export interface MarkdownOptions {
  /**
   * Longest text to return, in UTF-16 code units (a GitHub PR body takes 65,536). Groups that
   * would pass it are left out, last first, then the legend, and a final note counts the
   * changes left out; the header and the note always stay. Default: no limit.
   */
  maxLength?: number;
}

/** Some lines of the report and how many changes they show. */
interface Block {
  lines: string[];
  changes: number;
}

/**
 * The report as a PR body: the semver suggestion and counts first, then breaking, additive
 * and neutral changes, each grouped by schema, then the rules that classified them.
 */
export function renderMarkdown(report: DiffReport, options: MarkdownOptions = {}): string {
  const blocks: Block[] = [];
  for (const changeClass of CLASSES) {
    const changes = report.changes.filter((change) => change.class === changeClass);
    if (changes.length > 0) blocks.push({ lines: ["", `## ${HEADINGS[changeClass]} (${changes.length})`], changes: 0 }, ...section(changes));
  }
  if (report.changes.length === 0) blocks.push({ lines: ["", "No changes to the schemas."], changes: 0 });
  const head = header(report);
  const tail = legend(report.changes);
  const join = (lines: string[]) => `${lines.join("\n")}\n`;
  const full = join([...head, ...blocks.flatMap((block) => block.lines), ...tail]);
  if (options.maxLength === undefined || full.length <= options.maxLength) return full;
  return join(truncated(head, blocks, tail, options.maxLength));
}

/** The header, as many blocks as fit, the note, then the legend if it fits too. */
function truncated(head: string[], blocks: Block[], legend: string[], maxLength: number): string[] {
  const size = (lines: string[]) => lines.reduce((total, line) => total + line.length + 1, 0);
  const note = (left: number) => ["", `_…and ${left} more change${left === 1 ? "" : "s"} not shown, to stay within ${maxLength} characters: the JSON report (\`--json\`) has them all._`];
  const total = blocks.reduce((sum, block) => sum + block.changes, 0);
  const kept = [...head];
  let shown = 0;
  const tail = size(head) + size(note(total)) + size(legend) <= maxLength ? legend : [];
  let budget = maxLength - size(head) - size(note(total)) - size(tail);
  for (const block of blocks) {
    const cost = size(block.lines);
    if (cost > budget) break;
    kept.push(...block.lines);
    shown += block.changes;
    budget -= cost;
  }
  return [...kept, ...note(total - shown), ...tail];
}

function header(report: DiffReport): string[] {
  const schemasWith = (changeClass: ChangeClass) => new Set(report.changes.filter((change) => change.class === changeClass).map((change) => change.schema)).size;
  const { added, removed, changed, unchanged } = report.schemas;
  return [
    `# Schema changes: ${report.old.title === report.new.title ? `${text(report.old.title)} ` : ""}${spec(report.old, report.new)} → ${spec(report.new, report.old)}`,
    "",
    `**Suggested release: ${report.semver}** (${reasonFor(report)}).`,
    "",
    "| | changes | schemas |",
    "|---|--:|--:|",
    ...CLASSES.map((changeClass) => `| ${changeClass} | ${report.counts[changeClass]} | ${schemasWith(changeClass)} |`),
    "",
    `Schemas: ${report.old.schemas} → ${report.new.schemas} (${added.length} added, ${removed.length} removed, ${changed.length} changed, ${unchanged} unchanged).`,
  ];
}

/** A spec's version and source, with its title when the other spec's differs. */
function spec(summary: SpecSummary, other: SpecSummary): string {
  const title = summary.title === other.title ? "" : `${text(summary.title)} `;
  const source = summary.source === undefined ? "" : ` (${code(summary.source)})`;
  return `${title}${code(summary.version)}${source}`;
}

function reasonFor(report: DiffReport): string {
  if (report.semver === "major") return "breaking changes for consumers of the generated types or validators";
  return report.semver === "minor" ? "additions only" : "nothing that consumers can see";
}

/** One class of changes: whole schemas added or removed in one line each, then one group per schema. */
function section(changes: Change[]): Block[] {
  const blocks: Block[] = [];
  for (const [rule, label] of WHOLE_SCHEMA_RULES) {
    const names = changes.filter((change) => change.rule === rule).map((change) => code(change.schema));
    if (names.length > 0) blocks.push({ lines: ["", `**${label} (${names.length}):** ${names.join(", ")}`], changes: names.length });
  }
  const bySchema = new Map<string, Change[]>();
  for (const change of changes) {
    if (WHOLE_SCHEMA_RULES.some(([rule]) => rule === change.rule)) continue;
    const list = bySchema.get(change.schema) ?? [];
    list.push(change);
    bySchema.set(change.schema, list);
  }
  for (const [schema, list] of bySchema) {
    blocks.push({ lines: ["", `### ${code(schema)} (${list.length})`, "", ...list.map(item)], changes: list.length });
  }
  return blocks;
}

/** `- \`return_url\`: now nullable`, `- \`maxLength\` lowered: 5000 → 100`. */
function item(change: Change): string {
  const where = change.path === "" ? "" : `${code(change.path)}: `;
  return `- ${where}${RULES[change.rule].title}${detail(change)}`;
}

function detail(change: Change): string {
  if (change.values !== undefined) {
    const quote = change.rule.startsWith("enum.") ? JSON.stringify : String;
    return `: ${change.values.map((value) => code(quote(value))).join(", ")}`;
  }
  const show = (value: string | number) => (typeof value === "number" ? String(value) : code(value));
  if (change.from !== undefined && change.to !== undefined) return `: ${show(change.from)} → ${show(change.to)}`;
  const only = change.to ?? change.from;
  return only === undefined ? "" : `: ${show(only)}`;
}

/** The rules behind the changes listed, with their reasons, folded away. */
function legend(changes: Change[]): string[] {
  const used = Object.keys(RULES).filter((rule) => changes.some((change) => change.rule === rule)) as RuleId[];
  if (used.length === 0) return [];
  return [
    "",
    "<details><summary>How changes are classified</summary>",
    "",
    "| change | class | why |",
    "|---|---|---|",
    ...used.map((rule) => `| ${cell(RULES[rule].title)} | ${RULES[rule].class} | ${cell(RULES[rule].reason)} |`),
    "",
    "</details>",
  ];
}
