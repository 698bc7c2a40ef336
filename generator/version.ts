/** The generator's version, recorded in every generated package (a test keeps it equal to package.json's). */
export const GENERATOR_VERSION = "0.1.0";
