import type { Register } from "../cli.js";

// Placeholder until the eval subcommand lands; registers nothing yet.
export const registerEval: Register = () => {};
