import { EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from "js-yaml";
import { unescapePointer } from "../errors.js";
import { MAX_YAML_DEPTH } from "./parse.js";
import { lineColumn } from "./position.js";

type Frame = { kind: "mapping"; key: string | undefined; keyAt: number } | { kind: "sequence"; index: number };

/**
 * The line and column of the value a JSON pointer names, found by re-reading the text as
 * YAML events (JSON is YAML too): for a mapping entry, where its key stands. Used only
 * when reporting an error, so its cost does not matter; undefined when not found.
 */
export function locate(text: string, pointer: string): { line: number; column: number } | undefined {
  if (pointer === "") return undefined;
  const target = pointer.slice(1).split("/").map(unescapePointer);
  let events: Event[];
  try {
    events = parseEvents(text.replace(/^\uFEFF/, ""), { maxDepth: MAX_YAML_DEPTH });
  } catch {
    return undefined;
  }
  const offset = find(text, events, target);
  return offset === undefined ? undefined : lineColumn(text.replace(/^\uFEFF/, ""), offset);
}

function find(text: string, events: Event[], target: string[]): number | undefined {
  const frames: Frame[] = [];
  /** Levels of a collection off the target's path being skipped. */
  let skipping = 0;
  /** Whether what is skipped is a complex (collection) key rather than a value. */
  let skippingKey = false;
  const done = () => {
    const top = frames[frames.length - 1];
    if (top?.kind === "mapping") top.key = undefined;
    else if (top) top.index++;
  };
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    const opens = event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE;
    if (skipping > 0) {
      if (opens) skipping++;
      else if (event.type === EVENT_ID.POP && --skipping === 0 && !skippingKey) done();
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      frames.pop();
      done();
      continue;
    }
    const parent = frames[frames.length - 1];
    let at = opens ? (event as { start: number }).start : event.type === EVENT_ID.SCALAR ? scalarStart(event) : -1;
    let segment: string | undefined;
    if (parent?.kind === "mapping") {
      if (parent.key === undefined) {
        // A key: remember it. A complex (collection) key matches no pointer segment.
        parent.key = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : "\u0000complex key";
        parent.keyAt = event.type === EVENT_ID.SCALAR ? scalarStart(event) : -1;
        skippingKey = opens;
        if (opens) skipping = 1;
        continue;
      }
      segment = parent.key;
      at = parent.keyAt;
    } else if (parent?.kind === "sequence") {
      segment = String(parent.index);
    }
    const depth = frames.length;
    const onPath = parent === undefined || segment === target[depth - 1];
    if (parent !== undefined && onPath && depth === target.length) return at >= 0 ? at : undefined;
    if (!opens) {
      done();
      continue;
    }
    if (!onPath) {
      skipping = 1;
      skippingKey = false;
      continue;
    }
    frames.push(event.type === EVENT_ID.MAPPING ? { kind: "mapping", key: undefined, keyAt: -1 } : { kind: "sequence", index: 0 });
  }
  return undefined;
}

/** Where a scalar starts: its opening quote, if quoted. */
function scalarStart(event: ScalarEvent): number {
  const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  return quoted ? event.valueStart - 1 : event.valueStart;
}
