import type { Register } from "../cli.js";

// Placeholder until the build subcommand lands; registers nothing yet.
export const registerBuild: Register = () => {};
