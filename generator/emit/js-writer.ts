import { flat, print, type Expr } from "./js-expr.js";
import { WIDTH } from "./layout.js";

/** Builds indented JavaScript lines; generated code keeps to shapes prettier leaves as they are. */
export class JsWriter {
  private readonly lines: string[] = [];
  private depth = 0;

  line(text: string): this {
    this.lines.push(text.length === 0 ? "" : "  ".repeat(this.depth) + text);
    return this;
  }

  /** `head + expression + tail`, broken over lines as prettier would. */
  statement(head: string, expression: Expr, tail = ";"): this {
    const lines = print(head, expression, tail, this.depth * 2);
    this.line(lines[0]!);
    for (const line of lines.slice(1)) this.lines.push(line);
    return this;
  }

  /** Appends what another writer wrote, one level deeper for each level this one is in. */
  append(other: JsWriter): this {
    for (const text of other.lines) this.line(text);
    return this;
  }

  /** `head {`, the body one level in, `}` (or `} else …` when `close` says so). */
  block(head: string, body: (w: this) => void, close = "}"): this {
    this.line(`${head} {`);
    this.depth++;
    body(this);
    this.depth--;
    return this.line(close);
  }

  /**
   * `if (condition) statement` without braces, broken as prettier breaks it: the statement
   * on the next line when the whole is too long, the condition itself too when `if (…)` is.
   * `not` puts `!` in front of the condition.
   */
  ifThen(condition: Expr, statement: string, not = false): this {
    const bang = not ? "!" : "";
    const head = `if (${bang}${flat(condition)})`;
    const indent = this.depth * 2;
    if (indent + head.length + 1 + statement.length <= WIDTH) return this.line(`${head} ${statement}`);
    if (indent + head.length <= WIDTH) {
      this.line(head);
    } else {
      this.line("if (");
      this.depth++;
      this.statement(bang, condition, "");
      this.depth--;
      this.line(")");
    }
    this.depth++;
    this.line(statement);
    this.depth--;
    return this;
  }

  /** An if / else-if / else chain, every branch in braces. */
  chain(branches: readonly (readonly [condition: string | undefined, body: () => void])[]): this {
    branches.forEach(([condition, body], i) => {
      const head = condition === undefined ? "} else" : i === 0 ? `if (${condition})` : `} else if (${condition})`;
      this.line(`${head} {`);
      this.depth++;
      body();
      this.depth--;
    });
    return this.line("}");
  }

  get isEmpty(): boolean {
    return this.lines.length === 0;
  }

  toString(): string {
    return `${this.lines.join("\n")}\n`;
  }
}
