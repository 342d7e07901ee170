/** Fails the suite with the command to run when an example has not been built. */
export async function exampleBuilt(name: string, pages: string[]): Promise<void> {
  for (const page of pages) {
    const response = await fetch(`/examples/${name}/dist/${page}`, { method: 'HEAD' });
    if (!response.ok) throw new Error(`examples/${name}/dist/${page} is missing: run \`npm run example:${name} -- build\` first`);
  }
}
