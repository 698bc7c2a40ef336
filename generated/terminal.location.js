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
import { bool, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Address, checkAddress, testAddress } from "./address.js";

const e0 = /* @__PURE__ */ set(["terminal.location"]);
const k1 = /* @__PURE__ */ set([
  "address",
  "configuration_overrides",
  "display_name",
  "id",
  "livemode",
  "metadata",
  "object",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["address"], v0, ok);
  } else {
    ok = into(c, checkAddress, v0, ok, "address");
  }
  const v1 = v.configuration_overrides;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["configuration_overrides"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["configuration_overrides"], 5000, v1);
    }
  }
  const v2 = v.display_name;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["display_name"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["display_name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["display_name"], 5000, v2);
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
  const v4 = v.livemode;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["livemode"], v4, ok);
  } else {
    if (typeof v4 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v4);
    }
  }
  const v5 = v.metadata;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["metadata"], v5, ok);
  } else {
    if (!isObject(v5)) {
      ok = wrongType(c, ["metadata"], "object", v5);
    } else {
      for (const k0 of Object.keys(v5)) {
        const v6 = entry(v5, k0);
        if (typeof v6 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v6);
        } else if (v6.length > 500 && tooLong(v6, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v6);
        }
      }
    }
  }
  const v7 = v.object;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["object"], v7, ok);
  } else {
    if (!e0.has(v7)) {
      ok = notInEnum(c, ["object"], e0, v7, ok);
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
  const v0 = v.address;
  if (!testAddress(v0, c)) return false;
  const v1 = v.configuration_overrides;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.display_name;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.id;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.livemode;
  if (typeof v4 !== "boolean") return false;
  const v5 = v.metadata;
  if (!isObject(v5)) return false;
  for (const k2 of Object.keys(v5)) {
    const v6 = entry(v5, k2);
    if (typeof v6 !== "string") return false;
    if (v6.length > 500 && tooLong(v6, 500)) return false;
  }
  const v7 = v.object;
  if (v7 !== "terminal.location") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    address: req(ref(Address)),
    configuration_overrides: opt(str()),
    display_name: req(str()),
    id: req(str()),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    object: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal.location",
  branch: "terminal.location",
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
  schema as TerminalLocation,
  validateInput as validateTerminalLocation,
  isValid as isTerminalLocation,
  check as checkTerminalLocation,
  test as testTerminalLocation,
};
