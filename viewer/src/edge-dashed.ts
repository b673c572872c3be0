// A dashed edge with an arrow head, for negated relations ("North Korea and Russia deny any
// arms deal"): sigma v3 has no dashed program, so this one patches the clamped edge's
// shaders to discard fragments periodically along the edge, in screen pixels.
import type { Attributes } from "graphology-types";
import {
  createEdgeCompoundProgram,
  EdgeArrowHeadProgram,
  EdgeClampedProgram,
  type EdgeProgramType,
} from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { deinstance } from "./deinstance.js";

interface Definition {
  VERTEX_SHADER_SOURCE: string;
  FRAGMENT_SHADER_SOURCE: string;
  UNIFORMS: string[];
}
interface ProgramInfo {
  gl: WebGLRenderingContext;
  uniformLocations: Record<string, WebGLUniformLocation>;
}
/** The parts of sigma's program class this file overrides (not in sigma's public types). */
interface ProgramInternals {
  getDefinition(): Definition;
  setUniforms(params: RenderParams, info: ProgramInfo): void;
}
type Ctor = new (...args: ConstructorParameters<typeof EdgeClampedProgram>) => ProgramInternals;

const DASH = 7;
const GAP = 5;

function patch(src: string, anchor: string, insert: string): string {
  if (!src.includes(anchor)) throw new Error(`edge-dashed: shader anchor not found: ${anchor}`);
  return src.replace(anchor, `${anchor}\n${insert}`);
}

class DashedEdgeBody extends (EdgeClampedProgram as unknown as Ctor) {
  override getDefinition(): Definition {
    const def = super.getDefinition();
    let vert = patch(
      def.VERTEX_SHADER_SOURCE,
      "uniform mat3 u_matrix;",
      "uniform vec2 u_dashViewport;\nvarying float v_dist;",
    );
    // Distance from the source along the edge, in CSS pixels on screen.
    vert = vert.replace(
      /}\s*$/,
      `  vec2 dashA = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 dashB = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_dist = a_positionCoef * length((dashB - dashA) * u_dashViewport * 0.5);
}
`,
    );
    let frag = patch(
      def.FRAGMENT_SHADER_SOURCE,
      "varying vec4 v_color;",
      "varying highp float v_dist;",
    );
    frag = patch(
      frag,
      "void main(void) {",
      `  if (mod(v_dist, ${DASH + GAP}.0) > ${DASH}.0) discard;`,
    );
    return {
      ...def,
      VERTEX_SHADER_SOURCE: vert,
      FRAGMENT_SHADER_SOURCE: frag,
      UNIFORMS: [...def.UNIFORMS, "u_dashViewport"],
    };
  }

  override setUniforms(params: RenderParams, info: ProgramInfo): void {
    super.setUniforms(params, info);
    const loc = info.uniformLocations.u_dashViewport;
    if (loc) info.gl.uniform2f(loc, params.width, params.height);
  }
}

export function createEdgeDashedProgram<
  N extends Attributes,
  E extends Attributes,
  G extends Attributes,
>(): EdgeProgramType<N, E, G> {
  return createEdgeCompoundProgram<N, E, G>([
    deinstance(DashedEdgeBody as unknown as EdgeProgramType<N, E, G>),
    deinstance(EdgeArrowHeadProgram as unknown as EdgeProgramType<N, E, G>),
  ]);
}
