/** The page bundle of the benchmarks has no extension APIs: nothing it runs needs them. */
export const browser = undefined;
