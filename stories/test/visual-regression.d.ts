// The package's "import" condition comes before "types", so TypeScript misses its declarations.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Element, name: string): Promise<void>;
}
