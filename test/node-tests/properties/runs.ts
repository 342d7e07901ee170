// How many cases each property is tried with: 10,000 everywhere (issue 9 asks at least that in
// CI), unless FAST_CHECK_RUNS says otherwise while one works on a property.
export const numRuns = Number(process.env.FAST_CHECK_RUNS ?? 10_000);
