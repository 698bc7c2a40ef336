import {
  deeper,
  enter,
  entry,
  into,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  bool,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TerminalLocation,
  checkTerminalLocation,
  testTerminalLocation,
} from "./terminal.location.js";
import {
  TerminalReaderReaderResourceReaderAction,
  checkTerminalReaderReaderResourceReaderAction,
  testTerminalReaderReaderResourceReaderAction,
} from "./terminal_reader_reader_resource_reader_action.js";

const e0 = /* @__PURE__ */ set([
  "bbpos_chipper2x",
  "bbpos_wisepad3",
  "bbpos_wisepos_e",
  "simulated_wisepos_e",
  "stripe_m2",
  "verifone_P400",
]);
const e1 = /* @__PURE__ */ set(["terminal.reader"]);
const k1 = /* @__PURE__ */ set([
  "action",
  "device_sw_version",
  "device_type",
  "id",
  "ip_address",
  "label",
  "livemode",
  "location",
  "metadata",
  "object",
  "serial_number",
  "status",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.action;
  if (v0 !== undefined && v0 !== null) {
    ok = into(
      c,
      checkTerminalReaderReaderResourceReaderAction,
      v0,
      ok,
      "action",
    );
  }
  const v1 = v.device_sw_version;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["device_sw_version"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["device_sw_version"], 5000, v1);
    }
  }
  const v2 = v.device_type;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["device_type"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["device_type"], e0, v2, ok);
    }
  }
  const v3 = v.id;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["id"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["id"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["id"], 5000, v3);
    }
  }
  const v4 = v.ip_address;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["ip_address"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["ip_address"], 5000, v4);
    }
  }
  const v5 = v.label;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["label"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["label"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["label"], 5000, v5);
    }
  }
  const v6 = v.livemode;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["livemode"], v6, ok);
  } else {
    if (typeof v6 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v6);
    }
  }
  const v7 = v.location;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) {
        ok = longFail(c, ["location"], 5000, v7);
      }
    } else if (isObject(v7)) {
      ok = into(c, checkTerminalLocation, v7, ok, "location");
    } else {
      ok = wrongType(c, ["location"], "string | object", v7);
    }
  }
  const v8 = v.metadata;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["metadata"], v8, ok);
  } else {
    if (!isObject(v8)) {
      ok = wrongType(c, ["metadata"], "object", v8);
    } else {
      for (const k0 of Object.keys(v8)) {
        const v9 = entry(v8, k0);
        if (typeof v9 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v9);
        } else if (v9.length > 500 && tooLong(v9, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v9);
        }
      }
    }
  }
  const v10 = v.object;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["object"], v10, ok);
  } else {
    if (!e1.has(v10)) {
      ok = notInEnum(c, ["object"], e1, v10, ok);
    }
  }
  const v11 = v.serial_number;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["serial_number"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["serial_number"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["serial_number"], 5000, v11);
    }
  }
  const v12 = v.status;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["status"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["status"], 5000, v12);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.action;
  if (v0 !== undefined && v0 !== null) {
    if (!testTerminalReaderReaderResourceReaderAction(v0, c)) return false;
  }
  const v1 = v.device_sw_version;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.device_type;
  if (!e0.has(v2)) return false;
  const v3 = v.id;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.ip_address;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.label;
  if (typeof v5 !== "string") return false;
  if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  const v6 = v.livemode;
  if (typeof v6 !== "boolean") return false;
  const v7 = v.location;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 === "string") {
      if (v7.length > 5000 && tooLong(v7, 5000)) return false;
    } else if (isObject(v7)) {
      if (!testTerminalLocation(v7, c)) return false;
    } else {
      return false;
    }
  }
  const v8 = v.metadata;
  if (!isObject(v8)) return false;
  for (const k2 of Object.keys(v8)) {
    const v9 = entry(v8, k2);
    if (typeof v9 !== "string") return false;
    if (v9.length > 500 && tooLong(v9, 500)) return false;
  }
  const v10 = v.object;
  if (v10 !== "terminal.reader") return false;
  const v11 = v.serial_number;
  if (typeof v11 !== "string") return false;
  if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  const v12 = v.status;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
    if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    action: opt(nul(ref(TerminalReaderReaderResourceReaderAction))),
    device_sw_version: opt(nul(str())),
    device_type: req(oneOf(e0)),
    id: req(str()),
    ip_address: opt(nul(str())),
    label: req(str()),
    livemode: req(bool()),
    location: opt(nul(union(str(), ref(TerminalLocation)))),
    metadata: req(obj({}, str())),
    object: req(oneOf(e1)),
    serial_number: req(str()),
    status: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal.reader",
  branch: "terminal.reader",
  check,
  test,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(test, input);
}

export {
  schema as TerminalReader,
  validateInput as validateTerminalReader,
  isValid as isTerminalReader,
  check as checkTerminalReader,
  test as testTerminalReader,
};
