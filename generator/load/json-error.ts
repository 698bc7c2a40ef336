/**
 * The offset of the first syntax error in JSON text, for when `JSON.parse` does not say
 * (`Unexpected token 'x', "…" is not valid JSON`). Iterative, so any nesting depth is fine.
 * Returns `text.length` when it finds no error.
 */
export function jsonErrorOffset(text: string): number {
  const open: string[] = [];
  let i = skipSpace(text, 0);
  for (;;) {
    // A value.
    const c = text[i];
    if (c === "{" || c === "[") {
      open.push(c);
      i = skipSpace(text, i + 1);
      if (text[i] === (c === "{" ? "}" : "]")) {
        open.pop();
        i++;
      } else if (c === "{") {
        const at = member(text, i);
        if (at < 0) return ~at;
        i = at;
        continue;
      } else {
        continue;
      }
    } else {
      const end = scalar(text, i);
      if (end < 0) return ~end;
      i = end;
    }
    // After a value: `,` or a closing bracket, or the end.
    for (;;) {
      i = skipSpace(text, i);
      const inside = open[open.length - 1];
      if (inside === undefined) return i;
      if (text[i] === (inside === "{" ? "}" : "]")) {
        open.pop();
        i++;
        continue;
      }
      if (text[i] !== ",") return i;
      i = skipSpace(text, i + 1);
      if (inside === "{") {
        const at = member(text, i);
        if (at < 0) return ~at;
        i = at;
      }
      break;
    }
  }
}

/** `"key" :` then space; the offset of the value, or `~offset` of an error. */
function member(text: string, i: number): number {
  if (text[i] !== '"') return ~i;
  const end = scalar(text, i);
  if (end < 0) return end;
  const colon = skipSpace(text, end);
  if (text[colon] !== ":") return ~colon;
  return skipSpace(text, colon + 1);
}

const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** The end of a string, number or literal at `i`, or `~offset` of the character in error (where V8 puts it). */
function scalar(text: string, i: number): number {
  const c = text[i];
  if (c === '"') {
    let j = i + 1;
    while (j < text.length && text[j] !== '"') {
      if (text[j] === "\\") {
        const escape = text[j + 1];
        if (escape === "u") {
          for (let k = j + 2; k < j + 6; k++) if (!isHex(text[k])) return ~k;
          j += 6;
        } else if (escape !== undefined && ESCAPES.has(escape)) {
          j += 2;
        } else {
          return ~(j + 1);
        }
      } else if (text.charCodeAt(j) < 0x20) {
        return ~j;
      } else {
        j++;
      }
    }
    return j < text.length ? j + 1 : ~j;
  }
  const word = c === "t" ? "true" : c === "f" ? "false" : c === "n" ? "null" : undefined;
  if (word !== undefined) {
    let k = 0;
    while (k < word.length && text[i + k] === word[k]) k++;
    return k === word.length ? i + k : ~(i + k);
  }
  return number(text, i);
}

/** `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, the error at the first character that breaks it. */
function number(text: string, i: number): number {
  let j = text[i] === "-" ? i + 1 : i;
  if (!isDigit(text[j])) return ~j;
  if (text[j] === "0") j++;
  else while (isDigit(text[j])) j++;
  if (text[j] === ".") {
    j++;
    if (!isDigit(text[j])) return ~j;
    while (isDigit(text[j])) j++;
  }
  if (text[j] === "e" || text[j] === "E") {
    j++;
    if (text[j] === "+" || text[j] === "-") j++;
    if (!isDigit(text[j])) return ~j;
    while (isDigit(text[j])) j++;
  }
  return j;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  return i;
}
