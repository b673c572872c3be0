// sigma's node and edge programs draw with instancing (one set of vertices, per-item data
// divided per instance). Without a GPU (headless CI, some VMs) Chromium runs WebGL in
// SwiftShader, where instanced draws are about ten times slower than plain ones: 20,000
// instanced nodes cost half a second a frame. This wraps a program so that it writes every
// vertex out in full and draws without instancing; on a real GPU the cost is a little memory.

interface AttributeSpec {
  name: string;
  size: number;
  type: number;
  normalized?: boolean;
}
interface Definition {
  VERTICES: number;
  ATTRIBUTES: AttributeSpec[];
  CONSTANT_ATTRIBUTES?: AttributeSpec[];
  CONSTANT_DATA?: number[][];
  [k: string]: unknown;
}
/** The parts of sigma's Program this file relies on (not in sigma's public types). */
interface ProgramInternals {
  array: Float32Array;
  getDefinition(): Definition;
  processVisibleItem(index: number, startIndex: number, ...rest: unknown[]): void;
}
type Ctor = new (...args: never[]) => ProgramInternals;

/** Float count of a list of attributes, as sigma counts them (4 normalized bytes = 1 float). */
function floats(attrs: AttributeSpec[]): number {
  return attrs.reduce(
    (n, a) => n + (a.type === WebGLRenderingContext.UNSIGNED_BYTE ? 1 : a.size),
    0,
  );
}

export function deinstance<T>(Program: T): T {
  const Base = Program as unknown as Ctor;
  class Plain extends Base {
    // Set while sigma's constructor calls getDefinition(), before any item is processed.
    declare constData: number[][];
    declare itemFloats: number;
    declare constFloats: number;

    override getDefinition(): Definition {
      const def = super.getDefinition();
      if (!def.CONSTANT_ATTRIBUTES) return def;
      const { CONSTANT_ATTRIBUTES: constant, CONSTANT_DATA: data = [], ...rest } = def;
      this.constData = data;
      this.itemFloats = floats(def.ATTRIBUTES);
      this.constFloats = floats(constant);
      // No CONSTANT_ATTRIBUTES key: sigma then treats the program as non-instanced.
      return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...constant] };
    }

    override processVisibleItem(index: number, startIndex: number, ...rest: unknown[]): void {
      super.processVisibleItem(index, startIndex, ...rest);
      if (!this.constData) return;
      // The item's data was written once at startIndex; lay it out for every vertex, each
      // followed by that vertex's constant data.
      const a = this.array;
      const item = this.itemFloats;
      const vertex = item + this.constFloats;
      for (let v = this.constData.length - 1; v >= 0; v--) {
        const at = startIndex + v * vertex;
        if (v > 0) a.copyWithin(at, startIndex, startIndex + item);
        const c = this.constData[v] ?? [];
        for (let k = 0; k < c.length; k++) a[at + item + k] = c[k] ?? 0;
      }
    }
  }
  return Plain as unknown as T;
}
