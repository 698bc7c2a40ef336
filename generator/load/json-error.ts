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

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** The end of a string, number or literal at `i`, or `~offset` of an error. */
function scalar(text: string, i: number): number {
  const c = text[i];
  if (c === '"') {
    let j = i + 1;
    while (j < text.length && text[j] !== '"') {
      if (text[j] === "\\") {
        ESCAPE.lastIndex = j;
        if (!ESCAPE.test(text)) return ~j;
        j = ESCAPE.lastIndex;
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
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : ~i;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  return i;
}
