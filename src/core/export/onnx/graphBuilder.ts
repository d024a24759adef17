/**
 * Collects nodes and initializers while a network is lowered, and owns naming: every value gets a
 * unique, readable name derived from its layer (e.g. `layers.2.body.0/Gemm`) so the exported graph
 * reads like the layer stack in viewers such as Netron.
 */
import type { OnnxAttribute, OnnxNode, OnnxTensor } from './onnxProto';

export class GraphBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  private readonly usedNames = new Set<string>();
  /** Scalar constants are shared: one `0.5` initializer serves every GELU in the graph. */
  private readonly scalars = new Map<number, string>();

  constructor(reservedNames: readonly string[]) {
    for (const name of reservedNames) this.usedNames.add(name);
  }

  /** Adds a single-output node and returns the name of its output value. */
  node(scope: string, opType: string, inputs: readonly string[], attributes?: readonly OnnxAttribute[]): string {
    const name = this.uniqueName(`${scope}/${opType}`);
    this.nodes.push({ name, opType, inputs, outputs: [name], ...(attributes ? { attributes } : {}) });
    return name;
  }

  /** Adds a weight tensor and returns its name. */
  weight(scope: string, role: string, dims: readonly number[], data: Float32Array): string {
    const name = this.uniqueName(`${scope}.${role}`);
    this.initializers.push({ name, dims, data });
    return name;
  }

  /** A float32 scalar constant, broadcast by the elementwise ops that consume it. */
  scalar(value: number): string {
    const existing = this.scalars.get(value);
    if (existing !== undefined) return existing;
    const name = this.uniqueName(`const_${value}`);
    this.initializers.push({ name, dims: [], data: Float32Array.of(value) });
    this.scalars.set(value, name);
    return name;
  }

  /**
   * Makes `value` available under `name`: renames the node that produced it, or adds an Identity when
   * the value is not produced by a node (a network with no computing layer passes its input through).
   */
  publish(value: string, name: string): void {
    if (value === name) return;
    const producer = this.nodes.findIndex((node) => node.outputs.includes(value));
    const node = this.nodes[producer];
    if (node === undefined) {
      this.nodes.push({ name: this.uniqueName('output/Identity'), opType: 'Identity', inputs: [value], outputs: [name] });
      return;
    }
    // Lowering is sequential, so the published value is the last one made and nothing reads it yet.
    this.nodes[producer] = { ...node, outputs: node.outputs.map((output) => (output === value ? name : output)) };
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let suffix = 1; this.usedNames.has(name); suffix++) name = `${base}_${suffix}`;
    this.usedNames.add(name);
    return name;
  }
}
