import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { File, checkFile, testFile } from "./file.js";

const k0 = /* @__PURE__ */ set(["splashscreen"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.splashscreen;
  if (v0 !== undefined) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["splashscreen"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkFile, v0, ok, "splashscreen");
    } else {
      ok = wrongType(c, ["splashscreen"], "string | object", v0);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.splashscreen;
  if (v0 !== undefined) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) return false;
    } else if (isObject(v0)) {
      if (!testFile(v0, c)) return false;
    } else {
      return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ splashscreen: opt(union(str(), ref(File))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_configuration_configuration_resource_device_type_specific_config",
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
  schema as TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
  validateInput as validateTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
  isValid as isTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
  check as checkTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
  test as testTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
};
