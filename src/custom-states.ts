/**
 * Turns custom states (`:state(name)`) on or off. Where the platform cannot hold them the element
 * works without them: Safari before 17.4 has no `states`, and Chromium before 125 throws for any
 * name not written `--name`. A state already as asked is left alone: Chromium restyles the
 * element on every add or delete, even one that changes nothing.
 */
export function setCustomStates(internals: ElementInternals, states: Record<string, boolean>): void {
  for (const [name, on] of Object.entries(states)) {
    try {
      if (internals.states?.has(name) !== on) internals.states?.[on ? 'add' : 'delete'](name);
    } catch {
      // An older Chromium: the state is only missing, the element still works.
    }
  }
}
